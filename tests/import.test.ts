// Import and export end to end: the real server over HTTP, on PGlite and PostgreSQL.
// Files in each council's own layout are written by the tests (CSV and XLSX), imported
// through the importPlan mutation, re-imported (nothing changes), edited (only the
// changed rows change), and exported and re-imported (the plan comes back exactly);
// every step is checked by reading the database back through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KENT_HEADER,
  KENT_ROWS,
  PETERBOROUGH_HEADER,
  PETERBOROUGH_ROWS,
  PLYMOUTH_HEADER,
  PLYMOUTH_ROWS,
  WORCESTERSHIRE_HEADER,
  WORCESTERSHIRE_ROWS,
  csv,
  exportPlan,
  importFile,
  xlsx,
  type Rows,
  councilsViewer,
} from './support/import-files';
import { databases, testToken, type TestServer } from './support/servers';

const ACTION_FIELDS = /* GraphQL */ `
  id code title description position timescaleText resourcesText ragStatus sourceSection updatedAt
  provenance { fileName sheet row section document { key kind fileName } }
  successCriteria { text position }
  milestones { text position }
  funding { text position }
  parties { role position party { name kind } }
  links { toPlanName target text }
  peterborough { intent implementationIntro impact timescale ragProgress steps { position text timescaleText } }
  plymouth { objective continuesObjective actions numbered responsible timescaleResources successCriteria monitoring evaluation timescaleResourcesParts { entry position kind text } }
  worcestershire { action who milestonesIntro milestones whenText resourceImplications commentary interpretation cells { position column text } }
  kentOperationalAction { codeAsPrinted accountableManager links deliverables targetDates note }
`;

const PLAN_QUERY = /* GraphQL */ `
  query Plan($slug: String!) {
    plan(slug: $slug) {
      id slug title kind format updatedAt authority { code }
      sections { kind label code title position actions { ${ACTION_FIELDS} } children { kind label code title position actions { ${ACTION_FIELDS} } } }
    }
  }
`;

interface Council {
  council: string;
  header: string[];
  rows: Rows;
  /** An edit of one cell of row `editRow` (0-based data row) that the layout stores. */
  edit: { row: number; column: string; value: string };
  /** A new row. */
  added: string[];
  /** The plugin's table below its row (or below the action) that the rows fill. */
  child: string;
}

const COUNCILS: Council[] = [
  {
    council: 'peterborough',
    header: PETERBOROUGH_HEADER,
    rows: PETERBOROUGH_ROWS,
    edit: { row: 2, column: 'Timescale', value: 'By end of Spring 2020' },
    added: ['Leadership', 'A new intent', 'One step', 'One impact', 'Summer 2020', 'Blue', ''],
    child: 'PeterboroughImplementationStep',
  },
  {
    council: 'plymouth',
    header: PLYMOUTH_HEADER,
    rows: PLYMOUTH_ROWS,
    edit: { row: 0, column: 'Success Criteria', value: 'GLD above national\nGLD gap narrows' },
    added: ['Teaching and learning', 'Improve teaching', 'Subject networks', 'Head Teachers', 'Termly', '', 'PEB', 'PEB'],
    child: 'PlymouthResourcePart',
  },
  {
    council: 'worcestershire',
    header: WORCESTERSHIRE_HEADER,
    rows: WORCESTERSHIRE_ROWS,
    edit: { row: 0, column: 'Commentary', value: 'Day 4 delivered' },
    added: ['Moderation of writing', 'EIAs', 'Moderation visits', 'Summer 2010', '', ''],
    child: 'WorcestershireActivityCell',
  },
  {
    council: 'kent',
    header: KENT_HEADER,
    rows: KENT_ROWS,
    edit: { row: 0, column: 'Accountable Manager', value: 'Sue Rogers' },
    added: ['3 Secondary', '3.2 Narrow the gap', '3.2.2', 'Mentoring', 'Sue Rogers', '', 'Mentors trained', 'June 2009'],
    child: 'PlanLink',
  },
];

function withEdit(c: Council): Rows {
  const col = c.header.indexOf(c.edit.column);
  return c.rows.map((r, i) => (i === c.edit.row ? r.map((v, j) => (j === col ? c.edit.value : v)) : r));
}

/** Every action of a plan read through GraphQL, in document order. */
function actionsOf(plan: any): any[] {
  const out: any[] = [];
  const walk = (sections: any[]) => {
    for (const s of sections) {
      out.push(...s.actions);
      walk(s.children ?? []);
    }
  };
  walk(plan.sections);
  return out;
}

/** A plan as the API shows it, without what differs between two copies (ids, slugs, provenance, timestamps). */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (['id', 'slug', 'updatedAt', 'provenance', 'sourceSection'].includes(k)) continue;
    out[k] = content(v);
  }
  return out;
}

describe.each(await databases())('Import and export on $name', (database) => {
  let server: TestServer;
  const readPlan = async (slug: string) => {
    const res = await server.gqlAs(await councilsViewer(), PLAN_QUERY, { slug });
    expect(res.errors).toBeUndefined();
    return res.data.plan;
  };
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const c of COUNCILS) {
    for (const format of ['CSV', 'XLSX'] as const) {
      it(`${c.council} (${format}): imports, re-imports without a change, imports an edited file, round-trips an export`, async () => {
        const slug = `${c.council}-import-${format.toLowerCase()}`;
        const ext = format === 'CSV' ? 'csv' : 'xlsx';
        const file = (rows: Rows) => (format === 'CSV' ? Promise.resolve(csv([c.header, ...rows])) : xlsx([c.header, ...rows], 'Action plan'));
        const fileName = `${c.council}-plan.${ext}`;

        // 1. First import: every row created, with its provenance.
        const first = await importFile(server, { council: c.council, planSlug: slug, fileName, content: await file(c.rows) });
        expect(first.problems).toEqual([]);
        expect(first).toMatchObject({ ok: true, rows: c.rows.length, created: c.rows.length, updated: 0, deleted: 0, unchanged: 0 });
        expect(first.plan).toMatchObject({ slug, format: c.council, title: `${c.council}-plan` });
        const plan1 = await readPlan(slug);
        const actions1 = actionsOf(plan1);
        expect(actions1).toHaveLength(c.rows.length);
        actions1.forEach((a, i) => {
          expect(a.provenance).toMatchObject({ fileName, row: i + 2, sheet: format === 'CSV' ? fileName : 'Action plan', document: { kind: 'IMPORT', key: `import:${slug}:${fileName}` } });
        });
        // The rows below the plugin's row (steps, resource parts, activity cells, plan links)
        // are in their action's history, and their change events name the action.
        const [audit] = await server.db.sql.query<{ n: number; orphans: number; events: number }>(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE a."actionId" IS NULL)::int AS orphans, count(e.seq) FILTER (WHERE e."actionId" = a."actionId")::int AS events
           FROM "AuditEvent" a JOIN "Plan" p ON p.id = a."planId" LEFT JOIN "ChangeEvent" e ON e."auditEventId" = a.id
           WHERE p.slug = $1 AND a.entity = $2`,
          [slug, c.child],
        );
        expect(audit).toEqual({ n: expect.any(Number), orphans: 0, events: audit!.n });
        expect(audit!.n).toBeGreaterThan(0);
        const viewer = await testToken([c.council], 'viewer');
        const histories = await Promise.all(
          actions1.map((a) => server.gqlAs(viewer, `query($id: ID!) { action(id: $id) { history(first: 100) { nodes { entity operation } } } }`, { id: a.id })),
        );
        expect(histories.flatMap((h) => h.errors ?? [])).toEqual([]);
        const childEvents = histories.flatMap((h) => h.data.action.history.nodes.filter((e: any) => e.entity === c.child));
        expect(childEvents).toHaveLength(audit!.n);
        expect(childEvents.every((e: any) => e.operation === 'CREATE')).toBe(true);

        // 2. The same file again: nothing written, not even a timestamp.
        const again = await importFile(server, { council: c.council, planSlug: slug, fileName, content: await file(c.rows) });
        expect(again).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, unchanged: c.rows.length, changeCount: 0 });
        expect(await readPlan(slug)).toEqual(plan1);

        // 3. An edited file: one cell changed, the last row removed, a row added.
        const edited = [...withEdit(c).slice(0, -1), c.added];
        const third = await importFile(server, { council: c.council, planSlug: slug, fileName: `edited.${ext}`, content: await file(edited) });
        expect(third.problems).toEqual([]);
        expect(third).toMatchObject({ created: 1, updated: 1, deleted: 1, unchanged: c.rows.length - 2 });
        const plan3 = await readPlan(slug);
        const actions3 = actionsOf(plan3);
        expect(actions3).toHaveLength(c.rows.length);
        const byId1 = new Map(actions1.map((a) => [a.id, a]));
        const changed = actions3.filter((a) => JSON.stringify(a) !== JSON.stringify(byId1.get(a.id)));
        // Exactly the edited row and the added one differ; every other row is untouched.
        expect(changed).toHaveLength(2);
        const editedAction = changed.find((a) => byId1.has(a.id))!;
        expect(editedAction.updatedAt).not.toBe(byId1.get(editedAction.id).updatedAt);
        expect(editedAction.provenance).toMatchObject({ fileName: `edited.${ext}`, row: c.edit.row + 2 });
        // The edit is in the action's audit history, made by the import under the caller's token, and bumped its version.
        const audited = await server.gqlAs(
          await testToken([c.council], 'viewer'),
          `query($id: ID!) { action(id: $id) { version history(first: 100) { nodes { via operation entity actorSubject before after } } } }`,
          { id: editedAction.id },
        );
        expect(audited.errors).toBeUndefined();
        const events = audited.data.action.history.nodes.filter((e: any) => e.entity === 'Action');
        expect(events[0]).toMatchObject({ via: 'import', operation: 'UPDATE', actorSubject: `test-${c.council}-editor` });
        expect(events[0].after.version).toBe(audited.data.action.version);
        expect(audited.data.action.version).toBe(events[0].before.version + 1);
        expect(actions3.filter((a) => byId1.has(a.id))).toHaveLength(c.rows.length - 1);

        // 4. Export as CSV and import it back: nothing changes.
        const exported = await exportPlan(server, slug, 'CSV');
        // The council's own columns, then the join-key columns core adds to every layout (issue 17).
        expect(exported.split('\r\n')[0]).toBe([...c.header, 'Staff ID', 'Email', 'Budget code', 'Cost centre'].join(','));
        const back = await importFile(server, { council: c.council, planSlug: slug, fileName: 'exported.csv', content: Buffer.from(exported) });
        expect(back).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, unchanged: c.rows.length, changeCount: 0 });
        expect(await readPlan(slug)).toEqual(plan3);

        // 5. The export imported into a new plan reproduces the plan exactly.
        const copySlug = `${slug}-copy`;
        const copy = await importFile(server, { council: c.council, planSlug: copySlug, fileName: 'exported.csv', content: Buffer.from(exported), planTitle: plan3.title });
        expect(copy).toMatchObject({ ok: true, created: c.rows.length });
        expect(content(await readPlan(copySlug))).toEqual(content(plan3));

        // 6. The JSON export imports too: into the plan itself without a change, and into
        // a new plan as the same plan (title and kind included).
        const json = Buffer.from(await exportPlan(server, slug, 'JSON'));
        const sameJson = await importFile(server, { council: c.council, planSlug: slug, fileName: 'plan.json', content: json });
        expect(sameJson).toMatchObject({ ok: true, unchanged: c.rows.length, changeCount: 0 });
        const fromJson = await importFile(server, { council: c.council, planSlug: `${slug}-json`, fileName: 'plan.json', content: json });
        expect(fromJson.problems).toEqual([]);
        expect(content(await readPlan(`${slug}-json`))).toEqual(content(plan3));
      });
    }
  }

  it('peterborough: the file says what it stores (sections, steps, intro, paired timescales, RAG, criteria)', async () => {
    await importFile(server, { council: 'peterborough', planSlug: 'pb-fields', fileName: 'pb.csv', content: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]) });
    const plan = await readPlan('pb-fields');
    expect(plan.sections.map((s: any) => [s.kind, s.title, s.actions.length])).toEqual([
      ['WORKSTREAM', 'Phonics', 2],
      ['WORKSTREAM', 'Leadership', 2],
    ]);
    const [phonics, governors] = plan.sections[0].actions;
    expect(phonics).toMatchObject({
      title: 'Improving outcomes in Phonics',
      timescaleText: 'November 19\nDecember 19',
      ragStatus: 'GREEN',
      successCriteria: [{ text: 'Phonics outcomes rise' }, { text: 'Champions in every school' }],
      peterborough: {
        implementationIntro: null,
        impact: ['Phonics outcomes rise', 'Champions in every school'],
        ragProgress: 'Board met twice',
        steps: [
          { position: 0, text: 'Developing a strategic board', timescaleText: 'November 19' },
          { position: 1, text: 'Training Phonics Champions', timescaleText: 'December 19' },
        ],
      },
    });
    expect(governors.peterborough).toMatchObject({ implementationIntro: 'Consider new approaches including –', steps: [{ text: 'Governor sessions', timescaleText: null }, { text: 'Leadership focus' }] });
    expect(governors.ragStatus).toBe('AMBER');
    expect(plan.sections[1].actions[1].ragStatus).toBe('RED');
    // The import reads the printed timescales into dates in the same transaction.
    const read = await server.gqlAs(await councilsViewer(), `{ plan(slug: "pb-fields") { actions { title timescale { start end } } } }`);
    const due = Object.fromEntries(read.data.plan.actions.map((a: any) => [a.title, a.timescale && [a.timescale.start, a.timescale.end]]));
    expect(due['Improving outcomes in Phonics']).toEqual(['2019-11-01', '2019-12-31']);
    expect(due['Clear intervention in every underperforming school']).toEqual([null, '2019-12-31']);
  });

  it('kent: units, objectives, codes, accountable managers, deliverables and plan links', async () => {
    await importFile(server, { council: 'kent', planSlug: 'kent-fields', fileName: 'kent.xlsx', content: await xlsx([KENT_HEADER, ...KENT_ROWS]) });
    const plan = await readPlan('kent-fields');
    expect(plan.sections.map((s: any) => [s.kind, s.code, s.title, s.children.map((o: any) => [o.kind, o.code, o.title])])).toEqual([
      ['UNIT', '2', 'Primary', [['OBJECTIVE', '2.1', 'Raise standards in primary schools (ECM 3)']]],
      ['UNIT', '3', 'Secondary', [['OBJECTIVE', '3.2', 'Narrow the gap']]],
    ]);
    const [a1, a2] = plan.sections[0].children[0].actions;
    expect(a1).toMatchObject({ code: '2.1.1', title: 'Primary strategy support', timescaleText: 'Sept 2008 March 2009', milestones: [{ text: 'Support 40 schools' }, { text: 'Train leaders' }] });
    expect(a1.links).toEqual([{ toPlanName: 'Towards 2010', target: '11', text: expect.any(String) }]);
    expect(a2.parties.map((p: any) => [p.role, p.party.name])).toEqual([
      ['ACCOUNTABLE', 'Rosemary Ferguson'],
      ['ACCOUNTABLE', 'Diana Robinson'],
    ]);
  });

  it('kent: rows are matched by code, so a changed action text updates the row rather than replacing it', async () => {
    const slug = 'kent-by-code';
    await importFile(server, { council: 'kent', planSlug: slug, fileName: 'k.csv', content: csv([KENT_HEADER, ...KENT_ROWS]) });
    const before = actionsOf(await readPlan(slug));
    const renamed = KENT_ROWS.map((r, i) => (i === 1 ? r.map((v, j) => (j === 3 ? 'Writing project (renamed)' : v)) : r));
    const report = await importFile(server, { council: 'kent', planSlug: slug, fileName: 'k.csv', content: csv([KENT_HEADER, ...renamed]) });
    expect(report).toMatchObject({ created: 0, updated: 1, deleted: 0, unchanged: 2 });
    const after = actionsOf(await readPlan(slug));
    expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
    expect(after[1].title).toBe('Writing project (renamed)');
  });

  it('a dry run counts the changes and writes nothing', async () => {
    const report = await importFile(server, { council: 'worcestershire', planSlug: 'worcs-dry', fileName: 'w.csv', content: csv([WORCESTERSHIRE_HEADER, ...WORCESTERSHIRE_ROWS]), dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true, created: 2 });
    expect((await server.gqlAs(await councilsViewer(), `{ plan(slug: "worcs-dry") { id } }`)).data.plan).toBeNull();
  });

  it("the JSON export lists a plugin's rows in printed order whatever their storage order, so it imports back unchanged", async () => {
    const slug = 'pb-storage-order';
    await importFile(server, { council: 'peterborough', planSlug: slug, fileName: 'pb.csv', content: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]) });
    // An update writes a new row version at the end of the table: PostgreSQL then returns
    // each action's first step last when no ORDER BY says otherwise.
    await server.db.prisma.$executeRawUnsafe(`UPDATE "PeterboroughImplementationStep" SET "text" = "text" WHERE "position" = 0`);
    const json = await exportPlan(server, slug, 'JSON');
    const steps = JSON.parse(json).sections.flatMap((s: any) => s.actions).map((a: any) => (a.peterboroughRow?.steps ?? []).map((st: any) => st.position));
    expect(steps.some((p: number[]) => p.length > 1)).toBe(true);
    for (const positions of steps) expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const back = await importFile(server, { council: 'peterborough', planSlug: slug, fileName: 'plan.json', content: Buffer.from(json) });
    expect(back).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, changeCount: 0 });
  });

  it('the JSON export carries everything of the plan, plugin rows included, in a versioned document', async () => {
    await importFile(server, { council: 'peterborough', planSlug: 'pb-json', fileName: 'pb.csv', content: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]) });
    const doc = JSON.parse(await exportPlan(server, 'pb-json', 'JSON'));
    expect(doc).toMatchObject({ format: 'council-plans/plan', version: 1, authority: { code: 'peterborough' }, plan: { slug: 'pb-json', format: 'peterborough' } });
    expect(doc.sections.map((s: any) => s.title)).toEqual(['Phonics', 'Leadership']);
    const action = doc.sections[0].actions[0];
    expect(action).toMatchObject({
      title: 'Improving outcomes in Phonics',
      ragStatus: 'GREEN',
      sourceRow: 2,
      successCriteria: [{ text: 'Phonics outcomes rise' }, { text: 'Champions in every school' }],
      peterboroughRow: { intent: 'Improving outcomes in Phonics', ragProgress: 'Board met twice', steps: [{ text: 'Developing a strategic board' }, { text: 'Training Phonics Champions' }] },
    });
    expect(action.id).toBeUndefined();
    // A seeded plan exports too, with its plugin's plan-level rows.
    const worcs = JSON.parse(await exportPlan(server, 'worcestershire-laa-delivery-plan-2008-11-ni-94', 'JSON'));
    expect(worcs.plan.worcestershireDeliveryPlan.priorityDependencies.length).toBeGreaterThan(0);
  });
});
