// The audit rows and change events of one long write (an import), written as it goes
// (issue 21, item 5). A mutation holds its few changes and records them at the end
// (write/unit.ts); an import of 10,000 rows makes ~50,000 changes, and holding every
// before / after image until the end made the import's memory grow with the file. The
// journal writes the audit rows of each full chunk in the write's own transaction and
// keeps only what the change events need (`PendingEvent`, a dozen small fields); the
// events go last, under the ordering lock (events/outbox.ts), just before commit.
//
// Nothing is lost on a crash or a refusal: every statement is in the write's transaction,
// so a rolled-back import leaves neither its rows nor their audit rows nor their events.
import type { Prisma } from '../db/prisma';
import { auditInstant, recordChanges, type Actor, type Change } from '../audit/record';
import { pendingEventOf, writeChangeEvents, type PendingEvent } from './outbox';

/** Changes whose audit rows are written together: the journal holds at most this many images (plus what one step of the write adds). */
export const JOURNAL_CHUNK = 5000;

export class ChangeJournal {
  /** Changes added so far, written or not. */
  count = 0;
  /** Every change added, when the caller asked to keep them (`keep`); else null. */
  readonly kept: Change[] | null;
  /** Changes whose audit rows are not written yet. */
  private pending: Change[] = [];
  private readonly events: PendingEvent[] = [];
  /** One audit instant for the whole write, taken when its first audit rows are written. */
  private at: string | null = null;
  private readonly chunk: number;

  /**
   * `actor` null: nothing is written (a dry run), the journal only counts (and keeps, with
   * `keep`). `chunk`: changes per audit write (tests use small ones).
   */
  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly actor: Actor | null,
    options: { keep?: boolean; chunk?: number } = {},
  ) {
    this.kept = options.keep ? [] : null;
    this.chunk = options.chunk ?? JOURNAL_CHUNK;
  }

  /** A change the write made. Its images must not change after this (they may be written at the next `flush`). */
  add(change: Change): void {
    this.count++;
    this.kept?.push(change);
    if (this.actor) this.pending.push(change);
  }

  /**
   * Names the plan on changes made before their plan existed (its source document, the
   * plan's own creation): call it as soon as the plan is known, before the next `flush`.
   * Changes to an authority stay without a plan.
   */
  assignPlan(planId: number): void {
    for (const list of [this.pending, this.kept ?? []]) for (const c of list) if (c.planId === null && c.entity !== 'Authority') c.planId = planId;
  }

  /** Writes the audit rows of the changes added so far once a chunk of them is waiting. */
  async flush(): Promise<void> {
    if (this.pending.length >= this.chunk) await this.writePending();
  }

  /**
   * Writes the remaining audit rows and then every change event: call it last in the
   * transaction (the events take the lock that orders them until commit).
   */
  async close(): Promise<void> {
    if (!this.actor) return;
    await this.writePending();
    await writeChangeEvents(this.tx, this.events, this.actor.via);
    this.events.length = 0;
  }

  private async writePending(): Promise<void> {
    if (!this.actor || !this.pending.length) return;
    const changes = this.pending;
    this.pending = [];
    const ids = await recordChanges(this.tx, this.actor, changes, (this.at ??= auditInstant()));
    for (let i = 0; i < changes.length; i++) this.events.push(pendingEventOf(changes[i]!, ids[i] ?? null));
  }
}
