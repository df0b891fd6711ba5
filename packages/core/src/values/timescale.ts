// Timescales as councils print them ("Term 3", "Autumn 19", "By end of Autumn 2019",
// "July 2008 then ongoing", "Sept 2008 Dec 2008 March 2009") read into structured
// values. Never throws: the answer is a parse or `{ unparsed: reason }`. A text is parsed
// only when every word of it is understood; a year the text does not print is taken from
// the plan's period only when exactly one fits, and the parse says so (`yearInferred`,
// `assumptions`). Calendar rules: ./school-calendar.ts and docs/decisions.md.
import {
  type DateRange,
  type IsoDate,
  SEASON_MONTHS,
  academicYearRange,
  endAfterMonths,
  financialYearRange,
  monthsRange,
  seasonRange,
  termRange,
  toIsoDate,
} from './school-calendar';

/** How finely a timescale (or one part of it) names its dates. */
export type TimescalePrecision = 'MONTH' | 'TERM' | 'SEASON' | 'YEAR' | 'ACADEMIC_YEAR' | 'FINANCIAL_YEAR';

/** What one part of a timescale says. */
export type TimescalePartKind =
  /** A period in which the work happens, e.g. "Term 3", "Sept 2008". */
  | 'PERIOD'
  /** A deadline: by (the end of) a period; only the end is known. */
  | 'BY'
  /** From a period onwards, open-ended. */
  | 'FROM'
  /** "Ongoing": no end. */
  | 'ONGOING'
  /** A recurrence without dates, e.g. "Termly", "Meet 6x a year". */
  | 'RECURRING'
  /** A length without a start, e.g. "Two years.", "18 month project.". */
  | 'DURATION'
  /** A state rather than a date, e.g. "In place". */
  | 'STATUS';

export interface TimescalePart {
  /** The words of the text this part was read from (lower-cased, spaces collapsed). */
  text: string;
  kind: TimescalePartKind;
  start: IsoDate | null;
  end: IsoDate | null;
  precision: TimescalePrecision | null;
  /** True when the year was not printed and was taken from the plan's period. */
  yearInferred: boolean;
  /** For DURATION parts (and anchored ones, "12 Month project begun in …"): the length in months. */
  months: number | null;
}

export interface Timescale {
  text: string;
  /** Earliest start of the dated parts; null when no part has a start (e.g. only "By …"). */
  start: IsoDate | null;
  /** Latest end of the dated parts; null when open-ended or undated. */
  end: IsoDate | null;
  /** The coarsest precision of the dated parts; null when no part is dated. */
  precision: TimescalePrecision | null;
  /** True when the timescale has no end: "onwards", "ongoing". */
  openEnded: boolean;
  /** True when the text says the work is ongoing. */
  ongoing: boolean;
  /** True when any year was taken from the plan's period. */
  yearInferred: boolean;
  parts: TimescalePart[];
  /** What the parse assumed beyond the printed words, in plain English. */
  assumptions: string[];
  /** True when part of the text looks misprinted and was left out of the reading (the clear parts are kept). */
  suspect: boolean;
  /** Why: which printed words were left out and what is wrong with them; null when nothing was. */
  suspectReason: string | null;
}

export interface Unparsed {
  text: string;
  /** Why the text was not parsed. */
  unparsed: string;
}

export type TimescaleResult = Timescale | Unparsed;

/** The plan a text belongs to: its period fixes years the text leaves out. */
export interface PlanPeriod {
  start?: Date | string | null;
  end?: Date | string | null;
  text?: string | null;
}

export function isUnparsed<T extends object>(r: T | Unparsed): r is Unparsed {
  return 'unparsed' in r;
}

/** Longest text the parser reads; a timescale cell is a line or a short list. */
export const MAX_TIMESCALE_LENGTH = 1000;

const PRECISION_RANK: Record<TimescalePrecision, number> = { MONTH: 1, TERM: 2, SEASON: 3, YEAR: 4, ACADEMIC_YEAR: 4, FINANCIAL_YEAR: 4 };

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^may/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH_WORD = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, 'twenty-four': 24 };
const COUNT = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;

// Sticky patterns, tried at the scanner's position in order.
const RE = {
  separator: /[\s,.;:&]+/y,
  filler: /(?:then|and)\b/y,
  ongoing: /on\s*-?\s*going\b/y,
  recurring: /(?:termly(?: meetings?)?|meet (?:\d{1,3} ?x (?:a|per) (?:year|term)|every \d{1,3} weeks|termly|monthly|weekly|annually)|annually|monthly|weekly)\b/y,
  status: /in place\b/y,
  anchoredDuration: new RegExp(`(${COUNT}) ?(month|year)s?(?: long)?(?: project| programme)? (?:begun|began|beginning|starting|started) in (${MONTH_WORD})\\b,? ?(\\d{4})\\b`, 'y'),
  duration: new RegExp(`(${COUNT}) ?(month|year)s?(?: long)?(?: project| programme)?\\b`, 'y'),
  by: /(?:by (?:the )?end of|by|end of|before) /y,
  from: /(?:from|to begin in|beginning in|starting(?: in)?|start(?:ing)? in) /y,
  onwards: /\s*(?:onwards|onward)\b/y,
  termList: /terms? ?([1-6])(?!\d)((?:\s*(?:,|and|&|\/|-|to)\s*[1-6](?!\d))*)(?:(?:\s*-\s*|\s+)(\d{4})(?!\d))?/y,
  season: /(autumn|spring|summer)(?: term)?\b(?:\s*,?\s*(\d{4}|\d{2})(?!\d))?/y,
  month: new RegExp(`(${MONTH_WORD})\\b(?:\\s*,?\\s*(\\d{4}|\\d{2})(?!\\d))?`, 'y'),
  splitYear: /(?:the )?(?:(academic|financial) year )?(\d{4})\s*[/-]\s*(\d{4}|\d{1,2})(?!\d)(?:\s+(academic|financial) year\b)?/y,
  year: /(\d{4})(?!\d)/y,
};

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

interface PeriodSpec {
  precision: TimescalePrecision;
  /** The range for a calendar year; absent for specs whose year is fixed. */
  forYear?: (year: number) => DateRange;
  year?: number;
  fixed?: DateRange;
  describe: string;
}

class ParseError extends Error {}

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new ParseError(`year ${year} is out of range (1900–2199)`);
  return year;
}

function fullYear(digits: string): number {
  return checkYear(digits.length === 2 ? 2000 + Number(digits) : Number(digits));
}

function monthNumber(word: string): number {
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  throw new ParseError(`unknown month "${word}"`);
}

/** The plan's period as dates, when it has both ends. */
function planRange(plan: PlanPeriod | undefined): DateRange | null {
  const start = toIsoDate(plan?.start ?? null);
  const end = toIsoDate(plan?.end ?? null);
  return start && end && start <= end ? { start, end } : null;
}

/** Whether the plan's period is academic (starts 1 September) or financial (starts 1 April). */
function planBasis(plan: DateRange | null): 'academic' | 'financial' | null {
  if (!plan) return null;
  if (plan.start.slice(5) === '09-01') return 'academic';
  if (plan.start.slice(5) === '04-01') return 'financial';
  return null;
}

interface Resolved {
  range: DateRange;
  precision: TimescalePrecision;
  yearInferred: boolean;
}

function resolve(spec: PeriodSpec, plan: DateRange | null, assumptions: string[]): Resolved {
  if (spec.fixed) return { range: spec.fixed, precision: spec.precision, yearInferred: false };
  if (spec.year != null) return { range: spec.forYear!(spec.year), precision: spec.precision, yearInferred: false };
  if (!plan) throw new ParseError(`"${spec.describe}" prints no year and the plan has no period to take one from`);
  const first = Number(plan.start.slice(0, 4));
  const last = Number(plan.end.slice(0, 4));
  const fits: [number, DateRange][] = [];
  for (let y = first; y <= last; y++) {
    const r = spec.forYear!(y);
    if (r.start >= plan.start && r.end <= plan.end) fits.push([y, r]);
  }
  if (fits.length !== 1) {
    throw new ParseError(
      fits.length === 0
        ? `"${spec.describe}" prints no year and no ${spec.describe} lies within the plan's period (${plan.start} to ${plan.end})`
        : `"${spec.describe}" prints no year and the plan's period (${plan.start} to ${plan.end}) holds ${fits.length} of them`,
    );
  }
  assumptions.push(`"${spec.describe}": year ${fits[0]![0]} taken from the plan's period`);
  return { range: fits[0]![1], precision: spec.precision, yearInferred: true };
}

/** Reads a period expression at i: one or more specs (a term list gives several). */
function matchPeriod(s: string, i: number, plan: DateRange | null, assumptions: string[]): { specs: PeriodSpec[]; next: number } | null {
  let m = at(RE.termList, s, i);
  if (m) {
    const year = m[3] ? fullYear(m[3]) : undefined;
    const specs: PeriodSpec[] = [];
    const items = [...(m[1]! + m[2]!).matchAll(/(^|,|and|&|\/|-|to)\s*([1-6])/g)];
    for (let k = 0; k < items.length; k++) {
      const term = Number(items[k]![2]);
      const sep = items[k]![1]!;
      if ((sep === '-' || sep === 'to') && specs.length) {
        const from = Number(items[k - 1]![2]);
        if (term <= from) throw new ParseError(`the term range ${from}–${term} ends before it starts`);
        const prev = specs.pop()!;
        specs.push({
          precision: 'TERM',
          year,
          // A range across the new year (Term 2-5) ends in the next calendar year.
          forYear: (y) => ({ start: termRange(from, y).start, end: termRange(term, from <= 2 && term >= 3 ? y + 1 : y).end }),
          describe: `${prev.describe.replace(/ \d{4}$/, '')}–${term}${year ? ` ${year}` : ''}`,
        });
        continue;
      }
      specs.push({ precision: 'TERM', year, forYear: (y) => termRange(term, y), describe: `term ${term}${year ? ` ${year}` : ''}` });
    }
    return { specs, next: m.index + m[0].length };
  }
  m = at(RE.season, s, i);
  if (m) {
    const season = m[1] as keyof typeof SEASON_MONTHS;
    const year = m[2] ? fullYear(m[2]) : undefined;
    return { specs: [{ precision: 'SEASON', year, forYear: (y) => seasonRange(season, y), describe: `${season}${year ? ` ${year}` : ''}` }], next: m.index + m[0].length };
  }
  m = at(RE.month, s, i);
  if (m) {
    const month = monthNumber(m[1]!);
    const year = m[2] ? fullYear(m[2]) : undefined;
    return { specs: [{ precision: 'MONTH', year, forYear: (y) => monthsRange(y, month, month), describe: `${m[1]}${year ? ` ${year}` : ''}` }], next: m.index + m[0].length };
  }
  m = at(RE.splitYear, s, i);
  if (m) {
    const first = fullYear(m[2]!);
    const secondDigits = m[3]!;
    const second = secondDigits.length === 4 ? Number(secondDigits) : Number(String(first).slice(0, 4 - secondDigits.length) + secondDigits);
    if (second !== first + 1) throw new ParseError(`"${m[0].trim()}" is not two consecutive years`);
    let basis = (m[1] ?? m[4]) as 'academic' | 'financial' | undefined;
    if (!basis) {
      const fromPlan = planBasis(plan);
      if (!fromPlan) throw new ParseError(`"${m[0].trim()}" does not say academic or financial year and the plan's period does not show which`);
      basis = fromPlan;
      assumptions.push(`"${m[0].trim()}" read as ${basis === 'academic' ? 'an academic' : 'a financial'} year, as the plan's period is`);
    }
    const fixed = basis === 'academic' ? academicYearRange(first) : financialYearRange(first);
    return { specs: [{ precision: basis === 'academic' ? 'ACADEMIC_YEAR' : 'FINANCIAL_YEAR', fixed, describe: m[0].trim() }], next: m.index + m[0].length };
  }
  m = at(RE.year, s, i);
  if (m) {
    const year = fullYear(m[1]!);
    return { specs: [{ precision: 'YEAR', fixed: monthsRange(year, 1, 12), describe: String(year) }], next: m.index + m[0].length };
  }
  return null;
}

/** Years a dated part may lie outside the plan's period before it is taken for a misprint. */
export const PLAN_MARGIN_YEARS = 3;

/** Why a dated part is taken for a misprint (it lies far outside the plan's period); null when it is not. */
function misprint(range: DateRange, words: string, plan: DateRange | null): string | null {
  if (!plan) return null;
  const lo = `${Number(plan.start.slice(0, 4)) - PLAN_MARGIN_YEARS}${plan.start.slice(4)}`;
  const hi = `${Number(plan.end.slice(0, 4)) + PLAN_MARGIN_YEARS}${plan.end.slice(4)}`;
  if (range.end < lo || range.start > hi) {
    return `"${words}" lies more than ${PLAN_MARGIN_YEARS} years outside the plan's period (${plan.start} to ${plan.end}): probably a misprint`;
  }
  return null;
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word]!;
}

/** Whole-text readings of sentences that name a year among other words. */
function wholeText(s: string, plan: DateRange | null, assumptions: string[]): TimescalePart[] | null {
  let m = /^(?:delivered throughout|developed and delivered in|delivered in|during) (?:the )?(\d{4}\s*\/\s*\d{2,4}) (academic|financial) year\.?$/.exec(s);
  if (m) {
    const found = matchPeriod(`${m[2]} year ${m[1]}`, 0, plan, assumptions)!;
    const r = resolve(found.specs[0]!, plan, assumptions);
    return [{ text: s, kind: 'PERIOD', start: r.range.start, end: r.range.end, precision: r.precision, yearInferred: false, months: null }];
  }
  m = /^time ?scales for implementation in (\d{4}\s*\/\s*\d{2,4}) are (?:set out|specified) in (?:the )?detailed:?\s*([\s\S]+?)\.?$/.exec(s);
  if (m) {
    const found = matchPeriod(m[1]!, 0, plan, assumptions);
    if (!found) return null;
    const r = resolve(found.specs[0]!, plan, assumptions);
    assumptions.push(`the detailed timetable is in other plans: ${m[2]!.replace(/\s+/g, ' ')}`);
    return [{ text: s, kind: 'PERIOD', start: r.range.start, end: r.range.end, precision: r.precision, yearInferred: false, months: null }];
  }
  return null;
}

/**
 * Parses a printed timescale. `plan` gives the period a year-less text is read in.
 * Returns `{ unparsed }` with the reason when any word is not understood.
 */
export function parseTimescale(text: string | null | undefined, plan?: PlanPeriod): TimescaleResult {
  const printed = text ?? '';
  if (printed.length > MAX_TIMESCALE_LENGTH) return { text: printed, unparsed: `longer than ${MAX_TIMESCALE_LENGTH} characters` };
  const s = printed.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
  if (!s) return { text: printed, unparsed: 'nothing printed' };
  const range = planRange(plan);
  const assumptions: string[] = [];
  const misprints: string[] = [];
  try {
    const parts = wholeText(s, range, assumptions) ?? scan(s, range, assumptions, misprints);
    return combine(printed, parts, assumptions, misprints);
  } catch (err) {
    if (err instanceof ParseError) return { text: printed, unparsed: err.message };
    throw err;
  }
}

/**
 * Reads the text part by part. A dated part that looks misprinted (far outside the plan's
 * period) is left out and its reason added to `misprints`, so the clear parts still read;
 * a text with nothing but misprints is not read.
 */
function scan(s: string, plan: DateRange | null, assumptions: string[], misprints: string[]): TimescalePart[] {
  const parts: TimescalePart[] = [];
  let i = 0;
  const skip = () => {
    for (;;) {
      const sep = at(RE.separator, s, i);
      if (sep && sep[0].length) {
        i += sep[0].length;
        continue;
      }
      const filler = at(RE.filler, s, i);
      if (filler && parts.length) {
        i += filler[0].length;
        continue;
      }
      return;
    }
  };
  const simple = (kind: TimescalePartKind, m: RegExpExecArray, months: number | null = null) => {
    parts.push({ text: m[0], kind, start: null, end: null, precision: null, yearInferred: false, months });
    i = m.index + m[0].length;
  };
  skip();
  while (i < s.length) {
    const start = i;
    let m: RegExpExecArray | null;
    if ((m = at(RE.ongoing, s, i))) simple('ONGOING', m);
    else if ((m = at(RE.recurring, s, i))) simple('RECURRING', m);
    else if ((m = at(RE.status, s, i))) simple('STATUS', m);
    else if ((m = at(RE.anchoredDuration, s, i))) {
      const months = countOf(m[1]!) * (m[2] === 'year' ? 12 : 1);
      if (months < 1 || months > 1200) throw new ParseError(`a duration of ${months} months is out of range`);
      const year = fullYear(m[4]!);
      const month = monthNumber(m[3]!);
      const begin = monthsRange(year, month, month).start;
      parts.push({ text: m[0], kind: 'PERIOD', start: begin, end: endAfterMonths(year, month, months), precision: 'MONTH', yearInferred: false, months });
      i = m.index + m[0].length;
    } else if ((m = at(RE.duration, s, i)) && !/^\d{4}$/.test(m[1]!)) {
      const months = countOf(m[1]!) * (m[2] === 'year' ? 12 : 1);
      if (months < 1 || months > 1200) throw new ParseError(`a duration of ${months} months is out of range`);
      simple('DURATION', m, months);
    } else {
      let kind: TimescalePartKind = 'PERIOD';
      if ((m = at(RE.by, s, i))) {
        kind = 'BY';
        i += m[0].length;
      } else if ((m = at(RE.from, s, i))) {
        kind = 'FROM';
        i += m[0].length;
      }
      const found = matchPeriod(s, i, plan, assumptions);
      if (!found) throw new ParseError(`not understood: "${s.slice(start, start + 40)}${s.length > start + 40 ? '…' : ''}"`);
      i = found.next;
      const onwards = at(RE.onwards, s, i);
      if (onwards && (kind === 'PERIOD' || kind === 'FROM')) {
        kind = 'FROM';
        i = onwards.index + onwards[0].length;
      }
      // "from April 2008 March 2009", "from X to Y": a range from the first to the second.
      // Not after "onwards": "July 2008 onwards Oct 2008" stays open-ended, with October
      // 2008 a date of its own.
      if (kind === 'FROM' && !onwards && found.specs.length === 1) {
        const joiner = at(/\s*(?:to|until|till|-|–)?\s*/y, s, i)!;
        const second = matchPeriod(s, i + joiner[0].length, plan, assumptions);
        if (second && second.specs.length === 1) {
          const a = resolve(found.specs[0]!, plan, assumptions);
          const b = resolve(second.specs[0]!, plan, assumptions);
          if (b.range.end < a.range.start) throw new ParseError(`"${s.slice(start, second.next).trim()}" ends before it starts`);
          i = second.next;
          assumptions.push(`"${s.slice(start, i).trim()}" read as a range from the first period to the second`);
          parts.push({
            text: s.slice(start, i).trim(),
            kind: 'PERIOD',
            start: a.range.start,
            end: b.range.end,
            precision: PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision,
            yearInferred: a.yearInferred || b.yearInferred,
            months: null,
          });
          skip();
          continue;
        }
      }
      for (const spec of found.specs) {
        const r = resolve(spec, plan, assumptions);
        const why = misprint(r.range, s.slice(start, i).trim(), plan);
        if (why) {
          misprints.push(why);
          continue;
        }
        parts.push({
          text: s.slice(start, i).trim(),
          kind,
          start: kind === 'BY' ? null : r.range.start,
          end: kind === 'FROM' ? null : r.range.end,
          precision: r.precision,
          yearInferred: r.yearInferred,
          months: null,
        });
      }
    }
    if (i === start) throw new ParseError(`not understood: "${s.slice(start, start + 40)}"`);
    skip();
  }
  if (!parts.length) throw new ParseError(misprints.length ? misprints.join('; ') : 'no timescale in the text');
  return parts;
}

function combine(text: string, parts: TimescalePart[], assumptions: string[], misprints: string[]): Timescale {
  const starts = parts.map((p) => p.start).filter((d): d is string => d != null);
  const ends = parts.map((p) => p.end).filter((d): d is string => d != null);
  const ongoing = parts.some((p) => p.kind === 'ONGOING');
  const open = ongoing || parts.some((p) => p.kind === 'FROM');
  let precision: TimescalePrecision | null = null;
  for (const p of parts) if (p.precision && (!precision || PRECISION_RANK[p.precision] > PRECISION_RANK[precision])) precision = p.precision;
  const start = starts.length ? starts.reduce((a, b) => (b < a ? b : a)) : null;
  let end = open || !ends.length ? null : ends.reduce((a, b) => (b > a ? b : a));
  // Every part ends on or after its own start, so the latest end is never before the
  // earliest start; this guards the invariant the filters rely on.
  if (start && end && end < start) end = null;
  return {
    text,
    start,
    end,
    precision,
    openEnded: open,
    ongoing,
    yearInferred: parts.some((p) => p.yearInferred),
    parts,
    assumptions,
    suspect: misprints.length > 0,
    suspectReason: misprints.length ? `left out of the reading: ${misprints.join('; ')}` : null,
  };
}
