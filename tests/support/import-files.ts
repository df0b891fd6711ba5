// Files in each council's own layout, written by the tests (CSV by hand, XLSX with
// exceljs, as a council's spreadsheet program would), and the importPlan mutation.
import ExcelJS from 'exceljs';
import { testToken, type TestServer } from './servers';

export type Rows = string[][];

/** RFC 4180 CSV: every cell quoted when it holds a comma, quote or line break; CRLF records. */
export function csv(rows: Rows): Buffer {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from(rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** An XLSX workbook with one sheet holding the rows (line breaks kept inside cells). */
export async function xlsx(rows: Rows, sheetName = 'Plan'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const IMPORT_MUTATION = /* GraphQL */ `
  mutation Import($input: ImportPlanInput!) {
    importPlan(input: $input) {
      ok dryRun sheet rows created updated deleted unchanged changeCount
      problems { row column message code }
      plan { id slug title format }
    }
  }
`;

export interface ImportArgs {
  council: string;
  planSlug: string;
  fileName: string;
  content: Buffer;
  dryRun?: boolean;
  sheet?: string;
  planTitle?: string;
  publish?: boolean;
  /** The importer's role in the council (default an editor). */
  role?: 'editor' | 'admin';
}

export async function importFile(server: TestServer, args: ImportArgs) {
  const name = args.fileName.toLowerCase();
  const format = name.endsWith('.xlsx') ? 'XLSX' : name.endsWith('.json') ? 'JSON' : 'CSV';
  const { content, role, ...rest } = args;
  // An editor of the file's council (council plugin names are their authority codes).
  const res = await server.gqlAs(await testToken([args.council], role), IMPORT_MUTATION, { input: { ...rest, format, contentBase64: content.toString('base64'), dryRun: args.dryRun ?? false } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.importPlan as {
    ok: boolean;
    dryRun: boolean;
    sheet: string | null;
    rows: number;
    created: number;
    updated: number;
    deleted: number;
    unchanged: number;
    changeCount: number;
    problems: { row: number | null; column: string | null; message: string; code: string }[];
    plan: { id: string; slug: string; title: string; format: string } | null;
  };
}

/**
 * A viewer of every bundled council: imported plans start as drafts (issue 16), which only
 * their council reads, so the tests read them back with this token.
 */
export function councilsViewer(): Promise<string> {
  return testToken(['peterborough', 'plymouth', 'worcestershire', 'kent'], 'viewer', 'test-councils-viewer');
}

export async function exportPlan(server: TestServer, slug: string, format: 'CSV' | 'JSON'): Promise<string> {
  const res = await server.gqlAs(await councilsViewer(), `query($slug: String!, $format: PlanExportFormat!) { plan(slug: $slug) { export(format: $format) } }`, { slug, format });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.plan.export as string;
}

// The councils' layouts, as the tests write them.

export const PETERBOROUGH_HEADER = ['Workstream', 'Intent', 'Implementation', 'Impact', 'Timescale', 'RAG', 'Progress'];
export const PETERBOROUGH_ROWS: Rows = [
  ['Phonics', 'Improving outcomes in Phonics', 'Developing a strategic board\nTraining Phonics Champions', 'Phonics outcomes rise\nChampions in every school', 'November 19\nDecember 19', 'Green', 'Board met twice'],
  ['Phonics', 'Governor training', 'Consider new approaches including –\nGovernor sessions\nLeadership focus', '', 'September 19', 'Amber', ''],
  ['Leadership', 'Clear intervention in every underperforming school', 'Warning notices issued', 'Action is timely', 'By end of Autumn 2019', '', ''],
  ['Leadership', 'Communication to the public', 'Successes collected from schools', 'A balanced narrative', 'Throughout 2019/20', 'R', 'Late'],
];

export const PLYMOUTH_HEADER = ['Theme', 'Objective', 'Action', 'Responsible', 'Timescale / Resources', 'Success Criteria', 'Monitoring', 'Evaluation'];
export const PLYMOUTH_ROWS: Rows = [
  ['Ready for school', 'Improve early years outcomes', 'Early years audit', 'Head of Early Years', 'By April, 2018.\n£5,000', 'GLD above national', 'PEB', 'Head of School Improvement'],
  ['Ready for school', '', 'Parent workshops', 'Early Years Advisory Teachers\nHead Teachers', 'Two years.', '', 'PEB', 'Independent evaluator'],
  ['Teaching and learning', 'Improve teaching', 'Teaching school support', 'Plymouth Teaching Schools Alliance', 'Ongoing', 'More good schools\nFewer RI schools', 'PTSA Operational Board', 'PEB'],
];

export const WORCESTERSHIRE_HEADER = ['Action', 'Who', 'Milestones / Success Measure', 'When', 'Resource Implications', 'Commentary'];
export const WORCESTERSHIRE_ROWS: Rows = [
  ['Improve leadership in schools', 'Primary phase EIAs\nSchool Improvement Partners', 'Objectives: work with schools to;\nDeliver CPD day 4\nEmbed SIP programme', '2009/10', '', ''],
  ['Targeted support for schools below floor', 'EIAs', 'Intervention plans agreed', 'Autumn 2009', 'NS funding', 'On track'],
];

export const KENT_HEADER = ['Unit', 'Objective', 'Code', 'Project / development / key action', 'Accountable Manager', 'Links to other plans', 'Deliverables or outcomes planned for 2008/09', 'Target dates'];
export const KENT_ROWS: Rows = [
  ['2 Primary', '2.1 Raise standards in primary schools (ECM 3)', '2.1.1', 'Primary strategy support', 'Diana Robinson', 'Towards 2010 - 11', 'Support 40 schools\nTrain leaders', 'Sept 2008 March 2009'],
  ['2 Primary', '2.1 Raise standards in primary schools (ECM 3)', '2.1.2', 'Writing project', 'Rosemary Ferguson/ Diana Robinson', '', 'Writing improves', 'Termly'],
  ['3 Secondary', '3.2 Narrow the gap', '3.2.1', 'Gap project', 'Sue Rogers', 'LAA 4', '', 'March 2009'],
];
