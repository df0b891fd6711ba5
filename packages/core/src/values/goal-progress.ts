// Issue 18, part B: how far an indicator's latest actual has come from its baseline
// towards its goal, and whether it is behind the straight line to the goal.
//
// The line runs through the baseline (value on its date) and the goals in date order;
// between two of these points it is straight. The goal an actual is measured against is
// the first goal on or after the actual's date (after the last goal: the last goal).
// "Percent of the way" is (actual − baseline) / (goal − baseline) × 100: 0 at the
// baseline, 100 at the goal, above 100 past it, below 0 when it went the wrong way.
// Which way is better follows the indicator's polarity; for a NEUTRAL indicator (the
// document does not say) it is the way the goal lies from the baseline. An actual is
// off track when it is on the worse side of the line at its date.

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface DatedValue {
  value: number;
  date: Date;
}

export interface GoalProgress<G extends DatedValue> {
  goal: G;
  /** The value on the line at the actual's date; null before the baseline's date. */
  expected: number | null;
  /** Null when the goal equals the baseline (there is no way to go). */
  percentOfTheWay: number | null;
  /** Null when neither the polarity nor the goal tells which way is better, or there is no expectation yet. */
  offTrack: boolean | null;
  direction: Direction | null;
}

const DAY = 86_400_000;

export function goalProgress<G extends DatedValue>(
  polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL',
  baseline: DatedValue,
  goals: readonly G[],
  actual: DatedValue,
): GoalProgress<G> | null {
  const ahead = [...goals].filter((g) => g.date > baseline.date).sort((a, b) => a.date.getTime() - b.date.getTime());
  if (!ahead.length) return null;
  const goal = ahead.find((g) => g.date >= actual.date) ?? ahead[ahead.length - 1]!;
  const direction: Direction | null =
    polarity !== 'NEUTRAL' ? polarity : goal.value > baseline.value ? 'HIGHER_IS_BETTER' : goal.value < baseline.value ? 'LOWER_IS_BETTER' : null;
  const percentOfTheWay = goal.value === baseline.value ? null : ((actual.value - baseline.value) / (goal.value - baseline.value)) * 100;
  let expected: number | null = null;
  if (actual.date >= baseline.date) {
    const points: DatedValue[] = [baseline, ...ahead];
    expected = points[points.length - 1]!.value;
    for (let i = 1; i < points.length; i++) {
      const from = points[i - 1]!;
      const to = points[i]!;
      if (actual.date <= to.date) {
        // Whole days, so daylight saving time does not tilt the line.
        const span = Math.round((to.date.getTime() - from.date.getTime()) / DAY);
        const gone = Math.round((actual.date.getTime() - from.date.getTime()) / DAY);
        expected = from.value + ((to.value - from.value) * gone) / span;
        break;
      }
    }
  }
  const offTrack = direction == null || expected == null ? null : direction === 'HIGHER_IS_BETTER' ? actual.value < expected : actual.value > expected;
  return { goal, expected, percentOfTheWay, offTrack, direction };
}
