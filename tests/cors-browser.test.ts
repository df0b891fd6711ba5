// A real browser (Debian's Chromium, driven by playwright-core) on a page served from
// another loopback origin reads a plan with fetch(): anonymously, and a draft with a
// bearer token (a preflighted request); a page from an origin not on CORS_ORIGINS is
// refused (issue 16).
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { databases, testToken, type TestServer } from './support/servers';

const CHROMIUM = '/usr/bin/chromium';

/** A tiny static server for the page, on its own port (its own origin). */
async function pageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const html = `<!doctype html><meta charset="utf-8"><title>front end</title>
<script>
  window.readPlan = async (api, query, variables, token) => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    if (token) headers.authorization = 'Bearer ' + token;
    try {
      const res = await fetch(api, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: await res.json(), requestId: res.headers.get('x-request-id') };
    } catch (err) {
      return { failed: String(err) };
    }
  };
</script>`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const PLAN = 'query($slug: String!) { plan(slug: $slug) { title status authority { code } } }';

describe.each(await databases())('a browser on another origin, on $name', (database) => {
  let browser: Browser;
  let allowed: Awaited<ReturnType<typeof pageServer>>;
  let other: Awaited<ReturnType<typeof pageServer>>;
  let server: TestServer;
  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
    [allowed, other] = await Promise.all([pageServer(), pageServer()]);
    [server, browser] = await Promise.all([
      database.start({ corsOrigins: [allowed.origin] }),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop(), allowed?.close(), other?.close()]);
  });

  it('reads a published plan, and a draft with a bearer token, from an allowed origin', async () => {
    const page = await browser.newPage();
    await page.goto(allowed.origin);
    const published = (await server.gql('{ plans(first: 1, filter: { authorityCode: "kent" }) { nodes { slug title } } }')).data.plans.nodes[0];
    const anonymous = await page.evaluate(([api, query, slug]) => (globalThis as any).readPlan(api, query, { slug }), [server.url, PLAN, published.slug] as const);
    expect(anonymous.failed).toBeUndefined();
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.plan).toEqual({ title: published.title, status: 'PUBLISHED', authority: { code: 'kent' } });
    expect(anonymous.requestId).toBeTruthy(); // an exposed header

    const editor = await testToken(['kent'], 'editor', 'browser-editor');
    const created = await server.gqlAs(editor, 'mutation { createPlan(input: { authorityCode: "kent", slug: "browser-draft", title: "A draft read from a browser" }) { slug status } }');
    expect(created.errors).toBeUndefined();
    const viewer = await testToken(['kent'], 'viewer', 'browser-viewer');
    const withToken = await page.evaluate(([api, query, token]) => (globalThis as any).readPlan(api, query, { slug: 'browser-draft' }, token), [server.url, PLAN, viewer] as const);
    expect(withToken.failed).toBeUndefined();
    expect(withToken.body.data.plan).toEqual({ title: 'A draft read from a browser', status: 'DRAFT', authority: { code: 'kent' } });
    // Without the token the draft does not exist.
    const without = await page.evaluate(([api, query]) => (globalThis as any).readPlan(api, query, { slug: 'browser-draft' }), [server.url, PLAN] as const);
    expect(without.body.data.plan).toBeNull();
    // A bad token's 401 reaches the page, in the media type it asked for, as a GraphQL error.
    const bad = await page.evaluate(([api, query]) => (globalThis as any).readPlan(api, query, { slug: 'browser-draft' }, 'not-a-token'), [server.url, PLAN] as const);
    expect(bad.status).toBe(401);
    expect(bad.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await page.close();
  });

  it('refuses a page from an origin not on CORS_ORIGINS', async () => {
    const page = await browser.newPage();
    await page.goto(other.origin);
    const refused = await page.evaluate(([api, query]) => (globalThis as any).readPlan(api, query, { slug: 'x' }), [server.url, PLAN] as const);
    expect(refused.failed).toMatch(/Failed to fetch/);
    const withToken = await page.evaluate(([api, query, token]) => (globalThis as any).readPlan(api, query, { slug: 'x' }, token), [server.url, PLAN, await testToken(['kent'], 'viewer')] as const);
    expect(withToken.failed).toMatch(/Failed to fetch/);
    await page.close();
    // The server answers as before.
    expect((await server.gql('{ authorities { code } }')).data.authorities.length).toBeGreaterThan(0);
  });
});
