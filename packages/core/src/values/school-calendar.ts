// The English school calendar as the parsers read it. Real term dates differ by
// council and year (half terms, Easter); plans print terms and seasons, not days, so
// the parsers use fixed whole-month approximations that tile the year without gaps
// (docs/decisions.md, "Structured values"):
//
//   academic year  1 September – 31 August (the year "2019/20" starts in 2019)
//   financial year 1 April – 31 March (the year "2008/09" starts in April 2008)
//   Autumn = terms 1–2 = 1 Sep – 31 Dec   Term 1 Sep–Oct, Term 2 Nov–Dec
//   Spring = terms 3–4 = 1 Jan – 31 Mar   Term 3 Jan–Feb, Term 4 Mar
//   Summer = terms 5–6 = 1 Apr – 31 Aug   Term 5 Apr–May, Term 6 Jun–Aug (holiday included)
//
// Every date is a calendar date written "YYYY-MM-DD" (no time, no time zone).

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

/** An inclusive range of calendar dates. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** First and last calendar month (1–12) of each of the six terms. */
export const TERM_MONTHS: Record<number, [number, number]> = { 1: [9, 10], 2: [11, 12], 3: [1, 2], 4: [3, 3], 5: [4, 5], 6: [6, 8] };

/** First and last calendar month of each season (school half of the year). */
export const SEASON_MONTHS: Record<'autumn' | 'spring' | 'summer', [number, number]> = { autumn: [9, 12], spring: [1, 3], summer: [4, 8] };

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The months first..last of one calendar year as a date range. */
export function monthsRange(year: number, first: number, last: number): DateRange {
  return { start: isoDate(year, first, 1), end: isoDate(year, last, lastDayOfMonth(year, last)) };
}

/** Term 1–6 of the calendar year it falls in (Term 1 2009 = September–October 2009). */
export function termRange(term: number, year: number): DateRange {
  const [first, last] = TERM_MONTHS[term]!;
  return monthsRange(year, first, last);
}

/** A season of the calendar year it falls in (Autumn 2019 = September–December 2019). */
export function seasonRange(season: keyof typeof SEASON_MONTHS, year: number): DateRange {
  const [first, last] = SEASON_MONTHS[season];
  return monthsRange(year, first, last);
}

/** The academic year starting in September of `startYear`. */
export function academicYearRange(startYear: number): DateRange {
  return { start: isoDate(startYear, 9, 1), end: isoDate(startYear + 1, 8, 31) };
}

/** The financial year starting in April of `startYear`. */
export function financialYearRange(startYear: number): DateRange {
  return { start: isoDate(startYear, 4, 1), end: isoDate(startYear + 1, 3, 31) };
}

/** Converts a Date (as Prisma returns @db.Date columns) or an ISO string to "YYYY-MM-DD". */
export function toIsoDate(value: Date | string | null | undefined): IsoDate | null {
  if (value == null) return null;
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
  if (Number.isNaN(value.getTime())) return null;
  return value.toISOString().slice(0, 10);
}

/** Adds whole months to the first day of a month; returns the last day of the month before the result (an inclusive end). */
export function endAfterMonths(startYear: number, startMonth: number, months: number): IsoDate {
  const index = startYear * 12 + (startMonth - 1) + months - 1;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, lastDayOfMonth(year, month));
}
