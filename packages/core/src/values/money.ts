// Money as councils print it ("£50", "£ 5000", "£5000- TDA monies", "ASK funded",
// "Up to £5,000", "£15,000 per school.", "£374,000 funding secured. Two years.") read
// into an amount (exact: pence as an integer and pounds as a decimal string), currency,
// qualifier, per-school / per-year, duration and funding source. Never throws.
import type { Unparsed } from './timescale';

export type MoneyQualifier = 'UP_TO' | 'ABOUT' | 'AT_LEAST';

export interface Money {
  text: string;
  /** Pounds as an exact decimal string with two places, e.g. "5000.00"; null when no amount is printed. */
  amount: string | null;
  /** The amount in pence, exact; null when no amount is printed. */
  amountPence: number | null;
  /** ISO 4217 code of the printed currency sign; null when no amount is printed. */
  currency: string | null;
  qualifier: MoneyQualifier | null;
  perSchool: boolean;
  perYear: boolean;
  /** Length in months the money covers, e.g. 24 for "Two years."; null when not printed. */
  durationMonths: number | null;
  /** Where the money comes from, as printed, e.g. "TDA monies", "ASK", "business sector". */
  fundingSource: string | null;
  /** What the money is for, as printed after "for", e.g. "bespoke support". */
  purpose: string | null;
  /** True when the text says the funding is secured. */
  secured: boolean;
  /** True when the money depends on something not yet settled ("Dependent on funding from …"). */
  conditional: boolean;
  /** What the parse read beyond the amount, in plain English. */
  notes: string[];
}

export type MoneyResult = Money | Unparsed;

export const MAX_MONEY_LENGTH = 1000;
const CURRENCY: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD' };
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12, eighteen: 18 };
const AMOUNT = /([£€$])\s*(,\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k|m|million)?(?![\d,])/gi;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s\-–—:.,]+|[\s\-–—:.,]+$/g, '').trim();
}

/** Parses a printed money text. */
export function parseMoney(text: string | null | undefined): MoneyResult {
  const printed = text ?? '';
  if (printed.length > MAX_MONEY_LENGTH) return { text: printed, unparsed: `longer than ${MAX_MONEY_LENGTH} characters` };
  const s = printed.replace(/\s+/g, ' ').trim();
  if (!s) return { text: printed, unparsed: 'nothing printed' };
  const lower = s.toLowerCase();
  const amounts = [...s.matchAll(AMOUNT)];
  if (amounts.length > 1) return { text: printed, unparsed: `${amounts.length} amounts in one text: ${amounts.map((a) => a[0].trim()).join(', ')}` };
  const notes: string[] = [];
  const money: Money = {
    text: printed,
    amount: null,
    amountPence: null,
    currency: null,
    qualifier: null,
    perSchool: /\b(?:per|each|a) school\b/.test(lower),
    perYear: /\b(?:per (?:year|annum)|a year|each year|annually|p\.?a\.?)(?![a-z])/.test(lower),
    durationMonths: null,
    fundingSource: null,
    purpose: null,
    secured: /\bsecured\b/.test(lower),
    conditional: /\b(?:dependent|depending|subject to|conditional)\b/.test(lower),
    notes,
  };
  const a = amounts[0];
  if (a) {
    const whole = a[3]!.replace(/,/g, '');
    const pence = (a[4] ?? '').padEnd(2, '0');
    const scale = a[5] ? (a[5].toLowerCase() === 'k' ? 1000n : 1_000_000n) : 1n;
    if (whole.length > 12) return { text: printed, unparsed: `the amount ${a[0].trim()} is too large` };
    const totalPence = (BigInt(whole) * 100n + BigInt(pence || '0')) * scale;
    if (totalPence >= 100_000_000_000_000n) return { text: printed, unparsed: `the amount ${a[0].trim()} is too large` };
    money.amountPence = Number(totalPence);
    money.amount = `${totalPence / 100n}.${String(totalPence % 100n).padStart(2, '0')}`;
    money.currency = CURRENCY[a[1]!]!;
    if (a[2]) notes.push(`printed "${a[0].trim()}": the comma after the sign is ignored`);
    const before = lower.slice(0, a.index);
    const after = s.slice(a.index! + a[0].length);
    if (/\bup to\s*$/.test(before)) money.qualifier = 'UP_TO';
    else if (/\b(?:about|approx(?:imately)?|around|c\.|circa)\s*$/.test(before)) money.qualifier = 'ABOUT';
    else if (/\b(?:at least|minimum of|over|more than)\s*$/.test(before)) money.qualifier = 'AT_LEAST';
    // "£5000- TDA monies": what follows a dash names the source.
    const dash = /^\s*[-–—]\s*([^.]+)/.exec(after);
    if (dash) money.fundingSource = clean(dash[1]!);
    const purpose = /^\s*for ([^.]+)/i.exec(after);
    if (purpose) money.purpose = clean(purpose[1]!);
    const rest = before.replace(/\bup to\s*$/, '');
    if (/\bvar(?:y|ies) from school to school\b/.test(rest)) notes.push('the amount varies from school to school');
  }
  const funded = /^(.+?) funded\.?$/i.exec(s) ?? /\bfunded (?:by|from|through) ([^.]+)/i.exec(s);
  if (funded && !money.fundingSource) money.fundingSource = clean(funded[1]!);
  const from = /\bfunding from (?:the )?([^.]+)/i.exec(s);
  if (from && !money.fundingSource) money.fundingSource = clean(from[1]!);
  if (!money.fundingSource && /^traded(?: service)?\.?$/i.test(s)) {
    money.fundingSource = 'traded service';
    notes.push('schools buy the service');
  }
  const duration = /\b(\d{1,3}|one|two|three|four|five|six|ten|twelve|eighteen) ?(year|month)s?\b/i.exec(s);
  if (duration) {
    const n = /^\d+$/.test(duration[1]!) ? Number(duration[1]) : NUMBER_WORDS[duration[1]!.toLowerCase()]!;
    money.durationMonths = n * (duration[2]!.toLowerCase() === 'year' ? 12 : 1);
  }
  const rest = /\brefer to ([^.]+)/i.exec(s);
  if (rest) notes.push(`refers to ${clean(rest[1]!)}`);
  if (money.amount == null && money.fundingSource == null) return { text: printed, unparsed: 'no amount and no funding source' };
  return money;
}

/**
 * A value printed in a table headed "£000's" (e.g. a unit budget): "1,702.1" is
 * £1,702,100, "-150.0" is -£150,000 (income). Only a plain number is read.
 */
export function parseThousandsOfPounds(text: string | null | undefined): MoneyResult {
  const printed = text ?? '';
  const s = printed.replace(/\s+/g, '').replace(/^[\u2212\u2013]/, '-');
  if (!s) return { text: printed, unparsed: 'nothing printed' };
  const m = /^(-)?(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,3}))?$/.exec(s);
  if (!m) return { text: printed, unparsed: 'not an amount in £000s' };
  const thousandths = BigInt(m[2]!.replace(/,/g, '')) * 1000n + BigInt((m[3] ?? '').padEnd(3, '0'));
  // £1 thousandth of £1000 = £1 = 100 pence.
  const pence = thousandths * 100n * (m[1] ? -1n : 1n);
  const abs = pence < 0n ? -pence : pence;
  return {
    text: printed,
    amount: `${pence < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`,
    amountPence: Number(pence),
    currency: 'GBP',
    qualifier: null,
    perSchool: false,
    perYear: false,
    durationMonths: null,
    fundingSource: null,
    purpose: null,
    secured: false,
    conditional: false,
    notes: ['printed in £000s'],
  };
}
