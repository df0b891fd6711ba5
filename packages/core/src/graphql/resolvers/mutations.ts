// The write API a front end needs: named, described mutations (never generated CRUD).
// Every one goes through runWrite (src/write/unit.ts): authorised against the council
// that owns each row it touches (nested ones too), versions checked, audited, atomic.
import { GraphQLDate } from 'graphql-scalars';
import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import {
  Action,
  ActionRole,
  IndicatorValue,
  IndicatorValueKind,
  Plan,
  PlanSection,
  RagStatus,
  ResponsibleParty,
  SectionKind,
} from '../../generated/type-graphql';
import type { Context } from '../context';
import { Prisma } from '../../db/prisma';
import { DecimalJSScalar } from '../../generated/type-graphql/scalars';
import { isUnparsed, parseMoney } from '../../values';
import { badInput, keyConflict, notFound } from '../errors';
import { parseGlobalId as parseId, toGlobalId } from '../global-id';
import { runWrite, type Owner, type WriteUnit } from '../../write/unit';
import { checkDecimalMoney, checkEmail, checkJoinKey, checkMoney, checkText, checkVersion, inputPath } from '../../write/inputs';
import { Bounds, LONG_TEXT, MONEY, POSITION, VERSION } from '../input-bounds';
import { submitProgress, type SubmitProgressUpdateInput } from './progress';

/** Copies the fields the client gave (undefined = leave as is; null = clear). */
function given<T extends object>(input: T, keys: (keyof T)[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const k of keys) if (input[k] !== undefined) data[k as string] = input[k];
  return data;
}

function checkPeriod(start: Date | null | undefined, end: Date | null | undefined, field: string): void {
  if (start && end && start > end) throw badInput(`${field}: periodEnd is before periodStart`, `${field}.periodEnd`);
}

// ---------------------------------------------------------------- plans

@InputType({ description: 'A new plan. It starts as a DRAFT, visible only to its council until published.' })
export class CreatePlanInput {
  @Field(() => String, { description: 'The council that publishes it, by code, e.g. "exampleshire". You must be one of its editors.' })
  authorityCode!: string;
  @Field(() => String, { description: 'Unique key for URLs, e.g. "exampleshire-education-plan-2026".' })
  slug!: string;
  @Field(() => String, { description: 'The title as printed.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'The kind of plan, e.g. "Education Action Plan".' })
  kind?: string;
  @Field(() => String, { nullable: true, description: 'The period as printed, e.g. "2026/27".' })
  periodText?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'First day of the period.' })
  periodStart?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'Last day of the period.' })
  periodEnd?: Date;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: "The plan's purpose." })
  purpose?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: "The plan's context." })
  context?: string;
}

@InputType({ description: "Changes to a plan's own fields; fields left out stay as they are, null clears an optional one." })
export class UpdatePlanInput {
  @Field(() => ID, { description: 'The plan.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read; VERSION_CONFLICT when the plan has changed since.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string;
  @Field(() => String, { nullable: true, description: 'New kind.' })
  kind?: string;
  @Field(() => String, { nullable: true, description: 'New period as printed.' })
  periodText?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'New first day of the period.' })
  periodStart?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'New last day of the period.' })
  periodEnd?: Date;
  @Field(() => String, { nullable: true, description: 'New date of the document as printed.' })
  issuedText?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New purpose.' })
  purpose?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New context.' })
  context?: string;
}

@InputType({ description: 'A row and the version of it you read.' })
export class VersionedIdInput {
  @Field(() => ID, { description: 'The row (e.g. a plan).' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read; VERSION_CONFLICT when it has changed since.' })
  expectedVersion!: number;
}

// ---------------------------------------------------------------- sections

@InputType({ description: 'A new section of a plan.' })
export class CreateSectionInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;
  @Field(() => ID, { nullable: true, description: 'The section it sits under; at the top when absent. Must be of the same plan.' })
  parentId?: string;
  @Field(() => SectionKind, { description: 'What kind of grouping it is.' })
  kind!: SectionKind;
  @Field(() => String, { nullable: true, description: "The council's word for the level, e.g. \"Key Area\"." })
  label?: string;
  @Field(() => String, { nullable: true, description: 'The printed code, e.g. "1.01".' })
  code?: string;
  @Field(() => String, { description: 'The heading.' })
  title!: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'Text under the heading.' })
  description?: string;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'Order among its siblings; after the last when absent.' })
  position?: number;
}

@InputType({ description: "Changes to a section's fields; fields left out stay as they are." })
export class UpdateSectionInput {
  @Field(() => ID, { description: 'The section.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => SectionKind, { nullable: true, description: 'New kind.' })
  kind?: SectionKind;
  @Field(() => String, { nullable: true, description: 'New label.' })
  label?: string;
  @Field(() => String, { nullable: true, description: 'New code.' })
  code?: string;
  @Field(() => String, { nullable: true, description: 'New heading.' })
  title?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New text under the heading.' })
  description?: string;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'New position among its siblings.' })
  position?: number;
}

// ---------------------------------------------------------------- actions

@InputType({ description: 'A party and the part it plays in an action.' })
export class ActionPartyInput {
  @Field(() => ID, { description: "The responsible party; it must be of the action's council." })
  partyId!: string;
  @Field(() => ActionRole, { description: 'The part it plays.' })
  role!: ActionRole;
}

@InputType({ description: 'A money line of an action: a new one (no id) or a change to an existing one (id and expectedVersion).' })
export class FundingLineInput {
  @Field(() => ID, { nullable: true, description: 'An existing line of this action to change; absent for a new line.' })
  id?: string;
  @Bounds(VERSION)
  @Field(() => Int, { nullable: true, description: 'With `id`: the version of the line you read.' })
  expectedVersion?: number;
  @Field(() => String, { description: 'The money as printed, e.g. "Up to £5,000"; kept as given.' })
  text!: string;
  @Bounds(MONEY)
  @Field(() => Float, {
    nullable: true,
    deprecationReason: 'Use `amountDecimal`: a Float cannot hold every amount of pence exactly. Removed in the release after next.',
    description: 'The amount in pounds, when known; 0 or more. Give this or `amountDecimal`, not both.',
  })
  amount?: number;
  // Money goes in as it comes out (`Money.amount` is a Decimal string): exact pence.
  @Field(() => DecimalJSScalar, {
    nullable: true,
    description: 'The amount in pounds, exact, as a decimal string, e.g. "5000" or "1234.56", when known: 0 to 999999999999.99, at most two decimal places. Give this or the deprecated `amount`, not both.',
  })
  amountDecimal?: Prisma.Decimal;
  @Field(() => String, { nullable: true, description: 'Where the money comes from, e.g. "DSG".' })
  fundingSource?: string;
  @Field(() => String, { nullable: true, description: "The finance system's budget code for the money (1 to 64 characters; null clears it): the key a finance subgraph joins funding lines on." })
  budgetCode?: string;
  @Field(() => String, { nullable: true, description: "The finance system's cost centre (1 to 64 characters; null clears it)." })
  costCentre?: string;
}

@InputType({ description: 'A milestone of an action: a new one (no id) or a change to an existing one (id and expectedVersion).' })
export class MilestoneInput {
  @Field(() => ID, { nullable: true, description: 'An existing milestone of this action to change; absent for a new one.' })
  id?: string;
  @Bounds(VERSION)
  @Field(() => Int, { nullable: true, description: 'With `id`: the version of the milestone you read.' })
  expectedVersion?: number;
  @Field(() => String, { description: 'The milestone as printed.' })
  text!: string;
  @Field(() => String, { nullable: true, description: 'When it is due, as printed.' })
  timescaleText?: string;
}

@InputType({ description: 'A new action, with its parties, money and milestones.' })
export class CreateActionInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;
  @Field(() => ID, { nullable: true, description: 'The section it sits in; must be of the same plan.' })
  sectionId?: string;
  @Field(() => String, { nullable: true, description: 'The printed code, e.g. "1.1.1".' })
  code?: string;
  @Field(() => String, { description: 'The action as printed.' })
  title!: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'Further text.' })
  description?: string;
  @Field(() => String, { nullable: true, description: 'The timescale as printed, e.g. "By end of Autumn 2026".' })
  timescaleText?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'Resources as printed.' })
  resourcesText?: string;
  @Field(() => RagStatus, { nullable: true, description: 'Initial RAG status.' })
  ragStatus?: RagStatus;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'Order in its section; after the last when absent.' })
  position?: number;
  @Field(() => [ActionPartyInput], { nullable: true, description: 'Who plays a part, in order.' })
  parties?: ActionPartyInput[];
  @Field(() => [FundingLineInput], { nullable: true, description: 'Money lines, in order (new lines only).' })
  funding?: FundingLineInput[];
  @Field(() => [MilestoneInput], { nullable: true, description: 'Milestones, in order (new ones only).' })
  milestones?: MilestoneInput[];
}

@InputType({ description: "Changes to an action and its parties, timescale, money and milestones, made together or not at all." })
export class UpdateActionInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the action you read.' })
  expectedVersion!: number;
  @Field(() => ID, { nullable: true, description: 'Move it to this section of the same plan.' })
  sectionId?: string;
  @Field(() => String, { nullable: true, description: 'New code.' })
  code?: string;
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string;
  @Field(() => String, { nullable: true, description: 'New timescale as printed.' })
  timescaleText?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New resources as printed.' })
  resourcesText?: string;
  @Field(() => RagStatus, { nullable: true, description: 'New RAG status (recordProgress also keeps a dated note).' })
  ragStatus?: RagStatus;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'New position in its section.' })
  position?: number;
  @Field(() => [ActionPartyInput], { nullable: true, description: "Replaces the action's parties with these, in order." })
  parties?: ActionPartyInput[];
  @Field(() => [FundingLineInput], { nullable: true, description: 'Money lines to change (with id) or add (without).' })
  funding?: FundingLineInput[];
  @Field(() => [VersionedIdInput], { nullable: true, description: 'Money lines to remove.' })
  removeFunding?: VersionedIdInput[];
  @Field(() => [MilestoneInput], { nullable: true, description: 'Milestones to change (with id) or add (without).' })
  milestones?: MilestoneInput[];
  @Field(() => [VersionedIdInput], { nullable: true, description: 'Milestones to remove.' })
  removeMilestones?: VersionedIdInput[];
}

@InputType({ description: 'A progress report on an action: a dated note, optionally a new RAG status.' })
export class RecordProgressInput {
  @Field(() => ID, { description: 'The action.' })
  actionId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the action you read (a progress report changes the action).' })
  expectedVersion!: number;
  @Bounds(LONG_TEXT)
  @Field(() => String, { description: 'What was reported.' })
  narrative!: string;
  @Field(() => RagStatus, { nullable: true, description: "The RAG status now; the action's status follows it." })
  ragStatus?: RagStatus;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day the progress was recorded; today when absent.' })
  recordedOn?: Date;
}

@InputType({ description: 'A new value of an indicator series, as printed.' })
export class RecordIndicatorValueInput {
  @Field(() => ID, { description: 'The indicator series.' })
  seriesId!: string;
  @Field(() => IndicatorValueKind, { description: 'Baseline, target, estimate or actual.' })
  kind!: IndicatorValueKind;
  @Field(() => String, { nullable: true, description: 'The period as printed, e.g. "2026/27".' })
  periodText?: string;
  @Field(() => String, { description: 'The value as printed, e.g. "72%".' })
  valueText!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day the value was measured (issue 18: progress towards goals is measured by the latest actual with a date).' })
  measuredOn?: Date;
}

@InputType({ description: 'A change to an indicator value.' })
export class UpdateIndicatorValueInput {
  @Field(() => ID, { description: 'The indicator value.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New value as printed.' })
  valueText?: string;
  @Field(() => String, { nullable: true, description: 'New period as printed.' })
  periodText?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'New day the value was measured; null clears it.' })
  measuredOn?: Date | null;
}

@InputType({ description: "Changes to a responsible party: its name as printed, and the keys other systems join it on. Fields left out stay as they are; null clears an optional one." })
export class UpdateResponsiblePartyInput {
  @Field(() => ID, { description: 'The party.' })
  id!: string;
  @Field(() => Int, { description: 'The `version` you read; VERSION_CONFLICT when it has changed since.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New name as printed.' })
  name?: string;
  @Field(() => String, { nullable: true, description: 'New post or description.' })
  title?: string;
  @Field(() => String, { nullable: true, description: 'New organisation.' })
  organisation?: string;
  @Field(() => String, { nullable: true, description: "The person's identifier in the council's HR system (1 to 64 characters), unique: KEY_CONFLICT names the party that has it. The key an HR subgraph joins on." })
  staffId?: string;
  @Field(() => String, { nullable: true, description: 'E-mail address, stored lower-cased, unique: KEY_CONFLICT names the party that has it. An HR subgraph may join on it.' })
  email?: string;
}

async function nextPosition(w: WriteUnit, model: 'action' | 'planSection' | 'fundingLine' | 'milestone' | 'indicatorValue', where: object): Promise<number> {
  const delegate = w.tx[model] as unknown as { aggregate(args: object): Promise<{ _max: { position: number | null } }> };
  const { _max } = await delegate.aggregate({ where, _max: { position: true } });
  return (_max.position ?? -1) + 1;
}

/**
 * Rows named by id in a nested list that must be rows of this action (existing money lines,
 * milestones): read in one statement. An id that names no row, a row of another council or
 * of another council's draft gets the answer `authorize` gives it (NOT_FOUND / FORBIDDEN,
 * the draft answered as a free id); a row of another action is BAD_USER_INPUT.
 */
async function rowsOfAction(w: WriteUnit, model: 'FundingLine' | 'Milestone', actionId: number, ids: { id: number; field: string }[], what: string): Promise<Map<number, Record<string, unknown> & { id: number }>> {
  if (!ids.length) return new Map();
  const delegate = (model === 'FundingLine' ? w.tx.fundingLine : w.tx.milestone) as unknown as { findMany(args: object): Promise<(Record<string, unknown> & { id: number })[]> };
  const found = new Map((await delegate.findMany({ where: { id: { in: [...new Set(ids.map((i) => i.id))] } } })).map((r) => [r.id, r]));
  const seen = new Set<number>();
  for (const { id, field } of ids) {
    const row = found.get(id);
    if (!row || row.actionId !== actionId) {
      await w.authorize(model, id, field);
      throw badInput(`${field}: not a ${what} row of this action`, field);
    }
    if (seen.has(id)) throw badInput(`${field}: the same row is named twice`, field);
    seen.add(id);
  }
  return found;
}

/**
 * Sets an action's parties, funding and milestones from the input (shared by create and
 * update), set-based (issue 16): the rows named by id are read in one statement per list,
 * new rows are inserted and removed rows deleted in one statement per list, and only rows
 * changed by id are updated one by one (each against the version the client read).
 */
async function writeActionChildren(w: WriteUnit, action: { id: number; planId: number }, owner: Owner, input: CreateActionInput | UpdateActionInput, update: boolean): Promise<void> {
  const authorityId = owner.authorityId;
  if (input.parties) {
    const fields = input.parties.map((_, i) => inputPath('input', 'parties', i, 'partyId'));
    const ids = input.parties.map((p, i) => parseId(p.partyId, fields[i]!, 'ResponsibleParty'));
    const found = new Map((await w.tx.responsibleParty.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, authorityId: true } })).map((r) => [r.id, r]));
    const wanted: { partyId: number; role: ActionRole }[] = [];
    for (const [i, p] of input.parties.entries()) {
      const party = found.get(ids[i]!);
      if (!party || party.authorityId !== authorityId) {
        // NOT_FOUND or FORBIDDEN as for any row; a party of another council the caller also edits is still not this one's.
        await w.authorize('ResponsibleParty', ids[i]!, fields[i]!);
        throw badInput(`${fields[i]}: the party belongs to another council than the action`, fields[i]);
      }
      if (wanted.some((x) => x.partyId === ids[i] && x.role === p.role)) throw badInput(`${fields[i]}: the party is listed twice with the role ${p.role}`, fields[i]);
      wanted.push({ partyId: ids[i]!, role: p.role });
    }
    const existing = (await w.tx.actionParty.findMany({ where: { actionId: action.id }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })) as unknown as (Record<string, unknown> & { id: number; partyId: number; role: ActionRole })[];
    const same = existing.length === wanted.length && existing.every((e, i) => e.partyId === wanted[i]!.partyId && e.role === wanted[i]!.role);
    if (!same) {
      await w.deleteMany('ActionParty', existing, owner);
      await w.createMany('ActionParty', wanted.map((p, i) => ({ actionId: action.id, partyId: p.partyId, role: p.role, position: i })), inputPath('input', 'parties'));
    }
  }
  const upsert = async (list: (FundingLineInput | MilestoneInput)[] | undefined, model: 'FundingLine' | 'Milestone', name: string) => {
    if (!list) return;
    const creates: Record<string, unknown>[] = [];
    const changes: { id: number; expectedVersion: number; data: Record<string, unknown>; field: string }[] = [];
    for (const [i, item] of list.entries()) {
      const field = inputPath('input', name, i);
      checkText(item.text, `${field}.text`);
      const data: Record<string, unknown> = { text: item.text };
      if (model === 'FundingLine') {
        const f = item as FundingLineInput;
        checkMoney(f.amount, `${field}.amount`);
        if (f.amount != null && f.amountDecimal != null) throw badInput(`${field}: give amountDecimal or amount, not both`, `${field}.amountDecimal`);
        const amountField = f.amountDecimal != null ? `${field}.amountDecimal` : `${field}.amount`;
        const amount = f.amountDecimal != null ? checkDecimalMoney(f.amountDecimal, amountField) : f.amount != null ? new Prisma.Decimal(f.amount) : null;
        // The printed text is what the council wrote: an amount read from it wins, so a
        // given amount must agree with it; a text with no readable amount keeps the given
        // one (or none: a stale amount must not outlive a changed text).
        const read = parseMoney(f.text);
        if (amount != null && !isUnparsed(read) && read.amount != null && !amount.equals(new Prisma.Decimal(read.amount)))
          throw badInput(`${amountField}: ${amount.toString()} disagrees with the text, which reads £${read.amount}`, amountField);
        checkJoinKey(f.budgetCode, `${field}.budgetCode`);
        checkJoinKey(f.costCentre, `${field}.costCentre`);
        Object.assign(data, { amount }, given(f, ['fundingSource', 'budgetCode', 'costCentre']));
      } else Object.assign(data, given(item as MilestoneInput, ['timescaleText']));
      if (item.id != null) {
        if (!update) throw badInput(`${field}.id: a new action has no ${name} to change`, `${field}.id`);
        const id = parseId(item.id, `${field}.id`, model);
        if (item.expectedVersion == null) throw badInput(`${field}.expectedVersion: needed to change an existing row`, `${field}.expectedVersion`);
        changes.push({ id, expectedVersion: item.expectedVersion, data, field });
      } else creates.push({ ...data, actionId: action.id, ...(model === 'FundingLine' ? { planId: action.planId } : {}) });
    }
    await rowsOfAction(w, model, action.id, changes.map((c) => ({ id: c.id, field: `${c.field}.id` })), name);
    for (const c of changes) await w.update(model, c.id, c.expectedVersion, c.data, c.field);
    if (creates.length) {
      let position = await nextPosition(w, model === 'FundingLine' ? 'fundingLine' : 'milestone', { actionId: action.id });
      await w.createMany(model, creates.map((c) => ({ ...c, position: position++ })), inputPath('input', name));
    }
  };
  await upsert(input.funding, 'FundingLine', 'funding');
  await upsert(input.milestones, 'Milestone', 'milestones');
  if (update) {
    const u = input as UpdateActionInput;
    for (const [list, model, name] of [[u.removeFunding, 'FundingLine', 'removeFunding'], [u.removeMilestones, 'Milestone', 'removeMilestones']] as const) {
      if (!list?.length) continue;
      const named = list.map((r, i) => ({ id: parseId(r.id, `${inputPath('input', name, i)}.id`, model), field: inputPath('input', name, i), expectedVersion: r.expectedVersion }));
      const rows = await rowsOfAction(w, model, action.id, named.map((n) => ({ id: n.id, field: `${n.field}.id` })), name === 'removeFunding' ? 'funding' : 'milestones');
      await w.deleteMany(model, named.map((n) => rows.get(n.id)!), owner, new Map(named.map((n) => [n.id, { version: n.expectedVersion, field: n.field }])));
    }
  }
}

/** Checks a section id names a section of the plan. */
async function sectionOfPlan(w: WriteUnit, sectionId: string, planId: number, field: string): Promise<number> {
  const id = parseId(sectionId, field, 'PlanSection');
  const { row } = await w.authorize('PlanSection', id, field);
  if (row.planId !== planId) throw badInput(`${field}: the section belongs to another plan`, field);
  return id;
}

@Resolver()
export class MutationResolver {
  @Mutation(() => Plan, { description: 'Creates a plan as a DRAFT of a council you edit. Publish it with `publishPlan`.' })
  createPlan(@Ctx() ctx: Context, @Arg('input', () => CreatePlanInput, { description: 'The plan.' }) input: CreatePlanInput): Promise<Plan> {
    return runWrite(ctx, async (w) => {
      const authority = await w.tx.authority.findUnique({ where: { code: input.authorityCode } });
      if (!authority) throw notFound(`input.authorityCode: no authority has code ${JSON.stringify(input.authorityCode)}`, 'input.authorityCode');
      await ctx.access.requireWrite(authority.id, `${authority.name}'s plans`, 'input.authorityCode');
      checkText(input.slug, 'input.slug');
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.slug)) throw badInput('input.slug: lower-case words joined by "-"', 'input.slug');
      checkText(input.title, 'input.title');
      checkPeriod(input.periodStart, input.periodEnd, 'input');
      if (await w.tx.plan.findUnique({ where: { slug: input.slug } })) throw badInput(`input.slug: a plan with slug ${JSON.stringify(input.slug)} already exists`, 'input.slug');
      const data = { ...given(input, ['slug', 'title', 'kind', 'periodText', 'periodStart', 'periodEnd', 'purpose', 'context']), authorityId: authority.id, status: 'DRAFT' };
      return (await w.create('Plan', data, 'input')) as unknown as Plan;
    });
  }

  @Mutation(() => Plan, { description: "Changes a plan's title, period, purpose or context." })
  updatePlan(@Ctx() ctx: Context, @Arg('input', () => UpdatePlanInput, { description: 'The changes.' }) input: UpdatePlanInput): Promise<Plan> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'Plan');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (input.title !== undefined) checkText(input.title, 'input.title');
      const { row } = await w.authorize('Plan', id, 'input.id');
      checkPeriod(input.periodStart === undefined ? (row.periodStart as Date | null) : input.periodStart, input.periodEnd === undefined ? (row.periodEnd as Date | null) : input.periodEnd, 'input');
      const data = given(input, ['title', 'kind', 'periodText', 'periodStart', 'periodEnd', 'issuedText', 'purpose', 'context']);
      return (await w.update('Plan', id, input.expectedVersion, data, 'input')) as unknown as Plan;
    });
  }

  @Mutation(() => Plan, { description: 'Publishes a plan: from now on anyone may read it.' })
  publishPlan(@Ctx() ctx: Context, @Arg('input', () => VersionedIdInput, { description: 'The plan and the version you read.' }) input: VersionedIdInput): Promise<Plan> {
    return setStatus(ctx, input, 'PUBLISHED');
  }

  @Mutation(() => Plan, { description: 'Archives a plan: superseded or finished, still readable by anyone, kept for the record.' })
  archivePlan(@Ctx() ctx: Context, @Arg('input', () => VersionedIdInput, { description: 'The plan and the version you read.' }) input: VersionedIdInput): Promise<Plan> {
    return setStatus(ctx, input, 'ARCHIVED');
  }

  @Mutation(() => PlanSection, { description: 'Adds a section to a plan, at the top or under another section.' })
  createSection(@Ctx() ctx: Context, @Arg('input', () => CreateSectionInput, { description: 'The section.' }) input: CreateSectionInput): Promise<PlanSection> {
    return runWrite(ctx, async (w) => {
      const planId = parseId(input.planId, 'input.planId', 'Plan');
      await w.authorize('Plan', planId, 'input.planId');
      checkText(input.title, 'input.title');
      const parentId = input.parentId != null ? await sectionOfPlan(w, input.parentId, planId, 'input.parentId') : null;
      const position = input.position ?? (await nextPosition(w, 'planSection', { planId, parentId }));
      const data = { ...given(input, ['kind', 'label', 'code', 'title', 'description']), planId, parentId, position };
      return (await w.create('PlanSection', data, 'input')) as unknown as PlanSection;
    });
  }

  @Mutation(() => PlanSection, { description: "Changes a section's heading, kind, label, code, description or position." })
  updateSection(@Ctx() ctx: Context, @Arg('input', () => UpdateSectionInput, { description: 'The changes.' }) input: UpdateSectionInput): Promise<PlanSection> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'PlanSection');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (input.title !== undefined) checkText(input.title, 'input.title');
      const data = given(input, ['kind', 'label', 'code', 'title', 'description', 'position']);
      return (await w.update('PlanSection', id, input.expectedVersion, data, 'input')) as unknown as PlanSection;
    });
  }

  @Mutation(() => Action, { description: 'Adds an action to a plan, with its parties, money lines and milestones, all or nothing.' })
  createAction(@Ctx() ctx: Context, @Arg('input', () => CreateActionInput, { description: 'The action.' }) input: CreateActionInput): Promise<Action> {
    return runWrite(ctx, async (w) => {
      const planId = parseId(input.planId, 'input.planId', 'Plan');
      const { owner } = await w.authorize('Plan', planId, 'input.planId');
      checkText(input.title, 'input.title');
      const sectionId = input.sectionId != null ? await sectionOfPlan(w, input.sectionId, planId, 'input.sectionId') : null;
      const position = input.position ?? (await nextPosition(w, 'action', { planId, sectionId }));
      const data = { ...given(input, ['code', 'title', 'description', 'timescaleText', 'resourcesText', 'ragStatus']), planId, sectionId, position };
      const action = await w.create('Action', data, 'input');
      await writeActionChildren(w, { id: action.id, planId }, owner, input, false);
      return action as unknown as Action;
    });
  }

  @Mutation(() => Action, {
    description:
      'Changes an action: its text, section, RAG status, timescale, parties (replaced), money lines and milestones (changed, added, removed). All or nothing; every row changed is checked against the version you read.',
  })
  updateAction(@Ctx() ctx: Context, @Arg('input', () => UpdateActionInput, { description: 'The changes.' }) input: UpdateActionInput): Promise<Action> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'Action');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (input.title !== undefined) checkText(input.title, 'input.title');
      const { row, owner } = await w.authorize('Action', id, 'input.id');
      const data = given(input, ['code', 'title', 'description', 'timescaleText', 'resourcesText', 'ragStatus', 'position']);
      if (input.sectionId !== undefined) data.sectionId = input.sectionId === null ? null : await sectionOfPlan(w, input.sectionId, row.planId as number, 'input.sectionId');
      const action = await w.update('Action', id, input.expectedVersion, data, 'input');
      await writeActionChildren(w, { id, planId: row.planId as number }, owner, input, true);
      return action as unknown as Action;
    });
  }

  @Mutation(() => Action, {
    description:
      "Records a progress report on an action (a dated note and RAG status); the action's RAG status follows. Where the council requires approval the report waits for an approver (see `submitProgressUpdate`, which returns the update itself) and the action is returned unchanged.",
  })
  recordProgress(@Ctx() ctx: Context, @Arg('input', () => RecordProgressInput, { description: 'The report.' }) input: RecordProgressInput): Promise<Action> {
    return runWrite(ctx, async (w) => {
      // Issue 18: the older form of submitProgressUpdate (approved at once unless the council requires approval).
      const { actionId } = await submitProgress(w, input as SubmitProgressUpdateInput);
      return (await w.tx.action.findUniqueOrThrow({ where: { id: actionId } })) as unknown as Action;
    });
  }

  @Mutation(() => IndicatorValue, { description: 'Records a value (baseline, target, estimate or actual) of an indicator series, as printed.' })
  recordIndicatorValue(@Ctx() ctx: Context, @Arg('input', () => RecordIndicatorValueInput, { description: 'The value.' }) input: RecordIndicatorValueInput): Promise<IndicatorValue> {
    return runWrite(ctx, async (w) => {
      const seriesId = parseId(input.seriesId, 'input.seriesId', 'IndicatorSeries');
      await w.authorize('IndicatorSeries', seriesId, 'input.seriesId');
      checkText(input.valueText, 'input.valueText');
      const position = await nextPosition(w, 'indicatorValue', { seriesId });
      return (await w.create('IndicatorValue', { seriesId, kind: input.kind, periodText: input.periodText ?? null, valueText: input.valueText, measuredOn: input.measuredOn ?? null, position }, 'input')) as unknown as IndicatorValue;
    });
  }

  @Mutation(() => ResponsibleParty, {
    description:
      "Changes a responsible party of a council you edit: its name, post, organisation, and the keys an HR system joins it on (`staffId`, `email`; each unique, KEY_CONFLICT when another party has it).",
  })
  updateResponsibleParty(@Ctx() ctx: Context, @Arg('input', () => UpdateResponsiblePartyInput, { description: 'The changes.' }) input: UpdateResponsiblePartyInput): Promise<ResponsibleParty> {
    return updateResponsibleParty(ctx, input);
  }

  @Mutation(() => IndicatorValue, { description: 'Changes an indicator value as printed, or its period.' })
  updateIndicatorValue(@Ctx() ctx: Context, @Arg('input', () => UpdateIndicatorValueInput, { description: 'The change.' }) input: UpdateIndicatorValueInput): Promise<IndicatorValue> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'IndicatorValue');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (input.valueText !== undefined) checkText(input.valueText, 'input.valueText');
      return (await w.update('IndicatorValue', id, input.expectedVersion, given(input, ['valueText', 'periodText', 'measuredOn']), 'input')) as unknown as IndicatorValue;
    });
  }
}

/** Refuses a unique party key (staff id, e-mail) another party already has, naming that party. */
async function checkPartyKeyFree(w: WriteUnit, partyId: number, key: 'staffId' | 'email', value: string | null | undefined): Promise<void> {
  if (value == null) return;
  const other = await w.tx.responsibleParty.findFirst({ where: { [key]: key === 'email' ? { equals: value, mode: 'insensitive' } : value, NOT: { id: partyId } }, select: { id: true, name: true } });
  if (other) {
    const id = toGlobalId('ResponsibleParty', other.id);
    throw keyConflict(`input.${key}: ${JSON.stringify(value)} is already the ${key} of ${JSON.stringify(other.name)} (${id})`, `input.${key}`, id);
  }
}

export async function updateResponsibleParty(ctx: Context, input: UpdateResponsiblePartyInput): Promise<ResponsibleParty> {
  return runWrite(ctx, async (w) => {
    const id = parseId(input.id, 'input.id', 'ResponsibleParty');
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    if (input.name !== undefined) checkText(input.name, 'input.name');
    const staffId = checkJoinKey(input.staffId, 'input.staffId');
    const email = checkEmail(input.email, 'input.email');
    await w.authorize('ResponsibleParty', id, 'input.id');
    await checkPartyKeyFree(w, id, 'staffId', staffId);
    await checkPartyKeyFree(w, id, 'email', email);
    const data = { ...given(input, ['name', 'title', 'organisation', 'staffId']), ...(email !== undefined ? { email } : {}) };
    return (await w.update('ResponsibleParty', id, input.expectedVersion, data, 'input')) as unknown as ResponsibleParty;
  });
}

function setStatus(ctx: Context, input: VersionedIdInput, status: 'PUBLISHED' | 'ARCHIVED'): Promise<Plan> {
  return runWrite(ctx, async (w) => {
    const id = parseId(input.id, 'input.id', 'Plan');
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    return (await w.update('Plan', id, input.expectedVersion, { status }, 'input')) as unknown as Plan;
  });
}
