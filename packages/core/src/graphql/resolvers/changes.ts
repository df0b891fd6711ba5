// Issue 17 for integrators: the change feed (`changes`, a connection over the outbox in
// commit order) and webhooks (endpoints a council admin registers, their deliveries,
// replays). Delivery itself is events/webhooks.ts, run by the server's worker.
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, GraphQLISODateTime } from 'type-graphql';
import { Authority, ChangeEvent, ChangeKind, WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput, expiredCursor, forbidden, notFound, unauthenticated, versionConflict } from '../errors';
import { parseGlobalId as parseId, toGlobalId } from '../global-id';
import { authorityById } from '../by-id';
import { DEFAULT_PAGE_SIZE, PageInfo, checkPageSize } from '../pagination';
import { changeEventHorizon, newWebhookSecret, webhookUrlProblem } from '../../events/webhooks';
import type { Prisma } from '../../db/prisma';

type EventRow = ChangeEvent & { seq: bigint; authorityId: number; planId: number | null; actionId: number | null; entityId: number; auditEventId: number | null };
type EndpointRow = WebhookEndpoint & { authorityId: number; planIds: number[]; retryAt: Date | null; cursorSeq: bigint; secret: string };
type DeliveryRow = WebhookDelivery & { endpointId: number; eventSeq: bigint };

// ---------------------------------------------------------------- cursors

const CHANGE_CURSOR = 'Change:';

/** The opaque cursor of an event: base64url("Change:<seq>"). */
export function changeCursor(seq: bigint | string): string {
  return Buffer.from(`${CHANGE_CURSOR}${seq}`).toString('base64url');
}

function seqOfCursor(cursor: string, field: string): bigint {
  const text = cursor.length <= 64 ? Buffer.from(cursor, 'base64url').toString() : '';
  if (!text.startsWith(CHANGE_CURSOR) || !/^\d{1,19}$/.test(text.slice(CHANGE_CURSOR.length))) throw badInput(`${field}: not a cursor of \`changes\``, field);
  return BigInt(text.slice(CHANGE_CURSOR.length));
}

// ---------------------------------------------------------------- the change feed

@InputType({ description: 'Which change events to list; every condition given must hold.' })
export class ChangeFilter {
  @Field(() => [String], { nullable: true, description: 'Only events of these councils (authority codes).' })
  councils?: string[];
  @Field(() => [ID], { nullable: true, description: 'Only events of these plans (and of the rows in them).' })
  planIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Only events about these kinds of row, e.g. "Action", "FundingLine", "ResponsibleParty".' })
  entityTypes?: string[];
  @Field(() => [ChangeKind], { nullable: true, description: 'Only these kinds of change.' })
  kinds?: ChangeKind[];
}

@ObjectType({ description: 'One change event in a page of `changes`, with its cursor.' })
export class ChangeEventEdge {
  @Field({ description: 'Opaque position of the event in the feed; pass it as `after` to continue after it.' })
  cursor!: string;
  @Field(() => ChangeEvent, { description: 'The event.' })
  node!: ChangeEvent;
}

@ObjectType({ description: 'A page of change events in commit order (Relay cursor connection).' })
export class ChangeEventConnection {
  @Field(() => [ChangeEventEdge], { description: 'The events of the page, with their cursors.' })
  edges!: ChangeEventEdge[];
  @Field(() => [ChangeEvent], { description: 'The events of the page, without cursors.' })
  nodes!: ChangeEvent[];
  @Field(() => PageInfo, {
    description: 'Where the page sits. `endCursor` is the last event\'s cursor, or the `after` you sent when the page is empty: keep it and ask again later to continue with no gap.',
  })
  pageInfo!: PageInfo;
}

/**
 * Where a reader with an expired cursor starts again: the newest event's cursor, or the
 * horizon's when every event was pruned (no later event can be below it).
 */
async function latestCursor(ctx: Context, horizon: bigint): Promise<string> {
  const { _max } = await ctx.prisma.changeEvent.aggregate({ _max: { seq: true } });
  return changeCursor(_max.seq != null && _max.seq > horizon ? _max.seq : horizon);
}

/** Ids of the councils the caller belongs to (any role): it sees their drafts' events. */
async function ownAuthorityIds(ctx: Context): Promise<number[]> {
  const councils = ctx.access.viewer.councils;
  if (ctx.access.viewer.role == null || !councils.length) return [];
  return (await ctx.prisma.authority.findMany({ where: { code: { in: [...councils] } }, select: { id: true } })).map((a) => a.id);
}

@Resolver(() => ChangeEvent)
export class ChangeEventResolver {
  @Query(() => ChangeEventConnection, {
    description:
      "Every committed change (core and plugin writes, imports, publishing, archiving), oldest first, in commit order: a client that keeps the last `endCursor` and asks again with `after` sees every later event exactly once, with no gap, even after downtime. Drafts' events are listed only to their council's people. Events older than the server's retention (CHANGE_EVENT_RETENTION_DAYS, 90 days by default) are pruned once delivered to every webhook: a cursor from before the pruned range is refused with EXPIRED_CURSOR (re-read the current state, then follow from `extensions.latestCursor`), never silently skipped.",
  })
  async changes(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor; from the oldest event kept when absent. EXPIRED_CURSOR when events after it were pruned.' }) after: string | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'How many events, at most 500.' }) first: number,
    @Arg('filter', () => ChangeFilter, { nullable: true, description: 'Which events.' }) filter: ChangeFilter | undefined,
  ): Promise<ChangeEventConnection> {
    checkPageSize(first);
    const from = after != null ? seqOfCursor(after, 'after') : 0n;
    const own = await ownAuthorityIds(ctx);
    const where: Prisma.ChangeEventWhereInput = { seq: { gt: from }, OR: [{ draft: false }, ...(own.length ? [{ authorityId: { in: own } }] : [])] };
    if (filter?.councils?.length) {
      const ids = (await ctx.prisma.authority.findMany({ where: { code: { in: filter.councils } }, select: { id: true } })).map((a) => a.id);
      where.AND = [{ authorityId: { in: ids } }];
    }
    if (filter?.planIds?.length) where.planId = { in: filter.planIds.map((id, i) => parseId(id, `filter.planIds.${i}`, 'Plan')) };
    if (filter?.entityTypes?.length) where.entity = { in: filter.entityTypes };
    if (filter?.kinds?.length) where.kind = { in: filter.kinds };
    const rows = (await ctx.prisma.changeEvent.findMany({ where, orderBy: { seq: 'asc' }, take: first + 1 })) as EventRow[];
    if (after != null) {
      // Read AFTER the events: pruning deletes events and raises the horizon in one
      // transaction, so if the read above missed a pruned event, this read sees its horizon.
      const horizon = await changeEventHorizon(ctx.prisma);
      if (from < horizon) throw expiredCursor('after', changeCursor(horizon), await latestCursor(ctx, horizon));
    }
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: changeCursor(node.seq), node }));
    return {
      edges,
      nodes: page,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: from > 0n,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? after ?? null,
      },
    };
  }

  @FieldResolver(() => String, { description: 'The event\'s position in the feed, a decimal number (also in the webhook body as `seq`).' })
  sequence(@Root() e: EventRow): string {
    return e.seq.toString();
  }

  @FieldResolver(() => String, { description: 'The cursor of this event in `changes`.' })
  cursor(@Root() e: EventRow): string {
    return changeCursor(e.seq);
  }

  @FieldResolver(() => ID, { description: 'The global id of the row changed (fetch it with `Query.node` unless it was deleted or is hidden).' })
  entityId(@Root() e: EventRow): string {
    return toGlobalId(e.entity, e.entityId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The global id of the plan the row belongs to, when it belongs to one.' })
  planId(@Root() e: EventRow): string | null {
    return e.planId == null ? null : toGlobalId('Plan', e.planId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The global id of the action the row belongs to, when it is an action or one of its rows.' })
  actionId(@Root() e: EventRow): string | null {
    return e.actionId == null ? null : toGlobalId('Action', e.actionId);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The global id of the audit event with the row's values before and after (readable by the plan's council)." })
  auditEventId(@Root() e: EventRow): string | null {
    return e.auditEventId == null ? null : toGlobalId('AuditEvent', e.auditEventId);
  }

  @FieldResolver(() => Authority, { description: 'The council whose data changed.' })
  async council(@Root() e: EventRow, @Ctx() ctx: Context): Promise<Authority> {
    return (await authorityById(ctx).load(e.authorityId)) as Authority;
  }
}

// ---------------------------------------------------------------- webhooks: access

/** Refuses anyone but an admin of this council: UNAUTHENTICATED without a token, FORBIDDEN otherwise. */
function requireAdmin(ctx: Context, councilCode: string | null, field?: string): void {
  const viewer = ctx.access.viewer;
  if (viewer.subject == null) throw unauthenticated('webhooks need an admin bearer token of the council');
  if (viewer.role !== 'admin') throw forbidden(`your role (${viewer.role}) may not manage webhooks; a council's admins may`, field);
  if (councilCode != null && !viewer.councils.includes(councilCode)) throw forbidden(`your token does not cover council ${JSON.stringify(councilCode)}`, field);
}

async function adminEndpoint(ctx: Context, id: string, field: string): Promise<EndpointRow & { code: string }> {
  requireAdmin(ctx, null, field);
  const row = (await ctx.prisma.webhookEndpoint.findUnique({ where: { id: parseId(id, field, 'WebhookEndpoint') }, include: { authority: { select: { code: true } } } })) as
    | (EndpointRow & { authority: { code: string } })
    | null;
  // Another council's endpoint is as invisible as a missing one.
  if (!row || !ctx.access.viewer.councils.includes(row.authority.code)) throw notFound(`${field}: no webhook endpoint of your councils has id ${id}`, field);
  return { ...row, code: row.authority.code };
}

// ---------------------------------------------------------------- webhooks: types

@InputType({ description: 'A new webhook endpoint of a council, and which change events it receives.' })
export class RegisterWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'The council registering it (authority code); needed when your token covers several. Its drafts\' events are delivered to it, no other council\'s.' })
  council?: string;
  @Field(() => String, { description: 'Where to POST the events: an http or https URL.' })
  url!: string;
  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  description?: string;
  @Field(() => [String], { nullable: true, description: 'Only events of these councils (authority codes); every council\'s published changes when absent.' })
  councils?: string[];
  @Field(() => [ID], { nullable: true, description: 'Only events of these plans.' })
  planIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Only events about these kinds of row, e.g. "Action".' })
  entityTypes?: string[];
  @Field(() => [ChangeKind], { nullable: true, description: 'Only these kinds of change.' })
  kinds?: ChangeKind[];
  @Field(() => Int, { nullable: true, description: 'Pause the endpoint after this many consecutive failed deliveries (1 to 1000; 15 when absent).' })
  pauseAfterFailures?: number;
}

@InputType({ description: "Changes to a webhook endpoint; fields left out stay as they are." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;
  @Field(() => Int, { description: 'The `version` you read; VERSION_CONFLICT when it has changed since.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New URL (http or https).' })
  url?: string;
  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string;
  @Field(() => [String], { nullable: true, description: 'New council filter (empty: all).' })
  councils?: string[];
  @Field(() => [ID], { nullable: true, description: 'New plan filter (empty: all).' })
  planIds?: string[];
  @Field(() => [String], { nullable: true, description: 'New entity type filter (empty: all).' })
  entityTypes?: string[];
  @Field(() => [ChangeKind], { nullable: true, description: 'New change kind filter (empty: all).' })
  kinds?: ChangeKind[];
  @Field(() => Int, { nullable: true, description: 'New pause threshold (1 to 1000).' })
  pauseAfterFailures?: number;
  @Field(() => Boolean, { nullable: true, description: 'true: ACTIVE again (resumes a PAUSED or DISABLED endpoint; its queued events follow, in order). false: DISABLED (events queue up).' })
  active?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: a new secret signs deliveries from now on; it is returned once, in this answer.' })
  rotateSecret?: boolean;
}

@InputType({ description: 'A webhook endpoint and the version of it you read.' })
export class DeleteWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
}

@ObjectType({ description: "A webhook endpoint with its signing secret: returned once, when it is registered or its secret rotated. Keep the secret; it cannot be read again." })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;
  @Field(() => String, { nullable: true, description: 'The secret that signs its deliveries (`Council-Plans-Signature`); null unless it was just created.' })
  secret!: string | null;
}

@ObjectType({ description: 'A page of webhook deliveries, newest first.' })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery], { description: 'The deliveries of the page.' })
  nodes!: WebhookDelivery[];
  @Field(() => PageInfo, { description: 'Where the page sits; pass `endCursor` as `after` for the next page.' })
  pageInfo!: PageInfo;
}

const MAX_FILTER_ITEMS = 100;

async function filterData(ctx: Context, input: RegisterWebhookEndpointInput | UpdateWebhookEndpointInput): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const key of ['councils', 'planIds', 'entityTypes', 'kinds'] as const) {
    const list = input[key];
    if (list == null) continue;
    if (list.length > MAX_FILTER_ITEMS) throw badInput(`input.${key}: at most ${MAX_FILTER_ITEMS} items`, `input.${key}`);
    list.forEach((v, i) => {
      if (typeof v === 'string' && (!v.trim() || v.length > 200)) throw badInput(`input.${key}.${i}: 1 to 200 characters`, `input.${key}.${i}`);
    });
  }
  if (input.councils) {
    const known = new Set((await ctx.prisma.authority.findMany({ where: { code: { in: input.councils } }, select: { code: true } })).map((a) => a.code));
    input.councils.forEach((c, i) => {
      if (!known.has(c)) throw notFound(`input.councils.${i}: no authority has code ${JSON.stringify(c)}`, `input.councils.${i}`);
    });
    data.councils = [...new Set(input.councils)];
  }
  if (input.planIds) data.planIds = [...new Set(input.planIds.map((id, i) => parseId(id, `input.planIds.${i}`, 'Plan')))];
  if (input.entityTypes) data.entityTypes = [...new Set(input.entityTypes)];
  if (input.kinds) data.kinds = [...new Set(input.kinds)];
  if (input.pauseAfterFailures != null) {
    if (!Number.isInteger(input.pauseAfterFailures) || input.pauseAfterFailures < 1 || input.pauseAfterFailures > 1000)
      throw badInput('input.pauseAfterFailures: between 1 and 1000', 'input.pauseAfterFailures');
    data.pauseAfterFailures = input.pauseAfterFailures;
  }
  if (input.description != null && input.description.length > 1000) throw badInput('input.description: at most 1,000 characters', 'input.description');
  if (input.description !== undefined) data.description = input.description;
  if (input.url != null) {
    const problem = webhookUrlProblem(input.url);
    if (problem) throw badInput(`input.url: ${problem}`, 'input.url');
    data.url = input.url;
  }
  return data;
}

/** The highest event number now: a new endpoint receives the events after it. */
async function lastSeq(ctx: Context): Promise<bigint> {
  const { _max } = await ctx.prisma.changeEvent.aggregate({ _max: { seq: true } });
  return _max.seq ?? 0n;
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => [WebhookEndpoint], { description: "The webhook endpoints of your councils (an admin token's)." })
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    requireAdmin(ctx, null);
    return ctx.prisma.webhookEndpoint.findMany({ where: { authority: { code: { in: [...ctx.access.viewer.councils] } } }, orderBy: { id: 'asc' } });
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description:
      "Registers a webhook endpoint of a council (admin token): every change event committed from now on that its filter matches is POSTed to it as JSON, signed with HMAC-SHA256 (`Council-Plans-Signature: t=<unix time>,v1=<hex>`), retried with backoff until it answers 2xx. The secret is returned once.",
  })
  async registerWebhookEndpoint(@Ctx() ctx: Context, @Arg('input', () => RegisterWebhookEndpointInput, { description: 'The endpoint.' }) input: RegisterWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
    requireAdmin(ctx, input.council ?? null, 'input.council');
    const councils = ctx.access.viewer.councils;
    if (input.council == null && councils.length !== 1) throw badInput('input.council: your token covers several councils; name the one registering the endpoint', 'input.council');
    const code = input.council ?? councils[0]!;
    const authority = await ctx.prisma.authority.findUnique({ where: { code } });
    if (!authority) throw notFound(`input.council: no authority has code ${JSON.stringify(code)}`, 'input.council');
    const data = await filterData(ctx, input);
    const secret = newWebhookSecret();
    const endpoint = await ctx.prisma.webhookEndpoint.create({ data: { councils: [], planIds: [], entityTypes: [], kinds: [], ...data, url: data.url as string, authorityId: authority.id, secret, cursorSeq: await lastSeq(ctx) } });
    return { endpoint, secret };
  }

  @Mutation(() => WebhookEndpointWithSecret, { description: "Changes a webhook endpoint's URL or filter, resumes or disables it, or rotates its secret (admin token)." })
  async updateWebhookEndpoint(@Ctx() ctx: Context, @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The changes.' }) input: UpdateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
    const current = await adminEndpoint(ctx, input.id, 'input.id');
    const data = await filterData(ctx, input);
    if (input.active != null) Object.assign(data, input.active ? { status: 'ACTIVE', consecutiveFailures: 0, retryAt: null } : { status: 'DISABLED' });
    const secret = input.rotateSecret ? newWebhookSecret() : null;
    if (secret) data.secret = secret;
    const done = await ctx.prisma.webhookEndpoint.updateMany({ where: { id: current.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (done.count === 0) throw versionConflict('WebhookEndpoint', input.id, input.expectedVersion, current.version, 'input.expectedVersion');
    return { endpoint: (await ctx.prisma.webhookEndpoint.findUnique({ where: { id: current.id } }))!, secret };
  }

  @Mutation(() => ID, { description: 'Deletes a webhook endpoint and its deliveries (admin token); returns its id.' })
  async deleteWebhookEndpoint(@Ctx() ctx: Context, @Arg('input', () => DeleteWebhookEndpointInput, { description: 'The endpoint and the version you read.' }) input: DeleteWebhookEndpointInput): Promise<string> {
    const current = await adminEndpoint(ctx, input.id, 'input.id');
    const done = await ctx.prisma.webhookEndpoint.deleteMany({ where: { id: current.id, version: input.expectedVersion } });
    if (done.count === 0) throw versionConflict('WebhookEndpoint', input.id, input.expectedVersion, current.version, 'input.expectedVersion');
    return input.id;
  }

  @Mutation(() => [WebhookDelivery], {
    description:
      'Sends deliveries again (admin token): each becomes PENDING, due now, whatever its status, and is delivered again in event order. For an endpoint that missed events or lost them on its side.',
  })
  async replayWebhookDeliveries(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'The deliveries (at most 500).' }) ids: string[]): Promise<WebhookDelivery[]> {
    requireAdmin(ctx, null, 'ids');
    if (ids.length > 500) throw badInput('ids: at most 500 deliveries at once', 'ids');
    const numbers = ids.map((id, i) => parseId(id, `ids.${i}`, 'WebhookDelivery'));
    const rows = await ctx.prisma.webhookDelivery.findMany({ where: { id: { in: numbers } }, include: { endpoint: { include: { authority: { select: { code: true } } } } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    numbers.forEach((n, i) => {
      const row = byId.get(n);
      if (!row || !ctx.access.viewer.councils.includes(row.endpoint.authority.code)) throw notFound(`ids.${i}: no webhook delivery of your councils has id ${ids[i]}`, `ids.${i}`);
    });
    await ctx.prisma.webhookDelivery.updateMany({ where: { id: { in: numbers } }, data: { status: 'PENDING', nextAttemptAt: new Date(), leaseUntil: null, deliveredAt: null } });
    return ctx.prisma.webhookDelivery.findMany({ where: { id: { in: numbers } }, orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Authority, { description: 'The council that registered the endpoint.' })
  async council(@Root() e: EndpointRow, @Ctx() ctx: Context): Promise<Authority> {
    return (await authorityById(ctx).load(e.authorityId)) as Authority;
  }

  @FieldResolver(() => [ID], { description: 'Only events of these plans; all when empty.' })
  planIds(@Root() e: EndpointRow): string[] {
    return e.planIds.map((id) => toGlobalId('Plan', id));
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the endpoint is tried again after a failure (null when it is not backing off).' })
  nextTryAt(@Root() e: EndpointRow): Date | null {
    return e.retryAt;
  }

  @FieldResolver(() => Int, { description: 'Deliveries not yet acknowledged.' })
  pendingDeliveries(@Root() e: EndpointRow, @Ctx() ctx: Context): Promise<number> {
    return ctx.prisma.webhookDelivery.count({ where: { endpointId: e.id, status: 'PENDING' } });
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first.' })
  async deliveries(
    @Root() e: EndpointRow,
    @Ctx() ctx: Context,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' }) status: WebhookDeliveryStatus | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'How many, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (`pageInfo.endCursor`).' }) after: string | undefined,
  ): Promise<WebhookDeliveryConnection> {
    checkPageSize(first);
    let before: number | undefined;
    if (after != null) {
      const text = after.length <= 64 ? Buffer.from(after, 'base64url').toString() : '';
      if (!/^Delivery:\d{1,10}$/.test(text)) throw badInput('after: not a cursor of `deliveries`', 'after');
      before = Number(text.slice('Delivery:'.length));
    }
    const rows = await ctx.prisma.webhookDelivery.findMany({
      where: { endpointId: e.id, ...(status ? { status } : {}), ...(before != null ? { id: { lt: before } } : {}) },
      orderBy: { id: 'desc' },
      take: first + 1,
    });
    const page = rows.slice(0, first);
    const cursor = (id: number) => Buffer.from(`Delivery:${id}`).toString('base64url');
    return {
      nodes: page,
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: before != null, startCursor: page[0] ? cursor(page[0].id) : null, endCursor: page.length ? cursor(page[page.length - 1]!.id) : null },
    };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ChangeEvent, { description: 'The event delivered.' })
  async event(@Root() d: DeliveryRow, @Ctx() ctx: Context): Promise<ChangeEvent> {
    return ctx.loaders
      .one('ChangeEvent.bySeq', (seqs: readonly bigint[]) => ctx.prisma.changeEvent.findMany({ where: { seq: { in: [...seqs] } } }), (r) => r.seq)
      .load(d.eventSeq) as Promise<ChangeEvent>;
  }

  @FieldResolver(() => WebhookEndpoint, { description: 'The endpoint it goes to.' })
  async endpoint(@Root() d: DeliveryRow, @Ctx() ctx: Context): Promise<WebhookEndpoint> {
    return ctx.loaders
      .one('WebhookEndpoint.byId', (ids: readonly number[]) => ctx.prisma.webhookEndpoint.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id)
      .load(d.endpointId) as Promise<WebhookEndpoint>;
  }
}

