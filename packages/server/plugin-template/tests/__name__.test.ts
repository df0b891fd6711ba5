// __Name__'s own tests, with the harness core exports: a real server with this plugin
// enabled, over HTTP, on PGlite and (when reachable) PostgreSQL.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestServer } from '@council-plans/core/testing';

const PLUGIN = path.resolve(__dirname, '..');

describe.each(await databases())('__name__ on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await kind.start({ plugins: [PLUGIN] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves its seed plan with its own fields', async () => {
    const { data, errors } = await server.gql(`{ plan(slug: "__name__-education-plan") { title actions { title __name__ { pillar lead brag evidence } } } }`);
    expect(errors).toBeUndefined();
    expect(data.plan.actions).toHaveLength(3);
    expect(data.plan.actions[0].__name__).toEqual({ pillar: 'Inclusion', lead: 'Head of Inclusion', brag: 'Green', evidence: 'Exclusions fell by a third' });
  });

  it('filters its actions by pillar', async () => {
    const { data, errors } = await server.gql(`{ __name__Actions(filter: { pillar: "attainment" }) { nodes { title } totalCount } }`);
    expect(errors).toBeUndefined();
    expect(data.__name__Actions).toEqual({ nodes: [{ title: 'Raise reading at key stage 2' }], totalCount: 1 });
  });

  it('pages its actions with cursors, sorted by its own column', async () => {
    const PAGE = `query ($after: String) { __name__Actions(first: 2, after: $after, orderBy: { by: PILLAR }) { nodes { __name__ { pillar } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const first = await server.gql(PAGE);
    expect(first.errors).toBeUndefined();
    expect(first.data.__name__Actions.nodes).toHaveLength(2);
    expect(first.data.__name__Actions.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(PAGE, { after: first.data.__name__Actions.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    const pillars = [...first.data.__name__Actions.nodes, ...second.data.__name__Actions.nodes].map((n: any) => n.__name__.pillar);
    expect(pillars).toHaveLength(first.data.__name__Actions.totalCount);
    expect(pillars).toEqual(['Attainment', 'Inclusion', 'Inclusion']); // the seed's three, Attainment first
  });
});
