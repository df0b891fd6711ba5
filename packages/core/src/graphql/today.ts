// "Today" for computed statuses and reminders (issue 18): the server's `today` option
// (env COUNCIL_PLANS_TODAY, e.g. "2008-01-15") when set, so tests and reproducible
// reports can fix it; otherwise the UTC calendar day. Shared name across issue 18's parts.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from './context';

/** A "YYYY-MM-DD" day as a Date at UTC midnight (how Prisma reads and writes @db.Date). */
export function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Today as the request sees it: the configured fixed day, else the UTC calendar day. */
export function today(ctx: Pick<Context, 'today'> | { today?: string | null }): Date {
  return dayOf(ctx.today ?? new Date().toISOString().slice(0, 10));
}

// Code with no request context (the importer, run by the API and the CLI) reads the
// configured today from the async context its caller set. importer.ts takes no `today`
// option, so the callers of importPlan wrap it: `withToday(ctx.today, () => importPlan(…))`.
const configured = new AsyncLocalStorage<string | undefined>();

/** Runs `work` with `day` ("YYYY-MM-DD", or absent for the real day) as `configuredToday()`. */
export function withToday<T>(day: string | null | undefined, work: () => Promise<T>): Promise<T> {
  return configured.run(day ?? undefined, work);
}

/** Today for code with no request context: the day its caller set with `withToday`, else the UTC calendar day. */
export function configuredToday(): Date {
  return today({ today: configured.getStore() });
}
