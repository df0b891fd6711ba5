// Council-defined attributes (issue 18, part C): the one place that knows how a value of
// each kind is checked, stored, written as a CSV cell and read back from one. The write
// API, the importer and the exports all go through here, so a value the API accepts is
// exactly a value the importer accepts, and export → import changes nothing.
import { INPUT_LIMITS } from '../graphql/input-limits';
import { dayOf } from '../graphql/today';
import { toIsoDate } from '../values/school-calendar';

export type AttributeKindName = 'TEXT' | 'RICH_TEXT' | 'NUMBER' | 'DATE' | 'CHOICE' | 'MULTI_CHOICE' | 'CATEGORY';

/** Why a value was refused: served as `extensions.reason` beside BAD_USER_INPUT, and as the import problem's code. */
export type AttributeProblem = 'WRONG_KIND' | 'MISSING_VALUE' | 'UNKNOWN_CHOICE' | 'FOREIGN_CHOICE' | 'OUT_OF_RANGE' | 'TOO_MANY_VALUES' | 'NOT_APPLICABLE';

export class AttributeValueError extends Error {
  constructor(
    readonly reason: AttributeProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The columns of a type a value is checked against. */
export interface AttributeTypeRow {
  id: number;
  planId: number;
  identifier: string;
  name: string;
  kind: AttributeKindName | string;
  unit?: string | null;
  minimum: number | null;
  maximum: number | null;
  maxChoices: number | null;
  appliesToActions: boolean;
  appliesToSections: boolean;
}

export interface AttributeChoiceRow {
  id: number;
  typeId: number;
  parentId: number | null;
  identifier: string;
  label: string;
  position: number;
}

/** A value as given (by the API: choices by id; by a file: choices by identifier). */
export interface GivenValue {
  text?: string | null;
  number?: number | null;
  date?: Date | null;
  choiceIds?: number[] | null;
}

/** The stored columns of a value. */
export interface StoredValue {
  text: string | null;
  number: number | null;
  date: Date | null;
  choiceIds: number[];
}

/** The largest number of choices any value may hold when its type sets no smaller limit. */
export const MAX_CHOICES = 100;

const TEXT_KINDS = new Set(['TEXT', 'RICH_TEXT']);
const CHOICE_KINDS = new Set(['CHOICE', 'MULTI_CHOICE', 'CATEGORY']);

/** What the given fields of a value are, for messages: "a number", "a date"… */
function givenKinds(v: GivenValue): string[] {
  const out: string[] = [];
  if (v.text != null) out.push('text');
  if (v.number != null) out.push('number');
  if (v.date != null) out.push('date');
  if (v.choiceIds != null) out.push('choices');
  return out;
}

/** The field a kind's value is given in. */
export function valueFieldOf(kind: string): 'text' | 'number' | 'date' | 'choices' {
  if (TEXT_KINDS.has(kind)) return 'text';
  if (kind === 'NUMBER') return 'number';
  if (kind === 'DATE') return 'date';
  return 'choices';
}

/**
 * Checks a value against its type and returns the columns to store. `choicesById` holds
 * every choice named (of any type) so that another type's choice is told apart from one
 * that does not exist.
 */
export function checkValue(type: AttributeTypeRow, value: GivenValue, choicesById: Map<number, AttributeChoiceRow>, describeChoice: (id: number) => string): StoredValue {
  const field = valueFieldOf(type.kind);
  const given = givenKinds(value);
  const wrong = given.filter((g) => g !== field);
  if (wrong.length) throw new AttributeValueError('WRONG_KIND', `"${type.identifier}" is a ${type.kind} attribute: give its value as \`${field}\`, not ${wrong.map((w) => `\`${w}\``).join(', ')}`);
  if (!given.length) throw new AttributeValueError('MISSING_VALUE', `"${type.identifier}" is a ${type.kind} attribute: give its value as \`${field}\``);
  const stored: StoredValue = { text: null, number: null, date: null, choiceIds: [] };
  if (field === 'text') {
    if (!value.text!.trim()) throw new AttributeValueError('MISSING_VALUE', `"${type.identifier}": the text is empty (remove the value instead)`);
    // The API's bound for narrative text, so a file cannot store what the API would refuse.
    if (value.text!.length > INPUT_LIMITS.longText) throw new AttributeValueError('OUT_OF_RANGE', `"${type.identifier}": the text is ${value.text!.length} characters; at most ${INPUT_LIMITS.longText}`);
    stored.text = value.text!;
  } else if (field === 'number') {
    const n = value.number!;
    if (!Number.isFinite(n)) throw new AttributeValueError('WRONG_KIND', `"${type.identifier}": ${n} is not a number`);
    if ((type.minimum != null && n < type.minimum) || (type.maximum != null && n > type.maximum)) {
      throw new AttributeValueError('OUT_OF_RANGE', `"${type.identifier}": ${n} is outside ${type.minimum ?? '−∞'} to ${type.maximum ?? '∞'}`);
    }
    stored.number = n;
  } else if (field === 'date') {
    stored.date = value.date!;
  } else {
    const ids = [...new Set(value.choiceIds!)];
    if (!ids.length) throw new AttributeValueError('MISSING_VALUE', `"${type.identifier}": no choice given (remove the value instead)`);
    const limit = type.kind === 'CHOICE' ? 1 : Math.min(type.maxChoices ?? MAX_CHOICES, MAX_CHOICES);
    if (ids.length > limit) throw new AttributeValueError('TOO_MANY_VALUES', `"${type.identifier}" holds at most ${limit} choice${limit === 1 ? '' : 's'}, got ${ids.length}`);
    for (const id of ids) {
      const choice = choicesById.get(id);
      if (!choice) throw new AttributeValueError('UNKNOWN_CHOICE', `"${type.identifier}" has no choice ${describeChoice(id)}`);
      if (choice.typeId !== type.id) throw new AttributeValueError('FOREIGN_CHOICE', `choice ${describeChoice(id)} belongs to another attribute type, not "${type.identifier}"`);
    }
    stored.choiceIds = ids;
  }
  return stored;
}

/** Whether two stored values are the same value. */
export function sameValue(a: StoredValue, b: StoredValue): boolean {
  return (
    (a.text ?? null) === (b.text ?? null) &&
    (a.number ?? null) === (b.number ?? null) &&
    (a.date?.getTime() ?? null) === (b.date?.getTime() ?? null) &&
    a.choiceIds.length === b.choiceIds.length &&
    a.choiceIds.every((id, i) => id === b.choiceIds[i])
  );
}

/** The CSV header of a type's column. */
export const ATTRIBUTE_COLUMN_PREFIX = 'attribute:';
export const attributeHeader = (identifier: string): string => `${ATTRIBUTE_COLUMN_PREFIX}${identifier}`;


/** A stored value as its CSV cell: text as is, a number in JS's shortest form, a date as YYYY-MM-DD, choices by identifier one a line. */
export function cellOfValue(type: AttributeTypeRow, value: StoredValue, choicesById: Map<number, AttributeChoiceRow>): string {
  const field = valueFieldOf(type.kind);
  if (field === 'text') return value.text ?? '';
  if (field === 'number') return value.number == null ? '' : String(value.number);
  if (field === 'date') return toIsoDate(value.date) ?? '';
  return value.choiceIds.map((id) => choicesById.get(id)?.identifier ?? '').filter(Boolean).join('\n');
}

/**
 * A CSV cell back to a given value (null: the cell is empty, so the thing has no value).
 * Choices are named by identifier; an identifier the type does not have is UNKNOWN_CHOICE.
 */
export function valueOfCell(type: AttributeTypeRow, cell: string, choicesByIdentifier: Map<string, AttributeChoiceRow>): GivenValue | null {
  const text = cell.replace(/\r\n?/g, '\n');
  if (!text.trim()) return null;
  const field = valueFieldOf(type.kind);
  if (field === 'text') return { text };
  if (field === 'number') {
    const t = text.trim();
    // Only plain decimal numbers: "1e3", "0x10" and "Infinity" are not what a council types.
    if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) throw new AttributeValueError('WRONG_KIND', `"${type.identifier}": "${t.slice(0, 50)}" is not a number`);
    return { number: Number(t) };
  }
  if (field === 'date') {
    const t = text.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    const d = m ? dayOf(t) : null;
    if (!d || toIsoDate(d) !== t) throw new AttributeValueError('WRONG_KIND', `"${type.identifier}": "${t.slice(0, 50)}" is not a date (YYYY-MM-DD)`);
    return { date: d };
  }
  const ids: number[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const choice = choicesByIdentifier.get(line);
    if (!choice) throw new AttributeValueError('UNKNOWN_CHOICE', `"${type.identifier}" has no choice "${line.slice(0, 50)}"`);
    ids.push(choice.id);
  }
  return { choiceIds: ids };
}

/** The stored form of a value row. */
export function storedOf(row: { text: string | null; number: number | null; date: Date | null; choiceIds: number[] }): StoredValue {
  return { text: row.text, number: row.number, date: row.date, choiceIds: row.choiceIds ?? [] };
}
