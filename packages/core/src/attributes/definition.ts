// What makes an attribute type's definition valid, checked in one place for the API's
// `createAttributeType` and an admin's JSON import that defines types (review of issue
// 18: the import skipped the API's range, limit and unit checks). A refusal names the
// definition's field and carries the reason INVALID_DEFINITION: the API answers it as
// BAD_USER_INPUT with `extensions.reason`, the importer as a problem of that code.
import { MAX_CHOICES } from './values';

/** The kinds of attribute (AttributeKind). */
export const ATTRIBUTE_KINDS = new Set(['TEXT', 'RICH_TEXT', 'NUMBER', 'DATE', 'CHOICE', 'MULTI_CHOICE', 'CATEGORY']);
/** The kinds whose values are choices. */
export const CHOICE_KINDS = new Set(['CHOICE', 'MULTI_CHOICE', 'CATEGORY']);
/** A type's or a choice's identifier: it names a CSV column and appears in URLs. */
export const IDENTIFIER = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** A definition refused: `field` is its path in the definition ("maximum", "choices.2.parent"). */
export class AttributeDefinitionError extends Error {
  readonly reason = 'INVALID_DEFINITION';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'AttributeDefinitionError';
  }
}

/** A new attribute type as the API's input or a JSON export gives it (untrusted: any field may be of the wrong type). */
export interface AttributeDefinition {
  identifier: unknown;
  name: unknown;
  kind: unknown;
  unit?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  maxChoices?: unknown;
  appliesToActions?: unknown;
  appliesToSections?: unknown;
  choices?: { identifier: unknown; label?: unknown; parent?: unknown }[] | null;
}

/** The message for an identifier that is not one, or null. */
export function identifierProblem(value: unknown): string | null {
  if (typeof value === 'string' && IDENTIFIER.test(value)) return null;
  return `1 to 63 characters a–z, 0–9, "-" and "_", starting with a letter or digit (it names a CSV column and appears in URLs), got ${JSON.stringify(String(value).slice(0, 80))}`;
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

const refuse = (field: string, message: string): never => {
  throw new AttributeDefinitionError(field, message);
};

/**
 * Throws AttributeDefinitionError for the first thing wrong with a type's own properties
 * (not its choices): a new type's, or an existing type's after an update (its row with
 * the changes merged in).
 */
export function checkAttributeProperties(def: Omit<AttributeDefinition, 'choices'>): void {
  const identifier = identifierProblem(def.identifier);
  if (identifier) refuse('identifier', identifier);
  if (typeof def.name !== 'string' || !def.name.trim()) refuse('name', 'a type has a name');
  const kind = def.kind as string;
  if (!ATTRIBUTE_KINDS.has(kind)) refuse('kind', `one of ${[...ATTRIBUTE_KINDS].join(', ')}, got ${JSON.stringify(String(kind).slice(0, 40))}`);
  for (const k of ['unit', 'minimum', 'maximum'] as const) {
    if (def[k] == null) continue;
    if (kind !== 'NUMBER') refuse(k, `only NUMBER attributes have a ${k}`);
    if (k === 'unit' ? typeof def.unit !== 'string' : !isNumber(def[k])) refuse(k, k === 'unit' ? 'a unit is text' : `the ${k} is a number`);
  }
  if (def.minimum != null && def.maximum != null && (def.minimum as number) > (def.maximum as number)) refuse('maximum', 'is below minimum');
  if (def.maxChoices != null) {
    if (kind === 'CHOICE' || !CHOICE_KINDS.has(kind)) refuse('maxChoices', 'only MULTI_CHOICE and CATEGORY attributes have a limit');
    if (!Number.isInteger(def.maxChoices) || (def.maxChoices as number) < 1 || (def.maxChoices as number) > MAX_CHOICES) refuse('maxChoices', `1 to ${MAX_CHOICES}`);
  }
  for (const flag of ['appliesToActions', 'appliesToSections'] as const) if (def[flag] != null && typeof def[flag] !== 'boolean') refuse(flag, 'true or false');
  if (def.appliesToActions === false && !def.appliesToSections) refuse('appliesToSections', 'an attribute must apply to actions or sections');
}

/** Throws AttributeDefinitionError for the first thing wrong with a new type's definition, its choices included. */
export function checkAttributeDefinition(def: AttributeDefinition): void {
  checkAttributeProperties(def);
  const kind = def.kind as string;
  const choices = def.choices ?? [];
  if (!Array.isArray(choices)) refuse('choices', 'the choices are a list');
  if (CHOICE_KINDS.has(kind) && !choices.length) refuse('choices', `a ${kind} attribute needs at least one choice`);
  if (!CHOICE_KINDS.has(kind) && choices.length) refuse('choices', `a ${kind} attribute has no choices`);
  const seen = new Set<string>();
  for (const [i, c] of choices.entries()) {
    if (!c || typeof c !== 'object') refuse(`choices.${i}`, 'a choice has an identifier and a label');
    const problem = identifierProblem(c.identifier);
    if (problem) refuse(`choices.${i}.identifier`, problem);
    const id = c.identifier as string;
    if (c.label != null && typeof c.label !== 'string') refuse(`choices.${i}.label`, 'a label is text');
    if (seen.has(id)) refuse(`choices.${i}.identifier`, `"${id}" is given twice`);
    if (c.parent != null) {
      if (kind !== 'CATEGORY') refuse(`choices.${i}.parent`, 'only CATEGORY attributes have a tree');
      if (!seen.has(c.parent as string)) refuse(`choices.${i}.parent`, `"${String(c.parent).slice(0, 80)}" is not a category given before it`);
    }
    seen.add(id);
  }
}
