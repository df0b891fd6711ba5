// A plan viewer reads a whole plan in one query, and the cost estimate stays close to
// what the query answers (plan-scoped caps, alternatives costed at the dearest: issue 16's
// closing note), while the hostile shapes are still refused under the public defaults.
// Anonymous, over HTTP, on PGlite and PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LEAF_COST, measure } from '@council-plans/server';
import { ATTACKS } from './support/attacks';
import { graphqlModule } from './support/cjs';
import { databases, type TestServer } from './support/servers';
import { wholePlanQuery } from './support/whole-plan';

const schema = graphqlModule.buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
const WHOLE_PLAN = wholePlanQuery(schema);

/** The answer's own cost, counted the way the estimate counts (a field with an object or a list 1, any other LEAF_COST): a floor for the estimate. */
function answered(data: unknown): number {
  let cost = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const x of Object.values(v)) {
        cost += x !== null && typeof x === 'object' && !(Array.isArray(x) && x.every((i) => i === null || typeof i !== 'object')) ? 1 : LEAF_COST;
        walk(x);
      }
  };
  walk(data);
  return cost;
}

describe.each(await databases())('a whole plan in one query on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start({ maxQueryComplexity: DEFAULT_LIMITS.maxQueryComplexity });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the query asks for every scalar field of the plan, its sections, actions and their parts, within the token and depth caps', () => {
    const document = graphqlModule.parse(WHOLE_PLAN, { maxTokens: 3000 });
    expect(graphqlModule.validate(schema, document)).toEqual([]);
    for (const field of ['periodText', 'timescaleText', 'ragStatus', 'narrative', 'accountableManager', 'employeeCosts', 'valueText', 'toPlanName', 'steps', 'monitoredBy', 'cells']) {
      expect(WHOLE_PLAN).toMatch(new RegExp(`\\b${field}\\b`));
    }
  });

  it('answers each seed plan whole and complete, anonymously, under the public default cost limit', async () => {
    const plans = await server.gql<any>('{ plans(first: 50) { nodes { slug } } }');
    const slugs: string[] = plans.data.plans.nodes.map((p: any) => p.slug);
    expect(slugs).toHaveLength(5);
    const op = graphqlModule.parse(WHOLE_PLAN).definitions[0] as any;
    const estimate = measure(schema, op, {}, {}, 1000, ['kent', 'peterborough', 'plymouth', 'worcestershire']).complexity;
    expect(estimate).toBeLessThanOrEqual(DEFAULT_LIMITS.maxQueryComplexity);
    for (const slug of slugs) {
      const res = await server.gql<any>(WHOLE_PLAN, { slug });
      expect(res.errors, slug).toBeUndefined();
      const plan = res.data.plan;
      // Complete: every section and action of the plan is in the answer.
      const ids = await server.gql<any>('query($slug: String!) { plan(slug: $slug) { allSections { id } actions { id } } }', { slug });
      expect(plan.allSections.map((s: any) => s.id)).toEqual(ids.data.plan.allSections.map((s: any) => s.id));
      const read = plan.allSections.flatMap((s: any) => s.actions.map((a: any) => a.id)).sort();
      expect(read).toEqual(ids.data.plan.actions.map((a: any) => a.id).sort());
      expect(read.length).toBeGreaterThan(0);
      // The estimate is not below what the largest plan answers.
      expect(answered(res.data), slug).toBeLessThan(estimate);
    }
  });

  it('still refuses the hostile shapes under the public defaults', async () => {
    const refused = async (query: string, code = 'QUERY_TOO_COMPLEX') => {
      const res = await server.gql<any>(query);
      expect(res.errors?.[0].extensions?.code, query.slice(0, 80)).toBe(code);
      expect(res.statements).toBe(0);
      return res.errors![0].extensions!.measured as number;
    };
    expect(await refused(ATTACKS.kentNesting)).toBeGreaterThan(1_000_000_000);
    expect(await refused(ATTACKS.plansNesting)).toBeGreaterThan(10_000_000);
    expect(await refused(ATTACKS.fragmentChain)).toBeGreaterThan(2 ** 24);
    await refused(ATTACKS.deep60, 'QUERY_TOO_DEEP');
    // Wide fan-out through connections with first: 500: a nested list under each action,
    // or many values.
    await refused('{' + Array.from({ length: 20 }, (_, i) => `a${i}: actions(first: 500) { nodes { id title parties { role party { name } } } }`).join(' ') + '}');
    await refused('{' + Array.from({ length: 50 }, (_, i) => `a${i}: actions(first: 500) { nodes { id title code description timescaleText resourcesText ragStatus weight position } }`).join(' ') + '}');
    await refused('{ plans(first: 500) { nodes { allSections { actions { milestones { text } } } } } }');
    // A plan's cap holds only on the way down: a path back up (an action's section or
    // plan) may reach the same items again, and multiplies again.
    await refused('{ kentActions { section { actions { section { actions { id title } } } } } }');
    await refused('{ plan(slug: "x") { actions { section { actions { section { actions { id title } } } } } } }');
    // The same fragment spread under different counts is measured for each.
    const spread = await refused('query { plans(first: 500) { nodes { ...A } } kentActions { plan { ...A } } } fragment A on Plan { actions { parties { party { actionRoles { action { title code } } } } } }');
    expect(spread).toBeGreaterThan(DEFAULT_LIMITS.maxQueryComplexity);
  });
});
