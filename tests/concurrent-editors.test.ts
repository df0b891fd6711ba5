// Many editors in one plan (issue 21): each updates a different action of the same plan,
// all at once, over HTTP. No write may fail (no deadlock, no INTERNAL_SERVER_ERROR), every
// change is audited exactly once, and a write re-reads only the rows whose printed text it
// changed, so what it costs (SQL statements) does not depend on the size of the plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, loadSynthetic, refreshStructuredValues, syntheticPlanSlug } from '@council-plans/core';
import { databases, testToken, type TestServer } from './support/servers';

const SMALL = { seed: 11, authorities: 2, plansPerAuthority: 2, sectionsPerPlan: 3, actions: 4 * 60 };
const LARGE = { ...SMALL, actions: 4 * 600 };

const PLAN = `query($slug: String!) { plan(slug: $slug) { id version totalFunding { amount countedLines uncountedLines } sections { actions { id version title timescaleText } } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version title timescaleText funding { text } } }`;
const RECORD_PROGRESS = `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id version ragStatus } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { ... on Action { history(first: 50) { nodes { entity operation } } } } }`;

interface PlanAction {
  id: string;
  version: number;
  title: string;
}

async function planActions(server: TestServer, token: string, slug: string): Promise<{ plan: any; actions: PlanAction[] }> {
  const res = await server.gqlAs(token, PLAN, { slug });
  expect(res.errors).toBeUndefined();
  return { plan: res.data.plan, actions: res.data.plan.sections.flatMap((s: any) => s.actions) };
}

describe.each(await databases())('editors of one plan on $name', (database) => {
  let small: TestServer;
  let large: TestServer;
  let token: string;
  beforeAll(async () => {
    [small, large] = await Promise.all([database.start({ seed: false }), database.start({ seed: false })]);
    await loadSynthetic(small.db.sql, SMALL);
    await loadSynthetic(large.db.sql, LARGE);
    // The synthetic plans of authority 1 (syn-1) and 2; an editor of the first council.
    token = await testToken(['syn-1'], 'editor', 'editor-syn-1');
  }, 120_000);
  afterAll(async () => {
    await Promise.all([small?.stop(), large?.stop()]);
  });

  async function editorsAtOnce(server: TestServer, slug: string, editors: number, offset: number) {
    const { actions } = await planActions(server, token, slug);
    const mine = actions.slice(offset, offset + editors);
    expect(mine).toHaveLength(editors);
    // Every editor changes printed text (a new timescale, a new money line: the plan's
    // total changes with it), then records progress (no printed text changed).
    const results = await Promise.all(
      mine.map(async (a, i) => {
        const update = await server.gqlAs(token, UPDATE_ACTION, {
          input: { id: a.id, expectedVersion: a.version, title: `${a.title} (edited by ${i})`, timescaleText: 'Spring 2020', funding: [{ text: '£1,000 from DSG' }] },
        });
        const progress = update.data?.updateAction
          ? await server.gqlAs(token, RECORD_PROGRESS, { input: { actionId: a.id, expectedVersion: update.data.updateAction.version, narrative: `note ${i}`, ragStatus: 'GREEN' } })
          : null;
        return { action: a, update, progress };
      }),
    );
    return results;
  }

  for (const editors of [10, 50]) {
    it(`${editors} editors updating different actions of one plan at once all succeed, each change audited once`, async () => {
      const slug = syntheticPlanSlug(0, LARGE.plansPerAuthority);
      const offset = editors === 10 ? 0 : 10;
      const results = await editorsAtOnce(large, slug, editors, offset);
      const failures = results.flatMap((r) => [...(r.update.errors ?? []), ...(r.progress?.errors ?? [])]);
      expect(failures).toEqual([]);
      for (const r of results) {
        expect(r.update.data.updateAction.timescaleText).toBe('Spring 2020');
        expect(r.update.data.updateAction.funding.map((f: any) => f.text)).toContain('£1,000 from DSG');
        expect(r.progress!.data.recordProgress.ragStatus).toBe('GREEN');
      }
      // Every change audited exactly once: the action (twice: update, progress), the new
      // money line, the progress note.
      for (const r of results) {
        const history = await large.gqlAs(token, HISTORY, { id: r.action.id });
        expect(history.errors).toBeUndefined();
        const events = history.data.node.history.nodes.map((e: any) => `${e.entity} ${e.operation}`).sort();
        expect(events).toEqual(['Action UPDATE', 'Action UPDATE', 'FundingLine CREATE', 'ProgressUpdate CREATE']);
      }
      // The plan's funding total, kept by the writes one line at a time, equals a full
      // recount of every line of the plan.
      const { plan } = await planActions(large, token, slug);
      const planId = Number(fromGlobalId(plan.id)!.id);
      await large.db.prisma.$transaction((tx: any) => refreshStructuredValues(tx, { planIds: [planId] }), { timeout: 60_000 });
      const recounted = await planActions(large, token, slug);
      expect(plan.totalFunding).toEqual(recounted.plan.totalFunding);
      expect(Number(plan.totalFunding.amount)).toBeGreaterThanOrEqual(editors * 1000);
    }, 180_000);
  }

  it("a change of the plan's period (every timescale in it re-read) while ten editors write: all succeed", async () => {
    const slug = syntheticPlanSlug(3, LARGE.plansPerAuthority);
    const other = await testToken(['syn-2'], 'editor', 'editor-syn-2');
    const { plan, actions } = await planActions(large, other, slug);
    const [period, ...edits] = await Promise.all([
      large.gqlAs(other, `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { periodText } }`, {
        input: { id: plan.id, expectedVersion: plan.version, periodText: '2019/20', periodStart: '2019-09-01', periodEnd: '2020-08-31' },
      }),
      ...actions.slice(0, 10).map((a) =>
        large.gqlAs(other, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, timescaleText: 'Spring term', funding: [{ text: '£500 from DSG' }] } }),
      ),
    ]);
    expect([period, ...edits].flatMap((r) => r.errors ?? [])).toEqual([]);
    // The period change and the new timescales are both in the stored parses: "Spring term" lies in 2020 of the new period.
    const due = await large.gqlAs(other, `query($slug: String!) { plan(slug: $slug) { sections { actions { timescaleText timescale { start } } } } }`, { slug });
    const spring = due.data.plan.sections.flatMap((s: any) => s.actions).filter((a: any) => a.timescaleText === 'Spring term');
    expect(spring).toHaveLength(10);
    expect(spring.every((a: any) => a.timescale.start === '2020-01-01')).toBe(true);
  }, 60_000);

  it('writes that change the same action: one wins, the others get VERSION_CONFLICT, never another error', async () => {
    const slug = syntheticPlanSlug(1, LARGE.plansPerAuthority);
    const { actions } = await planActions(large, token, slug);
    const target = actions[0]!;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => large.gqlAs(token, UPDATE_ACTION, { input: { id: target.id, expectedVersion: target.version, timescaleText: `Term ${(i % 6) + 1} 2009` } })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'VERSION_CONFLICT')).toBe(true);
  }, 60_000);

  it('a write costs the same number of statements in a plan ten times larger, and a progress report rewrites no other row', async () => {
    const cost = async (server: TestServer) => {
      const slug = syntheticPlanSlug(2, SMALL.plansPerAuthority);
      const other = await testToken(['syn-2'], 'editor', 'editor-syn-2');
      const { actions } = await planActions(server, other, slug);
      const a = actions[3]!;
      const update = await server.gqlAs(other, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, timescaleText: 'Autumn term 2019', funding: [{ text: '£2,500 from DSG' }] } });
      expect(update.errors).toBeUndefined();
      // Row versions as PostgreSQL keeps them (xmin changes whenever a row is rewritten, even to the same values).
      const planId = (await server.db.prisma.action.findUniqueOrThrow({ where: { id: fromGlobalId(a.id)!.id } })).planId;
      const rowVersions = () =>
        (server.db.prisma.$queryRawUnsafe as (sql: string, ...values: unknown[]) => Promise<{ row: string; x: string }[]>)(
          `SELECT 'Action:' || id AS row, xmin::text AS x FROM "Action" WHERE "planId" = $1
           UNION ALL SELECT 'FundingLine:' || id, xmin::text FROM "FundingLine" WHERE "planId" = $1
           UNION ALL SELECT 'Plan:' || id, xmin::text FROM "Plan" WHERE id = $1
           UNION ALL SELECT 'IndicatorValue:' || v.id, v.xmin::text FROM "IndicatorValue" v JOIN "IndicatorSeries" s ON s.id = v."seriesId" WHERE s."planId" = $1`,
          planId,
        );
      const before = new Map((await rowVersions()).map((r) => [r.row, r.x]));
      const progress = await server.gqlAs(other, RECORD_PROGRESS, { input: { actionId: a.id, expectedVersion: update.data.updateAction.version, narrative: 'on track' } });
      expect(progress.errors).toBeUndefined();
      const after = await rowVersions();
      expect(after.length).toBe(before.size);
      // Only the action reported on was written (its version); nothing else of the plan.
      expect(after.filter((r) => before.get(r.row) !== r.x).map((r) => r.row)).toEqual([`Action:${fromGlobalId(a.id)!.id}`]);
      return { update: update.statements, progress: progress.statements };
    };
    const a = await cost(small);
    const b = await cost(large);
    expect(Number.isInteger(a.update)).toBe(true);
    expect(b).toEqual(a);
  }, 120_000);
});
