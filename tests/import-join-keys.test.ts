// Join keys through the importer (issue 17): every council's layout takes four more
// optional columns — Staff ID, Email (of the row's parties), Budget code, Cost centre (of
// its action's funding lines) — one `<name or text> = <key>` per line. Real files through
// the importPlan mutation on PGlite and PostgreSQL; what was written is read back through
// GraphQL (keys, versions, the change feed) and through the exports.
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
  councilsViewer,
  csv,
  exportPlan,
  importFile,
  xlsx,
  type Rows,
} from './support/import-files';
import { databases, testToken, type TestServer } from './support/servers';

const KEY_HEADERS = ['Staff ID', 'Email', 'Budget code', 'Cost centre'];
const SLUG = 'ply-keys';

/** Plymouth's rows with the two party-key columns after its own. */
function plymouthWithKeys(keys: [string, string][]): Rows {
  return [[...PLYMOUTH_HEADER, 'Staff ID', 'Email'], ...PLYMOUTH_ROWS.map((r, i) => [...r, ...(keys[i] ?? ['', ''])])];
}

const KEYED: [string, string][] = [
  ['Head of Early Years = PLY-EY-1', 'Head of Early Years = EY.Head@Plymouth.example'],
  ['Head Teachers = PLY-HT-1', ''],
  ['', 'Plymouth Teaching Schools Alliance = ptsa@plymouth.example'],
];

const PARTIES = /* GraphQL */ `
  query($slug: String!) {
    plan(slug: $slug) { sections { actions { ...A } children { actions { ...A } } } }
  }
  fragment A on Action { id version title parties { party { id name staffId email version } } funding { id text budgetCode costCentre version } }
`;

describe.each(await databases())('Join keys through the importer on $name', (database) => {
  let server: TestServer;
  let viewer: string;
  const partiesOf = async (slug = SLUG) => {
    const res = await server.gqlAs<any>(viewer, PARTIES, { slug });
    expect(res.errors).toBeUndefined();
    const byName = new Map<string, any>();
    for (const s of res.data.plan.sections) for (const a of [...s.actions, ...s.children.flatMap((c: any) => c.actions)]) for (const p of a.parties) byName.set(p.party.name, p.party);
    return byName;
  };
  const actionsOf = async (slug = SLUG) => (await server.gqlAs<any>(viewer, PARTIES, { slug })).data.plan.sections.flatMap((s: any) => s.actions);

  beforeAll(async () => {
    server = await database.start({ webhooks: false });
    viewer = await councilsViewer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("every council's CSV export has the four key columns after its own", async () => {
    const files: [string, string[], Rows][] = [
      ['peterborough', PETERBOROUGH_HEADER, PETERBOROUGH_ROWS],
      ['plymouth', PLYMOUTH_HEADER, PLYMOUTH_ROWS],
      ['worcestershire', WORCESTERSHIRE_HEADER, WORCESTERSHIRE_ROWS],
      ['kent', KENT_HEADER, KENT_ROWS],
    ];
    for (const [council, header, rows] of files) {
      const report = await importFile(server, { council, planSlug: `${council}-columns`, fileName: 'plan.csv', content: csv([header, ...rows]) });
      expect(report.problems, council).toEqual([]);
      const exported = await exportPlan(server, `${council}-columns`, 'CSV');
      expect(exported.split('\r\n')[0], council).toBe([...header, ...KEY_HEADERS].join(','));
      // The export, key columns and all, imports back unchanged.
      const again = await importFile(server, { council, planSlug: `${council}-columns`, fileName: 'plan.csv', content: Buffer.from(exported) });
      expect(again, council).toMatchObject({ ok: true, changeCount: 0, unchanged: rows.length });
    }
  });

  it('sets staff ids and e-mails of the parties a row names, versioned, with change events', async () => {
    const report = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.xlsx', content: await xlsx(plymouthWithKeys(KEYED)) });
    expect(report.problems).toEqual([]);
    const parties = await partiesOf();
    expect(parties.get('Head of Early Years')).toMatchObject({ staffId: 'PLY-EY-1', email: 'ey.head@plymouth.example' });
    expect(parties.get('Head Teachers')).toMatchObject({ staffId: 'PLY-HT-1', email: null });
    expect(parties.get('Plymouth Teaching Schools Alliance')).toMatchObject({ staffId: null, email: 'ptsa@plymouth.example' });
    expect(parties.get('Early Years Advisory Teachers')).toMatchObject({ staffId: null, email: null });
    // Each keyed party's change is in the feed (the plan is a draft: its council reads it) with its new version.
    const feed = await server.gqlAs<any>(await testToken(['plymouth'], 'viewer'), `{ changes(first: 500, filter: { entityTypes: ["ResponsibleParty"] }) { nodes { entityId kind version via } } }`);
    expect(feed.errors).toBeUndefined();
    for (const name of ['Head of Early Years', 'Head Teachers', 'Plymouth Teaching Schools Alliance']) {
      const party = parties.get(name);
      expect(feed.data.changes.nodes, name).toContainEqual(expect.objectContaining({ entityId: party.id, kind: 'UPDATE', version: party.version }));
    }
  });

  it('re-importing the same file, its CSV export or its JSON export changes nothing', async () => {
    expect(await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.xlsx', content: await xlsx(plymouthWithKeys(KEYED)) })).toMatchObject({ ok: true, changeCount: 0, unchanged: 3 });
    const exported = await exportPlan(server, SLUG, 'CSV');
    expect(exported).toContain('Head of Early Years = PLY-EY-1');
    expect(exported).toContain('Head of Early Years = ey.head@plymouth.example');
    expect(await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.csv', content: Buffer.from(exported) })).toMatchObject({ ok: true, changeCount: 0, unchanged: 3 });
    const json = await exportPlan(server, SLUG, 'JSON');
    expect(await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.json', content: Buffer.from(json) })).toMatchObject({ ok: true, changeCount: 0, unchanged: 3 });
  });

  it('a key-only edit updates the party alone (one change, version + 1), and a line ending in "=" clears a key', async () => {
    const before = await partiesOf();
    const edited: [string, string][] = [KEYED[0]!, ['Head Teachers = PLY-HT-2', ''], ['', 'Plymouth Teaching Schools Alliance =']];
    const report = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.xlsx', content: await xlsx(plymouthWithKeys(edited)) });
    expect(report).toMatchObject({ ok: true, changeCount: 2, updated: 2, unchanged: 1, created: 0, deleted: 0 });
    const after = await partiesOf();
    expect(after.get('Head Teachers')).toMatchObject({ staffId: 'PLY-HT-2', version: before.get('Head Teachers').version + 1 });
    expect(after.get('Plymouth Teaching Schools Alliance')).toMatchObject({ email: null, version: before.get('Plymouth Teaching Schools Alliance').version + 1 });
    expect(after.get('Head of Early Years').version).toBe(before.get('Head of Early Years').version);
    // A party the file does not name keeps its key: removing the column changes nothing.
    expect(await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.csv', content: csv([PLYMOUTH_HEADER, ...PLYMOUTH_ROWS]) })).toMatchObject({ ok: true, changeCount: 0 });
    expect((await partiesOf()).get('Head Teachers').staffId).toBe('PLY-HT-2');
  });

  it('two parties may swap staff ids in one file', async () => {
    const swapped: [string, string][] = [['Head of Early Years = PLY-HT-2', ''], ['Head Teachers = PLY-EY-1', '']];
    const report = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.csv', content: csv(plymouthWithKeys(swapped)) });
    expect(report.problems).toEqual([]);
    const parties = await partiesOf();
    expect([parties.get('Head of Early Years').staffId, parties.get('Head Teachers').staffId]).toEqual(['PLY-HT-2', 'PLY-EY-1']);
  });

  it('refuses bad keys with a problem naming the row, the column and the clash, and writes nothing', async () => {
    // A Kent party keeps a staff id set through the API.
    const kentEditor = await testToken(['kent'], 'editor');
    const kentParty = (await server.gql<any>(`{ actions(filter: { authorityCode: "kent" }, first: 50) { nodes { parties { party { id version name } } } } }`)).data.actions.nodes.flatMap((a: any) => a.parties)[0].party;
    const keyed = await server.gqlAs<any>(kentEditor, `mutation($i: UpdateResponsiblePartyInput!) { updateResponsibleParty(input: $i) { staffId } }`, { i: { id: kentParty.id, expectedVersion: kentParty.version, staffId: 'KENT-1' } });
    expect(keyed.errors).toBeUndefined();
    const snapshot = await exportPlan(server, SLUG, 'JSON');
    const refused = async (keys: [string, string][]) => {
      const report = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'bad.csv', content: csv(plymouthWithKeys(keys)) });
      expect(report.ok).toBe(false);
      expect(report.changeCount).toBe(0);
      return report.problems;
    };
    // A good row beside each bad one: nothing is written halfway.
    const good: [string, string] = ['Head of Early Years = PLY-NEW', ''];
    expect(await refused([good, ['', 'Head Teachers = not-an-email']])).toEqual([
      expect.objectContaining({ row: 3, column: 'Email', code: 'INVALID_VALUE', message: expect.stringContaining('not an e-mail address') }),
    ]);
    expect(await refused([good, ['Head Teachers PLY-1', '']])).toEqual([expect.objectContaining({ row: 3, column: 'Staff ID', code: 'INVALID_VALUE', message: expect.stringContaining('party name = staff id') })]);
    expect(await refused([good, ['Nobody = PLY-9', '']])).toEqual([
      expect.objectContaining({ row: 3, column: 'Staff ID', code: 'INVALID_VALUE', message: expect.stringMatching(/"Nobody" is not a party this row names \("Early Years Advisory Teachers", "Head Teachers"\)/) }),
    ]);
    expect(await refused([good, ['Head Teachers = PLY-NEW', '']])).toEqual([
      expect.objectContaining({ row: 3, column: 'Staff ID', code: 'KEY_CONFLICT', message: expect.stringMatching(/"PLY-NEW" is given to Head Teachers here and to Head of Early Years in row 2/) }),
    ]);
    expect(await refused([good, ['Head Teachers = KENT-1', '']])).toEqual([
      expect.objectContaining({ row: 3, column: 'Staff ID', code: 'KEY_CONFLICT', message: `staff ID "KENT-1" already belongs to ${kentParty.name} (kent)` }),
    ]);
    // E-mail addresses clash whatever their case.
    expect(await refused([good, ['', 'Head Teachers = EY.HEAD@plymouth.example']])).toEqual([expect.objectContaining({ row: 3, code: 'KEY_CONFLICT', message: expect.stringContaining('already belongs to Head of Early Years') })]);
    // One party, two staff ids in two rows (Head Teachers is named by row 3 only; PTSA by row 4).
    const twice = plymouthWithKeys([good]);
    twice[3]![3] = 'Plymouth Teaching Schools Alliance\nHead of Early Years';
    twice[3]![8] = 'Head of Early Years = PLY-OTHER';
    const problems = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'bad.csv', content: csv(twice) });
    expect(problems.problems).toEqual([expect.objectContaining({ row: 4, column: 'Staff ID', code: 'KEY_CONFLICT', message: `Head of Early Years's staff ID is "PLY-OTHER" here but "PLY-NEW" in row 2` })]);
    // Hostile input: a huge key, control characters.
    expect((await refused([[`Head of Early Years = ${'x'.repeat(65)}`, '']]))[0]).toMatchObject({ row: 2, column: 'Staff ID', code: 'INVALID_VALUE' });
    expect((await refused([['Head of Early Years = HR\u00071', '']]))[0]).toMatchObject({ row: 2, column: 'Staff ID', code: 'INVALID_VALUE' });
    expect(await exportPlan(server, SLUG, 'JSON')).toBe(snapshot);
  });

  it("sets budget codes and cost centres of the action's funding lines, and the JSON export carries them back", async () => {
    const editor = await testToken(['plymouth'], 'editor');
    const first = (await actionsOf())[0];
    const added = await server.gqlAs<any>(editor, `mutation($i: UpdateActionInput!) { updateAction(input: $i) { funding { id text version } } }`, {
      i: { id: first.id, expectedVersion: first.version, funding: [{ text: '£5,000 Standards Fund' }, { text: '£2,000 DSG' }] },
    });
    expect(added.errors).toBeUndefined();
    const header = [...PLYMOUTH_HEADER, 'Staff ID', 'Email', 'Budget code', 'Cost centre'];
    const rows = (budget: string, centre: string) => [header, ...PLYMOUTH_ROWS.map((r, i) => [...r, '', '', i === 0 ? budget : '', i === 0 ? centre : ''])];
    const report = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'money.csv', content: csv(rows('£5,000 Standards Fund = EDU-PH-2019\n£2,000  dsg = EDU-DSG', '£5,000 Standards Fund = CC-77')) });
    expect(report).toMatchObject({ ok: true, updated: 1, unchanged: 2, changeCount: 2 });
    const funding = (await actionsOf())[0].funding;
    expect(funding).toEqual([
      expect.objectContaining({ text: '£5,000 Standards Fund', budgetCode: 'EDU-PH-2019', costCentre: 'CC-77', version: added.data.updateAction.funding[0].version + 1 }),
      expect.objectContaining({ text: '£2,000 DSG', budgetCode: 'EDU-DSG', costCentre: null }),
    ]);
    // A line the action does not have is a problem naming the ones it has.
    const wrong = await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'money.csv', content: csv(rows('£9 = X', '')) });
    expect(wrong.problems).toEqual([expect.objectContaining({ row: 2, column: 'Budget code', code: 'INVALID_VALUE', message: expect.stringContaining('"£9" is not a funding line of this row\'s action ("£5,000 Standards Fund", "£2,000 DSG")') })]);
    // The JSON export holds the codes; imported into a new plan, the new action's funding lines... are not the
    // layout's (Plymouth's columns hold no funding lines), so the round trip is into the same plan: unchanged.
    const json = await exportPlan(server, SLUG, 'JSON');
    expect(json).toContain('"budgetCode": "EDU-PH-2019"');
    expect(await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.json', content: Buffer.from(json) })).toMatchObject({ ok: true, changeCount: 0 });
    const exported = await exportPlan(server, SLUG, 'CSV');
    expect(exported).toContain('£5,000 Standards Fund = EDU-PH-2019\n£2,000 DSG = EDU-DSG');
    expect(await importFile(server, { council: 'plymouth', planSlug: SLUG, fileName: 'plan.csv', content: Buffer.from(exported) })).toMatchObject({ ok: true, changeCount: 0 });
  });

  it("Kent's and Worcestershire's layouts take the key columns too", async () => {
    const kent = await importFile(server, {
      council: 'kent',
      planSlug: 'kent-keys',
      fileName: 'k.csv',
      content: csv([[...KENT_HEADER, 'Email'], ...KENT_ROWS.map((r, i) => [...r, i === 2 ? 'Sue Rogers = S.Rogers@Kent.example' : i === 1 ? 'Diana Robinson = d.robinson@kent.example' : ''])]),
    });
    expect(kent.problems).toEqual([]);
    expect((await partiesOf('kent-keys')).get('Sue Rogers')).toMatchObject({ email: 's.rogers@kent.example' });
    // Diana Robinson is named by two rows: the export writes her key once, in the first; the
    // second row may repeat it (the same value) but not contradict it.
    const kentCsv = await exportPlan(server, 'kent-keys', 'CSV');
    expect(kentCsv.match(/Diana Robinson = d\.robinson@kent\.example/g)).toHaveLength(1);
    expect(kentCsv.split('\r\n')[1]).toContain('Diana Robinson = d.robinson@kent.example');
    expect(await importFile(server, { council: 'kent', planSlug: 'kent-keys', fileName: 'k.csv', content: Buffer.from(kentCsv) })).toMatchObject({ ok: true, changeCount: 0 });
    const contradict = await importFile(server, {
      council: 'kent',
      planSlug: 'kent-keys',
      fileName: 'k.csv',
      content: csv([[...KENT_HEADER, 'Email'], ...KENT_ROWS.map((r, i) => [...r, i === 0 ? 'Diana Robinson = d.robinson@kent.example' : i === 1 ? 'Diana Robinson = diana@kent.example' : ''])]),
    });
    expect(contradict.problems).toEqual([expect.objectContaining({ row: 3, column: 'Email', code: 'KEY_CONFLICT' })]);
    const worcs = await importFile(server, {
      council: 'worcestershire',
      planSlug: 'worcs-keys',
      fileName: 'w.xlsx',
      content: await xlsx([[...WORCESTERSHIRE_HEADER, 'Staff ID'], ...WORCESTERSHIRE_ROWS.map((r, i) => [...r, i === 1 ? 'EIAs = WORCS-EIA' : ''])]),
    });
    expect(worcs.problems).toEqual([]);
    expect((await partiesOf('worcs-keys')).get('EIAs')).toMatchObject({ staffId: 'WORCS-EIA' });
    const exported = await exportPlan(server, 'worcs-keys', 'CSV');
    expect(exported).toContain('EIAs = WORCS-EIA');
  });
});
