// Checks of write inputs that GraphQL's types cannot express. Each failure names the
// input path at fault (`extensions.field`, e.g. "input.funding.1.amount").
import { badInput } from '../graphql/errors';

/** Joins an input path: inputPath('input', 'funding', 1, 'amount') → "input.funding.1.amount". */
export function inputPath(...parts: (string | number)[]): string {
  return parts.join('.');
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
