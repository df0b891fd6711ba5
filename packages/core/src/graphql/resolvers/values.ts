// The structured forms of printed values (timescales, money, indicator values) as GraphQL
// types, served beside the printed text from the columns refreshStructuredValues fills.
import { GraphQLDate, GraphQLSafeInt } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, InputType, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, FundingLine, IndicatorValue, Milestone, Plan } from '../../generated/type-graphql';
import { DecimalJSScalar } from '../../generated/type-graphql/scalars';
import { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import type { SqlWhere } from '../sql-page';
import { milestoneById, planById } from '../by-id';
import { badInput } from '../errors';
import { isUnparsed, parseTimescale, type PlanPeriod, type TimescaleResult } from '../../values/timescale';
import { parseMoney, type MoneyResult } from '../../values/money';
import { parseIndicatorValue, type IndicatorReadingResult } from '../../values/indicator-value';
import { toIsoDate } from '../../values/school-calendar';

export enum TimescalePrecision {
  MONTH = 'MONTH',
  TERM = 'TERM',
  SEASON = 'SEASON',
  YEAR = 'YEAR',
  ACADEMIC_YEAR = 'ACADEMIC_YEAR',
  FINANCIAL_YEAR = 'FINANCIAL_YEAR',
}
registerEnumType(TimescalePrecision, {
  name: 'TimescalePrecision',
  description: 'How finely a timescale names its dates (calendar rules in docs/decisions.md).',
  valuesConfig: {
    MONTH: { description: 'A calendar month, e.g. "November 19".' },
    TERM: { description: 'A school term 1–6, e.g. "Term 3" (whole-month approximation).' },
    SEASON: { description: 'Autumn (Sep–Dec), spring (Jan–Mar) or summer (Apr–Aug), e.g. "Autumn 19".' },
    YEAR: { description: 'A calendar year, e.g. "2009".' },
    ACADEMIC_YEAR: { description: 'An academic year, 1 September to 31 August, e.g. "2019/20 academic year".' },
    FINANCIAL_YEAR: { description: 'A financial year, 1 April to 31 March.' },
  },
});

export enum TimescalePartKind {
  PERIOD = 'PERIOD',
  BY = 'BY',
  FROM = 'FROM',
  ONGOING = 'ONGOING',
  RECURRING = 'RECURRING',
  DURATION = 'DURATION',
  STATUS = 'STATUS',
}
registerEnumType(TimescalePartKind, {
  name: 'TimescalePartKind',
  description: 'What one part of a printed timescale says.',
  valuesConfig: {
    PERIOD: { description: 'A period in which the work happens, e.g. "Term 3", "Sept 2008".' },
    BY: { description: 'A deadline, e.g. "By end of Autumn 2019": only the end is known.' },
    FROM: { description: 'From a period onwards, e.g. "Term 2 onwards": no end.' },
    ONGOING: { description: '"Ongoing": no end.' },
    RECURRING: { description: 'A recurrence without dates, e.g. "Termly", "Meet 6x a year".' },
    DURATION: { description: 'A length without a start, e.g. "Two years.".' },
    STATUS: { description: 'A state rather than a date, e.g. "In place".' },
  },
});

@ObjectType({ description: 'One part of a printed timescale; a text may name several dates ("Sept 2008 Dec 2008 March 2009").' })
export class TimescalePart {
  @Field(() => String, { description: 'The words this part was read from (lower-cased, spaces collapsed).' })
  text!: string;
  @Field(() => TimescalePartKind, { description: 'What the part says.' })
  kind!: TimescalePartKind;
  @Field(() => GraphQLDate, { nullable: true, description: 'First day; null for deadlines and undated parts.' })
  start!: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Last day; null for open-ended and undated parts.' })
  end!: string | null;
  @Field(() => TimescalePrecision, { nullable: true, description: 'How finely the part names its dates; null when undated.' })
  precision!: TimescalePrecision | null;
  @Field(() => Boolean, { description: "True when the year was not printed and was taken from the plan's period." })
  yearInferred!: boolean;
  @Field(() => Int, { nullable: true, description: 'For durations ("18 month project."), the length in months.' })
  months!: number | null;
}

@ObjectType({ description: 'A printed timescale and its structured reading. `text` is what the council wrote; the rest is null (and `unparsedReason` says why) when the text could not be read without guessing.' })
export class Timescale {
  @Field(() => String, { description: 'The timescale as printed.' })
  text!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'Earliest start of its dated parts; null when none has a start (e.g. only "By April 2018").' })
  start!: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Latest end of its dated parts; null when open-ended ("onwards", "ongoing") or undated.' })
  end!: string | null;
  @Field(() => TimescalePrecision, { nullable: true, description: 'The coarsest precision of its dated parts; null when undated.' })
  precision!: TimescalePrecision | null;
  @Field(() => Boolean, { description: 'True when the timescale has no end ("onwards", "ongoing").' })
  openEnded!: boolean;
  @Field(() => Boolean, { description: 'True when the text says the work is ongoing.' })
  ongoing!: boolean;
  @Field(() => Boolean, { description: "True when a year was not printed and was taken from the plan's period." })
  yearInferred!: boolean;
  @Field(() => [TimescalePart], { description: 'The parts of the text, in printed order; empty when unparsed.' })
  parts!: TimescalePart[];
  @Field(() => [String], { description: 'What the reading assumed beyond the printed words, in plain English.' })
  assumptions!: string[];
  @Field(() => Boolean, { description: 'True when part of the printed text looks misprinted (e.g. a year far outside the plan\'s period) and was left out of the reading; the clear parts are still read.' })
  suspect!: boolean;
  @Field(() => String, { nullable: true, description: 'What was left out of the reading and why; null when nothing was.' })
  suspectReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the text was not parsed; null when it was.' })
  unparsedReason!: string | null;
}

export function timescaleOf(r: TimescaleResult): Timescale {
  if (isUnparsed(r)) return { text: r.text, start: null, end: null, precision: null, openEnded: false, ongoing: false, yearInferred: false, parts: [], assumptions: [], suspect: false, suspectReason: null, unparsedReason: r.unparsed };
  // Readings stored before the misprint flag existed have no `suspect`.
  return { ...r, precision: r.precision as TimescalePrecision | null, parts: r.parts as TimescalePart[], suspect: r.suspect ?? false, suspectReason: r.suspectReason ?? null, unparsedReason: null };
}

export enum MoneyQualifier {
  UP_TO = 'UP_TO',
  ABOUT = 'ABOUT',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(MoneyQualifier, {
  name: 'MoneyQualifier',
  description: 'How a printed amount is qualified.',
  valuesConfig: {
    UP_TO: { description: '"Up to £5,000": a ceiling.' },
    ABOUT: { description: '"About £5,000": an estimate.' },
    AT_LEAST: { description: '"At least £5,000": a floor.' },
  },
});

@ObjectType({ description: 'Printed money and its structured reading. `text` is what the council wrote; the amount is exact.' })
export class Money {
  @Field(() => String, { description: 'The money as printed.' })
  text!: string;
  @Field(() => DecimalJSScalar, { nullable: true, description: 'The amount in units of the currency (pounds), exact, as a decimal string, e.g. "5000"; null when none is printed.' })
  amount!: Prisma.Decimal | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'The amount in pence (minor units), exact; null when none is printed.' })
  amountPence!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the printed currency sign, e.g. "GBP"; null when no amount is printed.' })
  currency!: string | null;
  @Field(() => MoneyQualifier, { nullable: true, description: 'How the amount is qualified ("up to"); null when it is stated as is.' })
  qualifier!: MoneyQualifier | null;
  @Field(() => Boolean, { description: 'True when the amount is per school ("£15,000 per school").' })
  perSchool!: boolean;
  @Field(() => Boolean, { description: 'True when the amount is per year.' })
  perYear!: boolean;
  @Field(() => Int, { nullable: true, description: 'Months the money covers when printed ("Two years." = 24).' })
  durationMonths!: number | null;
  @Field(() => String, { nullable: true, description: 'Where the money comes from, as printed, e.g. "TDA monies", "ASK", "business sector".' })
  fundingSource!: string | null;
  @Field(() => String, { nullable: true, description: 'What the money is for, as printed after "for", e.g. "bespoke support".' })
  purpose!: string | null;
  @Field(() => Boolean, { description: 'True when the text says the funding is secured.' })
  secured!: boolean;
  @Field(() => Boolean, { description: 'True when the money depends on something not yet settled ("Dependent on funding from …").' })
  conditional!: boolean;
  @Field(() => [String], { description: 'What else the reading noted, in plain English.' })
  notes!: string[];
  @Field(() => String, { nullable: true, description: 'Why the text was not parsed; null when it was.' })
  unparsedReason!: string | null;
}

export function moneyOf(m: MoneyResult): Money {
  if (isUnparsed(m)) {
    return { text: m.text, amount: null, amountPence: null, currency: null, qualifier: null, perSchool: false, perYear: false, durationMonths: null, fundingSource: null, purpose: null, secured: false, conditional: false, notes: [], unparsedReason: m.unparsed };
  }
  return { ...m, amount: m.amount == null ? null : new Prisma.Decimal(m.amount), qualifier: m.qualifier as MoneyQualifier | null, unparsedReason: null };
}

export enum IndicatorReadingStatus {
  VALUE = 'VALUE',
  NOT_SET = 'NOT_SET',
  DESIGNATED = 'DESIGNATED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(IndicatorReadingStatus, {
  name: 'IndicatorReadingStatus',
  description: 'What a printed indicator value is.',
  valuesConfig: {
    VALUE: { description: 'A number, e.g. "72% (2008)".' },
    NOT_SET: { description: '"Not set": no value decided yet.' },
    DESIGNATED: { description: '"Designated": a status printed in place of a value.' },
    NOT_APPLICABLE: { description: '"N/A".' },
  },
});

@ObjectType({ description: 'A printed indicator value and its structured reading. Nothing is corrected: a value that looks wrong is flagged, not changed.' })
export class IndicatorReading {
  @Field(() => String, { description: 'The value as printed.' })
  text!: string;
  @Field(() => DecimalJSScalar, { nullable: true, description: 'The number, exact, e.g. "72"; null for a status or when unparsed.' })
  value!: Prisma.Decimal | null;
  @Field(() => String, { nullable: true, description: 'The unit printed with the number: "%" or "points"; null when none.' })
  unit!: string | null;
  @Field(() => String, { nullable: true, description: 'The period printed with the value, e.g. "2008" in "72% (2008)".' })
  period!: string | null;
  @Field(() => IndicatorReadingStatus, { nullable: true, description: 'Whether the text is a number or a status; null when unparsed.' })
  status!: IndicatorReadingStatus | null;
  @Field(() => Boolean, { description: 'True when the printed value looks wrong (e.g. a points score printed with "%").' })
  suspect!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the value looks wrong; null when it does not.' })
  suspectReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the text was not parsed; null when it was.' })
  unparsedReason!: string | null;
}

export function readingOf(r: IndicatorReadingResult): IndicatorReading {
  if (isUnparsed(r)) return { text: r.text, value: null, unit: null, period: null, status: null, suspect: false, suspectReason: null, unparsedReason: r.unparsed };
  return { ...r, value: r.value == null ? null : new Prisma.Decimal(r.value), status: r.status as IndicatorReadingStatus, unparsedReason: null };
}

@ObjectType({ description: "The sum of a plan's funding lines stated as fixed sums, and how many lines it leaves out." })
export class FundingTotal {
  @Field(() => DecimalJSScalar, { nullable: true, description: 'Sum in pounds of the lines stated as a fixed sum (no "up to", not per school or per year), exact, plus any budget tables a council plugin counts; null when no line is.' })
  amount!: Prisma.Decimal | null;
  @Field(() => String, { description: 'Currency of the sum (only GBP lines are counted).' })
  currency!: string;
  @Field(() => Int, { description: 'How many funding lines (and budget tables, one per table) the sum counts.' })
  countedLines!: number;
  @Field(() => Int, { description: 'How many funding lines it leaves out: qualified ("up to"), per school or per year, without an amount, or unparsed. Read them in `Plan.funding`.' })
  uncountedLines!: number;
}

@InputType({ description: 'A window of days: actions whose parsed timescale overlaps it (see `ActionFilter.due`).' })
export class DueFilter {
  @Field(() => GraphQLDate, { nullable: true, description: 'First day of the window; unbounded when absent.' })
  from?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'Last day of the window; unbounded when absent.' })
  to?: Date;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Whether actions with no date to place them (no timescale, bare "Ongoing", a duration, text that did not parse: `timescale.start` and `timescale.end` both null) are listed too. False by default: `due: {}` lists every dated action.',
  })
  includeUndated!: boolean;
}

/** The key under which a due window's results are cached by loaders (every field of DueFilter). */
export function dueKey(due: DueFilter): string {
  return `${due.from?.toISOString() ?? ''}:${due.to?.toISOString() ?? ''}:${due.includeUndated ? 'undated' : ''}`;
}

@InputType({ description: "Bounds on a plan's total stated funding (`Plan.totalFunding.amount`), in pounds, inclusive." })
export class AmountRange {
  @Field(() => DecimalJSScalar, { nullable: true, description: 'At least this much, e.g. "100000".' })
  min?: Prisma.Decimal;
  @Field(() => DecimalJSScalar, { nullable: true, description: 'At most this much.' })
  max?: Prisma.Decimal;
}

/** The Prisma condition of a due window: the timescale's [dueStart, dueEnd] overlaps [from, to]. */
export function dueWhere(due: DueFilter): Prisma.ActionWhereInput {
  if (due.from && due.to && due.from > due.to) throw badInput('due.from is after due.to', 'due');
  const dated: Prisma.ActionWhereInput = {
    AND: [
      // Undated timescales (bare "Ongoing", durations, unparsed text) are in no window.
      { OR: [{ dueStart: { not: null } }, { dueEnd: { not: null } }] },
      ...(due.to ? [{ OR: [{ dueStart: null }, { dueStart: { lte: due.to } }] }] : []),
      ...(due.from ? [{ OR: [{ dueEnd: null }, { dueEnd: { gte: due.from } }] }] : []),
    ],
  };
  // The caller says whether undated actions belong in the list (`includeUndated`).
  return due.includeUndated ? { OR: [dated, { dueStart: null, dueEnd: null }] } : dated;
}

/** `dueWhere` as SQL on the action table alias `t`, added to `where` (sql-page.ts): the same rows. */
export function dueWhereSql(where: SqlWhere, due: DueFilter): SqlWhere {
  if (due.from && due.to && due.from > due.to) throw badInput('due.from is after due.to', 'due');
  // GraphQL's Date arrives as midnight UTC; the columns are dates.
  const day = (d: Date) => `${where.param(d.toISOString().slice(0, 10))}::date`;
  const dated = ['(t."dueStart" IS NOT NULL OR t."dueEnd" IS NOT NULL)'];
  if (due.to) dated.push(`(t."dueStart" IS NULL OR t."dueStart" <= ${day(due.to)})`);
  if (due.from) dated.push(`(t."dueEnd" IS NULL OR t."dueEnd" >= ${day(due.from)})`);
  const sql = dated.join(' AND ');
  return where.add(due.includeUndated ? `(${sql}) OR (t."dueStart" IS NULL AND t."dueEnd" IS NULL)` : sql);
}

/** The parse of a text in its plan's period: stored by refreshStructuredValues, computed when a row has not been refreshed yet. */
async function timescaleFor(ctx: Context, text: string | null | undefined, stored: unknown, planId: number): Promise<Timescale | null> {
  if (text == null) return null;
  if (stored && typeof stored === 'object' && (stored as { text?: unknown }).text === text) return timescaleOf(stored as TimescaleResult);
  const plan = await planById(ctx).load(planId);
  const period: PlanPeriod = { start: toIsoDate(plan?.periodStart ?? null), end: toIsoDate(plan?.periodEnd ?? null) };
  return timescaleOf(parseTimescale(text, period));
}

@Resolver(() => Action)
export class ActionValuesResolver {
  @FieldResolver(() => Timescale, { nullable: true, description: 'The timescale as printed (`timescaleText`) and its structured reading; null when none is printed.' })
  timescale(@Root() action: Action, @Ctx() ctx: Context): Promise<Timescale | null> {
    return timescaleFor(ctx, action.timescaleText, (action as { timescaleParsed?: unknown }).timescaleParsed, action.planId!);
  }
}

@Resolver(() => Milestone)
export class MilestoneValuesResolver {
  @FieldResolver(() => [Milestone], { description: 'Sub-items printed nested under this milestone (e.g. the areas a deliverable lists), in printed order; empty for most.' })
  children(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<Milestone[]> {
    return ctx.loaders
      .many(
        'Milestone.children',
        (ids: readonly number[]) => ctx.prisma.milestone.findMany({ where: { parentId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (m) => (m as { parentId: number | null }).parentId!,
      )
      .load(milestone.id);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'The milestone this one is printed nested under; null for a top-level one.' })
  parent(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<Milestone | null> {
    const parentId = (milestone as { parentId?: number | null }).parentId;
    if (parentId == null) return Promise.resolve(null);
    return milestoneById(ctx).load(parentId);
  }

  @FieldResolver(() => Timescale, { nullable: true, description: 'When the milestone is due, as printed and read; null when none is printed.' })
  async timescale(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<Timescale | null> {
    if (milestone.timescaleText == null) return null;
    const stored = (milestone as { timescaleParsed?: unknown }).timescaleParsed;
    if (stored && typeof stored === 'object' && (stored as { text?: unknown }).text === milestone.timescaleText) return timescaleOf(stored as TimescaleResult);
    return timescaleOf(parseTimescale(milestone.timescaleText));
  }
}

@Resolver(() => FundingLine)
export class FundingLineValuesResolver {
  @FieldResolver(() => Money, { description: 'The money as printed (`text`) and its structured reading.' })
  money(@Root() line: FundingLine): Money {
    const stored = (line as { parsed?: unknown }).parsed;
    if (stored && typeof stored === 'object' && (stored as { text?: unknown }).text === line.text) return moneyOf(stored as MoneyResult);
    return moneyOf(parseMoney(line.text));
  }

  // `qualifier` (a String column, "up to per school") predates the enum; this is the same
  // reading as `money.qualifier`, typed, beside it (additive, so no client breaks).
  @FieldResolver(() => MoneyQualifier, { nullable: true, description: 'How the printed amount is qualified (`UP_TO`, `ABOUT`, `AT_LEAST`), as `money.qualifier`; null when it is a plain sum. `qualifier` is the older, printed-words form ("up to per school").' })
  qualifierKind(@Root() line: FundingLine): MoneyQualifier | null {
    return this.money(line).qualifier;
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueValuesResolver {
  @FieldResolver(() => IndicatorReading, { description: 'The value as printed (`valueText`) and its structured reading.' })
  reading(@Root() value: IndicatorValue): IndicatorReading {
    const stored = (value as { parsed?: unknown }).parsed;
    if (stored && typeof stored === 'object' && (stored as { text?: unknown }).text === value.valueText) return readingOf(stored as IndicatorReadingResult);
    return readingOf(parseIndicatorValue(value.valueText));
  }
}

@Resolver(() => Plan)
export class PlanValuesResolver {
  @FieldResolver(() => FundingTotal, { description: "Total stated funding: the sum of the plan's funding lines stated as fixed sums (and of its budget tables, where a plugin reads them), with how many lines it counts and leaves out." })
  totalFunding(@Root() plan: Plan): FundingTotal {
    const row = plan as unknown as { fundingTotal: Prisma.Decimal | null; fundingCounted: number; fundingUncounted: number };
    return { amount: row.fundingTotal ?? null, currency: 'GBP', countedLines: row.fundingCounted ?? 0, uncountedLines: row.fundingUncounted ?? 0 };
  }
}
