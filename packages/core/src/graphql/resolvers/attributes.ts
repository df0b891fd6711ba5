// Council-defined attributes (issue 18, part C): attribute types a council admin defines
// per plan, values editors set on actions and sections, served as a uniform `attributes`
// list of typed values and filterable on `actions(filter: { attribute })`. Checking,
// storing and the CSV form of values live in src/attributes/values.ts (shared with the
// importer and the exports).
import { GraphQLError } from 'graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, InterfaceType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Action, AttributeChoice, AttributeKind, AttributeType, Plan, PlanSection } from '../../generated/type-graphql';
import type { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import { badInput, forbidden, notFound, unauthenticated } from '../errors';
import { parseGlobalId as parseId, toGlobalId } from '../global-id';
import { runWrite, type WriteUnit } from '../../write/unit';
import { checkText, checkVersion } from '../../write/inputs';
import { Bounds, LONG_TEXT, POSITION, VERSION } from '../input-bounds';
import { attributeChoiceById, attributeTypeById, follow, planById } from '../by-id';
import {
  AttributeValueError,
  MAX_CHOICES,
  checkValue,
  sameValue,
  storedOf,
  valueFieldOf,
  type AttributeChoiceRow,
  type AttributeTypeRow,
  type GivenValue,
} from '../../attributes/values';
import { AttributeDefinitionError, CHOICE_KINDS, checkAttributeDefinition, checkAttributeProperties, identifierProblem, type AttributeDefinition } from '../../attributes/definition';

// ---------------------------------------------------------------- reading

type TypeRow = AttributeTypeRow & { version: number; position: number };
type ValueRow = { id: number; version: number; typeId: number; actionId: number | null; sectionId: number | null; text: string | null; number: number | null; date: Date | null; choiceIds: number[]; updatedAt: Date };

/** One attribute of an action or section as served: its type and its typed value. */
interface AttributeOut {
  kind: string;
  type: TypeRow;
  version: number;
  updatedAt: Date;
  text?: string;
  number?: number;
  unit?: string | null;
  date?: Date;
  choice?: AttributeChoiceRow;
  choices?: AttributeChoiceRow[];
  categories?: AttributeChoiceRow[];
}

/** GraphQL type of each kind's value. */
const TYPE_OF_KIND: Record<string, string> = {
  TEXT: 'TextAttribute',
  RICH_TEXT: 'RichTextAttribute',
  NUMBER: 'NumberAttribute',
  DATE: 'DateAttribute',
  CHOICE: 'ChoiceAttribute',
  MULTI_CHOICE: 'MultiChoiceAttribute',
  CATEGORY: 'CategoryAttribute',
};

@InterfaceType('Attribute', {
  description:
    "The value of one council-defined attribute on an action or a section: its `type` (name, kind, unit) and the value in the GraphQL type of its kind (TextAttribute.text, NumberAttribute.number, DateAttribute.date, ChoiceAttribute.choice…). Ask for the value with fragments: `... on NumberAttribute { number unit }`.",
  resolveType: (value: AttributeOut) => TYPE_OF_KIND[value.kind],
})
export abstract class Attribute {
  @Field(() => AttributeType, { description: 'The attribute type: its identifier, name, kind and unit.' })
  type!: AttributeType;
  @Field(() => Int, { description: 'Optimistic-concurrency version of the value: `setAttributeValue` and `removeAttributeValue` name it as `expectedVersion`.' })
  version!: number;
  @Field(() => Date, { description: 'When the value was last set.' })
  updatedAt!: Date;
}

@ObjectType({ implements: Attribute, description: 'A TEXT attribute: plain text.' })
export class TextAttribute extends Attribute {
  @Field(() => String, { description: 'The text.' })
  text!: string;
}

@ObjectType({ implements: Attribute, description: 'A RICH_TEXT attribute: formatted text.' })
export class RichTextAttribute extends Attribute {
  @Field(() => String, { description: 'The text as Markdown, as the council wrote it; render it escaping any HTML in it.' })
  text!: string;
}

@ObjectType({ implements: Attribute, description: "A NUMBER attribute: a number in the type's unit." })
export class NumberAttribute extends Attribute {
  @Field(() => Float, { description: 'The number.' })
  number!: number;
  @Field(() => String, { nullable: true, description: "The type's unit, e.g. \"pupils\"." })
  unit?: string | null;
}

@ObjectType({ implements: Attribute, description: 'A DATE attribute: a calendar date.' })
export class DateAttribute extends Attribute {
  @Field(() => GraphQLDate, { description: 'The date.' })
  date!: Date;
}

@ObjectType({ implements: Attribute, description: "A CHOICE attribute: one of the type's choices." })
export class ChoiceAttribute extends Attribute {
  @Field(() => AttributeChoice, { description: 'The choice.' })
  choice!: AttributeChoice;
}

@ObjectType({ implements: Attribute, description: "A MULTI_CHOICE attribute: some of the type's choices." })
export class MultiChoiceAttribute extends Attribute {
  @Field(() => [AttributeChoice], { description: 'The choices, in the order they were given.' })
  choices!: AttributeChoice[];
}

@ObjectType({ implements: Attribute, description: "A CATEGORY attribute: categories of the type's category tree." })
export class CategoryAttribute extends Attribute {
  @Field(() => [AttributeChoice], { description: 'The categories (each with its `parent` up the tree), in the order they were given.' })
  categories!: AttributeChoice[];
}

/** A value row with its type and choices, in the served shape. */
function attributeOut(type: TypeRow, value: ValueRow, choices: Map<number, AttributeChoiceRow>): AttributeOut {
  const out: AttributeOut = { kind: type.kind, type, version: value.version, updatedAt: value.updatedAt };
  const picked = value.choiceIds.map((id) => choices.get(id)).filter((c): c is AttributeChoiceRow => !!c);
  switch (type.kind) {
    case 'TEXT':
    case 'RICH_TEXT':
      out.text = value.text ?? '';
      break;
    case 'NUMBER':
      out.number = value.number ?? 0;
      out.unit = type.unit ?? null;
      break;
    case 'DATE':
      out.date = value.date!;
      break;
    case 'CHOICE':
      out.choice = picked[0];
      break;
    case 'MULTI_CHOICE':
      out.choices = picked;
      break;
    default:
      out.categories = picked;
  }
  return out;
}

/** The attributes of many actions or sections in three statements (values, their types, their choices). */
async function attributesOf(ctx: Context, column: 'actionId' | 'sectionId', ids: readonly number[]): Promise<(AttributeOut & { ownerId: number })[]> {
  const values = (await ctx.prisma.attributeValue.findMany({ where: { [column]: { in: [...ids] } } })) as unknown as ValueRow[];
  if (!values.length) return [];
  const types = (await ctx.prisma.attributeType.findMany({ where: { id: { in: [...new Set(values.map((v) => v.typeId))] } } })) as unknown as TypeRow[];
  const typeById = new Map(types.map((t) => [t.id, t]));
  const choiceIds = [...new Set(values.flatMap((v) => v.choiceIds))];
  const choices = choiceIds.length ? ((await ctx.prisma.attributeChoice.findMany({ where: { id: { in: choiceIds } } })) as AttributeChoiceRow[]) : [];
  const choiceById = new Map(choices.map((c) => [c.id, c]));
  const rows = values
    .filter((v) => typeById.has(v.typeId))
    .map((v) => ({ ...attributeOut(typeById.get(v.typeId)!, v, choiceById), ownerId: v[column]! }));
  // The plan's order of attribute types.
  return rows.sort((a, b) => a.type.position - b.type.position || a.type.id - b.type.id);
}

@Resolver(() => Action)
export class ActionAttributesResolver {
  @FieldResolver(() => [Attribute], { description: "The council-defined attributes set on this action, in the order of the plan's attribute types (`Plan.attributeTypes`); a type with no value here is left out." })
  attributes(@Root() action: Action, @Ctx() ctx: Context): Promise<AttributeOut[]> {
    return ctx.loaders.many('Action.attributes', (ids: readonly number[]) => attributesOf(ctx, 'actionId', ids), (a) => a.ownerId).load(action.id);
  }
}

@Resolver(() => PlanSection)
export class SectionAttributesResolver {
  @FieldResolver(() => [Attribute], { description: "The council-defined attributes set on this section, in the order of the plan's attribute types; a type with no value here is left out." })
  attributes(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<AttributeOut[]> {
    return ctx.loaders.many('PlanSection.attributes', (ids: readonly number[]) => attributesOf(ctx, 'sectionId', ids), (a) => a.ownerId).load(section.id);
  }
}

@Resolver(() => Plan)
export class PlanAttributeTypesResolver {
  @FieldResolver(() => [AttributeType], { description: "The attributes the plan's council has defined for its actions and sections, in order." })
  attributeTypes(@Root() plan: Plan, @Ctx() ctx: Context): Promise<AttributeType[]> {
    return ctx.loaders
      .many(
        'Plan.attributeTypes',
        (ids: readonly number[]) => ctx.prisma.attributeType.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (t) => t.planId,
      )
      .load(plan.id) as Promise<AttributeType[]>;
  }
}

@Resolver(() => AttributeType)
export class AttributeTypeResolver {
  @FieldResolver(() => Plan, { description: 'The plan the type belongs to.' })
  async plan(@Root() type: AttributeType, @Ctx() ctx: Context): Promise<Plan> {
    return (await planById(ctx).load(type.planId!))!;
  }

  @FieldResolver(() => [AttributeChoice], {
    description: 'CHOICE, MULTI_CHOICE and CATEGORY: every choice of the type, in tree order (a category, then its subcategories, each level by position). Empty for other kinds.',
  })
  async choices(@Root() type: AttributeType, @Ctx() ctx: Context): Promise<AttributeChoice[]> {
    const rows = await ctx.loaders
      .many('AttributeType.choices', (ids: readonly number[]) => ctx.prisma.attributeChoice.findMany({ where: { typeId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }), (c) => c.typeId)
      .load(type.id);
    return treeOrder(rows as AttributeChoiceRow[]) as unknown as AttributeChoice[];
  }
}

/** Choices in tree order: each parent followed by its children, siblings by position. */
function treeOrder<T extends AttributeChoiceRow>(rows: T[]): T[] {
  const children = new Map<number | null, T[]>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const out: T[] = [];
  const walk = (parent: number | null, depth: number) => {
    if (depth > 50) return;
    for (const c of children.get(parent) ?? []) {
      out.push(c);
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

@Resolver(() => AttributeChoice)
export class AttributeChoiceResolver {
  @FieldResolver(() => AttributeType, { description: 'The attribute type the choice belongs to.' })
  async type(@Root() choice: AttributeChoice, @Ctx() ctx: Context): Promise<AttributeType> {
    return (await attributeTypeById(ctx).load(choice.typeId!)) as AttributeType;
  }

  @FieldResolver(() => AttributeChoice, { nullable: true, description: 'CATEGORY: the category one level up; null at the top (and for other kinds).' })
  parent(@Root() choice: AttributeChoice, @Ctx() ctx: Context): Promise<AttributeChoice | null> {
    return follow(attributeChoiceById(ctx), choice.parentId ?? null) as Promise<AttributeChoice | null>;
  }
}

// ---------------------------------------------------------------- filtering actions

@InputType({ description: 'Actions by the value of one attribute. Give the condition that fits its kind; several conditions combine with AND.' })
export class AttributeFilter {
  @Field(() => ID, { description: 'The attribute type (an `AttributeType.id`).' })
  type!: string;
  @Field(() => Boolean, { nullable: true, description: 'Any kind: true for actions that have a value of it, false for those that have none.' })
  hasValue?: boolean;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'TEXT and RICH_TEXT: the value is exactly this text.' })
  equals?: string;
  @Field(() => Float, { nullable: true, description: 'NUMBER: the value is at least this.' })
  min?: number;
  @Field(() => Float, { nullable: true, description: 'NUMBER: the value is at most this.' })
  max?: number;
  @Field(() => GraphQLDate, { nullable: true, description: 'DATE: on or after this day.' })
  from?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'DATE: on or before this day.' })
  to?: Date;
  @Field(() => [ID], { nullable: true, description: 'CHOICE, MULTI_CHOICE, CATEGORY: the value holds any of these choices (a CATEGORY: any of these categories or a category below them).' })
  in?: string[];
}

/** Conditions one `filter.attribute` may hold: each costs a statement or two before the query. */
export const MAX_ATTRIBUTE_FILTERS = 10;

/** The Prisma conditions of `filter.attribute` (the types and choices are read to check the conditions fit their kinds). */
export async function attributeWhere(ctx: Context, filters: AttributeFilter[] | undefined | null): Promise<Prisma.ActionWhereInput[]> {
  if (!filters?.length) return [];
  if (filters.length > MAX_ATTRIBUTE_FILTERS) throw badInput(`filter.attribute: at most ${MAX_ATTRIBUTE_FILTERS} conditions, got ${filters.length}`, 'filter.attribute');
  const path = (i: number, f: string) => `filter.attribute.${i}.${f}`;
  const typeIds = filters.map((f, i) => parseId(f.type, path(i, 'type'), 'AttributeType'));
  const types = new Map((await ctx.prisma.attributeType.findMany({ where: { id: { in: typeIds } } })).map((t) => [t.id, t]));
  const out: Prisma.ActionWhereInput[] = [];
  for (const [i, f] of filters.entries()) {
    const type = types.get(typeIds[i]!);
    // A type of a plan the caller may not read is answered as one that does not exist.
    if (!type || !(await ctx.access.canReadPlan(type.planId))) throw badInput(`${path(i, 'type')}: no attribute type has id ${f.type}`, path(i, 'type'));
    const kind = type.kind as string;
    const fits: Record<string, string[]> = { equals: ['TEXT', 'RICH_TEXT'], min: ['NUMBER'], max: ['NUMBER'], from: ['DATE'], to: ['DATE'], in: ['CHOICE', 'MULTI_CHOICE', 'CATEGORY'] };
    for (const [key, kinds] of Object.entries(fits)) {
      if ((f as unknown as Record<string, unknown>)[key] != null && !kinds.includes(kind)) {
        throw wrongKind(`${path(i, key)}: "${type.identifier}" is a ${kind} attribute; \`${key}\` filters ${kinds.join(' / ')} attributes`, path(i, key));
      }
    }
    const value: Prisma.AttributeValueWhereInput = { typeId: type.id };
    if (f.equals != null) value.text = f.equals;
    if (f.min != null || f.max != null) value.number = { ...(f.min != null ? { gte: f.min } : {}), ...(f.max != null ? { lte: f.max } : {}) };
    if (f.from != null || f.to != null) value.date = { ...(f.from != null ? { gte: f.from } : {}), ...(f.to != null ? { lte: f.to } : {}) };
    if (f.in != null) {
      const ids = f.in.map((id, j) => parseId(id, `${path(i, 'in')}.${j}`, 'AttributeChoice'));
      const all = (await ctx.prisma.attributeChoice.findMany({ where: { typeId: type.id } })) as AttributeChoiceRow[];
      const mine = new Set(all.map((c) => c.id));
      const foreign = ids.findIndex((id) => !mine.has(id));
      if (foreign >= 0) throw choiceError('FOREIGN_CHOICE', `${path(i, 'in')}.${foreign}: ${f.in[foreign]} is not a choice of "${type.identifier}"`, `${path(i, 'in')}.${foreign}`);
      const wanted = new Set(ids);
      if (kind === 'CATEGORY') {
        // Below a category: its subcategories, to any depth.
        for (let grown = true; grown; ) {
          grown = false;
          for (const c of all) if (c.parentId != null && wanted.has(c.parentId) && !wanted.has(c.id)) (wanted.add(c.id), (grown = true));
        }
      }
      value.choiceIds = { hasSome: [...wanted] };
    }
    if (f.hasValue === false) {
      if (Object.keys(value).length > 1) throw badInput(`${path(i, 'hasValue')}: false cannot be combined with a condition on the value`, path(i, 'hasValue'));
      out.push({ attributeValues: { none: { typeId: type.id } } });
    } else out.push({ attributeValues: { some: value } });
  }
  return out;
}

// ---------------------------------------------------------------- errors

function wrongKind(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_KIND', field, argumentName: field } });
}

function choiceError(reason: string, message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, field, argumentName: field } });
}

/** An attribute value refused by its type: BAD_USER_INPUT with `extensions.reason` (WRONG_KIND, UNKNOWN_CHOICE, FOREIGN_CHOICE, OUT_OF_RANGE, TOO_MANY_VALUES…). */
function valueError(err: AttributeValueError, field: string): GraphQLError {
  return new GraphQLError(`${field}: ${err.message}`, { extensions: { code: 'BAD_USER_INPUT', reason: err.reason, field, argumentName: field } });
}

/** The input field a refused value is reported against. */
function valueFieldPath(err: AttributeValueError, kind: string): string {
  if (err.reason === 'OUT_OF_RANGE') return 'input.number';
  if (err.reason === 'WRONG_KIND' || err.reason === 'MISSING_VALUE') return `input.${valueFieldOf(kind)}`;
  return 'input.choices';
}

/** Something in use (an attribute type or choice that has values) that is not removed unless asked with `force`. */
function inUse(message: string, field: string, values: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'IN_USE', field, argumentName: field, values } });
}

/** Attribute types are the council's admins' to define: UNAUTHENTICATED without a token, FORBIDDEN below admin (the council is checked on the rows). */
function requireAdmin(ctx: Context): void {
  const viewer = ctx.access.viewer;
  if (viewer.subject == null) throw unauthenticated("defining attributes needs an admin bearer token of the plan's council");
  if (viewer.role !== 'admin') throw forbidden(`your role (${viewer.role}) may not define attributes; a council's admins may (editors set their values)`);
}

// ---------------------------------------------------------------- writing: types and choices

function checkIdentifier(value: string, field: string): void {
  const problem = identifierProblem(value);
  if (problem) throw badInput(`${field}: ${problem}`, field);
}

/** A new type's definition refused (attributes/definition.ts): BAD_USER_INPUT, reason INVALID_DEFINITION, naming the input field. */
function definitionError(err: AttributeDefinitionError): GraphQLError {
  const field = `input.${err.field}`;
  return new GraphQLError(`${field}: ${err.message}`, { extensions: { code: 'BAD_USER_INPUT', reason: err.reason, field, argumentName: field } });
}

@InputType({ description: 'A choice of a new attribute type (or a category of its tree).' })
export class AttributeChoiceInput {
  @Field(() => String, { description: 'Stable key within the type, e.g. "send" (a–z, 0–9, "-", "_").' })
  identifier!: string;
  @Field(() => String, { description: 'The label shown to readers.' })
  label!: string;
  @Field(() => String, { nullable: true, description: 'CATEGORY: the identifier of the category it sits under, given earlier in this list; at the top when absent.' })
  parent?: string;
}

@InputType({ description: 'A new attribute type of a plan.' })
export class CreateAttributeTypeInput {
  @Field(() => ID, { description: 'The plan. You must be an admin of its council.' })
  planId!: string;
  @Field(() => String, { description: 'Stable key within the plan (a–z, 0–9, "-", "_"), e.g. "ofsted-theme": the CSV column is "attribute:<identifier>".' })
  identifier!: string;
  @Field(() => String, { description: 'The name shown to readers.' })
  name!: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'What it means and how to fill it.' })
  description?: string;
  @Field(() => AttributeKind, { description: 'What kind of value it holds; cannot be changed later.' })
  kind!: AttributeKind;
  @Field(() => String, { nullable: true, description: 'NUMBER: the unit, e.g. "pupils".' })
  unit?: string;
  @Field(() => Float, { nullable: true, description: 'NUMBER: the smallest value allowed.' })
  minimum?: number;
  @Field(() => Float, { nullable: true, description: 'NUMBER: the largest value allowed.' })
  maximum?: number;
  @Field(() => Int, { nullable: true, description: `MULTI_CHOICE and CATEGORY: at most this many choices in one value (1 to ${MAX_CHOICES}; ${MAX_CHOICES} when absent).` })
  maxChoices?: number;
  @Field(() => Boolean, { nullable: true, description: 'Whether actions carry it (default true).' })
  appliesToActions?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Whether sections carry it (default false).' })
  appliesToSections?: boolean;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: "Order among the plan's attribute types; after the last when absent." })
  position?: number;
  @Field(() => [AttributeChoiceInput], { nullable: true, description: 'CHOICE, MULTI_CHOICE and CATEGORY: the choices, in order (required for those kinds, refused for others).' })
  choices?: AttributeChoiceInput[];
}

@InputType({ description: "Changes to an attribute type's own fields; fields left out stay as they are. Its kind cannot change." })
export class UpdateAttributeTypeInput {
  @Field(() => ID, { description: 'The attribute type.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New identifier (exports written before name the old one).' })
  identifier?: string;
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  description?: string;
  @Field(() => String, { nullable: true, description: 'NUMBER: new unit; null clears it.' })
  unit?: string;
  @Field(() => Float, { nullable: true, description: 'NUMBER: new smallest value; refused (OUT_OF_RANGE) while a value is below it; null clears it.' })
  minimum?: number;
  @Field(() => Float, { nullable: true, description: 'NUMBER: new largest value; refused (OUT_OF_RANGE) while a value is above it; null clears it.' })
  maximum?: number;
  @Field(() => Int, { nullable: true, description: 'MULTI_CHOICE and CATEGORY: new limit; refused (TOO_MANY_VALUES) while a value holds more.' })
  maxChoices?: number;
  @Field(() => Boolean, { nullable: true, description: 'Whether actions carry it; false is refused (IN_USE) while an action has a value.' })
  appliesToActions?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Whether sections carry it; false is refused (IN_USE) while a section has a value.' })
  appliesToSections?: boolean;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'New position.' })
  position?: number;
}

@InputType({ description: 'An attribute type or choice to delete, and the version of it you read.' })
export class DeleteAttributeInput {
  @Field(() => ID, { description: 'The attribute type or choice.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Delete it even though actions or sections hold it: their values of it are deleted too (a type), or lose it (a choice: the choice, and for a category its subcategories, is taken out of multi-choice values; a value left empty is deleted). Without it, a type or choice in use is refused with reason IN_USE and the count of values.',
  })
  force?: boolean;
}

@InputType({ description: 'A new choice (or category) of an existing CHOICE, MULTI_CHOICE or CATEGORY attribute type.' })
export class AddAttributeChoiceInput {
  @Field(() => ID, { description: 'The attribute type.' })
  typeId!: string;
  @Field(() => String, { description: 'Stable key within the type.' })
  identifier!: string;
  @Field(() => String, { description: 'The label shown to readers.' })
  label!: string;
  @Field(() => ID, { nullable: true, description: 'CATEGORY: the category it sits under; at the top when absent.' })
  parentId?: string;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'Order among its siblings; after the last when absent.' })
  position?: number;
}

@InputType({ description: "Changes to a choice's label, identifier or position." })
export class UpdateAttributeChoiceInput {
  @Field(() => ID, { description: 'The choice.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New identifier.' })
  identifier?: string;
  @Field(() => String, { nullable: true, description: 'New label.' })
  label?: string;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'New position among its siblings.' })
  position?: number;
}


/** Counts of a type's values that a changed limit or scope would leave invalid. */
async function countValues(tx: Prisma.TransactionClient, where: Prisma.AttributeValueWhereInput): Promise<number> {
  return tx.attributeValue.count({ where });
}

// ---------------------------------------------------------------- writing: values

@InputType({ description: 'Sets the value of one attribute on one action or section (creating it, or replacing the one you read). Give exactly one of actionId / sectionId, and the value in the field of its kind.' })
export class SetAttributeValueInput {
  @Field(() => ID, { description: 'The attribute type.' })
  typeId!: string;
  @Field(() => ID, { nullable: true, description: "The action (of the type's plan)." })
  actionId?: string;
  @Field(() => ID, { nullable: true, description: "The section (of the type's plan)." })
  sectionId?: string;
  @Bounds(VERSION)
  @Field(() => Int, { nullable: true, description: "The value's `version` you read; absent when you read no value (VERSION_CONFLICT if someone has set one since)." })
  expectedVersion?: number;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'TEXT and RICH_TEXT (Markdown): the text.' })
  text?: string;
  @Field(() => Float, { nullable: true, description: "NUMBER: the number, in the type's unit and range." })
  number?: number;
  @Field(() => GraphQLDate, { nullable: true, description: 'DATE: the date.' })
  date?: Date;
  @Field(() => [ID], { nullable: true, description: "CHOICE (exactly one), MULTI_CHOICE and CATEGORY (up to the type's maxChoices): the choices, by id." })
  choices?: string[];
}

@InputType({ description: 'Removes the value of one attribute from one action or section.' })
export class RemoveAttributeValueInput {
  @Field(() => ID, { description: 'The attribute type.' })
  typeId!: string;
  @Field(() => ID, { nullable: true, description: 'The action.' })
  actionId?: string;
  @Field(() => ID, { nullable: true, description: 'The section.' })
  sectionId?: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: "The value's `version` you read." })
  expectedVersion!: number;
}

/** The target of a value input: the column and the row's id, checked to be of the type's plan. */
async function targetOf(w: WriteUnit, type: { planId: number; identifier: string; appliesToActions: boolean; appliesToSections: boolean }, input: { actionId?: string | null; sectionId?: string | null }): Promise<{ column: 'actionId' | 'sectionId'; id: number }> {
  if ((input.actionId == null) === (input.sectionId == null)) throw badInput('input: give exactly one of actionId and sectionId', 'input.actionId');
  const column = input.actionId != null ? 'actionId' : 'sectionId';
  const model = column === 'actionId' ? 'Action' : 'PlanSection';
  const field = `input.${column}`;
  const id = parseId((input.actionId ?? input.sectionId)!, field, model);
  const { row } = await w.authorize(model, id, field);
  if (row.planId !== type.planId) throw badInput(`${field}: the ${model === 'Action' ? 'action' : 'section'} is of another plan than attribute "${type.identifier}"`, field);
  if (column === 'actionId' ? !type.appliesToActions : !type.appliesToSections) {
    throw choiceError('NOT_APPLICABLE', `${field}: attribute "${type.identifier}" is not defined for ${model === 'Action' ? 'actions' : 'sections'}`, field);
  }
  return { column, id };
}

@Resolver()
export class AttributeMutationResolver {
  @Mutation(() => AttributeType, { description: 'Defines a new attribute for a plan\'s actions and/or sections (council admins). KEY_CONFLICT when the plan already has one with this identifier.' })
  async createAttributeType(@Ctx() ctx: Context, @Arg('input', () => CreateAttributeTypeInput, { description: 'The new type and its choices.' }) input: CreateAttributeTypeInput): Promise<AttributeType> {
    requireAdmin(ctx);
    checkIdentifier(input.identifier, 'input.identifier');
    checkText(input.name, 'input.name');
    for (const [i, c] of (input.choices ?? []).entries()) checkText(c.label, `input.choices.${i}.label`);
    // The checks an admin's JSON import applies too (attributes/definition.ts).
    try {
      checkAttributeDefinition(input);
    } catch (err) {
      if (err instanceof AttributeDefinitionError) throw definitionError(err);
      throw err;
    }
    const kind = input.kind as string;
    const choices = input.choices ?? [];
    const planId = parseId(input.planId, 'input.planId', 'Plan');
    return runWrite(ctx, async (w) => {
      await w.authorize('Plan', planId, 'input.planId');
      if (await w.tx.attributeType.findUnique({ where: { planId_identifier: { planId, identifier: input.identifier } } })) {
        const other = await w.tx.attributeType.findUnique({ where: { planId_identifier: { planId, identifier: input.identifier } } });
        throw new GraphQLError(`input.identifier: the plan already has an attribute "${input.identifier}"`, { extensions: { code: 'KEY_CONFLICT', field: 'input.identifier', conflictsWith: toGlobalId('AttributeType', other!.id) } });
      }
      const last = await w.tx.attributeType.aggregate({ where: { planId }, _max: { position: true } });
      const type = await w.create(
        'AttributeType',
        {
          planId,
          identifier: input.identifier,
          name: input.name,
          description: input.description ?? null,
          kind,
          unit: input.unit ?? null,
          minimum: input.minimum ?? null,
          maximum: input.maximum ?? null,
          maxChoices: input.maxChoices ?? null,
          appliesToActions: input.appliesToActions ?? true,
          appliesToSections: input.appliesToSections ?? false,
          position: input.position ?? (last._max.position ?? -1) + 1,
        },
        'input',
      );
      // Level by level, so a category's parent exists before it (a few statements whatever the count).
      const idOf = new Map<string, number>();
      const positions = new Map<string | null, number>();
      let pending = choices;
      while (pending.length) {
        const level = pending.filter((c) => c.parent == null || idOf.has(c.parent));
        pending = pending.filter((c) => !level.includes(c));
        const data = level.map((c) => {
          const key = c.parent ?? null;
          const position = positions.get(key) ?? 0;
          positions.set(key, position + 1);
          return { typeId: type.id, identifier: c.identifier, label: c.label, parentId: c.parent != null ? idOf.get(c.parent)! : null, position };
        });
        for (const row of await w.createMany('AttributeChoice', data, 'input.choices')) idOf.set(row.identifier as string, row.id);
      }
      return type as unknown as AttributeType;
    });
  }

  @Mutation(() => AttributeType, { description: "Changes an attribute type's name, identifier, description, unit, range, limit, scope or position (council admins)." })
  async updateAttributeType(@Ctx() ctx: Context, @Arg('input', () => UpdateAttributeTypeInput, { description: 'The changes.' }) input: UpdateAttributeTypeInput): Promise<AttributeType> {
    requireAdmin(ctx);
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    const id = parseId(input.id, 'input.id', 'AttributeType');
    if (input.identifier != null) checkIdentifier(input.identifier, 'input.identifier');
    if (input.name !== undefined) checkText(input.name, 'input.name');
    return runWrite(ctx, async (w) => {
      const { row } = await w.authorize('AttributeType', id, 'input.id');
      const kind = row.kind as string;
      const data: Record<string, unknown> = {};
      for (const k of ['identifier', 'name', 'description', 'unit', 'minimum', 'maximum', 'maxChoices', 'appliesToActions', 'appliesToSections', 'position'] as const) if (input[k] !== undefined) data[k] = input[k];
      for (const k of ['identifier', 'name', 'appliesToActions', 'appliesToSections', 'position'] as const) if (data[k] === null) throw badInput(`input.${k}: must not be null`, `input.${k}`);
      const next = { ...row, ...data } as Record<string, any>;
      // The type as it would be, held to the checks a new type's properties pass
      // (attributes/definition.ts), so an update cannot make what a create refuses.
      try {
        checkAttributeProperties({ ...next, kind } as AttributeDefinition);
      } catch (err) {
        if (err instanceof AttributeDefinitionError) throw definitionError(err);
        throw err;
      }
      if (data.identifier != null && data.identifier !== row.identifier && (await w.tx.attributeType.findUnique({ where: { planId_identifier: { planId: row.planId as number, identifier: data.identifier as string } } }))) {
        throw new GraphQLError(`input.identifier: the plan already has an attribute "${data.identifier}"`, { extensions: { code: 'KEY_CONFLICT', field: 'input.identifier' } });
      }
      // A tighter limit or scope must still hold every value there is.
      const outside = next.minimum != null || next.maximum != null ? await countValues(w.tx, { typeId: id, OR: [...(next.minimum != null ? [{ number: { lt: next.minimum } }] : []), ...(next.maximum != null ? [{ number: { gt: next.maximum } }] : [])] }) : 0;
      if (outside) throw choiceError('OUT_OF_RANGE', `input: ${outside} value(s) of "${row.identifier}" lie outside ${next.minimum ?? '−∞'} to ${next.maximum ?? '∞'}; change them first`, 'input.minimum');
      if (data.maxChoices != null) {
        const [{ n }] = (await w.tx.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "AttributeValue" WHERE "typeId" = $1 AND cardinality("choiceIds") > $2`, id, data.maxChoices)) as { n: number }[];
        if (n) throw choiceError('TOO_MANY_VALUES', `input.maxChoices: ${n} value(s) of "${row.identifier}" hold more than ${data.maxChoices} choices; change them first`, 'input.maxChoices');
      }
      for (const [flag, column, what] of [['appliesToActions', 'actionId', 'actions'], ['appliesToSections', 'sectionId', 'sections']] as const) {
        if (data[flag] === false) {
          const n = await countValues(w.tx, { typeId: id, [column]: { not: null } });
          if (n) throw inUse(`input.${flag}: ${n} ${what} have a value of "${row.identifier}"; remove them first`, `input.${flag}`, n);
        }
      }
      return (await w.update('AttributeType', id, input.expectedVersion, data, 'input')) as unknown as AttributeType;
    });
  }

  @Mutation(() => ID, {
    description: 'Deletes an attribute type and its choices (council admins); answers its id. Refused (BAD_USER_INPUT, reason IN_USE, with the count of values) while actions or sections hold a value of it, unless `force`: then those values are deleted too, every one audited.',
  })
  async deleteAttributeType(@Ctx() ctx: Context, @Arg('input', () => DeleteAttributeInput, { description: 'What to delete.' }) input: DeleteAttributeInput): Promise<string> {
    requireAdmin(ctx);
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    const id = parseId(input.id, 'input.id', 'AttributeType');
    return runWrite(ctx, async (w) => {
      const { row, owner } = await w.authorize('AttributeType', id, 'input.id');
      const values = await w.tx.attributeValue.findMany({ where: { typeId: id }, orderBy: { id: 'asc' } });
      if (values.length && !input.force) throw inUse(`input.id: ${values.length} action(s) or section(s) have a value of "${row.identifier}"; remove them, or delete with force: true`, 'input.id', values.length);
      await w.deleteMany('AttributeValue', values as never, owner);
      // Children before parents, so that no cascade removes a row the audit does not name.
      // (Reversed tree order puts every category after its subcategories, whatever the chunk.)
      const choices = treeOrder((await w.tx.attributeChoice.findMany({ where: { typeId: id } })) as AttributeChoiceRow[]).reverse();
      await w.deleteMany('AttributeChoice', choices as never, owner);
      await w.delete('AttributeType', id, input.expectedVersion, 'input.id');
      return input.id;
    });
  }

  @Mutation(() => AttributeChoice, { description: 'Adds a choice (or a category) to a CHOICE, MULTI_CHOICE or CATEGORY attribute type (council admins).' })
  async addAttributeChoice(@Ctx() ctx: Context, @Arg('input', () => AddAttributeChoiceInput, { description: 'The new choice.' }) input: AddAttributeChoiceInput): Promise<AttributeChoice> {
    requireAdmin(ctx);
    checkIdentifier(input.identifier, 'input.identifier');
    checkText(input.label, 'input.label');
    const typeId = parseId(input.typeId, 'input.typeId', 'AttributeType');
    const parentId = input.parentId != null ? parseId(input.parentId, 'input.parentId', 'AttributeChoice') : null;
    return runWrite(ctx, async (w) => {
      const { row: type } = await w.authorize('AttributeType', typeId, 'input.typeId');
      if (!CHOICE_KINDS.has(type.kind as string)) throw wrongKind(`input.typeId: "${type.identifier}" is a ${type.kind} attribute; it has no choices`, 'input.typeId');
      if (parentId != null) {
        if (type.kind !== 'CATEGORY') throw badInput('input.parentId: only CATEGORY attributes have a tree', 'input.parentId');
        const parent = await w.tx.attributeChoice.findUnique({ where: { id: parentId } });
        if (!parent || parent.typeId !== typeId) throw choiceError(parent ? 'FOREIGN_CHOICE' : 'UNKNOWN_CHOICE', `input.parentId: ${input.parentId} is not a category of "${type.identifier}"`, 'input.parentId');
      }
      if (await w.tx.attributeChoice.findUnique({ where: { typeId_identifier: { typeId, identifier: input.identifier } } })) {
        throw new GraphQLError(`input.identifier: "${type.identifier}" already has a choice "${input.identifier}"`, { extensions: { code: 'KEY_CONFLICT', field: 'input.identifier' } });
      }
      const last = await w.tx.attributeChoice.aggregate({ where: { typeId, parentId }, _max: { position: true } });
      return (await w.create('AttributeChoice', { typeId, parentId, identifier: input.identifier, label: input.label, position: input.position ?? (last._max.position ?? -1) + 1 }, 'input')) as unknown as AttributeChoice;
    });
  }

  @Mutation(() => AttributeChoice, { description: "Changes a choice's identifier, label or position (council admins); values holding it keep it." })
  async updateAttributeChoice(@Ctx() ctx: Context, @Arg('input', () => UpdateAttributeChoiceInput, { description: 'The changes.' }) input: UpdateAttributeChoiceInput): Promise<AttributeChoice> {
    requireAdmin(ctx);
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    if (input.identifier != null) checkIdentifier(input.identifier, 'input.identifier');
    if (input.label !== undefined) checkText(input.label, 'input.label');
    const id = parseId(input.id, 'input.id', 'AttributeChoice');
    return runWrite(ctx, async (w) => {
      const { row } = await w.authorize('AttributeChoice', id, 'input.id');
      const data: Record<string, unknown> = {};
      for (const k of ['identifier', 'label', 'position'] as const) {
        if (input[k] === null) throw badInput(`input.${k}: must not be null`, `input.${k}`);
        if (input[k] !== undefined) data[k] = input[k];
      }
      if (data.identifier != null && data.identifier !== row.identifier && (await w.tx.attributeChoice.findUnique({ where: { typeId_identifier: { typeId: row.typeId as number, identifier: data.identifier as string } } }))) {
        throw new GraphQLError(`input.identifier: the type already has a choice "${data.identifier}"`, { extensions: { code: 'KEY_CONFLICT', field: 'input.identifier' } });
      }
      return (await w.update('AttributeChoice', id, input.expectedVersion, data, 'input')) as unknown as AttributeChoice;
    });
  }

  @Mutation(() => ID, {
    description:
      'Deletes a choice (for a category, with its subcategories) (council admins); answers its id. Refused (BAD_USER_INPUT, reason IN_USE) while a value holds it, unless `force`: then it is taken out of those values and a value left with no choice is deleted, every change audited. A CHOICE type keeps at least one choice.',
  })
  async deleteAttributeChoice(@Ctx() ctx: Context, @Arg('input', () => DeleteAttributeInput, { description: 'What to delete.' }) input: DeleteAttributeInput): Promise<string> {
    requireAdmin(ctx);
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    const id = parseId(input.id, 'input.id', 'AttributeChoice');
    return runWrite(ctx, async (w) => {
      const { row, owner } = await w.authorize('AttributeChoice', id, 'input.id');
      // Before reading the values: see setAttributeValue.
      await w.tx.$queryRawUnsafe(`SELECT "id" FROM "AttributeChoice" WHERE "typeId" = $1 ORDER BY "id" FOR UPDATE`, row.typeId);
      const all = (await w.tx.attributeChoice.findMany({ where: { typeId: row.typeId as number } })) as AttributeChoiceRow[];
      const gone = new Set([id]);
      for (let grown = true; grown; ) {
        grown = false;
        for (const c of all) if (c.parentId != null && gone.has(c.parentId) && !gone.has(c.id)) (gone.add(c.id), (grown = true));
      }
      if (gone.size === all.length) throw badInput(`input.id: it is the last choice of its type; delete the type instead`, 'input.id');
      // The values holding it, locked (in id order) before they are read, so none changes between the read and the update.
      await w.tx.$queryRawUnsafe(`SELECT "id" FROM "AttributeValue" WHERE "typeId" = $1 AND "choiceIds" && $2::int[] ORDER BY "id" FOR NO KEY UPDATE`, row.typeId, [...gone]);
      const values = (await w.tx.attributeValue.findMany({ where: { typeId: row.typeId as number, choiceIds: { hasSome: [...gone] } }, orderBy: { id: 'asc' } })) as unknown as ValueRow[];
      if (values.length && !input.force) throw inUse(`input.id: ${values.length} value(s) hold "${row.identifier}"; take it out of them, or delete with force: true`, 'input.id', values.length);
      // Values left with other choices lose it (one UPDATE per 1,000, each version bumped); values left empty are deleted.
      const empty = values.filter((v) => v.choiceIds.every((c) => gone.has(c)));
      const kept = values.filter((v) => !v.choiceIds.every((c) => gone.has(c)));
      const updatedAt = new Date();
      await w.updateMany(
        'AttributeValue',
        owner,
        { choiceIds: 'int[]', version: 'int', updatedAt: 'timestamp(3)' },
        kept.map((v) => ({ before: { ...v }, after: { ...v, choiceIds: v.choiceIds.filter((c) => !gone.has(c)), version: v.version + 1, updatedAt } })),
        (a) => ({ id: a.id, choiceIds: a.choiceIds, version: a.version, updatedAt: updatedAt.toISOString() }),
      );
      await w.deleteMany('AttributeValue', empty as never, owner);
      // Subcategories first (reversed tree order), in one DELETE per 1,000; the choice itself last, at the version read.
      const order = treeOrder(all).filter((c) => gone.has(c.id) && c.id !== id).reverse();
      await w.deleteMany('AttributeChoice', order as never, owner);
      await w.delete('AttributeChoice', id, input.expectedVersion, 'input.id');
      return input.id;
    });
  }

  @Mutation(() => Attribute, {
    description:
      "Sets the value of an attribute on an action or section (editors of the plan's council). Refused with BAD_USER_INPUT and `extensions.reason`: WRONG_KIND (the value given in another kind's field), MISSING_VALUE, UNKNOWN_CHOICE, FOREIGN_CHOICE (a choice of another type), OUT_OF_RANGE, TOO_MANY_VALUES, NOT_APPLICABLE (the type is not for actions / sections).",
  })
  async setAttributeValue(@Ctx() ctx: Context, @Arg('input', () => SetAttributeValueInput, { description: 'Where, and the value.' }) input: SetAttributeValueInput): Promise<AttributeOut> {
    const typeId = parseId(input.typeId, 'input.typeId', 'AttributeType');
    const choiceIds = input.choices?.map((c, i) => parseId(c, `input.choices.${i}`, 'AttributeChoice'));
    return runWrite(ctx, async (w) => {
      const { row } = await w.authorize('AttributeType', typeId, 'input.typeId');
      const type = row as unknown as TypeRow;
      const target = await targetOf(w, type, input);
      // Two editors setting the first value of one attribute on one action at once: the
      // second waits here for the first to commit, then finds its value and gets
      // VERSION_CONFLICT (not a unique-key error). Same lock strength an update of the row takes.
      await w.tx.$queryRawUnsafe(`SELECT "id" FROM "${target.column === 'actionId' ? 'Action' : 'PlanSection'}" WHERE "id" = $1 FOR NO KEY UPDATE`, target.id);
      // The named choices are share-locked to commit: a concurrent deleteAttributeChoice
      // (which locks its type's choices FOR UPDATE first) either sees this value or
      // removes the choice before it is read here, never leaves a value naming nothing.
      if (choiceIds?.length) await w.tx.$queryRawUnsafe(`SELECT "id" FROM "AttributeChoice" WHERE "id" = ANY($1::int[]) ORDER BY "id" FOR SHARE`, choiceIds);
      const named = choiceIds?.length ? ((await w.tx.attributeChoice.findMany({ where: { id: { in: choiceIds } } })) as AttributeChoiceRow[]) : [];
      const given: GivenValue = { text: input.text, number: input.number, date: input.date, choiceIds: choiceIds ?? null };
      let stored: ReturnType<typeof checkValue>;
      try {
        stored = checkValue(type, given, new Map(named.map((c) => [c.id, c])), (id) => toGlobalId('AttributeChoice', id));
      } catch (err) {
        if (err instanceof AttributeValueError) throw valueError(err, valueFieldPath(err, type.kind));
        throw err;
      }
      const existing = (await w.tx.attributeValue.findFirst({ where: { typeId, [target.column]: target.id } })) as ValueRow | null;
      let value: ValueRow;
      if (!existing) {
        if (input.expectedVersion != null) throw notFound(`input.expectedVersion: there is no value of "${type.identifier}" there any more`, 'input.expectedVersion');
        value = (await w.create('AttributeValue', { typeId, [target.column]: target.id, ...stored }, 'input')) as unknown as ValueRow;
      } else {
        if (input.expectedVersion == null) {
          throw new GraphQLError(`input.expectedVersion: "${type.identifier}" already has a value there (version ${existing.version}); read it and send its version`, {
            extensions: { code: 'VERSION_CONFLICT', entity: 'AttributeValue', expectedVersion: null, currentVersion: existing.version, field: 'input.expectedVersion' },
          });
        }
        // The same value again is no change: nothing written, nothing audited.
        value = sameValue(storedOf(existing), stored) && existing.version === input.expectedVersion
          ? existing
          : ((await w.update('AttributeValue', existing.id, input.expectedVersion, { ...stored }, 'input')) as unknown as ValueRow);
      }
      return attributeOut(type, value, new Map(named.map((c) => [c.id, c])));
    });
  }

  @Mutation(() => Boolean, { description: "Removes the value of an attribute from an action or section (editors of the plan's council); true when removed." })
  async removeAttributeValue(@Ctx() ctx: Context, @Arg('input', () => RemoveAttributeValueInput, { description: 'Which value.' }) input: RemoveAttributeValueInput): Promise<boolean> {
    const typeId = parseId(input.typeId, 'input.typeId', 'AttributeType');
    checkVersion(input.expectedVersion, 'input.expectedVersion');
    return runWrite(ctx, async (w) => {
      const { row } = await w.authorize('AttributeType', typeId, 'input.typeId');
      const target = await targetOf(w, row as unknown as TypeRow, input);
      const existing = await w.tx.attributeValue.findFirst({ where: { typeId, [target.column]: target.id } });
      if (!existing) throw notFound(`input: there is no value of "${row.identifier}" there`, 'input.typeId');
      await w.delete('AttributeValue', existing.id, input.expectedVersion, 'input');
      return true;
    });
  }
}
