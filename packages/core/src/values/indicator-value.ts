// Indicator values as printed ("72% (2008)", "84%", "Not set", "392.5%") read into a
// value, unit, period and status, with a flag where the printed value looks wrong (a
// percentage above 100 is most likely a points score printed with "%"). The printed text
// is kept; nothing is corrected. Never throws.
import type { Unparsed } from './timescale';

export type IndicatorValueStatus = 'VALUE' | 'NOT_SET' | 'DESIGNATED' | 'NOT_APPLICABLE';

export interface IndicatorReading {
  text: string;
  /** The number as an exact decimal string, e.g. "72", "392.5"; null for a status. */
  value: string | null;
  /** "%" or "points" as printed; null when the number has no unit. */
  unit: string | null;
  /** The period printed with the value, e.g. "2008" in "72% (2008)". */
  period: string | null;
  status: IndicatorValueStatus;
  /** True when the printed value looks wrong. */
  suspect: boolean;
  suspectReason: string | null;
}

export type IndicatorReadingResult = IndicatorReading | Unparsed;

const STATUSES: [RegExp, IndicatorValueStatus][] = [
  [/^not (?:yet )?set\.?$/i, 'NOT_SET'],
  [/^designated\.?$/i, 'DESIGNATED'],
  [/^(?:n\/a|not applicable)\.?$/i, 'NOT_APPLICABLE'],
];
const NUMBER = /^(-?\d{1,10}(?:\.\d{1,6})?)\s*(%|per ?cent|points?|pts)?\s*(?:\(\s*(\d{4}(?:\s*[/-]\s*\d{2,4})?)\s*\))?$/i;

/** Parses a printed indicator value. */
export function parseIndicatorValue(text: string | null | undefined): IndicatorReadingResult {
  const printed = text ?? '';
  const s = printed.replace(/\s+/g, ' ').trim();
  if (!s) return { text: printed, unparsed: 'nothing printed' };
  if (s.length > 200) return { text: printed, unparsed: 'longer than 200 characters' };
  for (const [re, status] of STATUSES) {
    if (re.test(s)) return { text: printed, value: null, unit: null, period: null, status, suspect: false, suspectReason: null };
  }
  const m = NUMBER.exec(s);
  if (!m) return { text: printed, unparsed: 'not a number, a percentage, points or a known status' };
  const value = m[1]!.replace(/^(-?)0+(?=\d)/, '$1');
  const unitWord = m[2]?.toLowerCase();
  const unit = !unitWord ? null : unitWord === '%' || unitWord.startsWith('per') ? '%' : 'points';
  let suspectReason: string | null = null;
  if (unit === '%' && Number(value) > 100) suspectReason = 'a percentage above 100: probably a points score printed with "%"';
  else if (unit === '%' && Number(value) < 0) suspectReason = 'a negative percentage';
  return { text: printed, value, unit, period: m[3]?.replace(/\s+/g, '') ?? null, status: 'VALUE', suspect: suspectReason != null, suspectReason };
}
