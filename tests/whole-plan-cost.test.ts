// A plan viewer reads a whole plan in one query, and the cost estimate stays close to
// what the query answers (plan-scoped caps, alternatives costed at the dearest: issue 16's
// closing note), while the hostile shapes are still refused under the public defaults.
// Anonymous, over HTTP, on PGlite and PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@council-plans/server';
import { ATTACKS } from './support/attacks';
import { graphqlModule } from './support/cjs';
import { databases, type TestServer } from './support/servers';
import { wholePlanQuery } from './support/whole-plan';

const schema = graphqlModule.buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
const WHOLE_PLAN = wholePlanQuery(schema);
/** What the whole-plan query is estimated at (README, "Cost"): a deployment serving it sets MAX_QUERY_COMPLEXITY at least this. */
const WHOLE_PLAN_LIMIT = 80_000;

describe.each(await databases())('a whole plan in one query on $name', (database) => {
  let publicDefaults: TestServer;
  let viewer: TestServer;
  beforeAll(async () => {
    [publicDefaults, viewer] = await Promise.all([
      database.start({ maxQueryComplexity: DEFAULT_LIMITS.maxQueryComplexity }),
      database.start({ maxQueryComplexity: WHOLE_PLAN_LIMIT }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([publicDefaults?.stop(), viewer?.stop()]);
  });

  it('the query asks for every scalar field of the plan, its sections, actions and their parts, within the token and depth caps', () => {
    const tokens = graphqlModule.parse(WHOLE_PLAN);
    expect(graphqlModule.validate(schema, tokens)).toEqual([]);
    for (const field of ['periodText', 'timescaleText', 'ragStatus', 'narrative', 'accountableManager', 'employeeCosts', 'valueText', 'toPlanName', 'steps', 'monitoredBy', 'cells']) {
      expect(WHOLE_PLAN).toMatch(new RegExp(`\\b${field}\\b`));
    }
  });

  it('answers each seed plan whole and complete, anonymously, under a limit of the estimate', async () => {
    const plans = await viewer.gql<any>('{ plans(first: 50) { nodes { slug } } }');
    const slugs: string[] = plans.data.plans.nodes.map((p: any) => p.slug);
    expect(slugs).toHaveLength(5);
    for (const slug of slugs) {
      const res = await viewer.gql<any>(WHOLE_PLAN, { slug });
      expect(res.errors, slug).toBeUndefined();
      const plan = res.data.plan;
      // Complete: every section and action of the plan is in the answer.
      const ids = await viewer.gql<any>('query($slug: String!) { plan(slug: $slug) { allSections { id } actions { id } } }', { slug });
      expect(plan.allSections.map((s: any) => s.id)).toEqual(ids.data.plan.allSections.map((s: any) => s.id));
      const read = plan.allSections.flatMap((s: any) => s.actions.map((a: any) => a.id)).sort();
      expect(read).toEqual(ids.data.plan.actions.map((a: any) => a.id).sort());
      expect(read.length).toBeGreaterThan(0);
    }
  });

  it('estimates the whole-plan query at a figure between what it answers and the viewer limit', async () => {
    // The public default refuses it: the estimate assumes every plan as large as the
    // largest seeded one with room, and the largest answers ~21,000 fields.
    const slug = 'kent-standards-and-achievement-operational-plan-2008-9';
    const res = await publicDefaults.gql<any>(WHOLE_PLAN, { slug });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: DEFAULT_LIMITS.maxQueryComplexity });
    const measured = res.errors![0].extensions!.measured as number;
    expect(measured).toBeLessThanOrEqual(WHOLE_PLAN_LIMIT);
    const answer = await viewer.gql<any>(WHOLE_PLAN, { slug });
    let fields = 0;
    const count = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(count);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) (fields += 1), count(x);
    };
    count(answer.data);
    expect(fields).toBeGreaterThan(15_000);
    expect(measured).toBeGreaterThan(fields);
  });

  it('still refuses the hostile shapes under the public defaults', async () => {
    const refused = async (query: string, code = 'QUERY_TOO_COMPLEX') => {
      const res = await publicDefaults.gql<any>(query);
      expect(res.errors?.[0].extensions?.code, query.slice(0, 80)).toBe(code);
      expect(res.statements).toBe(0);
      return res.errors![0].extensions!.measured as number;
    };
    expect(await refused(ATTACKS.kentNesting)).toBeGreaterThan(1_000_000_000);
    expect(await refused(ATTACKS.plansNesting)).toBeGreaterThan(100_000_000);
    expect(await refused(ATTACKS.fragmentChain)).toBeGreaterThan(2 ** 24);
    await refused(ATTACKS.deep60, 'QUERY_TOO_DEEP');
    // Wide fan-out through connections with first: 500, with and without aliases.
    await refused('{' + Array.from({ length: 10 }, (_, i) => `a${i}: actions(first: 500) { nodes { id title code timescaleText ragStatus parties { role } } }`).join(' ') + '}');
    await refused('{ plans(first: 500) { nodes { allSections { actions { milestones { text } } } } } }');
    // A plan's cap holds only on the way down: a path back up (an action's section or
    // plan) may reach the same items again, and multiplies again.
    await refused('{ kentActions { section { actions { section { actions { id title } } } } } }');
    await refused('query($slug: String!) { plan(slug: $slug) { actions { section { actions { section { actions { id title } } } } } } }'.replace('query($slug: String!)', 'query').replace('$slug', '"x"'));
    // The same fragment spread under different counts is measured for each.
    const spread = await refused('query { plans(first: 500) { nodes { ...A } } kentActions { plan { ...A } } } fragment A on Plan { actions { parties { party { actionRoles { action { title code } } } } } }');
    expect(spread).toBeGreaterThan(DEFAULT_LIMITS.maxQueryComplexity);
  });
});
