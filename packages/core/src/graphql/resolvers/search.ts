import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, createUnionType, registerEnumType } from 'type-graphql';
import { Action, Plan } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput } from '../errors';
import { MAX_PAGE_SIZE } from '../pagination';
import { actionById, planById } from '../by-id';

export enum SearchableType {
  PLAN = 'Plan',
  ACTION = 'Action',
}
registerEnumType(SearchableType, {
  name: 'SearchableType',
  description: 'What full-text search can find.',
  valuesConfig: { PLAN: { description: 'Plans: title, period, purpose, context.' }, ACTION: { description: 'Actions: title, description, resources, success criteria, milestones, and enabled plugins\' text (e.g. intent, implementation steps, impact).' } },
});

const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A plan or an action found by full-text search.',
  types: () => [Plan, Action] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ description: 'One full-text search result.' })
class SearchHit {
  @Field(() => Float, { description: 'PostgreSQL text-search rank (ts_rank); higher is more relevant.' })
  rank!: number;

  @Field(() => String, { description: 'The matching text with the matched words in <b>…</b>.' })
  snippet!: string;

  @Field(() => SearchResult, { description: 'The plan or action.' })
  node!: typeof SearchResult;
}

/** The longest search text accepted, in characters. */
export const MAX_SEARCH_LENGTH = 200;
/** The most words (terms, OR and quoted words included) a search text may have. */
export const MAX_SEARCH_TERMS = 16;
/**
 * How many matches are ranked, and counted: when more match, the page is the most
 * relevant of the first SEARCH_CANDIDATES matches found by the index and `searchCount`
 * says "at least" this many. Keeps a common word's cost flat as the data grows.
 */
export const SEARCH_CANDIDATES = 1000;

/** Refuses a search text before it reaches the database: empty, too long, or too many words. */
function checkQuery(query: string): void {
  if (!query.trim()) throw badInput('query: give at least one word', 'query');
  if (query.length > MAX_SEARCH_LENGTH) throw badInput(`query: at most ${MAX_SEARCH_LENGTH} characters, got ${query.length}`, 'query');
  const terms = query.trim().split(/\s+/).length;
  if (terms > MAX_SEARCH_TERMS) throw badInput(`query: at most ${MAX_SEARCH_TERMS} words, got ${terms}`, 'query');
}

/**
 * The matching documents the caller may read, at most SEARCH_CANDIDATES of them, from the
 * stored documents (GIN index on their tsvectors). A document holding text of a plugin
 * this server has disabled is matched on its core text only. Parameters: $1 the query
 * text, $2 the enabled plugins, $3 the entity types, then the visibility's.
 */
function matchesSql(ctx: Context, types: string[]): { sql: string; params: unknown[] } {
  const visible = ctx.access.visiblePlanSql('t', 4);
  return {
    sql: `SELECT d.entity AS type, d."entityId" AS id, d.plugins <@ $2::text[] AS whole, d.document, d."coreDocument", d."coreText", d."pluginText"
          FROM "SearchDocument" d JOIN "Plan" t ON t.id = d."planId"
          WHERE ((d.plugins <@ $2::text[] AND d.document @@ websearch_to_tsquery('english', $1))
              OR (NOT d.plugins <@ $2::text[] AND d."coreDocument" @@ websearch_to_tsquery('english', $1)))
            AND d.entity = ANY($3::text[]) AND ${visible.sql}
          LIMIT ${SEARCH_CANDIDATES}`,
    params: [[...ctx.pluginNames], types, ...visible.params],
  };
}

@ObjectType({ description: 'How many plans and actions a search matches, counted up to a cap.' })
class SearchCount {
  @Field(() => Int, { description: 'Matches the caller may read, counted up to 1,000.' })
  count!: number;

  @Field(() => Boolean, { description: 'True when the count reached the cap: at least `count` match ("1000+").' })
  capped!: boolean;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search (PostgreSQL, English stemming, web-search syntax: words, "quoted phrases", OR, -excluded) over plans and actions, most relevant first. The text is at most 200 characters and 16 words. When more than 1,000 plans and actions match, the results are the most relevant of the first 1,000 matches (see `searchCount`): make the query more specific.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: 'What to look for, e.g. "phonics champions" (at most 200 characters, 16 words).' }) query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these kinds of result; both when absent.' }) types?: SearchableType[],
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many results, at most 500.' }) first = 20,
  ): Promise<SearchHit[]> {
    checkQuery(query);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first: must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    const wanted = types?.length ? [...new Set(types)] : [SearchableType.PLAN, SearchableType.ACTION];
    // Only the query text, the limit and the caller's councils are parameters; the SQL is the server's own.
    const matches = matchesSql(ctx, wanted);
    const rows = await ctx.prisma.$queryRawUnsafe<{ type: string; id: number; rank: number; snippet: string }[]>(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
       matches AS (${matches.sql}),
       ranked AS (
         SELECT type, id, whole, "coreText", "pluginText", ts_rank(CASE WHEN whole THEN document ELSE "coreDocument" END, q.q) AS rank
         FROM matches, q ORDER BY rank DESC, type, id LIMIT ${'$'}${4 + matches.params.length - 2}
       )
       SELECT type, id, rank::float8 AS rank,
              ts_headline('english', CASE WHEN whole AND "pluginText" <> '' THEN "coreText" || ' ' || "pluginText" ELSE "coreText" END, q.q, 'MaxFragments=2, MaxWords=20, MinWords=5') AS snippet
       FROM ranked, q ORDER BY rank DESC, type, id`,
      query,
      ...matches.params,
      first,
    );
    const nodes = await Promise.all(rows.map((r) => (r.type === 'Plan' ? planById(ctx).load(Number(r.id)) : actionById(ctx).load(Number(r.id)))));
    // The net under the SQL condition: a hit the caller may not read is dropped, not nulled.
    const readable = await Promise.all(nodes.map((node, i) => (node ? ctx.access.canRead(rows[i]!.type, node as unknown as Record<string, unknown>) : false)));
    return rows.flatMap((r, i) => {
      const node = nodes[i];
      return node && readable[i] ? [{ rank: Number(r.rank), snippet: r.snippet, node: Object.assign(node, { __typename: r.type }) as typeof SearchResult }] : [];
    });
  }

  @Query(() => SearchCount, {
    description: 'How many plans and actions `search` would find for this text (those the caller may read), counted up to 1,000, so a common word costs no more than a rare one.',
  })
  async searchCount(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: 'The search text, as for `search`.' }) query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these kinds of result; both when absent.' }) types?: SearchableType[],
  ): Promise<SearchCount> {
    checkQuery(query);
    const wanted = types?.length ? [...new Set(types)] : [SearchableType.PLAN, SearchableType.ACTION];
    const matches = matchesSql(ctx, wanted);
    const [row] = await ctx.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${matches.sql}) m`, query, ...matches.params);
    const count = Number(row?.n ?? 0);
    return { count, capped: count >= SEARCH_CANDIDATES };
  }
}
