// Join keys in every council's layout (issue 17): the identifiers an HR or finance system
// joins this API's rows on — a responsible party's staff id and e-mail, a funding line's
// budget code and cost centre — are not printed in any council's plan, so no council's
// own columns hold them. Core appends four optional columns to every layout (a plugin
// declares nothing) and writes them after the row's own columns:
//
//   Staff ID | Email | Budget code | Cost centre
//
// Each cell is one entry per line, `<what> = <key>`: the party's name as the row names it
// (Staff ID, Email), or the funding line's text (Budget code, Cost centre). A line sets the
// key; a party or line the cell does not name keeps its key (parties are shared by every
// plan of the council, so one plan's file does not clear another's keys), and `<what> =`
// with nothing after it clears it. The export writes a line for every key that is set,
// so exporting and re-importing changes nothing.
import { checkEmail, checkJoinKey } from '../write/inputs';
import type { ImportLayout, LayoutColumn } from './layout';

export type PartyKeyName = 'staffId' | 'email';
export type FundingKeyName = 'budgetCode' | 'costCentre';

/** One join-key column: which key of which rows it sets. */
export interface JoinKeyColumn extends LayoutColumn {
  joinKey: { of: 'party'; key: PartyKeyName } | { of: 'funding'; key: FundingKeyName };
}

// Column keys carry a prefix no layout's own keys use (they are identifiers such as "intent").
const check = (key: PartyKeyName | FundingKeyName) => (value: string) =>
  key === 'email' ? checkEmail(value, 'email') : checkJoinKey(value, key);

/** Splits `<what> = <key>` at its last " =": names and money texts may hold "=", keys are rarely written with one. */
export function keyLine(line: string): { what: string; value: string | null } | null {
  const m = /^(.*\S)\s+=(?:\s+(.*))?$/su.exec(line);
  if (!m) return null;
  return { what: sameText(m[1]!), value: m[2] ? m[2] : null };
}

/** Names and funding texts compared ignoring case and runs of spaces (a cell re-typed by hand). */
export function sameText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function keyColumn(key: string, header: string, aliases: string[], joinKey: JoinKeyColumn['joinKey'], example: string): JoinKeyColumn {
  return {
    key,
    header,
    aliases,
    joinKey,
    validate(value) {
      for (const line of value.split('\n')) {
        const parsed = keyLine(line);
        if (!parsed) return `"${line.slice(0, 80)}" is not "${joinKey.of === 'party' ? 'party name' : 'funding line'} = ${header.toLowerCase()}" (e.g. "${example}")`;
        if (parsed.value === null) continue;
        try {
          check(joinKey.key)(parsed.value);
        } catch (err) {
          if ((err as { extensions?: { code?: string } })?.extensions?.code !== 'BAD_USER_INPUT') throw err;
          return `"${parsed.value.slice(0, 80)}": ${(err as Error).message.replace(/^[a-zA-Z]+: /, '')}`;
        }
      }
      return null;
    },
    // E-mail addresses are stored lower-cased; the same line in any case is the same cell.
    canonical: (value) =>
      value
        .split('\n')
        .map((line) => {
          const parsed = keyLine(line);
          if (!parsed) return line;
          const v = parsed.value === null ? '' : ` ${joinKey.key === 'email' ? parsed.value.toLowerCase() : parsed.value}`;
          return `${parsed.what} =${v}`;
        })
        .join('\n'),
  };
}

/** The four join-key columns every layout has after its own, optional in a file. */
export const JOIN_KEY_COLUMNS: readonly JoinKeyColumn[] = [
  keyColumn('joinKey.staffId', 'Staff ID', ['Staff IDs', 'Staff identifier', 'staffId'], { of: 'party', key: 'staffId' }, 'Head of Early Years = HR-0042'),
  keyColumn('joinKey.email', 'Email', ['E-mail', 'Emails', 'E-mail address', 'Email address'], { of: 'party', key: 'email' }, 'Head of Early Years = eyhead@council.example'),
  keyColumn('joinKey.budgetCode', 'Budget code', ['Budget codes', 'budgetCode'], { of: 'funding', key: 'budgetCode' }, '£5,000 = EDU-PH-2019'),
  keyColumn('joinKey.costCentre', 'Cost centre', ['Cost centres', 'Cost center', 'costCentre'], { of: 'funding', key: 'costCentre' }, '£5,000 = CC-77'),
];

const JOIN_KEY_COLUMN_KEYS = new Set(JOIN_KEY_COLUMNS.map((c) => c.key));

/** Whether a column is one of core's join-key columns (not part of the layout's own row). */
export function isJoinKeyColumn(key: string): boolean {
  return JOIN_KEY_COLUMN_KEYS.has(key);
}

const withKeys = new WeakMap<ImportLayout, LayoutColumn[]>();
const headingKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A layout's columns as files have them: its own, then the join-key columns. A layout
 * whose own headings could be read as a join-key column's is a plugin's mistake, reported
 * on first use rather than importing a council's "Email" column as keys.
 */
export function layoutColumns(layout: ImportLayout): LayoutColumn[] {
  let columns = withKeys.get(layout);
  if (!columns) {
    const reserved = new Set(JOIN_KEY_COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])]).map(headingKey));
    const clash = layout.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]).find((h) => reserved.has(headingKey(h)));
    if (clash) throw new Error(`layout ${layout.council}/${layout.name}: heading "${clash}" is a join-key column's (${JOIN_KEY_COLUMNS.map((c) => c.header).join(', ')}); rename it`);
    columns = [...layout.columns, ...JOIN_KEY_COLUMNS];
    withKeys.set(layout, columns);
  }
  return columns;
}

/** Prisma `include` under Action that joinKeyCells needs. */
export const JOIN_KEY_INCLUDE = {
  funding: { orderBy: { position: 'asc' } },
  parties: { orderBy: { position: 'asc' }, include: { party: true } },
} as const;

/**
 * The join-key cells of an action read with JOIN_KEY_INCLUDE (or as the JSON export
 * writes it): a line per party (in the action's order, each once) and per funding line
 * whose key is set.
 */
export function joinKeyCells(action: any): Record<string, string> {
  const cells: Record<string, string> = {};
  const parties: any[] = [];
  for (const link of action?.parties ?? []) if (link?.party && !parties.some((p) => sameText(p.name) === sameText(link.party.name))) parties.push(link.party);
  for (const column of JOIN_KEY_COLUMNS) {
    const rows: any[] = column.joinKey.of === 'party' ? parties : (action?.funding ?? []);
    const label = (r: any) => sameText(column.joinKey.of === 'party' ? r.name : r.text);
    cells[column.key] = rows
      .filter((r) => r[column.joinKey.key] != null && r[column.joinKey.key] !== '')
      .map((r) => `${label(r)} = ${r[column.joinKey.key]}`)
      .join('\n');
  }
  return cells;
}
