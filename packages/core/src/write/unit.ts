// The one path every write takes, core's mutations and plugins' alike:
//   authorise against the council that owns each row (resolved from the database, never
//   from the input) → conditional update on the version the client read → audit rows →
//   afterWrite → commit; all in one interactive transaction, so a refused or failing
//   part leaves nothing behind.
import { GraphQLError } from 'graphql';
import { Prisma } from '../db/prisma';
import type { Context } from '../graphql/context';
import { badInput, notFound, versionConflict } from '../graphql/errors';
import { toGlobalId } from '../graphql/global-id';
import { recordChanges, type Actor, type Change } from '../audit/record';
import { delegateOf, ownerLink } from '../auth/owners';
import { refreshStructuredValues } from '../values/refresh';

/** What a write touched, for afterWrite. */
export interface WriteScope {
  planIds?: number[];
  actionIds?: number[];
}

/**
 * Where every write finishes, inside its transaction, after its rows and audit events are
 * written and before it commits. Derived data that must follow the printed text (issue 8's
 * structured timescales, money and indicator values) is refreshed here.
 */
export async function afterWrite(tx: Prisma.TransactionClient, scope: WriteScope): Promise<void> {
  if (!scope.planIds?.length && !scope.actionIds?.length) return;
  await refreshStructuredValues(tx, scope);
}

/** A row's plan and council, as the database has them. */
export interface Owner {
  planId: number | null;
  authorityId: number;
}

type Row = Record<string, unknown> & { id: number };

/** How long a write may wait for the database and run. PGlite runs one transaction at a time, so concurrent writes queue. */
const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

/** One write: a transaction, the viewer's rights, and the changes recorded so far. */
export class WriteUnit {
  readonly changes: Change[] = [];
  private readonly planIds = new Set<number>();
  private readonly actionIds = new Set<number>();

  constructor(
    readonly tx: Prisma.TransactionClient,
    readonly ctx: Context,
  ) {}

  private lookup = (model: string, id: number) => delegateOf(this.tx, model).findUnique({ where: { id } });

  /** The plan and council a row belongs to, following its foreign keys in the database. */
  async ownerOf(model: string, row: Record<string, unknown>): Promise<Owner> {
    let current: Record<string, unknown> | null = row;
    let currentModel = model;
    for (let depth = 0; current && depth < 8; depth++) {
      const link = ownerLink(currentModel);
      if (link === 'self') return { planId: current.id as number, authorityId: current.authorityId as number };
      if (link !== null) {
        const [field, parent] = link;
        if (current[field] != null) {
          currentModel = parent;
          current = await this.lookup(parent, current[field] as number);
          continue;
        }
      }
      // Rows that belong to no plan belong to an authority (parties, authority-wide series).
      if (typeof current.authorityId === 'number') return { planId: null, authorityId: current.authorityId };
      break;
    }
    throw new Error(`cannot tell which council owns this ${model}`);
  }

  /**
   * Loads the row of `model` with this id and checks the viewer may change it:
   * NOT_FOUND when there is none, FORBIDDEN when it is another council's.
   */
  async authorize(model: string, id: number, field: string): Promise<{ row: Row; owner: Owner }> {
    const row = (await this.lookup(model, id)) as Row | null;
    if (!row) throw notFound(`${field}: no ${model} has id ${toGlobalId(model, id)}`, field);
    const owner = await this.ownerOf(model, row);
    await this.ctx.access.requireWrite(owner.authorityId, `${model} ${toGlobalId(model, id)}`, field);
    return { row, owner };
  }

  private note(model: string, owner: Owner, operation: Change['operation'], before: Row | null, after: Row | null): void {
    const row = (after ?? before)!;
    this.changes.push({ entity: model, entityId: row.id, planId: owner.planId, authorityId: owner.authorityId, operation, before, after });
    if (owner.planId != null) this.planIds.add(owner.planId);
    if (model === 'Action') this.actionIds.add(row.id);
    else if (typeof row.actionId === 'number') this.actionIds.add(row.actionId);
  }

  /**
   * Changes a row the client read at `expectedVersion`: authorises, then updates only if
   * the version is still the one read (VERSION_CONFLICT otherwise, with the current
   * version), adds 1 to the version and records the change. The conditional update also
   * locks the row, so concurrent writers of one row queue and all but the first conflict.
   */
  async update(model: string, id: number, expectedVersion: number, data: Record<string, unknown>, field: string): Promise<Row> {
    const { owner } = await this.authorize(model, id, field);
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
    const row = await delegateOf(this.tx, model).findUnique({ where: unique });
    if (!row) throw notFound(`${field}: no ${model} for ${Object.keys(unique).join(', ')} ${Object.values(unique).join(', ')}`, field);
    return this.update(model, row.id as number, expectedVersion, data, field);
  }

  /** Creates a row; its council (found from the row's parents) must be one the viewer edits. */
  async create(model: string, data: Record<string, unknown>, field: string): Promise<Row> {
    const row = (await delegateOf(this.tx, model).create({ data })) as Row;
    const owner = await this.ownerOf(model, row);
    await this.ctx.access.requireWrite(owner.authorityId, `a ${model} there`, field);
    this.note(model, owner, 'CREATE', null, row);
    return row;
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

  /** Records the audit events and runs afterWrite. */
  async finish(actor: Actor): Promise<void> {
    await recordChanges(this.tx, actor, this.changes);
    await afterWrite(this.tx, { planIds: [...this.planIds], actionIds: [...this.actionIds] });
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

/**
 * Runs one write: `fn` gets a WriteUnit over a fresh interactive transaction; when it
 * returns, the changes are audited under the viewer's name and afterWrite runs, then the
 * transaction commits. Any error rolls everything back.
 */
export async function runWrite<T>(ctx: Context, fn: (w: WriteUnit) => Promise<T>): Promise<T> {
  ctx.access.requireEditor();
  // Everything the access checks need from outside the transaction is read before it opens.
  await ctx.access.writableAuthorities();
  const actor = actorOf(ctx, 'api');
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const unit = new WriteUnit(tx, ctx);
      const result = await fn(unit);
      await unit.finish(actor);
      return result;
    }, TRANSACTION_OPTIONS);
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    throw asUserError(err);
  } finally {
    // Rows read before the write are stale now.
    ctx.loaders.clear();
    ctx.access.forget();
  }
}
