import type { GraphQLResolveInfo } from 'graphql';
import graphqlFields from 'graphql-fields';
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver, createUnionType, registerEnumType } from 'type-graphql';
import { Action, Plan } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput } from '../errors';
import { MAX_PAGE_SIZE, PageInfo, encodeKey, readKey } from '../pagination';
import { MAX_DATABASE_ID } from '../global-id';
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

  /** The result's keyset (for its cursor); not in the schema. */
  type!: string;
  id!: number;
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
export const SEARCH_CANDIDATES = 500;
/** SEARCH_CANDIDATES as the schema's descriptions print it. */
const CAP = SEARCH_CANDIDATES.toLocaleString('en-GB');

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
 *
 * The condition is written for the scan PostgreSQL runs on a common word at national
 * scale (sequential, testing every row until SEARCH_CANDIDATES match): a document with no
 * plugin text (`coreDocument` NULL, most of them) is settled by one NULL test and one
 * `@@`, without comparing its plugin array; and asking for both types adds no per-row
 * test. Each branch of the OR still has its own indexable `@@`, so a rare word is found
 * through the two GIN indexes (BitmapOr).
 */
function matchesSql(ctx: Context, types: string[]): { sql: string; params: unknown[] } {
  const visible = ctx.access.visiblePlanSql('t', 4);
  const everyType = Object.values(SearchableType).every((type) => types.includes(type));
  // Whether the whole document counts (no plugin text, or only enabled plugins'): one expression for the column and both branches.
  const whole = `(d."coreDocument" IS NULL OR d.plugins <@ $2::text[])`;
  return {
    sql: `SELECT d.entity AS type, d."entityId" AS id, ${whole} AS whole, d.document, d."coreDocument", d."coreText", d."pluginText"
          FROM "SearchDocument" d JOIN "Plan" t ON t.id = d."planId"
          WHERE ((${whole} AND d.document @@ websearch_to_tsquery('english', $1))
              OR (NOT ${whole} AND d."coreDocument" @@ websearch_to_tsquery('english', $1)))
            AND ${everyType ? '$3::text[] IS NOT NULL' : 'd.entity = ANY($3::text[])'} AND ${visible.sql}
          LIMIT ${SEARCH_CANDIDATES}`,
    params: [[...ctx.pluginNames], types, ...visible.params],
  };
}

@ObjectType({ description: 'How many plans and actions a search matches, counted up to a cap.' })
class SearchCount {
  @Field(() => Int, { description: `Matches the caller may read, counted up to ${CAP}.` })
  count!: number;

  @Field(() => Boolean, { description: `True when the count reached the cap: at least \`count\` match ("${SEARCH_CANDIDATES}+").` })
  capped!: boolean;
}

/** A search result's place in the ranked list: the keyset a `searchConnection` cursor holds. */
type SearchKey = { rank: number; type: string; id: number };

function encodeSearchCursor(key: SearchKey): string {
  return encodeKey(['search', key.rank, key.type, key.id]);
}

/** A cursor this server made, or BAD_USER_INPUT: a forged one never reaches the SQL as anything but numbers and a known type. */
function decodeSearchCursor(cursor: string): SearchKey {
  // Read as every list's cursor is (pagination.ts); the rank, type and id are search's own.
  const key = readKey('search', cursor);
  if (
    key.length !== 4 ||
    typeof key[1] !== 'number' ||
    !Number.isFinite(key[1]) ||
    (key[2] !== SearchableType.PLAN && key[2] !== SearchableType.ACTION) ||
    !Number.isSafeInteger(key[3]) ||
    key[3] < 1 ||
    key[3] > MAX_DATABASE_ID
  ) {
    throw badInput('after: not a search cursor', 'after');
  }
  return { rank: key[1] as number, type: key[2] as string, id: key[3] as number };
}

type RankedRow = { type: string; id: number; rank: number; snippet: string };

/**
 * The `limit` most relevant readable matches after `after` (rank descending, then type and
 * id), with snippets: one statement over the stored search documents (matchesSql).
 */
async function rankedHits(ctx: Context, query: string, types: string[], limit: number, after: SearchKey | null): Promise<SearchHit[]> {
  const matches = matchesSql(ctx, types);
  // Parameters: $1 the query, then the matches', then the limit, then the keyset.
  let next = 2 + matches.params.length;
  const limitParam = `$${next++}`;
  const keyset = after ? `WHERE rank < $${next} OR (rank = $${next} AND (type, id) > ($${next + 1}::text, $${next + 2}::int))` : '';
  // Only the query text, the limit, the cursor's numbers and the caller's councils are parameters; the SQL is the server's own.
  const rows = await ctx.prisma.$queryRawUnsafe<RankedRow[]>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     matches AS (${matches.sql}),
     scored AS (
       SELECT type, id, whole, "coreText", "pluginText", ts_rank(CASE WHEN whole THEN document ELSE "coreDocument" END, q.q)::float8 AS rank
       FROM matches, q
     ),
     ranked AS (SELECT * FROM scored ${keyset} ORDER BY rank DESC, type, id LIMIT ${limitParam})
     SELECT type, id, rank,
            ts_headline('english', CASE WHEN whole AND "pluginText" <> '' THEN "coreText" || ' ' || "pluginText" ELSE "coreText" END, q.q, 'MaxFragments=2, MaxWords=20, MinWords=5') AS snippet
     FROM ranked, q ORDER BY rank DESC, type, id`,
    query,
    ...matches.params,
    limit,
    ...(after ? [after.rank, after.type, after.id] : []),
  );
  const nodes = await Promise.all(rows.map((r) => (r.type === 'Plan' ? planById(ctx).load(Number(r.id)) : actionById(ctx).load(Number(r.id)))));
  // The net under the SQL condition: a hit the caller may not read is dropped, not nulled.
  const readable = await Promise.all(nodes.map((node, i) => (node ? ctx.access.canRead(rows[i]!.type, node as unknown as Record<string, unknown>) : false)));
  return rows.flatMap((r, i) => {
    const node = nodes[i];
    return node && readable[i]
      ? [{ rank: Number(r.rank), snippet: r.snippet, node: Object.assign(node, { __typename: r.type }) as typeof SearchResult, type: r.type, id: Number(r.id) }]
      : [];
  });
}

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first: must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
}

async function countMatches(ctx: Context, query: string, types: string[]): Promise<number> {
  const matches = matchesSql(ctx, types);
  const [row] = await ctx.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${matches.sql}) m`, query, ...matches.params);
  return Number(row?.n ?? 0);
}

@ObjectType({ description: 'One search result in a page, with its cursor.' })
class SearchHitEdge {
  @Field(() => String, { description: 'Opaque position of this result in the ranked list; pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => SearchHit, { description: 'The result.' })
  node!: SearchHit;
}

@ObjectType({ description: 'A page of search results, most relevant first (Relay cursor connection).' })
class SearchHitConnection {
  @Field(() => [SearchHitEdge], { description: 'The results of the page, with their cursors.' })
  edges!: SearchHitEdge[];

  @Field(() => [SearchHit], { description: 'The results of the page, without cursors.' })
  nodes!: SearchHit[];

  @Field(() => PageInfo, { description: `Where the page sits in the ranked list (at most the first ${CAP} matches).` })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: `How many plans and actions match that the caller may read, counted up to ${CAP} (as \`searchCount.count\`).` })
  totalCount!: number;

  @Field(() => Boolean, { description: `True when \`totalCount\` reached the ${CAP} cap: at least that many match (as \`searchCount.capped\`).` })
  totalCapped!: boolean;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      `Full-text search (PostgreSQL, English stemming, web-search syntax: words, "quoted phrases", OR, -excluded) over plans and actions, most relevant first. The text is at most 200 characters and 16 words. When more than ${CAP} plans and actions match, the results are the most relevant of the first ${CAP} matches (see \`searchCount\`): make the query more specific. To page through results use \`searchConnection\`.`,
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: 'What to look for, e.g. "phonics champions" (at most 200 characters, 16 words).' }) query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these kinds of result; both when absent.' }) types?: SearchableType[],
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many results, at most 500.' }) first = 20,
  ): Promise<SearchHit[]> {
    checkQuery(query);
    checkFirst(first);
    const wanted = types?.length ? [...new Set(types)] : [SearchableType.PLAN, SearchableType.ACTION];
    return rankedHits(ctx, query, wanted, first, null);
  }

  @Query(() => SearchHitConnection, {
    description:
      `The same search as \`search\` (same text rules, same stored documents, same ranking), as a cursor connection: pass \`pageInfo.endCursor\` as \`after\` for the next page. Pages run through the most relevant of the first ${CAP} matches.`,
  })
  async searchConnection(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('query', () => String, { description: 'What to look for, e.g. "phonics champions" (at most 200 characters, 16 words).' }) query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these kinds of result; both when absent.' }) types: SearchableType[] | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1 to 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Results after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<SearchHitConnection> {
    checkQuery(query);
    checkFirst(first);
    const key = after != null ? decodeSearchCursor(after) : null;
    const wanted = types?.length ? [...new Set(types)] : [SearchableType.PLAN, SearchableType.ACTION];
    const fields = graphqlFields(info);
    // The count is a statement of its own: run it only when asked for.
    const wantsTotal = 'totalCount' in fields || 'totalCapped' in fields;
    const [hits, total] = await Promise.all([rankedHits(ctx, query, wanted, first + 1, key), wantsTotal ? countMatches(ctx, query, wanted) : Promise.resolve(-1)]);
    const page = hits.slice(0, first);
    const edges = page.map((hit) => ({ cursor: encodeSearchCursor({ rank: hit.rank, type: hit.type, id: hit.id }), node: hit }));
    return {
      edges,
      nodes: page,
      totalCount: total,
      totalCapped: total >= SEARCH_CANDIDATES,
      pageInfo: {
        hasNextPage: hits.length > first,
        hasPreviousPage: key != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => SearchCount, {
    description: `How many plans and actions \`search\` would find for this text (those the caller may read), counted up to ${CAP}, so a common word costs no more than a rare one.`,
  })
  async searchCount(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: 'The search text, as for `search`.' }) query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these kinds of result; both when absent.' }) types?: SearchableType[],
  ): Promise<SearchCount> {
    checkQuery(query);
    const wanted = types?.length ? [...new Set(types)] : [SearchableType.PLAN, SearchableType.ACTION];
    const count = await countMatches(ctx, query, wanted);
    return { count, capped: count >= SEARCH_CANDIDATES };
  }
}
