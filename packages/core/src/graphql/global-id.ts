// Opaque global ids (the Relay / GraphQL Global Object Identification convention):
// every object with a database id is a `Node` whose `id` is base64url("<Type>:<id>"),
// and `Query.node(id)` / `Query.nodes(ids)` fetch any of them. Clients must treat ids as
// opaque; the server decodes them and checks the type an argument expects.
//
// This module is the codec only (no GraphQL import: the importer's input checks and the
// webhook payloads use it without loading the schema's libraries); the `Node` interface
// and `node` / `nodes` are added to the schema by graphql/node-interface.ts.
import { badInput } from './errors';

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** The largest database id: every id column is a PostgreSQL `integer` (issue 16: 2^31 and above is not an id). */
export const MAX_DATABASE_ID = 2_147_483_647;

/**
 * Decodes a global id; null when it is not one: not base64url, not "<Type>:<id>", or an id
 * outside 1…MAX_DATABASE_ID (so `node` answers null and a typed argument BAD_USER_INPUT,
 * never a database error).
 */
export function fromGlobalId(value: string): { type: string; id: number } | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const [type, raw, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split(':');
  const id = Number(raw);
  if (rest.length || !type || !/^[A-Z]\w*$/.test(type) || !/^\d+$/.test(raw ?? '') || !Number.isSafeInteger(id) || id <= 0 || id > MAX_DATABASE_ID) return null;
  return { type, id };
}

/** Parses an ID argument that must name an object of `type`. */
export function parseGlobalId(value: string | number, argumentName: string, type: string): number {
  const decoded = fromGlobalId(String(value));
  if (!decoded) throw badInput(`${argumentName}: "${value}" is not an id`, argumentName);
  if (decoded.type !== type) throw badInput(`${argumentName}: "${value}" is the id of a ${decoded.type}, not of a ${type}`, argumentName);
  return decoded.id;
}

/**
 * The database id a look-up by id (`plan(id:)`, `action(id:)`, `node(id:)`…) reads, or null
 * when the value is not an id of that type (malformed, past the integer columns, another
 * type's): a look-up answers null for every id that names nothing it can return, as
 * `node` does, and as it does for a draft the caller may not see (docs/clients.md, "Ids").
 * Filters and write inputs use parseGlobalId and refuse such a value with BAD_USER_INPUT.
 */
export function lookupId(value: string, type: string): number | null {
  const decoded = fromGlobalId(value);
  return decoded && decoded.type === type ? decoded.id : null;
}
