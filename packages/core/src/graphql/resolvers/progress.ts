// Issue 18, part B: progress updates as an approved timeline.
//
// An update is an entry of its action's timeline: title, narrative, RAG, the day it
// reports on, its author, links to documents and indicator values reported with it.
// Where the action's council requires approval (`Authority.progressApprovalRequired`),
// an update is submitted PENDING; a council approver (role `approver`, or `admin`)
// approves it (APPROVED: now public, the action's RAG follows and the values join their
// series as ACTUAL values) or returns it with a comment (RETURNED); the editor may change
// a returned update and resubmit it. Without the setting an update is APPROVED at once,
// exactly as `recordProgress` always was. Every step is one `runWrite`: versioned,
// audited, evented (the events of an update that is not approved are its council's only).
import { GraphQLError } from 'graphql';
import { today as todayOf } from '../today';
import { GraphQLDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Authority, ProgressAttachment, ProgressIndicatorValue, ProgressUpdate, ProgressUpdateStatus, RagStatus } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput, forbidden, notFound, versionConflict } from '../errors';
import { parseGlobalId as parseId, toGlobalId } from '../global-id';
import { runWrite, type WriteUnit } from '../../write/unit';
import { actionById, follow, planById } from '../by-id';
import { checkPageSize } from '../pagination';
import { checkText, checkVersion, inputPath } from '../../write/inputs';
import { Bounds, LONG_TEXT, VERSION } from '../input-bounds';

/** Code of the error for a step the update's status does not allow (approving an approved update…). */
export const INVALID_TRANSITION = 'INVALID_TRANSITION';

function invalidTransition(id: string, status: string, step: string, field: string): GraphQLError {
  return new GraphQLError(`progress update ${id} is ${status}: only a ${step === 'resubmit' ? 'RETURNED' : 'PENDING'} update can be ${step === 'resubmit' ? 'resubmitted' : step === 'approve' ? 'approved' : 'returned'}`, {
    extensions: { code: INVALID_TRANSITION, id, status, field },
  });
}

/** Links and indicator values an update may carry (the query cost assumes a few: packages/server/src/limits.ts). */
const MAX_PER_UPDATE = 20;

/** The longest URL an attachment may have (the input bound for text, 800, applies first; kept here so the rule is stated). */
const MAX_URL = 800;

/** Checks an attachment's link: an absolute http or https URL, nothing else (no javascript:, data:, file:). */
export function checkUrl(value: string, field: string): string {
  // No spaces or control characters (URL() would quietly trim or encode them).
  if (/[\s\u0000-\u001f\u007f]/.test(value)) throw badInput(`${field}: a URL has no spaces or control characters`, field);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(`${field}: not a URL (give an absolute http:// or https:// address)`, field);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput(`${field}: only http and https links are allowed, not ${url.protocol}`, field);
  if (!url.hostname) throw badInput(`${field}: the URL has no host`, field);
  // A public link carries no password.
  if (url.username || url.password) throw badInput(`${field}: a link may not carry a user name or password`, field);
  if (value.length > MAX_URL) throw badInput(`${field}: at most ${MAX_URL} characters`, field);
  return value;
}

@InputType({ description: 'A link attached to a progress update.' })
export class ProgressAttachmentInput {
  @Field(() => String, { description: 'An absolute http or https URL.' })
  url!: string;
  @Field(() => String, { description: 'What the link is, e.g. "Termly monitoring report".' })
  title!: string;
}

@InputType({ description: 'An indicator value reported with a progress update; it joins its series as an ACTUAL value when the update is approved.' })
export class ProgressIndicatorValueInput {
  @Field(() => ID, { description: "The indicator series (of the action's council)." })
  seriesId!: string;
  @Field(() => String, { nullable: true, description: 'The period as printed, e.g. "2008/09".' })
  periodText?: string;
  @Field(() => String, { description: 'The value as printed, e.g. "78%".' })
  valueText!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day the value was measured; progress towards a goal is measured by it.' })
  measuredOn?: Date;
}

@InputType({ description: 'A progress update on an action.' })
export class SubmitProgressUpdateInput {
  @Field(() => ID, { description: 'The action.' })
  actionId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the action you read.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'A short title, e.g. "Autumn term report".' })
  title?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { description: 'What is reported.' })
  narrative!: string;
  @Field(() => RagStatus, { nullable: true, description: "The RAG status now; the action's status follows once the update is approved." })
  ragStatus?: RagStatus;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day the update reports on; today when absent.' })
  recordedOn?: Date;
  @Field(() => [ProgressAttachmentInput], { nullable: true, description: 'Links to documents, in order.' })
  attachments?: ProgressAttachmentInput[];
  @Field(() => [ProgressIndicatorValueInput], { nullable: true, description: 'Indicator values reported with the update.' })
  indicatorValues?: ProgressIndicatorValueInput[];
}

@InputType({ description: 'An approver approves a PENDING progress update.' })
export class ApproveProgressUpdateInput {
  @Field(() => ID, { description: 'The progress update.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the update you read.' })
  expectedVersion!: number;
}

@InputType({ description: 'An approver returns a PENDING progress update to its author with a comment.' })
export class ReturnProgressUpdateInput {
  @Field(() => ID, { description: 'The progress update.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the update you read.' })
  expectedVersion!: number;
  @Bounds(LONG_TEXT)
  @Field(() => String, { description: 'Why it is returned (required, not blank).' })
  comment!: string;
}

@InputType({ description: 'An editor changes a RETURNED progress update and submits it again. Fields left out stay as they are.' })
export class ResubmitProgressUpdateInput {
  @Field(() => ID, { description: 'The progress update.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the update you read.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New narrative.' })
  narrative?: string;
  @Field(() => RagStatus, { nullable: true, description: 'New RAG status.' })
  ragStatus?: RagStatus;
  @Field(() => GraphQLDate, { nullable: true, description: 'New day the update reports on.' })
  recordedOn?: Date;
}

@InputType({ description: "A council admin turns its progress updates' approval step on or off." })
export class SetProgressApprovalInput {
  @Field(() => String, { description: 'The council, by code.' })
  authorityCode!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the authority you read.' })
  expectedVersion!: number;
  @Field(() => Boolean, { description: "True: editors' updates wait for a council approver before the public sees them." })
  required!: boolean;
}

function nameOf(ctx: Context): string {
  return ctx.access.viewer.name ?? ctx.access.viewer.subject!;
}

/** The council's approval setting for the plan an action belongs to. */
async function approvalRequired(w: WriteUnit, authorityId: number): Promise<boolean> {
  const authority = await w.tx.authority.findUnique({ where: { id: authorityId }, select: { progressApprovalRequired: true } });
  return authority?.progressApprovalRequired ?? false;
}

/**
 * Makes the ACTUAL series values of an approved update's reported values (one set-based
 * insert), each after the last value of its series.
 */
async function addReportedValues(w: WriteUnit, updateId: number): Promise<void> {
  const reported = await w.tx.progressIndicatorValue.findMany({ where: { progressUpdateId: updateId }, orderBy: { position: 'asc' } });
  if (!reported.length) return;
  const seriesIds = [...new Set(reported.map((r) => r.indicatorSeriesId))];
  const last = await w.tx.indicatorValue.groupBy({ by: ['seriesId'], where: { seriesId: { in: seriesIds } }, _max: { position: true } });
  const next = new Map(last.map((l) => [l.seriesId, (l._max.position ?? -1) + 1]));
  const data = reported.map((r) => {
    const position = next.get(r.indicatorSeriesId) ?? 0;
    next.set(r.indicatorSeriesId, position + 1);
    return { seriesId: r.indicatorSeriesId, kind: 'ACTUAL' as const, periodText: r.periodText, valueText: r.valueText, measuredOn: r.measuredOn, position, reportedWithId: r.id };
  });
  await w.createMany('IndicatorValue', data, 'input.id');
}

/** Sets the action's RAG status to an approved update's, when it carries one (the action's version is the one under lock now). */
async function applyRag(w: WriteUnit, actionId: number, ragStatus: string | null, expectedVersion?: number): Promise<void> {
  if (expectedVersion !== undefined) {
    await w.update('Action', actionId, expectedVersion, ragStatus ? { ragStatus } : {}, 'input');
    return;
  }
  if (!ragStatus) return;
  const action = await w.tx.action.findUniqueOrThrow({ where: { id: actionId }, select: { version: true } });
  await w.update('Action', actionId, action.version, { ragStatus }, 'input');
}

/**
 * Submits an update (`submitProgressUpdate`, and `recordProgress`, its older form): APPROVED
 * at once unless the action's council requires approval, then PENDING. An update approved
 * at once changes the action (RAG, version) as `recordProgress` always did; a pending one
 * only checks that the action is still at the version read.
 */
export async function submitProgress(w: WriteUnit, input: SubmitProgressUpdateInput): Promise<{ update: Record<string, unknown> & { id: number }; actionId: number }> {
  const ctx = w.ctx;
  const actionId = parseId(input.actionId, 'input.actionId', 'Action');
  checkVersion(input.expectedVersion, 'input.expectedVersion');
  checkText(input.narrative, 'input.narrative');
  if (input.title != null) checkText(input.title, 'input.title');
  if ((input.attachments?.length ?? 0) > MAX_PER_UPDATE) throw badInput(`input.attachments: at most ${MAX_PER_UPDATE} links an update`, 'input.attachments');
  if ((input.indicatorValues?.length ?? 0) > MAX_PER_UPDATE) throw badInput(`input.indicatorValues: at most ${MAX_PER_UPDATE} values an update`, 'input.indicatorValues');
  const attachments = (input.attachments ?? []).map((a, i) => {
    checkText(a.title, inputPath('input', 'attachments', i, 'title'));
    return { url: checkUrl(a.url, inputPath('input', 'attachments', i, 'url')), title: a.title };
  });
  const { row: action, owner } = await w.authorize('Action', actionId, 'input.actionId');
  const values: { indicatorSeriesId: number; periodText: string | null; valueText: string; measuredOn: Date | null }[] = [];
  for (const [i, v] of (input.indicatorValues ?? []).entries()) {
    const field = inputPath('input', 'indicatorValues', i, 'seriesId');
    const seriesId = parseId(v.seriesId, field, 'IndicatorSeries');
    const { owner: seriesOwner } = await w.authorize('IndicatorSeries', seriesId, field);
    if (seriesOwner.authorityId !== owner.authorityId) throw badInput(`${field}: the series belongs to another council than the action`, field);
    checkText(v.valueText, inputPath('input', 'indicatorValues', i, 'valueText'));
    values.push({ indicatorSeriesId: seriesId, periodText: v.periodText ?? null, valueText: v.valueText, measuredOn: v.measuredOn ?? null });
  }
  const pending = await approvalRequired(w, owner.authorityId);
  if (pending) {
    // The action does not change until approval; the version read must still be current.
    if (action.version !== input.expectedVersion) throw versionConflict('Action', toGlobalId('Action', actionId), input.expectedVersion, action.version as number, 'input.expectedVersion');
  } else {
    await applyRag(w, actionId, input.ragStatus ?? null, input.expectedVersion);
  }
  // The request's day (the configured fixed day when set), as computed status reads it.
  const today = todayOf(ctx);
  const viewer = ctx.access.viewer;
  const now = new Date();
  const update = await w.create(
    'ProgressUpdate',
    {
      actionId,
      title: input.title ?? null,
      narrative: input.narrative,
      ragStatus: input.ragStatus ?? null,
      recordedOn: input.recordedOn ?? today,
      status: pending ? 'PENDING' : 'APPROVED',
      authorName: nameOf(ctx),
      authorSubject: viewer.subject,
      // Approved at once: the council's setting decided, nobody did.
      decidedAt: pending ? null : now,
    },
    'input',
  );
  await w.createMany('ProgressAttachment', attachments.map((a, position) => ({ ...a, position, progressUpdateId: update.id })), 'input.attachments');
  await w.createMany('ProgressIndicatorValue', values.map((v, position) => ({ ...v, position, progressUpdateId: update.id })), 'input.indicatorValues');
  if (!pending) await addReportedValues(w, update.id);
  return { update, actionId };
}

/**
 * A step taken on an update read at another version is a VERSION_CONFLICT before it is
 * a wrong transition: of two approvers of one update, the second is told it changed (on
 * PostgreSQL the conditional update says so too; PGlite runs one write at a time).
 */
function checkReadVersion(row: Record<string, unknown>, id: number, expectedVersion: number): void {
  if (row.version !== expectedVersion) throw versionConflict('ProgressUpdate', toGlobalId('ProgressUpdate', id), expectedVersion, row.version as number, 'input.expectedVersion');
}

/** Loads an update for an approval step: NOT_FOUND / FORBIDDEN as for any write, then the approver's rights. */
async function forReview(w: WriteUnit, id: number, field: string) {
  const { row, owner } = await w.authorize('ProgressUpdate', id, field);
  await w.ctx.access.requireApprover(owner.authorityId, `progress update ${toGlobalId('ProgressUpdate', id)}`, field);
  return row;
}

@Resolver()
export class ProgressMutationResolver {
  @Mutation(() => ProgressUpdate, {
    description:
      "Submits a progress update on an action: title, narrative, RAG, links and indicator values. Approved at once (the action's RAG follows) unless the action's council requires approval: then it is PENDING, seen by the council only, until an approver approves or returns it.",
  })
  submitProgressUpdate(@Ctx() ctx: Context, @Arg('input', () => SubmitProgressUpdateInput, { description: 'The update.' }) input: SubmitProgressUpdateInput): Promise<ProgressUpdate> {
    return runWrite(ctx, async (w) => (await submitProgress(w, input)).update as unknown as ProgressUpdate);
  }

  @Mutation(() => ProgressUpdate, {
    description:
      "Approves a PENDING progress update (a council approver or admin, not its author): it becomes public, the action's RAG follows it and its indicator values join their series. INVALID_TRANSITION when it is not PENDING.",
  })
  approveProgressUpdate(@Ctx() ctx: Context, @Arg('input', () => ApproveProgressUpdateInput, { description: 'The update.' }) input: ApproveProgressUpdateInput): Promise<ProgressUpdate> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'ProgressUpdate');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      const row = await forReview(w, id, 'input.id');
      checkReadVersion(row, id, input.expectedVersion);
      if (row.status !== 'PENDING') throw invalidTransition(toGlobalId('ProgressUpdate', id), row.status as string, 'approve', 'input.id');
      // Four eyes: the point of the step is a second person (admins included).
      if (row.authorSubject != null && row.authorSubject === ctx.access.viewer.subject) throw forbidden('you may not approve your own progress update: another approver of the council must', 'input.id');
      const update = await w.update('ProgressUpdate', id, input.expectedVersion, { status: 'APPROVED', decidedByName: nameOf(ctx), decidedBySubject: ctx.access.viewer.subject, decidedAt: new Date() }, 'input');
      await applyRag(w, row.actionId as number, (row.ragStatus as string | null) ?? null);
      await addReportedValues(w, id);
      return update as unknown as ProgressUpdate;
    });
  }

  @Mutation(() => ProgressUpdate, {
    description: 'Returns a PENDING progress update to its author with a comment (a council approver or admin). It stays hidden from the public. INVALID_TRANSITION when it is not PENDING; BAD_USER_INPUT without a comment.',
  })
  returnProgressUpdate(@Ctx() ctx: Context, @Arg('input', () => ReturnProgressUpdateInput, { description: 'The update and why.' }) input: ReturnProgressUpdateInput): Promise<ProgressUpdate> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'ProgressUpdate');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      checkText(input.comment, 'input.comment');
      const row = await forReview(w, id, 'input.id');
      checkReadVersion(row, id, input.expectedVersion);
      if (row.status !== 'PENDING') throw invalidTransition(toGlobalId('ProgressUpdate', id), row.status as string, 'return', 'input.id');
      const update = await w.update('ProgressUpdate', id, input.expectedVersion, { status: 'RETURNED', returnComment: input.comment, decidedByName: nameOf(ctx), decidedBySubject: ctx.access.viewer.subject, decidedAt: new Date() }, 'input');
      return update as unknown as ProgressUpdate;
    });
  }

  @Mutation(() => ProgressUpdate, {
    description: "Changes a RETURNED progress update and submits it again (an editor of the council): PENDING again, or APPROVED at once if the council no longer requires approval. INVALID_TRANSITION when it is not RETURNED.",
  })
  resubmitProgressUpdate(@Ctx() ctx: Context, @Arg('input', () => ResubmitProgressUpdateInput, { description: 'The changes.' }) input: ResubmitProgressUpdateInput): Promise<ProgressUpdate> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'ProgressUpdate');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (input.narrative !== undefined) checkText(input.narrative, 'input.narrative');
      if (input.title != null) checkText(input.title, 'input.title');
      const { row, owner } = await w.authorize('ProgressUpdate', id, 'input.id');
      checkReadVersion(row, id, input.expectedVersion);
      if (row.status !== 'RETURNED') throw invalidTransition(toGlobalId('ProgressUpdate', id), row.status as string, 'resubmit', 'input.id');
      const pending = await approvalRequired(w, owner.authorityId);
      const data: Record<string, unknown> = { status: pending ? 'PENDING' : 'APPROVED', decidedByName: null, decidedBySubject: null, decidedAt: pending ? null : new Date() };
      for (const k of ['title', 'narrative', 'ragStatus', 'recordedOn'] as const) if (input[k] !== undefined) data[k] = input[k];
      const update = await w.update('ProgressUpdate', id, input.expectedVersion, data, 'input');
      if (!pending) {
        await applyRag(w, row.actionId as number, (update.ragStatus as string | null) ?? null);
        await addReportedValues(w, id);
      }
      return update as unknown as ProgressUpdate;
    });
  }

  @Mutation(() => Authority, { description: "Turns the council's approval step for progress updates on or off (a council admin). Updates already submitted keep their status." })
  setProgressApproval(@Ctx() ctx: Context, @Arg('input', () => SetProgressApprovalInput, { description: 'The setting.' }) input: SetProgressApprovalInput): Promise<Authority> {
    return runWrite(ctx, async (w) => {
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      const authority = await w.tx.authority.findUnique({ where: { code: input.authorityCode }, select: { id: true } });
      if (!authority) throw notFound(`input.authorityCode: no council has code ${JSON.stringify(input.authorityCode)}`, 'input.authorityCode');
      await ctx.access.requireAdmin(authority.id, "the council's approval setting", 'input.authorityCode');
      return (await w.update('Authority', authority.id, input.expectedVersion, { progressApprovalRequired: input.required }, 'input')) as unknown as Authority;
    });
  }
}

@Resolver()
export class ProgressReviewQueueResolver {
  @Query(() => [ProgressUpdate], {
    description:
      "An approver's queue: the council's PENDING progress updates, oldest submitted first. Only for a token of the council (any role; UNAUTHENTICATED / FORBIDDEN otherwise).",
  })
  async progressUpdatesToReview(
    @Ctx() ctx: Context,
    @Arg('authorityCode', () => String, { description: 'The council, by code.' }) authorityCode: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many, at most 500.' }) first: number,
  ): Promise<ProgressUpdate[]> {
    checkPageSize(first);
    const authority = await ctx.prisma.authority.findUnique({ where: { code: authorityCode }, select: { id: true } });
    if (!authority) throw notFound(`authorityCode: no council has code ${JSON.stringify(authorityCode)}`, 'authorityCode');
    await ctx.access.requireCouncilReader(authority.id, 'progressUpdatesToReview');
    return ctx.prisma.progressUpdate.findMany({ where: { status: 'PENDING', action: { plan: { authorityId: authority.id } } }, orderBy: { id: 'asc' }, take: first });
  }
}

@Resolver(() => ProgressUpdate)
export class ProgressTimelineResolver {
  @FieldResolver(() => Action, { description: 'The action the update reports on.' })
  async action(@Root() update: ProgressUpdate, @Ctx() ctx: Context): Promise<Action | null> {
    return (await follow(actionById(ctx), (update as unknown as { actionId: number }).actionId)) as Action | null;
  }

  @FieldResolver(() => [ProgressAttachment], { description: 'Links to documents, in order.' })
  attachments(@Root() update: ProgressUpdate, @Ctx() ctx: Context): Promise<ProgressAttachment[]> {
    return ctx.loaders
      .many(
        'ProgressUpdate.attachments',
        (ids: readonly number[]) => ctx.prisma.progressAttachment.findMany({ where: { progressUpdateId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (a) => a.progressUpdateId,
      )
      .load(update.id);
  }

  @FieldResolver(() => [ProgressIndicatorValue], { description: 'Indicator values reported with the update, in order.' })
  indicatorValues(@Root() update: ProgressUpdate, @Ctx() ctx: Context): Promise<ProgressIndicatorValue[]> {
    return ctx.loaders
      .many(
        'ProgressUpdate.indicatorValues',
        (ids: readonly number[]) => ctx.prisma.progressIndicatorValue.findMany({ where: { progressUpdateId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (v) => v.progressUpdateId,
      )
      .load(update.id);
  }
}

@Resolver(() => ProgressIndicatorValue)
export class ProgressIndicatorValueResolver {
  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The day the value was measured.' })
  measuredOn(@Root() value: ProgressIndicatorValue): Date | null {
    return (value as unknown as { measuredOn: Date | null }).measuredOn ?? null;
  }

  @FieldResolver(() => ID, { description: 'The indicator series the value is for.' })
  seriesId(@Root() value: ProgressIndicatorValue): string {
    return toGlobalId('IndicatorSeries', (value as unknown as { indicatorSeriesId: number }).indicatorSeriesId);
  }
}

@Resolver(() => Action)
export class ActionReviewResolver {
  @FieldResolver(() => [ProgressUpdate], {
    description:
      "Progress updates of this action that are not public yet: PENDING (waiting for an approver) and RETURNED (with the approver's comment), oldest first. Only for a token of the plan's council (any role).",
  })
  async progressUpdatesInReview(@Root() action: Action, @Ctx() ctx: Context): Promise<ProgressUpdate[]> {
    const plan = (await follow(planById(ctx), (action as unknown as { planId: number }).planId)) as { authorityId: number } | null;
    if (!plan) return [];
    await ctx.access.requireCouncilReader(plan.authorityId, 'progressUpdatesInReview');
    return ctx.loaders
      .many(
        'Action.progressUpdatesInReview',
        (ids: readonly number[]) =>
          ctx.prisma.progressUpdate.findMany({ where: { actionId: { in: [...ids] }, status: { not: 'APPROVED' } }, orderBy: [{ recordedOn: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }] }),
        (u) => u.actionId!,
      )
      .load(action.id);
  }
}

export { ProgressUpdateStatus };
