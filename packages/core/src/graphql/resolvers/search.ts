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

/** The documents of the core: the text a plan or an action is found by. */
const CORE_SOURCES = [
  { entity: 'Plan', sql: `SELECT id, concat_ws(' ', title, "periodText", kind, purpose, context) AS text FROM "Plan"` },
  { entity: 'Action', sql: `SELECT id, concat_ws(' ', code, title, description, "resourcesText", "timescaleText") AS text FROM "Action"` },
  { entity: 'Action', sql: `SELECT "actionId" AS id, text FROM "SuccessCriterion" WHERE "actionId" IS NOT NULL` },
  { entity: 'Action', sql: `SELECT "actionId" AS id, text FROM "Milestone"` },
] as const;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search (PostgreSQL, English stemming, web-search syntax: words, "quoted phrases", OR, -excluded) over plans and actions, most relevant first.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: 'What to look for, e.g. "phonics champions".' }) query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these kinds of result; both when absent.' }) types?: SearchableType[],
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many results, at most 500.' }) first = 20,
  ): Promise<SearchHit[]> {
    if (!query.trim()) throw badInput('query: give at least one word', 'query');
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first: must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    const wanted = new Set<string>(types?.length ? types : [SearchableType.PLAN, SearchableType.ACTION]);
    const sources = [...CORE_SOURCES, ...ctx.searchSources].filter((s) => wanted.has(s.entity));
    // The sources are the server's own SQL (core's and the enabled plugins'); only the
    // query text and the limit are parameters.
    const docs = sources.map((s) => `SELECT '${s.entity}' AS type, d.id, d.text FROM (${s.sql}) AS d`).join('\nUNION ALL\n');
    // Drafts the caller may not read are left out before the limit, so a page is full.
    const visible = ctx.access.visiblePlanSql('t', 3);
    const rows = await ctx.prisma.$queryRawUnsafe<{ type: string; id: number; rank: number; snippet: string }[]>(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
       visible AS (SELECT t.id FROM "Plan" t WHERE ${visible.sql}),
       docs AS (${docs}),
       grouped AS (SELECT type, id, string_agg(text, ' ') AS text FROM docs WHERE text IS NOT NULL GROUP BY type, id),
       hits AS (
         SELECT type, id, text, ts_rank(to_tsvector('english', text), q.q) AS rank
         FROM grouped, q WHERE to_tsvector('english', text) @@ q.q
           AND CASE type WHEN 'Plan' THEN id IN (SELECT id FROM visible)
                         ELSE id IN (SELECT a.id FROM "Action" a WHERE a."planId" IN (SELECT id FROM visible)) END
         ORDER BY rank DESC, type, id LIMIT $2
       )
       SELECT type, id, rank::float8 AS rank, ts_headline('english', text, q.q, 'MaxFragments=2, MaxWords=20, MinWords=5') AS snippet
       FROM hits, q ORDER BY rank DESC, type, id`,
      query,
      first,
      ...visible.params,
    );
    const nodes = await Promise.all(rows.map((r) => (r.type === 'Plan' ? planById(ctx).load(Number(r.id)) : actionById(ctx).load(Number(r.id)))));
    // The net under the SQL condition: a hit the caller may not read is dropped, not nulled.
    const readable = await Promise.all(nodes.map((node, i) => (node ? ctx.access.canRead(rows[i]!.type, node as unknown as Record<string, unknown>) : false)));
    return rows.flatMap((r, i) => {
      const node = nodes[i];
      return node && readable[i] ? [{ rank: Number(r.rank), snippet: r.snippet, node: Object.assign(node, { __typename: r.type }) as typeof SearchResult }] : [];
    });
  }
}
