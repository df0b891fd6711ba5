// The write API's size limits and its Unicode check, without the GraphQL machinery of
// input-bounds.ts (type-graphql, graphql-tools): the importer and the attribute values
// use them, and a command-line import should not load a schema's tooling (issue 21 item 5).

/** The defaults, and the named sizes fields use. */
export const INPUT_LIMITS = {
  /**
   * Names, titles, codes, slugs, printed timescales and money: 800 characters (the longest
   * seeded action title has 496). Several of these columns are indexed, and a PostgreSQL
   * b-tree entry holds at most 2,704 bytes: 800 UTF-16 code units are at most 2,400 bytes
   * of UTF-8, which leaves room for the rest of the entry.
   */
  shortText: 800,
  /** Narrative text (descriptions, purposes, progress notes): 20,000 characters. */
  longText: 20_000,
  /** A global id is about 20 characters; anything much longer is not one. */
  id: 100,
  /** Items of any list argument: 500, the largest page too. */
  listItems: 500,
  /** Calendar values: from 1 January 1900 to 31 December 2200. */
  earliestDate: '1900-01-01',
  latestDate: '2200-12-31',
} as const;

/** Whether a string has a UTF-16 surrogate without its other half. */
export function hasLoneSurrogate(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed) return !wellFormed.call(text);
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
