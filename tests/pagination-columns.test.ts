// The core pager (pageOf) sorts and pages on any plugin column type, over HTTP on PGlite
// and PostgreSQL: a required column of a plugin row (Peterborough's Intent, Plymouth's
// objective), a nullable one (Peterborough's RAG / Progress), enums (Worcestershire's risk
// matrix, in the scale's declared order), booleans (Plymouth's continuesObjective and
// numbered), dates (an action's due start, a plan's period start) and decimals (a plan's
// total funding). For each, in both directions, paging with small pages yields every row
// exactly once, in the order one big page gives, and that order is the column's order
// (rows without a value last, ties by the order they were recorded in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeEnums, fromGlobalId } from '@council-plans/core';
import { databases, type TestServer } from './support/servers';

interface Case {
  /** The connection query and its order field. */
  query: string;
  by: string;
  /** The node fields to select, and the sort value read from a node (null: no value). */
  fields: string;
  value: (node: any) => unknown;
  /** Rank of a value for comparison (enums by declared position); identity by default. */
  rank?: (value: any) => number | string;
  /** Page size for the walk. */
  size: number;
}

const RISK_LEVELS = ['HIGH', 'MEDIUM', 'LOW', 'NIL'];

const CASES: Case[] = [
  { query: 'peterboroughActions', by: 'INTENT', fields: 'peterborough { intent }', value: (n) => n.peterborough.intent, size: 3 },
  { query: 'peterboroughActions', by: 'IMPLEMENTATION_INTRO', fields: 'peterborough { implementationIntro }', value: (n) => n.peterborough.implementationIntro, size: 3 },
  { query: 'peterboroughActions', by: 'DUE_START', fields: 'timescale { start }', value: (n) => n.timescale?.start ?? null, size: 3 },
  { query: 'peterboroughActions', by: 'TITLE', fields: 'title', value: (n) => n.title, size: 4 },
  { query: 'plymouthActions', by: 'CONTINUES_OBJECTIVE', fields: 'plymouth { continuesObjective }', value: (n) => n.plymouth.continuesObjective, rank: (v) => (v ? 1 : 0), size: 2 },
  { query: 'plymouthActions', by: 'NUMBERED', fields: 'plymouth { numbered }', value: (n) => n.plymouth.numbered, rank: (v) => (v ? 1 : 0), size: 2 },
  { query: 'plymouthActions', by: 'OBJECTIVE', fields: 'plymouth { objective }', value: (n) => n.plymouth.objective, size: 3 },
  { query: 'worcestershireRisks', by: 'CURRENT_IMPACT', fields: 'worcestershire { currentImpact }', value: (n) => n.worcestershire.currentImpact, rank: (v) => RISK_LEVELS.indexOf(v), size: 1 },
  { query: 'worcestershireRisks', by: 'CURRENT_LIKELIHOOD', fields: 'worcestershire { currentLikelihood }', value: (n) => n.worcestershire.currentLikelihood, rank: (v) => RISK_LEVELS.indexOf(v), size: 1 },
  { query: 'plans', by: 'TOTAL_FUNDING', fields: 'totalFunding { amount }', value: (n) => n.totalFunding.amount, rank: (v) => Number(v), size: 1 },
  { query: 'plans', by: 'PERIOD_START', fields: 'periodStart', value: (n) => n.periodStart, size: 2 },
];

const dbId = (id: string) => fromGlobalId(id)!.id;

describe.each(await databases())('paging on plugin columns of every type on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const page = async (c: Case, direction: string, first: number, after: string | null) => {
    const r = await server.gql(
      `query($first: Int!, $after: String, $orderBy: ${c.query === 'plans' ? 'PlanOrder' : c.query === 'worcestershireRisks' ? 'WorcestershireRiskOrder' : c.query === 'plymouthActions' ? 'PlymouthActionOrder' : 'PeterboroughActionOrder'}) {
        ${c.query}(first: $first, after: $after, orderBy: $orderBy) { totalCount edges { cursor node { id ${c.fields} } } pageInfo { hasNextPage endCursor } }
      }`,
      { first, after, orderBy: { by: c.by, direction } },
    );
    expect(r.errors, `${c.query} ${c.by} ${direction}`).toBeUndefined();
    return (r.data as any)[c.query];
  };

  for (const c of CASES) {
    for (const direction of ['ASC', 'DESC']) {
      it(`${c.query} by ${c.by} ${direction}: every row once, in the column's order`, async () => {
        const whole = await page(c, direction, 500, null);
        const ids = whole.edges.map((e: any) => e.node.id);
        expect(ids.length).toBe(whole.totalCount);
        expect(ids.length).toBeGreaterThan(1);
        // Walk with small pages.
        const walked: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 1000; guard++) {
          const p = await page(c, direction, c.size, after);
          walked.push(...p.edges.map((e: any) => e.node.id));
          if (!p.pageInfo.hasNextPage) break;
          after = p.pageInfo.endCursor;
        }
        expect(new Set(walked).size).toBe(walked.length);
        expect(walked).toEqual(ids);
        // The order is the column's: values in direction, rows without one last, ties by id.
        const rank = (v: unknown) => (c.rank ? c.rank(v) : (v as string | number));
        const nodes = whole.edges.map((e: any) => e.node);
        for (let i = 1; i < nodes.length; i++) {
          const [a, b] = [c.value(nodes[i - 1]), c.value(nodes[i])];
          const where = `${c.query} ${c.by} ${direction} at ${i}: ${JSON.stringify(a)} then ${JSON.stringify(b)}`;
          if (b === null) {
            if (a === null) expect(dbId(nodes[i - 1].id) < dbId(nodes[i].id), where).toBe(true);
            continue;
          }
          expect(a, where).not.toBeNull();
          const [ra, rb] = [rank(a), rank(b)];
          if (ra === rb) expect(dbId(nodes[i - 1].id) < dbId(nodes[i].id), where).toBe(true);
          else if (direction === 'ASC') expect(ra < rb, where).toBe(true);
          else expect(ra > rb, where).toBe(true);
        }
        // More than one distinct value, so the sort is exercised.
        expect(new Set(nodes.map((n: any) => JSON.stringify(c.value(n)))).size).toBeGreaterThan(1);
      });
    }
  }

  it("sorts enums in the order the generated client declares them, which is the database's", async () => {
    // The pager pages an enum by its declared position ($Enums); PostgreSQL sorts it by
    // pg_enum.enumsortorder. A migration that added a value elsewhere than the end would
    // break paging: this catches it for every enum of the composed schema.
    const rows = (await server.db.prisma.$queryRawUnsafe(
      `SELECT t.typname::text AS name, string_agg(e.enumlabel::text, ',' ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    )) as { name: string; labels: string }[];
    const declared = activeEnums();
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.labels.split(','), row.name).toEqual(Object.values(declared[row.name]!));
  });

  it('refuses a cursor from another order, and a forged value for an enum column', async () => {
    const c = CASES.find((x) => x.by === 'CURRENT_IMPACT')!;
    const p = await page(c, 'ASC', 1, null);
    const other = await server.gql(`query($after: String) { worcestershireRisks(first: 1, after: $after, orderBy: { by: CURRENT_LIKELIHOOD }) { nodes { id } } }`, { after: p.pageInfo.endCursor });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const key = JSON.parse(Buffer.from(p.pageInfo.endCursor, 'base64url').toString('utf8'));
    key[3] = 'PURPLE';
    const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
    const r = await server.gql(`query($after: String) { worcestershireRisks(first: 1, after: $after, orderBy: { by: CURRENT_IMPACT }) { nodes { id } } }`, { after: forged });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('after');
    // A decimal, a date and a boolean cursor with a value of the wrong type: refused, not a server error.
    for (const [query, by, order, bad] of [
      ['plans', 'TOTAL_FUNDING', 'PlanOrder', '12abc'],
      ['plans', 'PERIOD_START', 'PlanOrder', 'not a date'],
      ['plymouthActions', 'NUMBERED', 'PlymouthActionOrder', 'maybe'],
    ]) {
      const first = await server.gql(`query($o: ${order}) { ${query}(first: 1, orderBy: $o) { pageInfo { endCursor } } }`, { o: { by } });
      const k = JSON.parse(Buffer.from((first.data as any)[query].pageInfo.endCursor, 'base64url').toString('utf8'));
      k[3] = bad;
      const res = await server.gql(`query($o: ${order}, $a: String) { ${query}(first: 1, orderBy: $o, after: $a) { nodes { id } } }`, { o: { by }, a: Buffer.from(JSON.stringify(k)).toString('base64url') });
      expect(res.errors?.[0]?.extensions?.code, `${query} ${by}`).toBe('BAD_USER_INPUT');
    }
  });
});
