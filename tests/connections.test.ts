// Relay cursor connections: paging through every plan, action and responsible party,
// in any order the API offers,
// gives each exactly once, and the count is computed only when asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@council-plans/core';
import { databases, type TestServer } from './support/servers';

describe.each(await databases())('connections on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function pageThrough(field: 'plans' | 'actions' | 'responsibleParties', size: number): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 1000; page++) {
      const res: { data: any; errors?: unknown } = await server.gql(
        `query($after: String) { ${field}(first: ${size}, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data[field];
      total = conn.totalCount;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      ids.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1).cursor);
      after = conn.pageInfo.endCursor;
    }
    return { ids, total };
  }

  it.each([
    ['plans', 1],
    ['actions', 7],
    ['responsibleParties', 5],
  ] as const)('pages through every one of %s (page size %i) exactly once', async (field, size) => {
    const { ids, total } = await pageThrough(field, size);
    expect(total).toBeGreaterThan(size);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('filters plans by a part of their printed period, case-insensitively, taking % and _ literally', async () => {
    const all: { slug: string; periodText: string | null }[] = (await server.gql(`{ plans(first: 500) { nodes { slug periodText } } }`)).data.plans.nodes;
    const sample = all.find((p) => p.periodText)!.periodText!;
    for (const text of [sample.slice(0, 6).toUpperCase(), sample.slice(2, 7), '%', '_', '20_9', '\\']) {
      const res = await server.gql(`query($period: String) { plans(first: 500, filter: { period: $period }) { totalCount nodes { slug } } }`, { period: text });
      const expected = all.filter((p) => p.periodText?.toLowerCase().includes(text.toLowerCase())).map((p) => p.slug);
      expect(res.data.plans.nodes.map((p: { slug: string }) => p.slug), text).toEqual(expected);
      expect(res.data.plans.totalCount, text).toBe(expected.length);
    }
  });

  it('counts only when totalCount is asked for', async () => {
    const without = await server.gql(`{ plans(first: 2) { nodes { id } } }`);
    const withCount = await server.gql(`{ plans(first: 2) { totalCount nodes { id } } }`);
    expect(withCount.statements).toBe(without.statements + 1);
  });
});

describe.each(await databases())('sorted connections on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Pages through a sorted list, returning the ids in the order served. */
  async function sortedIds(field: string, orderBy: object, size: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page++) {
      const res: { data: any; errors?: unknown } = await server.gql(
        `query($after: String, $orderBy: ${field === 'plans' ? 'PlanOrder' : field === 'actions' ? 'ActionOrder' : 'ResponsiblePartyOrder'}) {
          ${field}(first: ${size}, after: $after, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after, orderBy },
      );
      expect(res.errors).toBeUndefined();
      ids.push(...res.data[field].nodes.map((n: any) => n.id));
      if (!res.data[field].pageInfo.hasNextPage) break;
      after = res.data[field].pageInfo.endCursor;
    }
    return ids;
  }

  /** The same order straight from the database, as the oracle. */
  async function expected(type: string, orderSql: string): Promise<string[]> {
    const rows = await server.db.sql.query<{ id: number }>(`SELECT id FROM "${type}" ORDER BY ${orderSql}`);
    return rows.map((r) => toGlobalId(type, r.id));
  }

  it.each([
    ['actions', 'Action', { by: 'TITLE', direction: 'ASC' }, 'title ASC, id ASC'],
    ['actions', 'Action', { by: 'TITLE', direction: 'DESC' }, 'title DESC, id ASC'],
    ['actions', 'Action', { by: 'CODE', direction: 'ASC' }, 'code ASC NULLS LAST, id ASC'],
    ['actions', 'Action', { by: 'DOCUMENT', direction: 'DESC' }, 'id DESC'],
    ['plans', 'Plan', { by: 'PERIOD_START', direction: 'DESC' }, '"periodStart" DESC NULLS LAST, id ASC'],
    ['responsibleParties', 'ResponsibleParty', { by: 'NAME', direction: 'ASC' }, 'name ASC, id ASC'],
  ] as const)('pages through %s sorted by %j exactly as the database sorts them', async (field, type, orderBy, orderSql) => {
    const served = await sortedIds(field, orderBy, 3);
    expect(served).toEqual(await expected(type, orderSql));
  });

  it("sorts by a plugin's own column (Peterborough's RAG / Progress), empty cells last, as the database does", async () => {
    // The 2019/20 document has no RAG entries: give three rows one, as an officer would.
    const rows = await server.db.prisma.peterboroughActionRow.findMany({ orderBy: { id: 'asc' }, take: 3 });
    for (const [i, text] of ['Green - on track', 'Amber: delayed', 'Red'].entries()) {
      await server.db.prisma.peterboroughActionRow.update({ where: { id: rows[i].id }, data: { ragProgress: text } });
    }
    for (const direction of ['ASC', 'DESC'] as const) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const res: { data: any; errors?: unknown } = await server.gql(
          `query($after: String, $d: SortDirection) { peterboroughActions(first: 2, after: $after, orderBy: { by: RAG_PROGRESS, direction: $d }) {
            pageInfo { hasNextPage endCursor } nodes { id } } }`,
          { after, d: direction },
        );
        expect(res.errors).toBeUndefined();
        ids.push(...res.data.peterboroughActions.nodes.map((n: any) => n.id));
        if (!res.data.peterboroughActions.pageInfo.hasNextPage) break;
        after = res.data.peterboroughActions.pageInfo.endCursor;
      }
      const oracle = await server.db.sql.query<{ id: number }>(
        `SELECT a.id FROM "Action" a JOIN "PeterboroughActionRow" r ON r."actionId" = a.id ORDER BY r."ragProgress" ${direction} NULLS LAST, a.id`,
      );
      expect(ids).toEqual(oracle.map((r) => toGlobalId('Action', r.id)));
    }
  });

  it('refuses a cursor from a list in another order', async () => {
    const { data } = await server.gql(`{ actions(first: 2, orderBy: { by: TITLE }) { pageInfo { endCursor } } }`);
    const res = await server.gql(`query($after: String) { actions(first: 2, after: $after, orderBy: { by: CODE }) { nodes { id } } }`, {
      after: data.actions.pageInfo.endCursor,
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].message).toMatch(/another order/);
  });
});
