// Who is calling and what they may see and change. The server turns a bearer token into
// a Viewer; every resolver (core's and plugins') asks this one object, so the rules live
// in one place:
// - published and archived plans are readable by anyone;
// - a draft only by its council's viewers, editors and admins, and invisible to everyone
//   else wherever it could be reached (lists, by id, node, search, plugin queries,
//   nested relations, federation), as if it did not exist;
// - every write only by the council's editors and admins.
import type { PrismaClient, Prisma } from '../db/prisma';
import type { Loaders } from '../graphql/loaders';
import { forbidden, unauthenticated } from '../graphql/errors';
import { delegateOf, isPlanScoped, planIdOf } from './owners';

// `approver` (issue 18): an editor who may also approve or return the council's progress updates.
export type Role = 'viewer' | 'editor' | 'approver' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'approver', 'admin'];
const RANK: Record<Role, number> = { viewer: 1, editor: 2, approver: 3, admin: 4 };

/** The caller of a request: anonymous, or a token's subject with its councils and role. */
export interface Viewer {
  /** The token's `sub`; null for an anonymous caller. */
  subject: string | null;
  /** The token's `name`, when it has one. */
  name?: string | null;
  /** Authority codes the caller acts for, e.g. ["exampleshire"]. Empty for an anonymous caller. */
  councils: readonly string[];
  /** The caller's role in those councils; null for an anonymous caller. */
  role: Role | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ subject: null, councils: [], role: null });

/** The per-request access rules for one viewer. */
export class Access {
  private hidden?: Promise<Set<number>>;
  private hiddenKnown?: Set<number>;
  private writable?: Promise<Map<number, string>>;
  private ownAuthorities?: Promise<Set<number>>;

  constructor(
    readonly viewer: Viewer,
    private readonly prisma: PrismaClient,
    private readonly loaders: Loaders,
  ) {}

  /** Forgets what was fetched: after a write (a plan published, a draft created) it may be stale. */
  forget(): void {
    this.hidden = undefined;
    this.hiddenKnown = undefined;
  }

  private has(role: Role): boolean {
    return this.viewer.role != null && RANK[this.viewer.role] >= RANK[role];
  }

  /** The Prisma condition for plans this viewer may read: public ones and their own councils' drafts. */
  visiblePlanWhere(): Prisma.PlanWhereInput {
    const own = this.has('viewer') && this.viewer.councils.length ? [{ authority: { code: { in: [...this.viewer.councils] } } }] : [];
    return { OR: [{ status: { not: 'DRAFT' } }, ...own] };
  }

  /**
   * visiblePlanWhere as SQL on the plan table alias `t`, its parameter numbered `next`
   * (for raw reads such as prefetch.ts): the condition and its parameters.
   */
  visiblePlanSql(t: string, next: number): { sql: string; params: unknown[] } {
    if (!(this.has('viewer') && this.viewer.councils.length)) return { sql: `${t}."status" <> 'DRAFT'`, params: [] };
    return {
      sql: `(${t}."status" <> 'DRAFT' OR ${t}."authorityId" IN (SELECT a."id" FROM "Authority" a WHERE a."code" = ANY($${next}::text[])))`,
      params: [[...this.viewer.councils]],
    };
  }

  /** The Prisma condition for actions this viewer may read. */
  visibleActionWhere(): Prisma.ActionWhereInput {
    return { plan: this.visiblePlanWhere() };
  }

  /** Ids of the plans this viewer may not read (drafts of other councils), fetched once per request. */
  hiddenPlanIds(): Promise<Set<number>> {
    this.hidden ??= this.prisma.plan
      .findMany({ where: { NOT: this.visiblePlanWhere() }, select: { id: true } })
      .then((rows) => (this.hiddenKnown = new Set(rows.map((r) => r.id))));
    return this.hidden;
  }

  /** Whether hiddenPlanIds has been fetched in this request (and not forgotten since). */
  hiddenFetched(): boolean {
    return this.hiddenKnown !== undefined;
  }

  /** True when it is known that no plan is hidden from the viewer: reads need no check at all. */
  nothingHidden(): boolean {
    return this.hiddenKnown?.size === 0;
  }

  /** Whether the viewer may read the plan with this id. */
  async canReadPlan(planId: number): Promise<boolean> {
    return !(await this.hiddenPlanIds()).has(planId);
  }

  /**
   * Whether the viewer may read this row of `model` (a Prisma model name). Rows that
   * belong to no plan are public. Costs nothing beyond the one hidden-plans query when
   * no plan is hidden from the viewer; otherwise the row's parents come through the
   * request's DataLoaders.
   */
  async canRead(model: string, row: Record<string, unknown>): Promise<boolean> {
    // Audit events name officers: only their council's people see them, however reached (`node` too).
    if (model === 'AuditEvent') return (await this.ownAuthorityIds()).has(row.authorityId as number);
    // Webhook endpoints and deliveries (issue 17) are their council admins' only, e.g. through `node`.
    if (model === 'WebhookEndpoint') return this.viewer.role === 'admin' && (await this.ownAuthorityIds()).has(row.authorityId as number);
    if (model === 'WebhookDelivery') {
      if (this.viewer.role !== 'admin') return false;
      const endpoint = await this.prisma.webhookEndpoint.findUnique({ where: { id: row.endpointId as number }, select: { authorityId: true } });
      return endpoint != null && (await this.ownAuthorityIds()).has(endpoint.authorityId);
    }
    // Issue 18: a progress update that is not approved (and what was reported with it) is its council's only.
    if (model === 'ProgressUpdate' || model === 'ProgressAttachment' || model === 'ProgressIndicatorValue') {
      const update = model === 'ProgressUpdate' ? row : await this.progressUpdate(row.progressUpdateId as number);
      if (!update) return false;
      if (update.status !== 'APPROVED' && !(await this.councilOfProgressUpdate(update))) return false;
    }
    if (!isPlanScoped(model)) return true;
    const hidden = await this.hiddenPlanIds();
    if (!hidden.size) return true;
    const planId = await planIdOf(model, row, (m, id) =>
      this.loaders.one(`Owner.${m}`, (ids: readonly number[]) => delegateOf(this.prisma, m).findMany({ where: { id: { in: [...ids] } } }), (r) => r.id as number).load(id),
    );
    return planId == null || !hidden.has(planId);
  }

  private progressUpdate(id: number): Promise<Record<string, unknown> | null> {
    return this.ownerRow('ProgressUpdate', id) as Promise<Record<string, unknown> | null>;
  }

  /** A row by id through the request's DataLoaders (batched with every other check of the tick). */
  private ownerRow = (m: string, id: number) =>
    this.loaders.one(`Owner.${m}`, (ids: readonly number[]) => delegateOf(this.prisma, m).findMany({ where: { id: { in: [...ids] } } }), (r) => r.id as number).load(id);

  /** Whether the viewer belongs to the council of this progress update's plan. */
  private async councilOfProgressUpdate(update: Record<string, unknown>): Promise<boolean> {
    const own = await this.ownAuthorityIds();
    if (!own.size) return false;
    const planId = await planIdOf('ProgressUpdate', update, this.ownerRow);
    const plan = planId == null ? null : await this.ownerRow('Plan', planId);
    return plan != null && own.has(plan.authorityId as number);
  }

  /** Keeps the rows the viewer may read, in order. */
  async filterReadable<T extends object>(model: string, rows: readonly T[]): Promise<T[]> {
    const keep = await Promise.all(rows.map((r) => this.canRead(model, r as Record<string, unknown>)));
    return rows.filter((_, i) => keep[i]);
  }

  /**
   * Authorities (id → code) whose plans this viewer may change: their councils, for
   * editors and admins. runWrite fetches them before its transaction opens: on PGlite (one
   * connection) a query outside the transaction would wait for it forever.
   */
  writableAuthorities(): Promise<Map<number, string>> {
    this.writable ??= this.has('editor')
      ? this.prisma.authority.findMany({ where: { code: { in: [...this.viewer.councils] } }, select: { id: true, code: true } }).then((rows) => new Map(rows.map((r) => [r.id, r.code])))
      : Promise.resolve(new Map());
    return this.writable;
  }

  /**
   * Refuses to show a council's audit trail (who changed what) to anyone but its own
   * people: it names officers. UNAUTHENTICATED without a token, FORBIDDEN for another
   * council's.
   */
  async requireCouncilReader(authorityId: number, what: string): Promise<void> {
    if (this.viewer.subject == null) throw unauthenticated(`${what} needs a bearer token of the plan's council`);
    if (!(await this.ownAuthorityIds()).has(authorityId)) throw forbidden(`${what} is shown only to the plan's council`);
  }

  /** Ids of the authorities the viewer belongs to (any role), fetched once per request. */
  private ownAuthorityIds(): Promise<Set<number>> {
    this.ownAuthorities ??= this.has('viewer')
      ? this.prisma.authority.findMany({ where: { code: { in: [...this.viewer.councils] } }, select: { id: true } }).then((rows) => new Set(rows.map((r) => r.id)))
      : Promise.resolve(new Set<number>());
    return this.ownAuthorities;
  }

  /** Refuses an anonymous caller (UNAUTHENTICATED) and a caller below editor (FORBIDDEN). */
  requireEditor(): void {
    if (this.viewer.subject == null) throw unauthenticated('changing a plan needs a bearer token (Authorization: Bearer <token>)');
    if (!this.has('editor')) throw forbidden(`your role (${this.viewer.role}) may not change plans; editors and admins may`);
  }

  /** Whether the viewer belongs to this authority (any role): its council sees its own pending and returned progress updates. */
  async isOwnAuthority(authorityId: number): Promise<boolean> {
    return (await this.ownAuthorityIds()).has(authorityId);
  }

  /**
   * Refuses to approve or return a progress update of this authority unless the viewer is
   * one of its approvers or admins (issue 18). Call after requireWrite's checks.
   */
  async requireApprover(authorityId: number, what: string, field?: string): Promise<void> {
    await this.requireWrite(authorityId, what, field);
    if (!this.has('approver')) throw forbidden(`your role (${this.viewer.role}) may not approve or return progress updates; the council's approvers and admins may`, field);
  }

  /** Refuses a change to the council's settings unless the viewer is one of its admins. */
  async requireAdmin(authorityId: number, what: string, field?: string): Promise<void> {
    await this.requireWrite(authorityId, what, field);
    if (!this.has('admin')) throw forbidden(`your role (${this.viewer.role}) may not change ${what}; the council's admins may`, field);
  }

  /** Refuses a write to a row of this authority unless the viewer is one of its editors or admins. */
  async requireWrite(authorityId: number, what: string, field?: string): Promise<void> {
    this.requireEditor();
    if (!(await this.writableAuthorities()).has(authorityId)) {
      throw forbidden(`you may not change ${what}: it belongs to a council your token does not cover (${this.viewer.councils.join(', ') || 'none'})`, field);
    }
  }
}
