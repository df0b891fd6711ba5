// The one path every write takes, core's mutations and plugins' alike:
//   authorise against the council that owns each row (resolved from the database, never
//   from the input) → conditional update on the version the client read → audit rows →
//   afterWrite → commit; all in one interactive transaction, so a refused or failing
//   part leaves nothing behind.
import { GraphQLError } from 'graphql';
import { Prisma } from '../db/prisma';
import type { Context } from '../graphql/context';
import { badInput, notFound, versionConflict, writeConflict } from '../graphql/errors';
import { toGlobalId } from '../graphql/global-id';
import { recordChanges, type Actor, type Change } from '../audit/record';
import { delegateOf, ownerLink } from '../auth/owners';
import { plansWithNewPeriod, refreshRowsOf, refreshStructuredValues, searchScopeOfChanges } from '../values/refresh';
import { recordChangeEvents } from '../events/outbox';
import { updateRows } from '../db/update-rows';

/** What a write touched, for afterWrite. */
export interface WriteScope {
  /** Whole plans to refresh (every row of them); the API's writes need this only when a plan's period changed, which afterWrite finds in `changes` itself. */
  planIds?: number[];
  /** Whole actions to refresh (the action and its milestones). */
  actionIds?: number[];
  /** The rows the write created, changed or deleted, with their values before and after. */
  changes?: readonly Change[];
}

/**
 * Where every write finishes, inside its transaction, after its rows and audit events are
 * written and before it commits. Derived data that must follow the printed text (issue 8's
 * structured timescales, money and indicator values) is refreshed here: for exactly the
 * rows whose printed text the write created or changed (`refreshRowsOf`), never the rest
 * of their plan, so a write's cost and locks do not grow with the plan and two editors of
 * one plan do not lock each other's rows. A changed plan period re-reads that plan. The
 * search documents of the plans and actions whose text the write changed are rebuilt.
 */
export async function afterWrite(tx: Prisma.TransactionClient, scope: WriteScope): Promise<void> {
  const changes = scope.changes ?? [];
  const rows = refreshRowsOf(changes);
  const planIds = [...new Set([...(scope.planIds ?? []), ...plansWithNewPeriod(changes)])];
  const search = searchScopeOfChanges(changes);
  if (!rows.length && !planIds.length && !scope.actionIds?.length && !search.planDocIds?.length && !search.actionIds?.length) return;
  await refreshStructuredValues(tx, { rows, planIds, actionIds: scope.actionIds ?? [], search });
}

/** A row's plan and council, as the database has them. */
export interface Owner {
  planId: number | null;
  authorityId: number;
  /** The row belongs to a plan that is a DRAFT (hidden from everyone outside its council). */
  draft?: boolean;
}

type Row = Record<string, unknown> & { id: number };

/** How long a write may wait for the database and run. PGlite runs one transaction at a time, so concurrent writes queue. */
const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

/** Rows per set-based INSERT or DELETE: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;

/** One write: a transaction, the viewer's rights, and the changes recorded so far. */
export class WriteUnit {
  readonly changes: Change[] = [];

  constructor(
    readonly tx: Prisma.TransactionClient,
    readonly ctx: Context,
  ) {}

  private lookup = (model: string, id: number) => delegateOf(this.tx, model).findUnique({ where: { id } });

  /** Owners of the parent rows followed so far in this write (a parent's plan does not change during a write). */
  private readonly parentOwners = new Map<string, Promise<Owner>>();

  /** The plan and council a row belongs to, following its foreign keys in the database. */
  async ownerOf(model: string, row: Record<string, unknown>): Promise<Owner> {
    const link = ownerLink(model);
    if (link === 'self') return { planId: row.id as number, authorityId: row.authorityId as number, draft: row.status === 'DRAFT' };
    // A council's own settings (issue 18: the progress approval step).
    if (model === 'Authority') return { planId: null, authorityId: row.id as number };
    if (link !== null) {
      const [field, parent] = link;
      const parentId = row[field];
      if (parentId != null) {
        const key = `${parent}:${parentId}`;
        let owner = this.parentOwners.get(key);
        if (!owner) {
          owner = this.lookup(parent, parentId as number).then((p) => {
            if (!p) throw new Error(`cannot tell which council owns this ${model}: no ${parent} ${parentId}`);
            return this.ownerOf(parent, p);
          });
          this.parentOwners.set(key, owner);
        }
        return owner;
      }
    }
    // Rows that belong to no plan belong to an authority (parties, authority-wide series).
    if (typeof row.authorityId === 'number') return { planId: null, authorityId: row.authorityId };
    throw new Error(`cannot tell which council owns this ${model}`);
  }

  /**
   * Loads the row of `model` with this id and checks the viewer may change it:
   * NOT_FOUND when there is none, FORBIDDEN when it is another council's. A row of another
   * council's DRAFT does not exist for the caller: it is answered exactly as an id that
   * names nothing (`missing`, by default "<field>: no <Model> has id <id>"), so a write
   * cannot tell a hidden draft from a free id (issue 16).
   */
  async authorize(model: string, id: number, field: string, missing?: () => GraphQLError): Promise<{ row: Row; owner: Owner }> {
    const notThere = missing ?? (() => notFound(`${field}: no ${model} has id ${toGlobalId(model, id)}`, field));
    const row = (await this.lookup(model, id)) as Row | null;
    if (!row) throw notThere();
    const owner = await this.ownerOf(model, row);
    // runWrite admits editors only, whose writable councils are the ones whose drafts they read.
    if (owner.draft && !(await this.ctx.access.writableAuthorities()).has(owner.authorityId)) throw notThere();
    await this.ctx.access.requireWrite(owner.authorityId, `${model} ${toGlobalId(model, id)}`, field);
    return { row, owner };
  }

  private note(model: string, owner: Owner, operation: Change['operation'], before: Row | null, after: Row | null): void {
    const row = (after ?? before)!;
    this.changes.push({ entity: model, entityId: row.id, planId: owner.planId, authorityId: owner.authorityId, operation, before, after });
  }

  /**
   * Changes a row the client read at `expectedVersion`: authorises, then updates only if
   * the version is still the one read (VERSION_CONFLICT otherwise, with the current
   * version), adds 1 to the version and records the change. The conditional update also
   * locks the row, so concurrent writers of one row queue and all but the first conflict.
   */
  async update(model: string, id: number, expectedVersion: number, data: Record<string, unknown>, field: string, missing?: () => GraphQLError): Promise<Row> {
    const { owner } = await this.authorize(model, id, field, missing);
    const delegate = delegateOf(this.tx, model);
    const locked = await delegate.updateMany({ where: { id, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (locked.count === 0) {
      const current = await delegate.findUnique({ where: { id } });
      throw versionConflict(model, toGlobalId(model, id), expectedVersion, (current?.version as number) ?? -1, `${field}.expectedVersion`);
    }
    // Read under the lock: exactly the row at expectedVersion (with the version already bumped).
    const before = { ...((await delegate.findUnique({ where: { id } })) as Row), version: expectedVersion };
    const after = (Object.keys(data).length ? await delegate.update({ where: { id }, data }) : { ...before, version: expectedVersion + 1 }) as Row;
    this.note(model, owner, 'UPDATE', before, after);
    return after;
  }

  /**
   * `update` of the row found by a unique column other than its id, e.g. a plugin row by
   * its `actionId`: NOT_FOUND (naming `field`) when there is none.
   */
  async updateBy(model: string, unique: Record<string, number>, expectedVersion: number, data: Record<string, unknown>, field: string): Promise<Row> {
    const missing = () => notFound(`${field}: no ${model} for ${Object.keys(unique).join(', ')} ${Object.values(unique).join(', ')}`, field);
    const row = await delegateOf(this.tx, model).findUnique({ where: unique });
    if (!row) throw missing();
    return this.update(model, row.id as number, expectedVersion, data, field, missing);
  }

  /**
   * Writes rows the caller read (and locked) and changed, set-based (`updateRows`: one
   * UPDATE per 1,000 rows, in id order), and records every change for the audit and the
   * change feed. `columns` and `values` say which columns are written and how each
   * after-image travels (see updateRows for the SQL types).
   */
  async updateMany(model: string, owner: Owner, columns: Record<string, string>, changes: readonly { before: Row; after: Row }[], values: (after: Row) => { id: number } & Record<string, unknown>): Promise<void> {
    if (!changes.length) return;
    await updateRows(this.tx, model, columns, changes.map((c) => values(c.after)));
    for (const c of changes) this.note(model, owner, 'UPDATE', c.before, c.after);
  }

  /** Creates a row; its council (found from the row's parents) must be one the viewer edits. */
  async create(model: string, data: Record<string, unknown>, field: string): Promise<Row> {
    const row = (await delegateOf(this.tx, model).create({ data })) as Row;
    const owner = await this.ownerOf(model, row);
    await this.ctx.access.requireWrite(owner.authorityId, `a ${model} there`, field);
    this.note(model, owner, 'CREATE', null, row);
    return row;
  }

  /**
   * Creates many rows set-based: one INSERT … RETURNING per 1,000 rows (issue 16: a
   * plan's worth of milestones in one write takes milliseconds, not a minute). The council
   * of each distinct parent is found once and must be one the viewer edits, as for `create`.
   */
  async createMany(model: string, data: Record<string, unknown>[], field: string): Promise<Row[]> {
    if (!data.length) return [];
    const owners = await Promise.all(data.map((d) => this.ownerOf(model, d)));
    for (const authorityId of new Set(owners.map((o) => o.authorityId))) await this.ctx.access.requireWrite(authorityId, `a ${model} there`, field);
    const delegate = delegateOf(this.tx, model) as unknown as { createManyAndReturn(args: object): Promise<Row[]> };
    const rows: Row[] = [];
    for (let i = 0; i < data.length; i += CHUNK) rows.push(...(await delegate.createManyAndReturn({ data: data.slice(i, i + CHUNK) })));
    // RETURNING promises no order: each row's owner is found again (its parents are cached, no statement).
    rows.sort((a, b) => a.id - b.id);
    for (const row of rows) this.note(model, await this.ownerOf(model, row), 'CREATE', null, row);
    return rows;
  }

  /**
   * Deletes rows already read and authorised by the caller (e.g. an action's own
   * milestones), set-based: one DELETE per 1,000 rows. With `expectedVersions` (id →
   * version the client read) a row changed since is a VERSION_CONFLICT naming its field.
   */
  async deleteMany(model: string, rows: Row[], owner: Owner, expectedVersions?: Map<number, { version: number; field: string }>): Promise<void> {
    if (!rows.length) return;
    const delegate = delegateOf(this.tx, model) as unknown as { deleteMany(args: object): Promise<{ count: number }> };
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const where = expectedVersions
        ? { OR: chunk.map((r) => ({ id: r.id, version: expectedVersions.get(r.id)!.version })) }
        : { id: { in: chunk.map((r) => r.id) } };
      const { count } = await delegate.deleteMany({ where });
      if (count !== chunk.length) {
        // Some row was changed (or removed) since it was read: name the first.
        const left = await delegateOf(this.tx, model).findMany({ where: { id: { in: chunk.map((r) => r.id) } }, select: { id: true, version: true } });
        const current = new Map(left.map((r) => [r.id as number, r.version as number]));
        // What is left was not deleted: it had another version than the one read.
        for (const r of chunk) {
          const expected = expectedVersions?.get(r.id);
          if (expected && current.has(r.id)) throw versionConflict(model, toGlobalId(model, r.id), expected.version, current.get(r.id)!, `${expected.field}.expectedVersion`);
        }
        throw new Error(`deleteMany ${model}: ${count} of ${chunk.length} rows deleted`);
      }
    }
    for (const row of rows) this.note(model, owner, 'DELETE', row, null);
  }

  /** Deletes a row the client read at `expectedVersion` (any version when the model has none). */
  async delete(model: string, id: number, expectedVersion: number | null, field: string): Promise<Row> {
    const { row, owner } = await this.authorize(model, id, field);
    const delegate = delegateOf(this.tx, model);
    if (expectedVersion != null) {
      const gone = await delegate.updateMany({ where: { id, version: expectedVersion }, data: { version: { increment: 1 } } });
      if (gone.count === 0) throw versionConflict(model, toGlobalId(model, id), expectedVersion, row.version as number, `${field}.expectedVersion`);
    }
    await delegate.delete({ where: { id } });
    this.note(model, owner, 'DELETE', row, null);
    return row;
  }

  /** Records the audit events, runs afterWrite, then records the change events (last: see events/outbox.ts). */
  async finish(actor: Actor): Promise<void> {
    const auditIds = await recordChanges(this.tx, actor, this.changes);
    await afterWrite(this.tx, { changes: this.changes });
    // Issue 17's transactional outbox: the change events, as the last statement before
    // commit (it takes the lock that orders events by commit).
    await recordChangeEvents(this.tx, this.changes, auditIds, actor.via);
  }
}

/** Turns database refusals of bad input into BAD_USER_INPUT (unique keys, missing parents). */
function asUserError(err: unknown): unknown {
  // By name, not instanceof: the deployment's generated client carries its own copy of
  // Prisma's runtime, so its error classes are not core's.
  if (err instanceof Error && err.name === 'PrismaClientKnownRequestError') {
    const known = err as Prisma.PrismaClientKnownRequestError;
    if (known.code === 'P2002') return badInput(`already exists: ${JSON.stringify(known.meta?.target ?? known.meta)} must be unique`, 'input');
    if (known.code === 'P2003' || known.code === 'P2025') return badInput(`refers to a row that does not exist (${known.code})`, 'input');
  }
  return err;
}

/** The audit actor of a request's write: the token's subject and name, and the request id. */
export function actorOf(ctx: Context, via: Actor['via']): Actor {
  const viewer = ctx.access.viewer;
  return { subject: viewer.subject!, name: viewer.name ?? null, via, requestId: ctx.requestId ?? null };
}

/** PostgreSQL's "deadlock detected" and "could not serialize access": the transaction may simply be run again. */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);

/**
 * Whether an error is a deadlock or serialization failure, however the driver adapter and
 * Prisma wrapped it (P2034 `TransactionWriteConflict`, a raw query's P2010 with the
 * SQLSTATE in `meta`, or the adapter's error with `originalCode` / `code` in its cause).
 */
export function isRetryableConflict(err: unknown, depth = 0): boolean {
  if (err == null || typeof err !== 'object' || depth > 5) return false;
  const e = err as Record<string, unknown>;
  for (const key of ['code', 'originalCode', 'sqlState']) {
    const v = e[key];
    if (typeof v === 'string' && (RETRYABLE_SQLSTATES.has(v) || v === 'P2034')) return true;
  }
  if (e.kind === 'TransactionWriteConflict') return true;
  if (typeof e.message === 'string' && /\b(deadlock detected|could not serialize access)\b/.test(e.message)) return true;
  return ['cause', 'meta', 'driverAdapterError', 'error'].some((k) => isRetryableConflict(e[k], depth + 1));
}

/** How often a write that hit a deadlock or serialization failure is run again, and the base of its backoff. */
export const WRITE_ATTEMPTS = 5;
const BACKOFF_MS = 20;

/**
 * Runs one write: `fn` gets a WriteUnit over a fresh interactive transaction; when it
 * returns, the changes are audited under the viewer's name and afterWrite runs, then the
 * transaction commits. Any error rolls everything back.
 *
 * A deadlock (40P01) or serialization failure (40001) rolls back the whole transaction,
 * and the whole write (`fn` included, with anything else it does in the transaction) is
 * run again on a fresh transaction, up to WRITE_ATTEMPTS times with jittered exponential
 * backoff; only then does the client see the error. `fn` must therefore do nothing
 * outside `w.tx` that cannot be repeated.
 */
export async function runWrite<T>(ctx: Context, fn: (w: WriteUnit) => Promise<T>): Promise<T> {
  ctx.access.requireEditor();
  // Everything the access checks need from outside the transaction is read before it opens.
  await ctx.access.writableAuthorities();
  const actor = actorOf(ctx, 'api');
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ctx.prisma.$transaction(async (tx) => {
          const unit = new WriteUnit(tx, ctx);
          const result = await fn(unit);
          await unit.finish(actor);
          return result;
        }, TRANSACTION_OPTIONS);
      } catch (err) {
        if (attempt >= WRITE_ATTEMPTS || err instanceof GraphQLError || !isRetryableConflict(err)) throw err;
        ctx.loaders.clear();
        ctx.access.forget();
        const delay = BACKOFF_MS * 2 ** (attempt - 1);
        await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * delay));
      }
    }
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    if (isRetryableConflict(err)) throw writeConflict();
    throw asUserError(err);
  } finally {
    // Rows read before the write are stale now.
    ctx.loaders.clear();
    ctx.access.forget();
  }
}
