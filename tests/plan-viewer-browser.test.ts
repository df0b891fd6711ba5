// The example pages (examples/plan-viewer: Vite; Apollo Client 4 and urql + Graphcache with
// operations typed by GraphQL Code Generator; Relay with relay-compiler's artifacts) as a
// front-end developer runs them: generated and built once, served from their own origin,
// calling the API on another (CORS_ORIGINS), clicked through in Debian's Chromium. The
// content is checked against the API's own answers, a screenshot is saved
// (examples/plan-viewer/screenshot-*.png, not committed), and any console warning or error
// fails the test.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
    ['relay-compiler', []],
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

/** Opens one of the example's pages in a fresh browser page, collecting console warnings and errors. */
async function openPage(browser: Browser, url: string, problems: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return page;
}

describe.each(await databases())('the urql and Relay pages of the example in a browser, on $name', (database) => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof servePage>>;
  let server: TestServer;
  const problems: string[] = [];
  let plans: { id: string; title: string; authority: { name: string }; periodText: string | null }[];

  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
    site = await servePage();
    [server, browser] = await Promise.all([
      database.start({ corsOrigins: [site.origin] }),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
    ]);
    plans = (await server.gql(`{ plans(first: 500) { nodes { id title periodText authority { name } } } }`)).data.plans.nodes;
    expect(plans.length).toBeGreaterThan(3); // so that paging by three takes more than one page
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop(), site?.close()]);
  });
  beforeEach(() => {
    problems.length = 0;
  });

  it('urql with Graphcache: pages through every plan three at a time (relayPagination), then shows search results', async () => {
    const page = await openPage(browser, `${site.origin}/urql.html?api=${encodeURIComponent(server.url)}`, problems);
    await page.waitForSelector('#plans[data-shown="3"]');
    expect(await page.textContent('#plan-count')).toBe(`${plans.length} plans`);
    for (let shown = 3; shown < plans.length; ) {
      await page.click('#plans-more');
      shown = Math.min(shown + 3, plans.length);
      await page.waitForSelector(`#plans[data-shown="${shown}"]`);
    }
    expect(await page.isHidden('#plans-more')).toBe(true);
    expect(await page.$$eval('#plans [data-testid="plan"]', (lis) => lis.map((li) => li.textContent))).toEqual(plans.map((p) => `${p.title} (${p.authority.name})`));

    await page.fill('#search-text', 'phonics champions');
    await page.click('#search-go');
    await page.waitForSelector('#results[data-loaded="true"]');
    const ranked = (await server.gql(`{ search(query: "phonics champions", first: 10) { node { __typename ... on Plan { title } ... on Action { title plan { title } } } } }`)).data.search;
    expect(ranked.length).toBeGreaterThan(0);
    expect(await page.$$eval('#results [data-testid="result"]', (lis) => lis.map((li) => li.textContent))).toEqual(
      ranked.map(({ node }: any) => (node.__typename === 'Action' ? `Action: ${node.title} — ${node.plan.title}` : `Plan: ${node.title}`)),
    );
    await page.screenshot({ path: path.join(example, `screenshot-urql-${database.name.toLowerCase()}.png`), fullPage: true });
    expect(problems.join('\n')).toBe('');
  });

  it('Relay: pages a @connection with the generated pagination query to the end, and refetches a plan card through node(id:)', async () => {
    const page = await openPage(browser, `${site.origin}/relay.html?api=${encodeURIComponent(server.url)}`, problems);
    await page.waitForSelector('#plans[data-shown="3"]');
    expect(await page.textContent('#plan-count')).toBe(`${plans.length} plans`);
    for (let shown = 3; shown < plans.length; ) {
      await page.click('#plans-more');
      shown = Math.min(shown + 3, plans.length);
      await page.waitForSelector(`#plans[data-shown="${shown}"]`);
    }
    expect(await page.isHidden('#plans-more')).toBe(true);
    expect(await page.$$eval('#plans a', (as) => as.map((a) => ({ id: a.getAttribute('data-id'), title: a.textContent })))).toEqual(plans.map((p) => ({ id: p.id, title: p.title })));

    const chosen = plans[plans.length - 1]!;
    await page.click(`#plans a[data-id="${chosen.id}"]`);
    await page.waitForSelector(`#card[data-id="${chosen.id}"]`);
    expect(await page.textContent('#card')).toBe(`${chosen.title} — ${chosen.authority.name}${chosen.periodText ? `, ${chosen.periodText}` : ''}`);
    await page.screenshot({ path: path.join(example, `screenshot-relay-${database.name.toLowerCase()}.png`), fullPage: true });
    expect(problems.join('\n')).toBe('');
  });
});
