// The GraphQL IDE the server serves itself: a browser opening /graphql gets GraphiQL,
// whose every asset comes from this server (no CDN), and which can be switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgliteServer, type TestServer } from './support/servers';

describe('GraphiQL', () => {
  let server: TestServer;
  let off: TestServer;
  beforeAll(async () => {
    [server, off] = await Promise.all([startPgliteServer({ seed: false }), startPgliteServer({ seed: false, ide: false })]);
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), off?.stop()]);
  });

  it('answers a browser opening /graphql with the IDE page, loading only local assets', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(['/ide/graphiql.min.css', '/ide/react.production.min.js', '/ide/react-dom.production.min.js', '/ide/graphiql.min.js']);
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of assets) {
      const a = await fetch(new URL(asset, server.url));
      expect(a.status, asset).toBe(200);
      const body = await a.text();
      expect(body.length, asset).toBeGreaterThan(1000);
    }
    const graphiql = await (await fetch(new URL('/ide/graphiql.min.js', server.url))).text();
    expect(graphiql).toContain('createFetcher');
  });

  it('still answers GraphQL GET requests and non-browser GETs as GraphQL', async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent('{ authorities { code } }')}`, { headers: { accept: 'text/html,application/json' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data).toBeDefined();
    const api = await fetch(server.url, { headers: { accept: 'application/json' } });
    expect(api.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  it('can be switched off', async () => {
    const res = await fetch(off.url, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect((await fetch(new URL('/ide/graphiql.min.js', off.url))).status).toBe(404);
  });
});
