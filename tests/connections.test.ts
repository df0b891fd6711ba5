// Relay cursor connections: paging through every plan, action and responsible party
// gives each exactly once, and the count is computed only when asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('counts only when totalCount is asked for', async () => {
    const without = await server.gql(`{ plans(first: 2) { nodes { id } } }`);
    const withCount = await server.gql(`{ plans(first: 2) { totalCount nodes { id } } }`);
    expect(withCount.statements).toBe(without.statements + 1);
  });
});
