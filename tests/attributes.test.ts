// Issue 18, part C: council-defined attributes, end to end over HTTP on PGlite and
// PostgreSQL. A council admin defines attribute types on a plan imported from the
// council's own CSV; an editor sets values on actions and a section; the public reads
// them typed (a number as a number, a date as a Date, choices as objects), filters
// actions on them, and the plan's CSV and JSON exports carry them: re-importing the CSV
// changes nothing, importing the JSON into a new plan gives the same attributes. Bad
// values are refused with typed reasons and write nothing; a draft's attributes are
// invisible outside its council.
//
// The expected sets of every filter below are worked out by hand from the values this
// test sets (see VALUES), never read back from the API first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@council-plans/core';
import { PETERBOROUGH_HEADER, PETERBOROUGH_ROWS, csv, exportPlan, importFile } from './support/import-files';
import { databases, testToken, type GqlResult, type TestServer } from './support/servers';

const SLUG = 'peterborough-attributes';
const COPY = 'peterborough-attributes-copy';

const ATTRIBUTES = /* GraphQL */ `
  attributes {
    __typename version
    type { identifier kind }
    ... on TextAttribute { text }
    ... on RichTextAttribute { text }
    ... on NumberAttribute { number unit }
    ... on DateAttribute { date }
    ... on ChoiceAttribute { choice { identifier label } }
    ... on MultiChoiceAttribute { choices { identifier label } }
    ... on CategoryAttribute { categories { identifier label parent { identifier } } }
  }
`;

const PLAN = /* GraphQL */ `
  query($slug: String!) {
    plan(slug: $slug) {
      id status
      attributeTypes { id identifier name kind unit minimum maximum maxChoices appliesToActions appliesToSections position choices { id identifier label parent { identifier } } }
      sections { id title ${ATTRIBUTES} actions { id title ${ATTRIBUTES} } }
    }
  }
`;

/** The plan's attributes without ids and versions (which differ between two plans). */
function attributeContent(plan: any): unknown {
  return {
    types: plan.attributeTypes.map(({ id, choices, ...t }: any) => ({ ...t, choices: choices.map(({ id: _, ...c }: any) => c) })),
    sections: plan.sections.map((s: any) => ({
      title: s.title,
      attributes: s.attributes.map(({ version, ...a }: any) => a),
      actions: s.actions.map((a: any) => ({ title: a.title, attributes: a.attributes.map(({ version, ...v }: any) => v) })),
    })),
  };
}

const reason = (r: GqlResult<unknown>) => ({ code: r.errors?.[0]?.extensions?.code, reason: r.errors?.[0]?.extensions?.reason });

describe.each(await databases())('Council-defined attributes on $name', (database) => {
  let server: TestServer;
  let admin: string;
  let editor: string;
  let otherAdmin: string;
  let plan: any;
  /** Actions in document order (Peterborough's four rows: Phonics ×2, Leadership ×2). */
  let actions: { id: string; title: string }[];
  const type: Record<string, any> = {};

  const gql = (token: string | null, query: string, variables?: Record<string, unknown>) => (token ? server.gqlAs(token, query, variables) : server.gql(query, variables));
  const readPlan = async (slug = SLUG, token: string | null = null) => {
    const r = await gql(token, PLAN, { slug });
    expect(r.errors).toBeUndefined();
    return r.data.plan;
  };
  const define = async (input: Record<string, unknown>, token = admin) => gql(token, `mutation($input: CreateAttributeTypeInput!) { createAttributeType(input: $input) { id identifier kind version choices { id identifier } } }`, { input: { planId: plan.id, ...input } });
  const set = (input: Record<string, unknown>, token = editor) =>
    gql(token, `mutation($input: SetAttributeValueInput!) { setAttributeValue(input: $input) { __typename version type { identifier } ... on NumberAttribute { number unit } ... on DateAttribute { date } } }`, { input });
  const actionIds = async (attribute: Record<string, unknown> | Record<string, unknown>[]) => {
    const r = await gql(null, `query($f: ActionFilter) { actions(first: 50, filter: $f) { nodes { id } } }`, { f: { planId: plan.id, attribute } });
    expect(r.errors).toBeUndefined();
    return r.data.actions.nodes.map((n: any) => n.id).sort();
  };
  const choice = (t: string, identifier: string) => type[t].choices.find((c: any) => c.identifier === identifier).id;

  beforeAll(async () => {
    server = await database.start();
    [admin, editor, otherAdmin] = await Promise.all([testToken(['peterborough'], 'admin'), testToken(['peterborough'], 'editor'), testToken(['plymouth'], 'admin')]);
    const report = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb.csv', content: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]), publish: true });
    expect(report.problems).toEqual([]);
    plan = await readPlan();
    actions = plan.sections.flatMap((s: any) => s.actions);
    expect(actions.map((a) => a.title)).toEqual(PETERBOROUGH_ROWS.map((r) => r[1]));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lets only a council admin define attribute types', async () => {
    const input = { identifier: 'pupils-reached', name: 'Pupils reached', kind: 'NUMBER', unit: 'pupils', minimum: 0, maximum: 100000 };
    expect(reason(await define(input, editor)).code).toBe('FORBIDDEN');
    expect(reason(await gql(null, `mutation($input: CreateAttributeTypeInput!) { createAttributeType(input: $input) { id } }`, { input: { planId: plan.id, ...input } })).code).toBe('UNAUTHENTICATED');
    expect(reason(await define(input, otherAdmin)).code).toBe('FORBIDDEN');
    const defs: Record<string, unknown>[] = [
      input,
      { identifier: 'review-date', name: 'Review date', kind: 'DATE' },
      { identifier: 'ofsted-theme', name: 'Ofsted theme', kind: 'CHOICE', choices: [{ identifier: 'quality', label: 'Quality of education' }, { identifier: 'leadership', label: 'Leadership and management' }] },
      { identifier: 'groups', name: 'Pupil groups', kind: 'MULTI_CHOICE', maxChoices: 2, choices: [{ identifier: 'send', label: 'SEND' }, { identifier: 'disadvantaged', label: 'Disadvantaged' }, { identifier: 'eal', label: 'EAL' }] },
      {
        identifier: 'phase',
        name: 'Phase',
        kind: 'CATEGORY',
        appliesToSections: true,
        choices: [{ identifier: 'primary', label: 'Primary' }, { identifier: 'ks1', label: 'Key stage 1', parent: 'primary' }, { identifier: 'ks2', label: 'Key stage 2', parent: 'primary' }, { identifier: 'secondary', label: 'Secondary' }],
      },
      { identifier: 'notes', name: 'Notes', kind: 'RICH_TEXT' },
      { identifier: 'lead-school', name: 'Lead school', kind: 'TEXT' },
    ];
    for (const d of defs) {
      const r = await define(d);
      expect(r.errors, JSON.stringify(d)).toBeUndefined();
      type[d.identifier as string] = r.data.createAttributeType;
    }
    expect(reason(await define({ identifier: 'notes', name: 'Again', kind: 'TEXT' })).code).toBe('KEY_CONFLICT');
    expect(reason(await define({ identifier: 'Bad Id', name: 'x', kind: 'TEXT' })).code).toBe('BAD_USER_INPUT');
    expect(reason(await define({ identifier: 'no-choices', name: 'x', kind: 'CHOICE' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DEFINITION' });
    expect(reason(await define({ identifier: 'bad-range', name: 'x', kind: 'NUMBER', minimum: 5, maximum: 1 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DEFINITION' });
    const read = await readPlan();
    expect(read.attributeTypes.map((t: any) => [t.identifier, t.kind, t.position])).toEqual([
      ['pupils-reached', 'NUMBER', 0],
      ['review-date', 'DATE', 1],
      ['ofsted-theme', 'CHOICE', 2],
      ['groups', 'MULTI_CHOICE', 3],
      ['phase', 'CATEGORY', 4],
      ['notes', 'RICH_TEXT', 5],
      ['lead-school', 'TEXT', 6],
    ]);
    // The category tree in tree order, each with its parent.
    expect(read.attributeTypes[4].choices.map((c: any) => [c.identifier, c.parent?.identifier ?? null])).toEqual([
      ['primary', null],
      ['ks1', 'primary'],
      ['ks2', 'primary'],
      ['secondary', null],
    ]);
  });

  // VALUES: what the editor sets (actions by document order a0..a3).
  //   a0: pupils 120, review 2020-03-31, theme quality, groups [send, eal], phase [ks1], notes "**Board** met", lead "Oakdale Primary"
  //   a1: pupils 45.5, review 2020-07-15, theme leadership, groups [disadvantaged], phase [ks2]
  //   a2: pupils 0, theme leadership, phase [secondary]
  //   a3: nothing
  //   section 0 (Phonics): phase [primary]
  it('lets editors set typed values, and refuses bad ones with typed reasons, writing nothing', async () => {
    const [a0, a1, a2] = actions.map((a) => a.id);
    const ok = async (input: Record<string, unknown>) => {
      const r = await set(input);
      expect(r.errors, JSON.stringify(input)).toBeUndefined();
      return r.data.setAttributeValue;
    };
    expect(await ok({ typeId: type['pupils-reached'].id, actionId: a0, number: 120 })).toEqual({ __typename: 'NumberAttribute', version: 1, type: { identifier: 'pupils-reached' }, number: 120, unit: 'pupils' });
    await ok({ typeId: type['pupils-reached'].id, actionId: a1, number: 45.5 });
    await ok({ typeId: type['pupils-reached'].id, actionId: a2, number: 0 });
    expect(await ok({ typeId: type['review-date'].id, actionId: a0, date: '2020-03-31' })).toMatchObject({ __typename: 'DateAttribute', date: '2020-03-31' });
    await ok({ typeId: type['review-date'].id, actionId: a1, date: '2020-07-15' });
    await ok({ typeId: type['ofsted-theme'].id, actionId: a0, choices: [choice('ofsted-theme', 'quality')] });
    await ok({ typeId: type['ofsted-theme'].id, actionId: a1, choices: [choice('ofsted-theme', 'leadership')] });
    await ok({ typeId: type['ofsted-theme'].id, actionId: a2, choices: [choice('ofsted-theme', 'leadership')] });
    await ok({ typeId: type.groups.id, actionId: a0, choices: [choice('groups', 'send'), choice('groups', 'eal')] });
    await ok({ typeId: type.groups.id, actionId: a1, choices: [choice('groups', 'disadvantaged')] });
    await ok({ typeId: type.phase.id, actionId: a0, choices: [choice('phase', 'ks1')] });
    await ok({ typeId: type.phase.id, actionId: a1, choices: [choice('phase', 'ks2')] });
    await ok({ typeId: type.phase.id, actionId: a2, choices: [choice('phase', 'secondary')] });
    await ok({ typeId: type.phase.id, sectionId: plan.sections[0].id, choices: [choice('phase', 'primary')] });
    await ok({ typeId: type.notes.id, actionId: a0, text: '**Board** met' });
    await ok({ typeId: type['lead-school'].id, actionId: a0, text: 'Oakdale Primary' });

    const before = await readPlan();
    const refused: [Record<string, unknown>, string][] = [
      [{ typeId: type['review-date'].id, actionId: actions[3]!.id, number: 3 }, 'WRONG_KIND'],
      [{ typeId: type['pupils-reached'].id, actionId: actions[3]!.id, text: '12' }, 'WRONG_KIND'],
      [{ typeId: type['pupils-reached'].id, actionId: actions[3]!.id }, 'MISSING_VALUE'],
      [{ typeId: type['ofsted-theme'].id, actionId: actions[3]!.id, choices: [toGlobalId('AttributeChoice', 2_000_000_000)] }, 'UNKNOWN_CHOICE'],
      [{ typeId: type['ofsted-theme'].id, actionId: actions[3]!.id, choices: [choice('groups', 'send')] }, 'FOREIGN_CHOICE'],
      [{ typeId: type['pupils-reached'].id, actionId: actions[3]!.id, number: 100001 }, 'OUT_OF_RANGE'],
      [{ typeId: type['pupils-reached'].id, actionId: actions[3]!.id, number: -1 }, 'OUT_OF_RANGE'],
      [{ typeId: type.groups.id, actionId: actions[3]!.id, choices: [choice('groups', 'send'), choice('groups', 'eal'), choice('groups', 'disadvantaged')] }, 'TOO_MANY_VALUES'],
      [{ typeId: type['ofsted-theme'].id, actionId: actions[3]!.id, choices: [choice('ofsted-theme', 'quality'), choice('ofsted-theme', 'leadership')] }, 'TOO_MANY_VALUES'],
      [{ typeId: type['pupils-reached'].id, sectionId: plan.sections[0].id, number: 1 }, 'NOT_APPLICABLE'],
    ];
    for (const [input, why] of refused) expect(reason(await set(input)), JSON.stringify(input)).toEqual({ code: 'BAD_USER_INPUT', reason: why });
    // Setting over a value without naming its version is a conflict, as for every row.
    expect(reason(await set({ typeId: type['pupils-reached'].id, actionId: a0, number: 7 })).code).toBe('VERSION_CONFLICT');
    // Another council's admin may not set values; nor may the public.
    expect(reason(await set({ typeId: type['pupils-reached'].id, actionId: actions[3]!.id, number: 1 }, otherAdmin)).code).toBe('FORBIDDEN');
    expect(await readPlan()).toEqual(before);
  });

  it('serves a uniform, typed attributes list to the public', async () => {
    const read = await readPlan();
    const [a0, a1, a2, a3] = read.sections.flatMap((s: any) => s.actions);
    expect(a0.attributes).toEqual([
      { __typename: 'NumberAttribute', version: 1, type: { identifier: 'pupils-reached', kind: 'NUMBER' }, number: 120, unit: 'pupils' },
      { __typename: 'DateAttribute', version: 1, type: { identifier: 'review-date', kind: 'DATE' }, date: '2020-03-31' },
      { __typename: 'ChoiceAttribute', version: 1, type: { identifier: 'ofsted-theme', kind: 'CHOICE' }, choice: { identifier: 'quality', label: 'Quality of education' } },
      { __typename: 'MultiChoiceAttribute', version: 1, type: { identifier: 'groups', kind: 'MULTI_CHOICE' }, choices: [{ identifier: 'send', label: 'SEND' }, { identifier: 'eal', label: 'EAL' }] },
      { __typename: 'CategoryAttribute', version: 1, type: { identifier: 'phase', kind: 'CATEGORY' }, categories: [{ identifier: 'ks1', label: 'Key stage 1', parent: { identifier: 'primary' } }] },
      { __typename: 'RichTextAttribute', version: 1, type: { identifier: 'notes', kind: 'RICH_TEXT' }, text: '**Board** met' },
      { __typename: 'TextAttribute', version: 1, type: { identifier: 'lead-school', kind: 'TEXT' }, text: 'Oakdale Primary' },
    ]);
    expect(typeof a1.attributes[0].number).toBe('number');
    expect(a1.attributes[0].number).toBe(45.5);
    expect(a2.attributes.map((a: any) => a.type.identifier)).toEqual(['pupils-reached', 'ofsted-theme', 'phase']);
    expect(a3.attributes).toEqual([]);
    expect(read.sections[0].attributes).toEqual([{ __typename: 'CategoryAttribute', version: 1, type: { identifier: 'phase', kind: 'CATEGORY' }, categories: [{ identifier: 'primary', label: 'Primary', parent: null }] }]);
  });

  it('filters actions on attributes by kind', async () => {
    const [a0, a1, a2, a3] = actions.map((a) => a.id);
    const sorted = (...ids: string[]) => ids.sort();
    expect(await actionIds({ type: type['pupils-reached'].id, min: 40 })).toEqual(sorted(a0!, a1!));
    expect(await actionIds({ type: type['pupils-reached'].id, min: 0, max: 45.5 })).toEqual(sorted(a1!, a2!));
    expect(await actionIds({ type: type['review-date'].id, from: '2020-04-01' })).toEqual(sorted(a1!));
    expect(await actionIds({ type: type['review-date'].id, to: '2020-03-31' })).toEqual(sorted(a0!));
    expect(await actionIds({ type: type['ofsted-theme'].id, in: [choice('ofsted-theme', 'leadership')] })).toEqual(sorted(a1!, a2!));
    expect(await actionIds({ type: type.groups.id, in: [choice('groups', 'eal'), choice('groups', 'disadvantaged')] })).toEqual(sorted(a0!, a1!));
    // A category matches its subcategories too.
    expect(await actionIds({ type: type.phase.id, in: [choice('phase', 'primary')] })).toEqual(sorted(a0!, a1!));
    expect(await actionIds({ type: type.notes.id, equals: '**Board** met' })).toEqual(sorted(a0!));
    expect(await actionIds({ type: type['review-date'].id, hasValue: false })).toEqual(sorted(a2!, a3!));
    // Several combine with AND.
    expect(await actionIds([{ type: type['ofsted-theme'].id, in: [choice('ofsted-theme', 'leadership')] }, { type: type['pupils-reached'].id, min: 1 }])).toEqual(sorted(a1!));
    const wrong = await gql(null, `query($f: ActionFilter) { actions(filter: $f) { totalCount } }`, { f: { attribute: { type: type['review-date'].id, min: 1 } } });
    expect(reason(wrong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_KIND' });
    const foreign = await gql(null, `query($f: ActionFilter) { actions(filter: $f) { totalCount } }`, { f: { attribute: { type: type['ofsted-theme'].id, in: [choice('groups', 'send')] } } });
    expect(reason(foreign)).toEqual({ code: 'BAD_USER_INPUT', reason: 'FOREIGN_CHOICE' });
  });

  it('records every write in the history and the change feed', async () => {
    const r = await gql(admin, `query($p: [ID!]) { changes(first: 500, filter: { planIds: $p, entityTypes: ["AttributeType", "AttributeChoice", "AttributeValue"] }) { nodes { entity kind } } }`, { p: [plan.id] });
    expect(r.errors).toBeUndefined();
    const count = (entity: string) => r.data.changes.nodes.filter((n: any) => n.entity === entity && n.kind === 'CREATE').length;
    // 7 types; 2 + 3 + 4 choices; 16 values set in the test above.
    expect([count('AttributeType'), count('AttributeChoice'), count('AttributeValue')]).toEqual([7, 9, 16]);
  });

  it('exports attributes to CSV and JSON, and re-imports them unchanged', async () => {
    const before = await readPlan();
    const exported = await exportPlan(server, SLUG, 'CSV');
    const header = exported.split('\r\n')[0];
    // The council's columns, the join-key columns core adds to every layout (issue 17), then
    // every attribute type of actions, in order (section-only values are not CSV columns).
    expect(header).toBe(`${[...PETERBOROUGH_HEADER, 'Staff ID', 'Email', 'Budget code', 'Cost centre'].join(',')},attribute:pupils-reached,attribute:review-date,attribute:ofsted-theme,attribute:groups,attribute:phase,attribute:notes,attribute:lead-school`);
    // a0's row: 120, 2020-03-31, quality, send/eal on two lines, ks1, the Markdown, the school.
    expect(exported).toContain(',120,2020-03-31,quality,"send\neal",ks1,**Board** met,Oakdale Primary');
    const attributeEvents = async () =>
      (await gql(admin, `query($p: [ID!]) { changes(first: 500, filter: { planIds: $p, entityTypes: ["AttributeType", "AttributeChoice", "AttributeValue"] }) { nodes { sequence } } }`, { p: [plan.id] })).data.changes.nodes.length;
    const eventsBefore = await attributeEvents();
    const again = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb-export.csv', content: Buffer.from(exported) });
    expect(again.problems).toEqual([]);
    // Not one attribute row was written (no change event), and no row counted as updated for them.
    expect(await attributeEvents()).toBe(eventsBefore);
    expect(again.updated).toBe(0);
    const after = await readPlan();
    expect(attributeContent(after)).toEqual(attributeContent(before));
    // Not one value was rewritten: every version is still 1.
    expect(after.sections.flatMap((s: any) => s.actions.flatMap((a: any) => a.attributes.map((v: any) => v.version)))).toEqual(before.sections.flatMap((s: any) => s.actions.flatMap((a: any) => a.attributes.map((v: any) => v.version))));

    // JSON: into a new plan (a draft), types and values come back the same.
    const json = await exportPlan(server, SLUG, 'JSON');
    const doc = JSON.parse(json);
    expect(doc.attributeTypes.map((t: any) => t.identifier)).toEqual(['pupils-reached', 'review-date', 'ofsted-theme', 'groups', 'phase', 'notes', 'lead-school']);
    expect(doc.sections[0].actions[0].attributes[0]).toEqual({ type: 'pupils-reached', number: 120 });
    // Defining types is an admin's act: an editor's import of a file that defines them is refused, writing nothing.
    const byEditor = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.json', content: Buffer.from(json) });
    expect([byEditor.ok, byEditor.problems.map((p: any) => p.code)]).toEqual([false, ['FORBIDDEN']]);
    expect((await gql(admin, `query($s: String!) { plan(by: { slug: $s }) { id } }`, { s: COPY })).data.plan).toBeNull();
    // An admin's file is held to the API's checks of a definition (createAttributeType): a
    // range whose minimum is above its maximum is refused with the API's reason, writing nothing.
    const badRange = structuredClone(doc);
    Object.assign(badRange.attributeTypes[0], { minimum: 5, maximum: 1 });
    const refused = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.json', content: Buffer.from(JSON.stringify(badRange)), role: 'admin' });
    expect([refused.ok, refused.problems.map((p: any) => p.code)]).toEqual([false, ['INVALID_DEFINITION']]);
    expect(refused.problems[0]!.message).toContain('maximum: is below minimum');
    expect((await gql(admin, `query($s: String!) { plan(by: { slug: $s }) { id } }`, { s: COPY })).data.plan).toBeNull();
    const copy = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.json', content: Buffer.from(json), role: 'admin' });
    expect(copy.problems).toEqual([]);
    const copied = await readPlan(COPY, editor);
    expect(copied.status).toBe('DRAFT');
    // Sections' values too (Phonics: primary).
    expect(attributeContent(copied)).toEqual(attributeContent(before));
    expect(copied.sections[0].attributes).toHaveLength(1);
    // And importing the same JSON into that copy again changes nothing.
    const copyEvents = async () =>
      (await gql(admin, `query($p: [ID!]) { changes(first: 500, filter: { planIds: $p, entityTypes: ["AttributeType", "AttributeChoice", "AttributeValue"] }) { nodes { sequence } } }`, { p: [copied.id] })).data.changes.nodes.length;
    const copyEventsBefore = await copyEvents();
    const copyAgain = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.json', content: Buffer.from(json) });
    expect([copyAgain.problems, copyAgain.updated, await copyEvents()]).toEqual([[], 0, copyEventsBefore]);
  });

  it('reads an edited CSV cell, and refuses a bad one writing nothing', async () => {
    const exported = await exportPlan(server, SLUG, 'CSV');
    const edited = exported.replace(',120,2020-03-31,', ',150,2020-03-31,');
    const report = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb-edit.csv', content: Buffer.from(edited) });
    expect(report.problems).toEqual([]);
    // Only a0's attribute cell differs: one row updated, three unchanged.
    expect([report.updated, report.unchanged, report.created, report.deleted]).toEqual([1, 3, 0, 0]);
    const read = await readPlan();
    expect(read.sections[0].actions[0].attributes[0]).toMatchObject({ number: 150, version: 2 });
    const bad = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb-bad.csv', content: Buffer.from(edited.replace(',150,2020-03-31,quality,', ',lots,2020-03-31,nonesuch,')) });
    expect(bad.problems.map((p: any) => [p.column, p.code])).toEqual([
      ['attribute:pupils-reached', 'WRONG_KIND'],
      ['attribute:ofsted-theme', 'UNKNOWN_CHOICE'],
    ]);
    const unknown = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb-unknown.csv', content: csv([[...PETERBOROUGH_HEADER, 'attribute:nonesuch'], ...PETERBOROUGH_ROWS.map((r) => [...r, 'x'])]) });
    expect(unknown.problems.map((p: any) => p.code)).toEqual(['UNKNOWN_ATTRIBUTE']);
    expect(await readPlan()).toEqual(read);
  });

  it('keeps a draft plan\'s attributes from the public and other councils', async () => {
    const copied = await readPlan(COPY, editor);
    const typeId = copied.attributeTypes[0].id;
    expect((await gql(null, `query($s: String!) { plan(slug: $s) { id } }`, { s: COPY })).data.plan).toBeNull();
    for (const token of [null, otherAdmin]) {
      const node = await gql(token, `query($id: ID!) { node(id: $id) { id } }`, { id: typeId });
      expect(node.data.node).toBeNull();
      const choiceNode = await gql(token, `query($id: ID!) { node(id: $id) { id } }`, { id: copied.attributeTypes[2].choices[0].id });
      expect(choiceNode.data.node).toBeNull();
      const filtered = await gql(token, `query($f: ActionFilter) { actions(filter: $f) { totalCount } }`, { f: { attribute: { type: typeId, min: 0 } } });
      expect(reason(filtered).code).toBe('BAD_USER_INPUT');
    }
    // Its own council reads it.
    expect((await gql(editor, `query($id: ID!) { node(id: $id) { ... on AttributeType { identifier } } }`, { id: typeId })).data.node).toEqual({ identifier: 'pupils-reached' });
  });

  it('stands up to hostile and concurrent input', async () => {
    const a3 = actions[3]!.id;
    // Too many filter conditions, a text past the bound, an identifier that is not one.
    const many = Array.from({ length: 11 }, () => ({ type: type.notes.id, hasValue: true }));
    expect(reason(await gql(null, `query($f: ActionFilter) { actions(filter: $f) { totalCount } }`, { f: { attribute: many } })).code).toBe('BAD_USER_INPUT');
    expect(reason(await set({ typeId: type.notes.id, actionId: a3, text: 'x'.repeat(20_001) })).code).toBe('BAD_USER_INPUT');
    expect(reason(await define({ identifier: 'x'.repeat(64), name: 'Long', kind: 'TEXT' })).code).toBe('BAD_USER_INPUT');
    expect(reason(await define({ identifier: 'tab', name: 'Sections only', kind: 'NUMBER', appliesToActions: false })).code).toBe('BAD_USER_INPUT');
    // Five editors set the first value of one attribute on one action at once: one wins,
    // the others are told someone else set it (VERSION_CONFLICT), none is a server error.
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => set({ typeId: type['lead-school'].id, actionId: a3, text: `School ${n}` })));
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(codes).toEqual(['OK', 'VERSION_CONFLICT', 'VERSION_CONFLICT', 'VERSION_CONFLICT', 'VERSION_CONFLICT']);
    const winner = results.find((r) => !r.errors)!.data.setAttributeValue;
    const removed = await gql(editor, `mutation($input: RemoveAttributeValueInput!) { removeAttributeValue(input: $input) }`, { input: { typeId: type['lead-school'].id, actionId: a3, expectedVersion: winner.version } });
    expect(removed.data.removeAttributeValue).toBe(true);
    expect((await readPlan()).sections[1].actions[1].attributes).toEqual([]);
  });

  it('lets admins change types and choices, refusing a limit the values break', async () => {
    const read = await readPlan();
    const byId = (identifier: string) => read.attributeTypes.find((t: any) => t.identifier === identifier);
    const update = (input: Record<string, unknown>) => gql(admin, `mutation($input: UpdateAttributeTypeInput!) { updateAttributeType(input: $input) { name version maxChoices } }`, { input });
    // a1 holds 45.5 and a2 0 pupils; a0 holds two groups.
    expect(reason(await update({ id: byId('pupils-reached').id, expectedVersion: 1, minimum: 50 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
    expect(reason(await update({ id: byId('groups').id, expectedVersion: 1, maxChoices: 1 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_VALUES' });
    expect(reason(await update({ id: byId('phase').id, expectedVersion: 1, appliesToSections: false }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'IN_USE' });
    // The type as updated passes the checks a new type's properties pass (attributes/definition.ts).
    const invalid = async (input: Record<string, unknown>, field: string) => {
      const refused = await update({ expectedVersion: 1, ...input });
      expect(reason(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DEFINITION' });
      expect(refused.errors![0]!.extensions!.field).toBe(field);
    };
    await invalid({ id: byId('pupils-reached').id, minimum: 10, maximum: 5 }, 'input.maximum');
    await invalid({ id: byId('review-date').id, unit: 'days' }, 'input.unit');
    await invalid({ id: byId('review-date').id, maxChoices: 2 }, 'input.maxChoices');
    await invalid({ id: byId('groups').id, maxChoices: 100_000 }, 'input.maxChoices');
    await invalid({ id: byId('phase').id, appliesToActions: false, appliesToSections: false }, 'input.appliesToSections');
    expect(reason(await gql(editor, `mutation($input: UpdateAttributeTypeInput!) { updateAttributeType(input: $input) { name } }`, { input: { id: byId('review-date').id, expectedVersion: 1, name: 'x' } })).code).toBe('FORBIDDEN');
    expect((await update({ id: byId('review-date').id, expectedVersion: 1, name: 'Next review' })).data.updateAttributeType).toEqual({ name: 'Next review', version: 2, maxChoices: null });
    expect(reason(await update({ id: byId('review-date').id, expectedVersion: 1, name: 'Stale' })).code).toBe('VERSION_CONFLICT');
    const added = await gql(admin, `mutation($input: AddAttributeChoiceInput!) { addAttributeChoice(input: $input) { identifier label } }`, { input: { typeId: byId('groups').id, identifier: 'looked-after', label: 'Looked-after children' } });
    expect(added.data.addAttributeChoice).toEqual({ identifier: 'looked-after', label: 'Looked-after children' });
    const send = byId('groups').choices.find((c: any) => c.identifier === 'send');
    expect((await gql(admin, `mutation($input: UpdateAttributeChoiceInput!) { updateAttributeChoice(input: $input) { label version } }`, { input: { id: send.id, expectedVersion: 1, label: 'SEND support' } })).data.updateAttributeChoice).toEqual({ label: 'SEND support', version: 2 });
    const after = await readPlan();
    expect(after.attributeTypes.find((t: any) => t.identifier === 'groups').choices.map((c: any) => c.label)).toEqual(['SEND support', 'Disadvantaged', 'EAL', 'Looked-after children']);
    // Values holding the renamed choice show its new label.
    expect(after.sections[0].actions[0].attributes.find((a: any) => a.type.identifier === 'groups').choices).toEqual([{ identifier: 'send', label: 'SEND support' }, { identifier: 'eal', label: 'EAL' }]);
  });

  it('refuses to delete a type or choice in use unless forced', async () => {
    const read = await readPlan();
    const theme = read.attributeTypes.find((t: any) => t.identifier === 'ofsted-theme');
    const leadership = theme.choices.find((c: any) => c.identifier === 'leadership');
    const del = (what: 'Type' | 'Choice', input: Record<string, unknown>) => gql(admin, `mutation($input: DeleteAttributeInput!) { deleteAttribute${what}(input: $input) }`, { input });
    const refused = await del('Choice', { id: leadership.id, expectedVersion: 1 });
    expect(reason(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'IN_USE' });
    expect(refused.errors![0]!.extensions!.values).toBe(2);
    expect((await del('Choice', { id: leadership.id, expectedVersion: 1, force: true })).errors).toBeUndefined();
    // a1 and a2 held it (a CHOICE): their values are gone; a0's "quality" stays.
    expect(await actionIds({ type: theme.id, hasValue: true })).toEqual([actions[0]!.id]);
    const pupils = read.attributeTypes.find((t: any) => t.identifier === 'pupils-reached');
    expect(reason(await del('Type', { id: pupils.id, expectedVersion: 1 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'IN_USE' });
    expect((await del('Type', { id: pupils.id, expectedVersion: 1, force: true })).errors).toBeUndefined();
    const after = await readPlan();
    expect(after.attributeTypes.map((t: any) => t.identifier)).not.toContain('pupils-reached');
    expect(after.sections.flatMap((s: any) => s.actions.flatMap((a: any) => a.attributes.map((v: any) => v.type.identifier)))).not.toContain('pupils-reached');
    const r = await gql(admin, `query($p: [ID!]) { changes(first: 500, filter: { planIds: $p, kinds: [DELETE], entityTypes: ["AttributeValue"] }) { nodes { entity } } }`, { p: [plan.id] });
    // 2 theme values (a1, a2) + 3 pupil values (a0, a1, a2), and the lead school removed from a3 in the test before.
    expect(r.data.changes.nodes).toHaveLength(6);
  });

  it('takes a forced choice out of the values holding it and deletes a category with its subcategories, every change audited', async () => {
    const read = await readPlan();
    const typeOf = (p: any, identifier: string) => p.attributeTypes.find((t: any) => t.identifier === identifier);
    const valueOf = (p: any, i: number, identifier: string) => p.sections.flatMap((s: any) => s.actions)[i].attributes.find((a: any) => a.type.identifier === identifier);
    const del = (what: 'Type' | 'Choice', input: Record<string, unknown>) => gql(admin, `mutation($input: DeleteAttributeInput!) { deleteAttribute${what}(input: $input) }`, { input });
    const count = async (kind: string, entity: string) =>
      (await gql(admin, `query($p: [ID!], $k: [ChangeKind!], $e: [String!]) { changes(first: 500, filter: { planIds: $p, kinds: $k, entityTypes: $e }) { nodes { entity } } }`, { p: [plan.id], k: [kind], e: [entity] })).data.changes.nodes.length;
    const [updatedValues, deletedChoices] = [await count('UPDATE', 'AttributeValue'), await count('DELETE', 'AttributeChoice')];
    // a0 holds groups [send, eal]: forcing "eal" out leaves [send], at the next version.
    const before = valueOf(read, 0, 'groups');
    expect(before.choices.map((c: any) => c.identifier)).toEqual(['send', 'eal']);
    const eal = typeOf(read, 'groups').choices.find((c: any) => c.identifier === 'eal');
    expect((await del('Choice', { id: eal.id, expectedVersion: 1, force: true })).errors).toBeUndefined();
    const afterEal = await readPlan();
    expect(valueOf(afterEal, 0, 'groups')).toMatchObject({ version: before.version + 1, choices: [{ identifier: 'send', label: 'SEND support' }] });
    // "primary" with ks1 and ks2 under it: a0 [ks1], a1 [ks2] and section 0 [primary] lose their only category; a2 keeps [secondary].
    const phase = typeOf(read, 'phase');
    const primary = phase.choices.find((c: any) => c.identifier === 'primary');
    expect((await del('Choice', { id: primary.id, expectedVersion: 1, force: true })).errors).toBeUndefined();
    const afterPrimary = await readPlan();
    expect(typeOf(afterPrimary, 'phase').choices.map((c: any) => c.identifier)).toEqual(['secondary']);
    expect(await actionIds({ type: phase.id, hasValue: true })).toEqual([actions[2]!.id]);
    expect(afterPrimary.sections[0].attributes.map((a: any) => a.type.identifier)).not.toContain('phase');
    // A type's choices go with it.
    expect((await del('Type', { id: phase.id, expectedVersion: 1, force: true })).errors).toBeUndefined();
    // eal; primary, ks1, ks2; secondary.
    expect([(await count('UPDATE', 'AttributeValue')) - updatedValues, (await count('DELETE', 'AttributeChoice')) - deletedChoices]).toEqual([1, 5]);
  });
});
