// What needs a server in its own process (issue 16): the peak memory (VmHWM) of a
// server under each attack of the issue, which must stay within a few hundred MB while
// other callers are served; and the response cache across two server processes on one
// PostgreSQL database (a write through either drops both caches, via LISTEN/NOTIFY).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKS } from './support/attacks';
import { startChildServer, type ChildServer } from './support/child-server';
import { ADMIN_DATABASE_URL, databases, testToken, type TestServer } from './support/servers';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, cache: res.headers.get('x-response-cache'), text, body: JSON.parse(text) as any };
}

async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `council_plans_test_${process.pid}_${Date.now()}_proc`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

const kinds = await databases();

describe.each(kinds)('peak memory under the attacks, on $name', (database) => {
  let child: ChildServer;
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  beforeAll(async () => {
    db = database.name === 'PostgreSQL' ? await freshDatabase() : undefined;
    // Seeding an in-memory PGlite in a fresh process takes minutes on a busy machine.
    child = await startChildServer({ ...(db ? { DATABASE_URL: db.url } : {}), RATE_LIMIT_REQUESTS: '0' }, 400_000);
  }, 420_000);
  afterAll(async () => {
    await child?.stop();
    await db?.drop();
  });

  it('stays within a few hundred MB, refuses each attack and serves a plain query after each', { timeout: 180_000 }, async () => {
    const subgraph = child.url.replace('/graphql', '/subgraph');
    const before = child.peakRssMb();
    const attacks: [string, string, unknown][] = [
      ['kentActions nesting', child.url, { query: ATTACKS.kentNesting }],
      ['plans(first:5) nesting', child.url, { query: ATTACKS.plansNesting }],
      ['24 chained fragments', child.url, { query: ATTACKS.fragmentChain }],
      ['500 aliases', child.url, { query: ATTACKS.aliases500 }],
      ['1,000 aliased __schema', child.url, { query: ATTACKS.schema1000 }],
      ['a field 10,000 times', child.url, { query: ATTACKS.repeated10000 }],
      ['/subgraph depth 60', subgraph, { query: ATTACKS.deep60 }],
      ['_entities x 100,000', subgraph, { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Plan { title } } }', variables: { r: Array.from({ length: 100_000 }, (_, i) => ({ __typename: 'Plan', slug: `p${i}` })) } }],
      ['nodes x 200,000', child.url, { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array.from({ length: 200_000 }, (_, i) => Buffer.from(`Plan:${i + 1}`).toString('base64url')) } }],
      // The largest query the limits let through: 50 aliases of a full page.
      ['within the limits: 49 x actions(first: 500) { nodes { id } }', child.url, { query: '{' + Array.from({ length: 49 }, (_, i) => `a${i}: actions(first: 500) { nodes { id } }`).join(' ') + '}' }],
    ];
    const figures: string[] = [];
    for (const [name, url, body] of attacks) {
      const started = Date.now();
      const res = await post(url, body);
      const ms = Date.now() - started;
      const code = res.body.errors?.[0]?.extensions?.code ?? 'answered';
      figures.push(`${name}: HTTP ${res.status} ${code} in ${ms} ms, peak RSS ${child.peakRssMb().toFixed(0)} MB`);
      if (!name.startsWith('within')) expect(res.status, name).toBe(400);
      const plain = await post(child.url, { query: '{ authorities { code } }' });
      expect(plain.status, `a plain query after ${name}`).toBe(200);
    }
    const peak = child.peakRssMb();
    console.log(`[${database.name}] start-up peak ${before.toFixed(0)} MB; after the attacks ${peak.toFixed(0)} MB\n  ${figures.join('\n  ')}`);
    // The attacks add little to what start-up (migrations, seeding) already took.
    expect(peak - before).toBeLessThan(150);
    expect(peak).toBeLessThan(800);
  });
});

describe.skipIf(!kinds.some((k) => k.name === 'PostgreSQL'))('the response cache across two server processes on PostgreSQL', () => {
  let inProcess: TestServer;
  let child: ChildServer;
  beforeAll(async () => {
    const postgres = kinds.find((k) => k.name === 'PostgreSQL')!;
    inProcess = await postgres.start({ responseCache: true });
    const url = new URL(ADMIN_DATABASE_URL);
    url.pathname = new URL(inProcess.db.location).pathname;
    child = await startChildServer({ DATABASE_URL: url.toString(), RESPONSE_CACHE: 'true', RATE_LIMIT_REQUESTS: '0' }, 400_000);
  }, 420_000);
  afterAll(async () => {
    await child?.stop();
    await inProcess?.stop();
  });

  it('drops every process’s cached answers when a write commits in either', async () => {
    const QUERY = '{ plans(first: 1, filter: { authorityCode: "plymouth" }) { nodes { id title version } } }';
    const first = await post(child.url, { query: QUERY });
    expect(first.cache).toBe('miss');
    expect((await post(child.url, { query: QUERY })).cache).toBe('hit');
    expect((await post(inProcess.url, { query: QUERY })).cache).toBe('miss');
    expect((await post(inProcess.url, { query: QUERY })).cache).toBe('hit');
    const plan = first.body.data.plans.nodes[0];
    const editor = { authorization: `Bearer ${await testToken(['plymouth'], 'editor', 'replica-editor')}` };

    // A write through the in-process server: the child's cache is dropped.
    const renamed = await post(inProcess.url, { query: 'mutation($id: ID!, $v: Int!) { updatePlan(input: { id: $id, expectedVersion: $v, title: "Renamed by server one" }) { version } }', variables: { id: plan.id, v: plan.version } }, editor);
    expect(renamed.body.errors).toBeUndefined();
    await expectEventually(async () => {
      const after = await post(child.url, { query: QUERY });
      expect(after.body.data.plans.nodes[0].title).toBe('Renamed by server one');
    });

    // And a write through the child: the in-process server's cache is dropped.
    expect((await post(inProcess.url, { query: QUERY })).cache).not.toBe(null);
    const again = await post(child.url, { query: 'mutation($id: ID!, $v: Int!) { updatePlan(input: { id: $id, expectedVersion: $v, title: "Renamed by server two" }) { version } }', variables: { id: plan.id, v: renamed.body.data.updatePlan.version } }, editor);
    expect(again.body.errors).toBeUndefined();
    await expectEventually(async () => {
      const after = await post(inProcess.url, { query: QUERY });
      expect(after.body.data.plans.nodes[0].title).toBe('Renamed by server two');
    });
  });
});

/** Retries an assertion for up to 2 s (a NOTIFY arrives within milliseconds). */
async function expectEventually(check: () => Promise<void>): Promise<void> {
  const until = Date.now() + 2000;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
