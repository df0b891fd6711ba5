// Bad files are refused with a report naming the row and column, and leave the database
// exactly as it was (checked by exporting the whole plan as JSON before and after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KENT_HEADER, KENT_ROWS, PETERBOROUGH_HEADER, PETERBOROUGH_ROWS, csv, exportPlan, importFile, xlsx, councilsViewer } from './support/import-files';
import { databases, testToken, type TestServer } from './support/servers';

const SLUG = 'pb-refused';
const MAX_BYTES = 64 * 1024;

describe.each(await databases())('Refused imports on $name', (database) => {
  let server: TestServer;
  let snapshot: string;
  let planCount: number;
  const plans = async () => (await server.gqlAs(await councilsViewer(), `{ plans(first: 500) { totalCount } }`)).data.plans.totalCount as number;

  beforeAll(async () => {
    server = await database.start({ maxImportBytes: MAX_BYTES });
    const first = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb.csv', content: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]) });
    expect(first.ok).toBe(true);
    snapshot = await exportPlan(server, SLUG, 'JSON');
    planCount = await plans();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Imports a file into the plan and expects it refused, the database untouched. */
  async function refused(fileName: string, content: Buffer, council = 'peterborough') {
    const report = await importFile(server, { council, planSlug: SLUG, fileName, content });
    expect(report.ok).toBe(false);
    expect(report).toMatchObject({ created: 0, updated: 0, deleted: 0, changeCount: 0 });
    expect(await exportPlan(server, SLUG, 'JSON')).toBe(snapshot);
    expect(await plans()).toBe(planCount);
    return report.problems;
  }

  it('refuses a file with wrong columns, naming the missing and the unexpected ones', async () => {
    const header = PETERBOROUGH_HEADER.filter((h) => h !== 'Impact').map((h) => (h === 'Progress' ? 'Colour' : h));
    const rows = PETERBOROUGH_ROWS.map((r) => r.filter((_, i) => PETERBOROUGH_HEADER[i] !== 'Impact'));
    const problems = await refused('wrong-columns.csv', csv([header, ...rows]));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: 'Impact', code: 'MISSING_COLUMN' }),
        expect.objectContaining({ row: 1, column: 'Colour', code: 'UNEXPECTED_COLUMN' }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('refuses an empty file, and a file with only its header row', async () => {
    expect(await refused('empty.csv', Buffer.alloc(0))).toEqual([expect.objectContaining({ row: null, code: 'EMPTY_FILE' })]);
    expect(await refused('blank.csv', Buffer.from('\r\n\r\n'))).toEqual([expect.objectContaining({ code: 'EMPTY_FILE' })]);
    expect(await refused('header.csv', csv([PETERBOROUGH_HEADER]))).toEqual([expect.objectContaining({ code: 'EMPTY_FILE' })]);
    expect(await refused('header.xlsx', await xlsx([PETERBOROUGH_HEADER]))).toEqual([expect.objectContaining({ code: 'EMPTY_FILE' })]);
  });

  it('refuses a broken XLSX: truncated, or not a workbook at all', async () => {
    const good = await xlsx([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]);
    expect(await refused('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)))).toEqual([expect.objectContaining({ code: 'BROKEN_FILE', row: null })]);
    expect(await refused('text.xlsx', Buffer.from('Workstream,Intent\nnot,a workbook\n'))).toEqual([expect.objectContaining({ code: 'BROKEN_FILE' })]);
  });

  it('refuses a JSON file that is not a plan export, or is broken', async () => {
    expect(await refused('broken.json', Buffer.from('{"format": "council-plans/plan", '))).toEqual([expect.objectContaining({ code: 'BROKEN_FILE' })]);
    expect(await refused('other.json', Buffer.from('{"format": "something-else", "version": 1}'))).toEqual([expect.objectContaining({ code: 'BROKEN_FILE' })]);
    const kent = { format: 'council-plans/plan', version: 1, plan: { format: 'kent', title: 'Kent' }, sections: [], actions: [] };
    expect(await refused('kent.json', Buffer.from(JSON.stringify(kent)))).toEqual([expect.objectContaining({ code: 'WRONG_COUNCIL' })]);
    expect(await refused('v2.json', Buffer.from(JSON.stringify({ ...kent, version: 2 })))).toEqual([expect.objectContaining({ code: 'BROKEN_FILE', message: expect.stringContaining('version 2') })]);
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const big = csv([PETERBOROUGH_HEADER, ...Array.from({ length: 2000 }, (_, i) => ['Big', `Intent ${i}`, 'Step', 'Impact', 'Now', '', ''])]);
    expect(big.length).toBeGreaterThan(MAX_BYTES);
    expect(await refused('big.csv', big)).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE', row: null })]);
  });

  it('refuses a row with an impossible value, naming every bad row and column at once', async () => {
    const rows = PETERBOROUGH_ROWS.map((r) => [...r]);
    rows[1]![5] = 'Purple'; // row 3 of the sheet: an unknown RAG
    rows[3]![1] = ''; // row 5: no Intent
    const problems = await refused('impossible.csv', csv([PETERBOROUGH_HEADER, ...rows]));
    expect(problems).toEqual([
      expect.objectContaining({ row: 3, column: 'RAG', code: 'INVALID_VALUE', message: expect.stringContaining('Purple') }),
      expect.objectContaining({ row: 5, column: 'Intent', code: 'REQUIRED_VALUE' }),
    ]);
    // The same in an XLSX, at the same rows.
    expect(await refused('impossible.xlsx', await xlsx([PETERBOROUGH_HEADER, ...rows]))).toEqual(problems);
  });

  it('refuses a bad action code and a code outside its objective (Kent)', async () => {
    const rows = KENT_ROWS.map((r) => [...r]);
    rows[0]![2] = '2.x.1';
    rows[2]![2] = '4.1.1';
    const report = await importFile(server, { council: 'kent', planSlug: 'kent-refused', fileName: 'k.csv', content: csv([KENT_HEADER, ...rows]) });
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Code', code: 'INVALID_VALUE' }),
      expect.objectContaining({ row: 4, column: 'Code', code: 'INVALID_VALUE', message: expect.stringContaining('not under objective 3.2') }),
    ]);
    expect((await server.gqlAs(await councilsViewer(), `{ plan(slug: "kent-refused") { id } }`)).data.plan).toBeNull();
  });

  it('refuses two rows with the same key', async () => {
    const problems = await refused('dup.csv', csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS, PETERBOROUGH_ROWS[0]!]));
    expect(problems).toEqual([expect.objectContaining({ row: 6, column: 'Workstream', code: 'DUPLICATE_ROW', message: expect.stringContaining('row 2') })]);
  });

  it("refuses another council's file for the plan, and an unknown sheet", async () => {
    expect(await refused('kent.csv', csv([KENT_HEADER, ...KENT_ROWS]), 'kent')).toEqual([expect.objectContaining({ code: 'WRONG_COUNCIL' })]);
    const report = await importFile(server, { council: 'peterborough', planSlug: SLUG, fileName: 'pb.xlsx', sheet: 'Nope', content: await xlsx([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS], 'Plan') });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_SHEET', message: expect.stringContaining('"Plan"') })]);
  });

  it("refuses an import without a token, by a viewer, and into another council's plans, and changes nothing", async () => {
    const IMPORT = `mutation($input: ImportPlanInput!) { importPlan(input: $input) { ok } }`;
    const input = { council: 'peterborough', planSlug: SLUG, fileName: 'pb.csv', format: 'CSV', contentBase64: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS.slice(1)]).toString('base64') };
    const anonymous = await server.gql(IMPORT, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await server.gqlAs(await testToken(['peterborough'], 'viewer'), IMPORT, { input });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const kent = await server.gqlAs(await testToken(['kent'], 'editor'), IMPORT, { input });
    expect(kent.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.council' });
    expect(await exportPlan(server, SLUG, 'JSON')).toBe(snapshot);
    expect(await plans()).toBe(planCount);
  });

  it('answers an unknown council with BAD_USER_INPUT', async () => {
    const res = await server.gql(`mutation { importPlan(input: { council: "atlantis", planSlug: "x", fileName: "x.csv", format: CSV, contentBase64: "" }) { ok } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
