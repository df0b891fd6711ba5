// The seed tables saved through a spreadsheet library (exceljs), as a council would save
// its plan from Excel: imported into a new plan they give the seeded rows back; imported
// into the seeded plan itself they change nothing (the layout's inverse reproduces the
// transcription cell for cell).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { educationActionPlan2019 } from '@council-plans/plugin-peterborough';
import { OPERATIONAL_PLAN_SLUG, operationalPlanUnits } from '@council-plans/plugin-kent';
import { KENT_HEADER, PETERBOROUGH_HEADER, exportPlan, importFile, xlsx, type Rows, councilsViewer } from './support/import-files';
import { databases, type TestServer } from './support/servers';

const PB_SLUG = 'peterborough-education-action-plan-2019-20';

const PB_ROWS: Rows = educationActionPlan2019.workstreams.flatMap((w) =>
  w.rows.map((r) => [
    w.title,
    r.intent,
    [r.implementationIntro, ...r.steps.map((s) => s.text)].filter(Boolean).join('\n'),
    r.impact.join('\n'),
    r.timescale.join('\n'),
    '',
    r.ragProgress ?? '',
  ]),
);

const KENT_ROWS_FROM_SEED: Rows = operationalPlanUnits.flatMap((u) =>
  u.objectives.flatMap((o) =>
    o.actions.map((a) => [
      `${u.number} ${u.name}`,
      `${o.code} ${o.title}${o.ecmTag ? ` ${o.ecmTag}` : ''}`,
      a.code,
      a.action,
      a.accountableManager,
      a.links,
      // A sub-item printed in a nested list is written as the layout reads it: a line "- …" under its deliverable.
      a.deliverables.map((d, i) => ((a.deliverableNesting ?? []).some((n) => n.children.includes(i)) ? `- ${d}` : d)).join('\n'),
      a.targetDates,
    ]),
  ),
);

const ROW_QUERY = /* GraphQL */ `
  query($slug: String!) {
    plan(slug: $slug) {
      sections { kind title actions { title timescaleText updatedAt successCriteria { text } peterborough { intent implementationIntro impact timescale ragProgress steps { text } } } }
    }
  }
`;

describe.each(await databases())('Seed tables through a spreadsheet on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("Peterborough's seed table, saved as XLSX, imports into a new plan as the seeded rows", async () => {
    const file = await xlsx([PETERBOROUGH_HEADER, ...PB_ROWS], 'Education Action Plan');
    const report = await importFile(server, { council: 'peterborough', planSlug: 'pb-from-seed', fileName: 'eap-2019-20.xlsx', content: file });
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(PB_ROWS.length);
    const seeded = (await server.gql(ROW_QUERY, { slug: PB_SLUG })).data.plan;
    const imported = (await server.gqlAs(await councilsViewer(), ROW_QUERY, { slug: 'pb-from-seed' })).data.plan;
    const rows = (plan: any) =>
      plan.sections
        .filter((s: any) => s.kind === 'WORKSTREAM')
        .map((s: any) => ({ title: s.title, actions: s.actions.map(({ updatedAt: _, ...a }: any) => a) }));
    expect(rows(imported)).toEqual(rows(seeded));
    expect(rows(imported)).toHaveLength(educationActionPlan2019.workstreams.length);
  });

  it('the same workbook imported into the seeded plan changes nothing (rows matched by workstream and intent)', async () => {
    const before = await exportPlan(server, PB_SLUG, 'JSON');
    const report = await importFile(server, { council: 'peterborough', planSlug: PB_SLUG, fileName: 'eap-2019-20.xlsx', content: await xlsx([PETERBOROUGH_HEADER, ...PB_ROWS]) });
    expect(report).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, unchanged: PB_ROWS.length, changeCount: 0 });
    expect(await exportPlan(server, PB_SLUG, 'JSON')).toBe(before);
  });

  it("Kent's operational action tables, saved as XLSX, match the seeded plan row for row (by action code)", async () => {
    const before = await exportPlan(server, OPERATIONAL_PLAN_SLUG, 'JSON');
    const report = await importFile(server, { council: 'kent', planSlug: OPERATIONAL_PLAN_SLUG, fileName: 'operational-plan.xlsx', content: await xlsx([KENT_HEADER, ...KENT_ROWS_FROM_SEED]) });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: KENT_ROWS_FROM_SEED.length, changeCount: 0 });
    expect(await exportPlan(server, OPERATIONAL_PLAN_SLUG, 'JSON')).toBe(before);
  });
});
