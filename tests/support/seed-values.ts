// Every distinct timescale, money and indicator-value string of the five seed documents,
// with its expected reading (or the reason it is not read). The expectations were checked
// by hand against the calendar rules in docs/decisions.md ("Structured values") and the
// documents; tests/structured-values-seeds.test.ts seeds a database and fails when it
// holds a string this table lacks, or lacks one it holds.
import { isUnparsed, type MoneyResult, type IndicatorReadingResult, type TimescaleResult } from '@council-plans/core';

/** The seed plans and their periods (Plan.periodStart / periodEnd as the seeds set them). */
export const PLANS = {
  kentPartnership: { slug: 'kent-herne-bay-whitstable-enjoy-and-achieve-2008-9', start: '2008-09-01', end: '2009-08-31' },
  kentOperational: { slug: 'kent-standards-and-achievement-operational-plan-2008-9', start: '2008-04-01', end: '2009-03-31' },
  peterborough: { slug: 'peterborough-education-action-plan-2019-20', start: '2019-09-01', end: '2020-08-31' },
  plymouth: { slug: 'plymouth-action-plan-to-improve-pupil-outcomes-2018', start: null, end: null },
  worcestershire: { slug: 'worcestershire-laa-delivery-plan-2008-11-ni-94', start: '2008-04-01', end: '2011-03-31' },
} as const;
export type PlanKey = keyof typeof PLANS;

/** A reading in one line: `start..end PRECISION flags [part kinds]` (… for an open or absent end). */
export function summariseTimescale(r: TimescaleResult): string {
  if (isUnparsed(r)) return `unparsed: ${r.unparsed}`;
  const flags = [r.ongoing && 'ongoing', r.openEnded && 'open', r.yearInferred && 'inferred'].filter(Boolean).join(' ');
  return `${r.start ?? '…'}..${r.end ?? '…'} ${r.precision ?? '-'}${flags ? ' ' + flags : ''} [${r.parts.map((p) => p.kind).join(',')}]`;
}

// The fields of a money or indicator reading in the parsers' order (a reading stored as
// JSONB comes back with its keys in another order).
const FIELD_ORDER = ['amount', 'amountPence', 'currency', 'qualifier', 'perSchool', 'perYear', 'durationMonths', 'fundingSource', 'purpose', 'secured', 'conditional', 'notes', 'value', 'unit', 'period', 'status', 'suspect', 'suspectReason'];

/** A reading in one line: the fields that are not null / false / empty, as key=value. */
export function summariseFlat(r: MoneyResult | IndicatorReadingResult, skip: string[] = []): string {
  if (isUnparsed(r)) return `unparsed: ${r.unparsed}`;
  const fields = r as unknown as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => k !== 'text' && !FIELD_ORDER.includes(k));
  if (unknown.length) throw new Error(`summariseFlat: unknown fields ${unknown.join(', ')}`);
  return FIELD_ORDER.filter((k) => !skip.includes(k))
    .map((k) => [k, fields[k]] as const)
    .filter(([, x]) => x !== undefined && x !== null && x !== false && !(Array.isArray(x) && !x.length))
    .map(([k, x]) => `${k}=${Array.isArray(x) ? x.join('; ') : x}`)
    .join(' ');
}

// [plan, text as printed, expected reading]
export const TIMESCALES: [PlanKey, string, string][] = [
  ["kentPartnership", "2008", "2008-01-01..2008-12-31 YEAR [PERIOD]"],
  ["kentPartnership", "2008-9", "2008-09-01..2009-08-31 ACADEMIC_YEAR [PERIOD]"],
  ["kentPartnership", "2009", "2009-01-01..2009-12-31 YEAR [PERIOD]"],
  ["kentPartnership", "Ongoing", "…..… - ongoing open [ONGOING]"],
  ["kentPartnership", "Term 1", "2008-09-01..2008-10-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term 2", "2008-11-01..2008-12-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term 2 and 3", "2008-11-01..2009-02-28 TERM inferred [PERIOD,PERIOD]"],
  ["kentPartnership", "Term 2 ongoing", "2008-11-01..… TERM ongoing open inferred [PERIOD,ONGOING]"],
  ["kentPartnership", "Term 2 onwards", "2008-11-01..… TERM open inferred [FROM]"],
  ["kentPartnership", "Term 2-5", "2008-11-01..2009-05-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term 3", "2009-01-01..2009-02-28 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term 4", "2009-03-01..2009-03-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term 4,5", "2009-03-01..2009-05-31 TERM inferred [PERIOD,PERIOD]"],
  ["kentPartnership", "Term 5", "2009-04-01..2009-05-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term 5/6", "2009-04-01..2009-08-31 TERM inferred [PERIOD,PERIOD]"],
  ["kentPartnership", "Term 6", "2009-06-01..2009-08-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term1 -2009", "2009-09-01..2009-10-31 TERM [PERIOD]"],
  ["kentPartnership", "Term2", "2008-11-01..2008-12-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term2 onwards", "2008-11-01..… TERM open inferred [FROM]"],
  ["kentPartnership", "Term2/3", "2008-11-01..2009-02-28 TERM inferred [PERIOD,PERIOD]"],
  ["kentPartnership", "Term3", "2009-01-01..2009-02-28 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term3/4", "2009-01-01..2009-03-31 TERM inferred [PERIOD,PERIOD]"],
  ["kentPartnership", "Term4", "2009-03-01..2009-03-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "Term6", "2009-06-01..2009-08-31 TERM inferred [PERIOD]"],
  ["kentPartnership", "ongoing", "…..… - ongoing open [ONGOING]"],
  ["kentOperational", "", "unparsed: nothing printed"],
  ["kentOperational", "2008 Mar 2009", "2008-01-01..2009-03-31 YEAR [PERIOD,PERIOD]"],
  ["kentOperational", "April 2008", "2008-04-01..2008-04-30 MONTH [PERIOD]"],
  ["kentOperational", "April 2008 Sept 2008", "2008-04-01..2008-09-30 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "April 2009", "2009-04-01..2009-04-30 MONTH [PERIOD]"],
  ["kentOperational", "Aug 2008", "2008-08-01..2008-08-31 MONTH [PERIOD]"],
  ["kentOperational", "Aug 2008 July 2008", "2008-07-01..2008-08-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "Aug 2008 March 2009", "2008-08-01..2009-03-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "August 2008", "2008-08-01..2008-08-31 MONTH [PERIOD]"],
  ["kentOperational", "August 2009", "2009-08-01..2009-08-31 MONTH [PERIOD]"],
  ["kentOperational", "Dec 2008", "2008-12-01..2008-12-31 MONTH [PERIOD]"],
  ["kentOperational", "Dec 2008 June 2008 March 2009", "2008-06-01..2009-03-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "Dec 2008 March 2009", "2008-12-01..2009-03-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "End of terms 2, 4 and 6 2009", "…..2009-12-31 TERM [BY,BY,BY]"],
  ["kentOperational", "End of terms 2, 4 and 6 2009 Ongoing", "…..… TERM ongoing open [BY,BY,BY,ONGOING]"],
  ["kentOperational", "Jan 2009", "2009-01-01..2009-01-31 MONTH [PERIOD]"],
  ["kentOperational", "July 2008", "2008-07-01..2008-07-31 MONTH [PERIOD]"],
  ["kentOperational", "July 2008 March 2009", "2008-07-01..2009-03-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "July 2008 March 2009 June 2008", "2008-06-01..2009-03-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "July 2008 Ongoing Sept 2008 March 2009", "2008-07-01..… MONTH ongoing open [PERIOD,ONGOING,PERIOD,PERIOD]"],
  ["kentOperational", "July 2008 Sept", "2008-07-01..2008-09-30 MONTH inferred [PERIOD,PERIOD]"],
  ["kentOperational", "July 2008 onwards Oct 2008", "2008-07-01..2008-10-31 MONTH [PERIOD]"],
  ["kentOperational", "July 2008 then ongoing", "2008-07-01..… MONTH ongoing open [PERIOD,ONGOING]"],
  ["kentOperational", "July 2009", "2009-07-01..2009-07-31 MONTH [PERIOD]"],
  ["kentOperational", "June 2007 Nov 2008 Jan 2008", "2007-06-01..2008-11-30 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "June 2008", "2008-06-01..2008-06-30 MONTH [PERIOD]"],
  ["kentOperational", "June 2008 Nov 2009 Feb 2009", "2008-06-01..2009-11-30 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "June 2008 October 2008", "2008-06-01..2008-10-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "June 2008 Sept 2008", "2008-06-01..2008-09-30 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "June 2008 Sept 2008 June 2008", "2008-06-01..2008-09-30 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "June 2008 Sept 2008 March 2009", "2008-06-01..2009-03-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "Mar 2009", "2009-03-01..2009-03-31 MONTH [PERIOD]"],
  ["kentOperational", "March 2009", "2009-03-01..2009-03-31 MONTH [PERIOD]"],
  ["kentOperational", "March 2009 March 2009", "2009-03-01..2009-03-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "March 2009 Sept 2008", "2008-09-01..2009-03-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "March 2009 Sept 2008 2000", "unparsed: \"2000\" lies more than 3 years outside the plan's period (2008-04-01 to 2009-03-31): probably a misprint"],
  ["kentOperational", "May 2008 June 2008 March 2009 March 2009", "2008-05-01..2009-03-31 MONTH [PERIOD,PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "Nov 2008", "2008-11-01..2008-11-30 MONTH [PERIOD]"],
  ["kentOperational", "Oct 2008", "2008-10-01..2008-10-31 MONTH [PERIOD]"],
  ["kentOperational", "Oct 2008 June 2008 Sept 2008", "2008-06-01..2008-10-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "October 2008", "2008-10-01..2008-10-31 MONTH [PERIOD]"],
  ["kentOperational", "On going Sept 2008", "2008-09-01..… MONTH ongoing open [ONGOING,PERIOD]"],
  ["kentOperational", "On- going March 2009", "2009-03-01..… MONTH ongoing open [ONGOING,PERIOD]"],
  ["kentOperational", "On-going", "…..… - ongoing open [ONGOING]"],
  ["kentOperational", "Ongoing", "…..… - ongoing open [ONGOING]"],
  ["kentOperational", "Ongoing March 2009", "2009-03-01..… MONTH ongoing open [ONGOING,PERIOD]"],
  ["kentOperational", "Ongoing Nov 2009 Ongoing", "2009-11-01..… MONTH ongoing open [ONGOING,PERIOD,ONGOING]"],
  ["kentOperational", "Sept 2008", "2008-09-01..2008-09-30 MONTH [PERIOD]"],
  ["kentOperational", "Sept 2008 Dec 2008 March 2009", "2008-09-01..2009-03-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["kentOperational", "Sept 2008 Jan 2009", "2008-09-01..2009-01-31 MONTH [PERIOD,PERIOD]"],
  ["kentOperational", "Sept 2008 On going July 2008 Termly July 2008 March 2009", "2008-07-01..… MONTH ongoing open [PERIOD,ONGOING,PERIOD,RECURRING,PERIOD,PERIOD]"],
  ["kentOperational", "Sept 2008 onwards", "2008-09-01..… MONTH open [FROM]"],
  ["kentOperational", "Sept 2009", "2009-09-01..2009-09-30 MONTH [PERIOD]"],
  ["kentOperational", "Summer 2008 Sept 2008 On- going Nov 2008", "2008-04-01..… SEASON ongoing open [PERIOD,PERIOD,ONGOING,PERIOD]"],
  ["kentOperational", "Termly", "…..… - [RECURRING]"],
  ["kentOperational", "from April 2008 March 2009", "2008-04-01..2009-03-31 MONTH [PERIOD]"],
  ["peterborough", "April 2020", "2020-04-01..2020-04-30 MONTH [PERIOD]"],
  ["peterborough", "August 2020", "2020-08-01..2020-08-31 MONTH [PERIOD]"],
  ["peterborough", "Autumn 19", "2019-09-01..2019-12-31 SEASON [PERIOD]"],
  ["peterborough", "By end of Autumn 2019", "…..2019-12-31 SEASON [BY]"],
  ["peterborough", "December 19", "2019-12-01..2019-12-31 MONTH [PERIOD]"],
  ["peterborough", "Delivered throughout the 2019/20 academic year.", "2019-09-01..2020-08-31 ACADEMIC_YEAR [PERIOD]"],
  ["peterborough", "Developed and delivered in 2019/20 academic year.", "2019-09-01..2020-08-31 ACADEMIC_YEAR [PERIOD]"],
  ["peterborough", "February 2020", "2020-02-01..2020-02-29 MONTH [PERIOD]"],
  ["peterborough", "February 2020\nDecember 19", "2019-12-01..2020-02-29 MONTH [PERIOD,PERIOD]"],
  ["peterborough", "In place", "…..… - [STATUS]"],
  ["peterborough", "January 2020", "2020-01-01..2020-01-31 MONTH [PERIOD]"],
  ["peterborough", "January 2020\nDecember 19\nOctober 19\nNovember 19\nJanuary 2020\nOctober 2019", "2019-10-01..2020-01-31 MONTH [PERIOD,PERIOD,PERIOD,PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "November 19", "2019-11-01..2019-11-30 MONTH [PERIOD]"],
  ["peterborough", "November 19\nDecember 19\nJanuary 2020", "2019-11-01..2020-01-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "November 19\nDecember 19\nOctober 19\nSeptember 19\nOngoing\nAutumn 19\nSpring 20", "2019-09-01..… SEASON ongoing open [PERIOD,PERIOD,PERIOD,PERIOD,ONGOING,PERIOD,PERIOD]"],
  ["peterborough", "November 19\nOctober 19\nApril 2020", "2019-10-01..2020-04-30 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "November 19\nOctober 19\nOctober 19", "2019-10-01..2019-11-30 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "November 19\nSeptember 19\nOctober 19", "2019-09-01..2019-11-30 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "November 2019", "2019-11-01..2019-11-30 MONTH [PERIOD]"],
  ["peterborough", "October 19", "2019-10-01..2019-10-31 MONTH [PERIOD]"],
  ["peterborough", "October 2019", "2019-10-01..2019-10-31 MONTH [PERIOD]"],
  ["peterborough", "October 2020", "2020-10-01..2020-10-31 MONTH [PERIOD]"],
  ["peterborough", "October 2020\nNovember 2019\nNovember 2019", "2019-11-01..2020-10-31 MONTH [PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "Ongoing", "…..… - ongoing open [ONGOING]"],
  ["peterborough", "Ongoing\nSeptember 2019\nIn place\nOngoing", "2019-09-01..… MONTH ongoing open [ONGOING,PERIOD,STATUS,ONGOING]"],
  ["peterborough", "September 19", "2019-09-01..2019-09-30 MONTH [PERIOD]"],
  ["peterborough", "September 2019", "2019-09-01..2019-09-30 MONTH [PERIOD]"],
  ["peterborough", "September 2019\nBy end of Autumn 2019", "2019-09-01..2019-12-31 SEASON [PERIOD,BY]"],
  ["peterborough", "September 2019\nDecember 19\nSeptember 19\nNovember 19", "2019-09-01..2019-12-31 MONTH [PERIOD,PERIOD,PERIOD,PERIOD]"],
  ["peterborough", "Spring 20", "2020-01-01..2020-03-31 SEASON [PERIOD]"],
  ["plymouth", "12 Month project begun in September, 2017.", "2017-09-01..2018-08-31 MONTH [PERIOD]"],
  ["plymouth", "18 month project.", "…..… - [DURATION]"],
  ["plymouth", "By April 2018", "…..2018-04-30 MONTH [BY]"],
  ["plymouth", "By April 2018. Meet 6x a year.", "…..2018-04-30 MONTH [BY,RECURRING]"],
  ["plymouth", "By April, 2018. Meet 6x a year.", "…..2018-04-30 MONTH [BY,RECURRING]"],
  ["plymouth", "By April, 2018. Meet every 6 weeks.", "…..2018-04-30 MONTH [BY,RECURRING]"],
  ["plymouth", "By July 2018. Meet 4x a year.", "…..2018-07-31 MONTH [BY,RECURRING]"],
  ["plymouth", "July 2018.", "2018-07-01..2018-07-31 MONTH [PERIOD]"],
  ["plymouth", "June 2019.", "2019-06-01..2019-06-30 MONTH [PERIOD]"],
  ["plymouth", "Ongoing", "…..… - ongoing open [ONGOING]"],
  ["plymouth", "Ongoing,", "…..… - ongoing open [ONGOING]"],
  ["plymouth", "Ongoing,\nOngoing,", "…..… - ongoing open [ONGOING,ONGOING]"],
  ["plymouth", "Ongoing.", "…..… - ongoing open [ONGOING]"],
  ["plymouth", "Summer 2018.", "2018-04-01..2018-08-31 SEASON [PERIOD]"],
  ["plymouth", "Termly meetings.", "…..… - [RECURRING]"],
  ["plymouth", "To begin in April, 2018.", "2018-04-01..… MONTH open [FROM]"],
  ["plymouth", "Two years.", "…..… - [DURATION]"],
  ["worcestershire", "Time scales for implementation in 2009/10 are set out in detailed APP and AfL plans", "2009-04-01..2010-03-31 FINANCIAL_YEAR [PERIOD]"],
  ["worcestershire", "Time scales for implementation in 2009/10 are set out in detailed school specific intervention plans", "2009-04-01..2010-03-31 FINANCIAL_YEAR [PERIOD]"],
  ["worcestershire", "Time scales for implementation in 2009/10 are specified in the detailed:\nMathematics\nECC\nECaR Develop LT programme\nplans", "2009-04-01..2010-03-31 FINANCIAL_YEAR [PERIOD]"],
  ["worcestershire", "Time scales for implementation in 2009/10 are specified in the detailed: HT CPD, SIP and ISP plans", "2009-04-01..2010-03-31 FINANCIAL_YEAR [PERIOD]"],
];

// [text as printed, expected reading; amountPence is checked separately]
export const MONEY: [string, string][] = [
  ["ASK funded", "fundingSource=ASK"],
  ["Dependent on funding from business sector. Refer to CP plan.", "fundingSource=business sector conditional=true notes=refers to CP plan"],
  ["Funding varies from school to school. Up to £, 5000", "amount=5000.00 currency=GBP qualifier=UP_TO notes=printed \"£, 5000\": the comma after the sign is ignored; the amount varies from school to school"],
  ["Up to £5,000 for bespoke support.", "amount=5000.00 currency=GBP qualifier=UP_TO purpose=bespoke support"],
  ["traded service", "fundingSource=traded service notes=schools buy the service"],
  ["£ 5000", "amount=5000.00 currency=GBP"],
  ["£100", "amount=100.00 currency=GBP"],
  ["£1000", "amount=1000.00 currency=GBP"],
  ["£12800", "amount=12800.00 currency=GBP"],
  ["£15,000 per school.", "amount=15000.00 currency=GBP perSchool=true"],
  ["£1500", "amount=1500.00 currency=GBP"],
  ["£374,000 funding secured.", "amount=374000.00 currency=GBP secured=true"],
  ["£380", "amount=380.00 currency=GBP"],
  ["£400", "amount=400.00 currency=GBP"],
  ["£45011", "amount=45011.00 currency=GBP"],
  ["£46,170 funding.", "amount=46170.00 currency=GBP"],
  ["£50", "amount=50.00 currency=GBP"],
  ["£500", "amount=500.00 currency=GBP"],
  ["£5000- TDA monies", "amount=5000.00 currency=GBP fundingSource=TDA monies"],
  ["£600", "amount=600.00 currency=GBP"],
  ["£800", "amount=800.00 currency=GBP"],
];

// [text as printed, expected reading]
export const INDICATOR_VALUES: [string, string][] = [
  ["", "unparsed: nothing printed"],
  ["31%", "value=31 unit=% status=VALUE"],
  ["32%", "value=32 unit=% status=VALUE"],
  ["33%", "value=33 unit=% status=VALUE"],
  ["34%", "value=34 unit=% status=VALUE"],
  ["380%", "value=380 unit=% status=VALUE suspect=true suspectReason=a percentage above 100: probably a points score printed with \"%\""],
  ["392.5%", "value=392.5 unit=% status=VALUE suspect=true suspectReason=a percentage above 100: probably a points score printed with \"%\""],
  ["61.2%", "value=61.2 unit=% status=VALUE"],
  ["65%", "value=65 unit=% status=VALUE"],
  ["66%", "value=66 unit=% status=VALUE"],
  ["70%", "value=70 unit=% status=VALUE"],
  ["72%", "value=72 unit=% status=VALUE"],
  ["72% (2008)", "value=72 unit=% period=2008 status=VALUE"],
  ["73%", "value=73 unit=% status=VALUE"],
  ["75%", "value=75 unit=% status=VALUE"],
  ["76%", "value=76 unit=% status=VALUE"],
  ["77%", "value=77 unit=% status=VALUE"],
  ["78%", "value=78 unit=% status=VALUE"],
  ["79%", "value=79 unit=% status=VALUE"],
  ["80%", "value=80 unit=% status=VALUE"],
  ["82%", "value=82 unit=% status=VALUE"],
  ["84%", "value=84 unit=% status=VALUE"],
  ["89.6%", "value=89.6 unit=% status=VALUE"],
  ["91%", "value=91 unit=% status=VALUE"],
  ["93%", "value=93 unit=% status=VALUE"],
  ["Designated", "status=DESIGNATED"],
  ["Not set", "status=NOT_SET"],
];
