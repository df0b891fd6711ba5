// The example page (examples/plan-viewer: Vite, Apollo Client 4, operations typed by
// GraphQL Code Generator) as a front-end developer runs it: generated and built once,
// served from its own origin, calling the API on another (CORS_ORIGINS), clicked through
// in Debian's Chromium. The content is checked against the seeds, a screenshot is saved
// (examples/plan-viewer/screenshot.png, not committed), and any console warning or error
// fails the test.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { databases, type TestServer } from './support/servers';

const CHROMIUM = '/usr/bin/chromium';
const example = path.resolve(__dirname, '../examples/plan-viewer');
const dist = path.join(example, 'dist');

/** The example's own build (`npm run build` in its folder): codegen, type check, vite build; once per run. */
function buildPage(): void {
  const bin = (name: string) => path.join(example, 'node_modules', '.bin', name);
  for (const [name, args] of [
    ['graphql-codegen', ['--config', 'codegen.ts']],
    ['tsc', ['-p', 'tsconfig.json']],
    ['vite', ['build', '--logLevel', 'warn']],
  ] as const) {
    execFileSync(bin(name), [...args], { cwd: example, stdio: 'pipe' });
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves dist/ on its own loopback port: the page's own origin. */
async function servePage(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

buildPage();

describe.each(await databases())('the plan viewer example in a browser, on $name', (database) => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof servePage>>;
  let server: TestServer;
  let page: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
    site = await servePage();
    [server, browser] = await Promise.all([
      database.start({ corsOrigins: [site.origin] }),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
    ]);
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') consoleProblems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
    await page.goto(`${site.origin}/?api=${encodeURIComponent(server.url)}`);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop(), site?.close()]);
  });

  it('lists the seeded plans, and shows one plan\'s sections and actions with their timescales', async () => {
    await page.waitForSelector('#plans[data-loaded="true"]');
    const seeded = (await server.gql(`{ plans(first: 50) { nodes { slug title } } }`)).data.plans.nodes;
    const shown = await page.$$eval('#plans a', (links) => links.map((a) => ({ slug: a.getAttribute('data-slug'), title: a.textContent })));
    expect(shown).toEqual(seeded);

    const slug = 'peterborough-education-action-plan-2019-20';
    await page.click(`#plans a[data-slug="${slug}"]`);
    await page.waitForSelector(`#plan[data-slug="${slug}"]`);
    const plan = (await server.gql(`{ plan(by: { slug: "${slug}" }) { title sections { title actions { title timescale { text } } } } }`)).data.plan;
    expect(await page.textContent('#plan h2')).toBe(plan.title);
    expect(await page.$$eval('#plan h3', (hs) => hs.map((h) => h.textContent))).toEqual(plan.sections.map((s: any) => s.title));
    const expected = plan.sections.flatMap((s: any) => s.actions.map((a: any) => a.title + (a.timescale?.text ? ` (${a.timescale.text})` : '')));
    expect(await page.$$eval('#plan [data-testid="action"]', (lis) => lis.map((li) => li.textContent))).toEqual(expected);
  });

  it('lists actions due in spring term 2020 a page at a time, by due date, then search results', async () => {
    const due = (await server.gql(`{ actions(filter: { due: { from: "2020-01-01", to: "2020-03-31" } }, orderBy: { by: DUE_END }, first: 500) { totalCount nodes { title plan { title } } } }`)).data.actions;
    expect(due.totalCount).toBeGreaterThan(10);
    await page.click('#due-go');
    await page.waitForSelector('#due[data-shown="10"]');
    expect(await page.textContent('#due-count')).toBe(`${due.totalCount} actions due`);
    await page.click('#due-more');
    const second = String(Math.min(20, due.totalCount));
    await page.waitForSelector(`#due[data-shown="${second}"]`);
    const titles = await page.$$eval('#due [data-testid="due-action"]', (lis) => lis.map((li) => li.firstChild!.textContent));
    expect(titles).toEqual(due.nodes.slice(0, Number(second)).map((a: any) => `${a.title} — ${a.plan.title}`));

    await page.fill('#search-text', 'phonics champions');
    await page.click('#search-go');
    await page.waitForSelector('#results [data-testid="result"]');
    const results = await page.$$eval('#results [data-testid="result"]', (lis) => lis.map((li) => li.textContent));
    // The row the seeds print "Phonics Champions" in comes first, then the rest as the API ranks them.
    expect(results[0]).toMatch(/^Action: Improving outcomes in Phonics in Peterborough — /);
    const ranked = (await server.gql(`{ searchConnection(query: "phonics champions", first: 10) { nodes { node { __typename ... on Plan { title } ... on Action { title plan { title } } } } } }`)).data.searchConnection.nodes;
    expect(results).toEqual(ranked.map(({ node }: any) => (node.__typename === 'Action' ? `Action: ${node.title} — ${node.plan.title}` : `Plan: ${node.title}`)));
    await page.screenshot({ path: path.join(example, `screenshot-${database.name.toLowerCase()}.png`), fullPage: true });
    expect(consoleProblems).toEqual([]);
  });
});
