// Kent's funding total after an API write (issue 21): the operational plan's total counts
// its budget tables (each unit's 2008-09 Controllable Totals) besides its money lines.
// An API write that adds, changes or removes a money line recounts the plan's total in
// its own transaction; the budgets must stay in it, exactly as a whole-plan refresh
// counts them. Over HTTP on PGlite and PostgreSQL, with only the Kent plugin enabled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, refreshStructuredValues } from '@council-plans/core';
import { databases, testToken, type TestServer } from '../../../tests/support/servers';

const OPERATIONAL = 'kent-standards-and-achievement-operational-plan-2008-9';

const PLAN = /* GraphQL */ `
  query($slug: String!) {
    plan(slug: $slug) {
      id
      totalFunding { amount countedLines uncountedLines }
      kentOperationalPlan { budgets { lines { kind amounts { column money { amount } } } } }
      sections { actions { id version funding { id version text } } children { actions { id version funding { id version text } } } }
    }
  }
`;
const UPDATE_ACTION = /* GraphQL */ `
  mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version funding { id version text } } }
`;

describe.each(await databases())("Kent's funding total after API writes on $name", (database) => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await database.start({ plugins: ['kent'] });
    token = await testToken(['kent'], 'editor', 'kent-funding-editor');
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function plan() {
    const res = await server.gqlAs(token, PLAN, { slug: OPERATIONAL });
    expect(res.errors).toBeUndefined();
    const p = res.data.plan;
    const actions = p.sections.flatMap((s: any) => [...s.actions, ...s.children.flatMap((c: any) => c.actions)]);
    return { ...p, actions };
  }

  /** The total a whole-plan refresh counts (seed, import, `refresh-values`), read back over HTTP. */
  async function recounted(planId: string) {
    const id = Number(fromGlobalId(planId)!.id);
    await server.db.prisma.$transaction((tx: any) => refreshStructuredValues(tx, { planIds: [id] }, server.plugins), { timeout: 60_000 });
    return (await plan()).totalFunding;
  }

  /** The budgets' Controllable Totals for 2008-09, in pounds: what the total counts besides the lines. */
  function budgetPence(p: any): { pence: number; counted: number } {
    let pence = 0;
    let counted = 0;
    for (const b of p.kentOperationalPlan.budgets) {
      for (const l of b.lines) {
        if (l.kind !== 'CONTROLLABLE_TOTALS') continue;
        const amount = l.amounts.find((a: any) => a.column === 'controllable2008_09')?.money?.amount;
        if (amount == null) continue;
        pence += Math.round(Number(amount) * 100);
        counted++;
      }
    }
    return { pence, counted };
  }

  it('the seeded total counts the budget tables', async () => {
    const p = await plan();
    const budgets = budgetPence(p);
    expect(budgets.counted).toBeGreaterThan(0);
    expect(p.totalFunding.countedLines).toBeGreaterThanOrEqual(budgets.counted);
    expect(p.totalFunding).toEqual(await recounted(p.id));
  });

  it('adding, changing and removing a money line keeps the budgets in the total, as a whole-plan refresh counts it', async () => {
    const before = await plan();
    const budgets = budgetPence(before);
    const action = before.actions[0];
    const pence = (t: any) => Math.round(Number(t.amount ?? 0) * 100);

    // Add a line: the total grows by exactly its amount (the budgets stay counted).
    const added = await server.gqlAs(token, UPDATE_ACTION, { input: { id: action.id, expectedVersion: action.version, funding: [{ text: '£1,000 from DSG' }] } });
    expect(added.errors).toBeUndefined();
    const afterAdd = (await plan()).totalFunding;
    expect(pence(afterAdd)).toBe(pence(before.totalFunding) + 100_000);
    expect(afterAdd.countedLines).toBe(before.totalFunding.countedLines + 1);
    expect(pence(afterAdd)).toBeGreaterThanOrEqual(budgets.pence + 100_000);
    expect(afterAdd).toEqual(await recounted(before.id));

    // Change it.
    const line = added.data.updateAction.funding.find((f: any) => f.text === '£1,000 from DSG');
    const changed = await server.gqlAs(token, UPDATE_ACTION, {
      input: { id: action.id, expectedVersion: added.data.updateAction.version, funding: [{ id: line.id, expectedVersion: line.version, text: '£2,500 from DSG' }] },
    });
    expect(changed.errors).toBeUndefined();
    const afterChange = (await plan()).totalFunding;
    expect(pence(afterChange)).toBe(pence(before.totalFunding) + 250_000);
    expect(afterChange).toEqual(await recounted(before.id));

    // Remove it: back to the seeded total, budgets included.
    const now = changed.data.updateAction.funding.find((f: any) => f.id === line.id);
    const removed = await server.gqlAs(token, UPDATE_ACTION, {
      input: { id: action.id, expectedVersion: changed.data.updateAction.version, removeFunding: [{ id: now.id, expectedVersion: now.version }] },
    });
    expect(removed.errors).toBeUndefined();
    const afterRemove = (await plan()).totalFunding;
    expect(afterRemove).toEqual(before.totalFunding);
    expect(afterRemove).toEqual(await recounted(before.id));
  });
});
