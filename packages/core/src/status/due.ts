// The due day of a task from a printed timescale (issue 18, part A): the last day of what
// the timescale parser reads ("November 19" → 2019-11-30, "Term 2" → the term's last
// day), in the plan's period; null when the text names no end ("Ongoing", "In place").
import { isUnparsed, parseTimescale, type PlanPeriod } from '../values/timescale';

export function dueDayOfTimescale(text: string | null | undefined, period?: PlanPeriod): Date | null {
  if (!text) return null;
  const parsed = parseTimescale(text, period);
  if (isUnparsed(parsed) || !parsed.end || parsed.openEnded) return null;
  return new Date(`${parsed.end}T00:00:00.000Z`);
}
