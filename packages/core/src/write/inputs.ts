// Checks of write inputs that GraphQL's types cannot express. Each failure names the
// input path at fault (`extensions.field`, e.g. "input.funding.1.amount").
import { badInput } from '../graphql/errors';
import { Prisma } from '../db/prisma';

/** Joins an input path: inputPath('input', 'funding', 1, 'amount') → "input.funding.1.amount". */
export function inputPath(...parts: (string | number)[]): string {
  return parts.join('.');
}

/** The largest amount of money a line holds (its column is numeric(14, 2)). */
const MAX_MONEY = new Prisma.Decimal('999999999999.99');

/** Refuses a Decimal amount that is negative, too large, or finer than a penny; returns it. */
export function checkDecimalMoney(amount: Prisma.Decimal, field: string): Prisma.Decimal {
  if (!amount.isFinite() || amount.isNegative()) throw badInput(`${field}: an amount of money must be 0 or more, got ${amount.toString()}`, field);
  if (amount.greaterThan(MAX_MONEY)) throw badInput(`${field}: must be ${MAX_MONEY.toString()} or less, got ${amount.toString()}`, field);
  if (amount.decimalPlaces() > 2) throw badInput(`${field}: at most two decimal places (pence), got ${amount.toString()}`, field);
  return amount;
}

/** Refuses a negative or non-finite amount of money. */
export function checkMoney(amount: number | null | undefined, field: string): void {
  if (amount == null) return;
  if (!Number.isFinite(amount) || amount < 0) throw badInput(`${field}: an amount of money must be 0 or more, got ${amount}`, field);
}

/** Refuses an empty or blank required text (GraphQL's String! lets "" through). */
export function checkText(value: string | null | undefined, field: string, required = true): void {
  if (value == null) {
    if (required) throw badInput(`${field}: must not be null`, field);
    return;
  }
  if (!value.trim()) throw badInput(`${field}: must not be empty`, field);
}

/** Refuses a version that cannot exist. */
export function checkVersion(version: number, field: string): void {
  if (!Number.isInteger(version) || version < 1) throw badInput(`${field}: a version is a whole number from 1, got ${version}`, field);
}

/** The longest identifier (staff id, budget code, cost centre) a join key may be. */
export const MAX_KEY_LENGTH = 64;

/**
 * A join key an integrator's system uses (staff id, budget code, cost centre): 1 to 64
 * printable characters, no line breaks, no space at either end. Returns it, or null to clear.
 */
export function checkJoinKey(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (!value.length || value.length > MAX_KEY_LENGTH) throw badInput(`${field}: 1 to ${MAX_KEY_LENGTH} characters, got ${value.length}`, field);
  if (/[\u0000-\u001f\u007f]/.test(value) || value.trim() !== value) throw badInput(`${field}: printable characters only, without spaces at either end`, field);
  return value;
}

/**
 * An e-mail address as a join key: trimmed of nothing, at most 254 characters, one "@"
 * with a local part and a dotted domain, no spaces or control characters. Stored lower-cased
 * (e-mail addresses are matched case-insensitively by every HR system met so far), so
 * `_entities` finds "A.Officer@…" and "a.officer@…" alike.
 */
export function checkEmail(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (value.length > 254 || !/^[^\s@\u0000-\u001f\u007f]{1,64}@[^\s@\u0000-\u001f\u007f]+\.[^\s@\u0000-\u001f\u007f.]{2,}$/u.test(value) || /\.\.|@\.|\.$/.test(value))
    throw badInput(`${field}: not an e-mail address (name@domain.example)`, field);
  return value.toLowerCase();
}
