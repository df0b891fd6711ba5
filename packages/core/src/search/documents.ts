// The stored search documents (issue 21): one row per plan and per action in
// "SearchDocument", its core text, every bundled plugin's text, and their tsvectors under
// GIN indexes. Kept by refreshStructuredValues, which every write path calls in its
// transaction (the API's afterWrite, imports, seeds, the refresh after migrations, the
// CLI's refresh-values), so search reads an index instead of rebuilding every document
// per query.
import type { Prisma } from '../db/prisma';
import type { CouncilPlugin, SearchSource } from '../plugin';
import type { Change } from '../audit/record';

/** The documents of the core: the text a plan or an action is found by. */
export const CORE_SEARCH_SOURCES: readonly SearchSource[] = [
  { entity: 'Plan', sql: `SELECT id, concat_ws(' ', title, "periodText", kind, purpose, context) AS text FROM "Plan"` },
  { entity: 'Action', sql: `SELECT id, concat_ws(' ', code, title, description, "resourcesText", "timescaleText") AS text FROM "Action"` },
  { entity: 'Action', sql: `SELECT "actionId" AS id, text FROM "SuccessCriterion" WHERE "actionId" IS NOT NULL` },
  { entity: 'Action', sql: `SELECT "actionId" AS id, text FROM "Milestone"` },
];

/** Which documents to rebuild: every one (`everything`), or those of these plans (the plan and its actions) and these actions. */
export interface SearchScope {
  everything?: boolean;
  /** Plans whose own document and every action's document to rebuild. */
  planIds?: readonly number[];
  /** Plans whose own document only to rebuild (a write changed the plan's text). */
  planDocIds?: readonly number[];
  actionIds?: readonly number[];
}

/** `= ANY(…)` of a JSON array of ids: a plain restriction, which PostgreSQL pushes into every source's scan. */
const idArrayOf = (n: number) => `ARRAY(SELECT value::int FROM jsonb_array_elements_text($${n}::jsonb))`;
const anyOf = (n: number) => `ANY(${idArrayOf(n)})`;

/**
 * Rebuilds the search documents in scope, set-based: per entity one INSERT … ON CONFLICT
 * built from core's sources and every given plugin's (a row is written only when its
 * text changed), and one DELETE for documents whose plan or action is gone.
 */
export async function refreshSearchDocuments(tx: Prisma.TransactionClient, scope: SearchScope, plugins: readonly CouncilPlugin[]): Promise<void> {
  const planIds = [...new Set([...(scope.planIds ?? []), ...(scope.planDocIds ?? [])])];
  const actionIds = [...new Set(scope.actionIds ?? [])];
  const wholePlans = scope.planIds ?? [];
  for (const entity of ['Plan', 'Action'] as const) {
    const ids = entity === 'Plan' ? planIds : actionIds;
    if (!scope.everything && !ids.length && !(entity === 'Action' && wholePlans.length)) continue;
    const core = CORE_SEARCH_SOURCES.filter((s) => s.entity === entity);
    const own = plugins.flatMap((p) => (p.search ?? []).filter((s) => s.entity === entity).map((s) => ({ plugin: p.name, sql: s.sql })));
    // The ids as one array, computed once in a materialized CTE (as an init plan in every
    // source it was computed once per source: ~10 ms each for a 10,000-row import), a
    // restriction PostgreSQL pushes into every source's scan: the actions given and every
    // action of the whole plans.
    const idArray =
      entity === 'Action'
        ? `ARRAY(SELECT value::int FROM jsonb_array_elements_text($1::jsonb) UNION SELECT a.id FROM "Action" a WHERE a."planId" = ${anyOf(2)})`
        : idArrayOf(1);
    const idSet = `ANY((SELECT ids.a FROM ids)::int[])`;
    const where = scope.everything ? '' : `WHERE d.id = ${idSet}`;
    // Each source's number orders the text (with the text itself), so a rebuild of unchanged text is equal to the stored one.
    const coreDocs = core.map((s, k) => `SELECT d.id, d.text, ${k} AS k FROM (${s.sql}) AS d ${where}`).join('\nUNION ALL\n');
    const pluginDocs = own.length
      ? own.map((s, k) => `SELECT d.id, d.text, ${k} AS k, '${s.plugin}'::text AS plugin FROM (${s.sql}) AS d ${where}`).join('\nUNION ALL\n')
      : `SELECT NULL::int AS id, NULL::text AS text, 0 AS k, NULL::text AS plugin WHERE false`;
    const table = entity === 'Plan' ? `SELECT t.id, t.id AS "planId" FROM "Plan" t` : `SELECT t.id, t."planId" FROM "Action" t`;
    const params = scope.everything ? [] : entity === 'Action' ? [JSON.stringify(ids), JSON.stringify(wholePlans)] : [JSON.stringify(ids)];
    // Each text is parsed once (to_tsvector was most of an import's search time): the whole
    // document is the core's vector followed by the plugins' (`||` shifts the second's
    // positions past the first's), not a second parse of the core text with the plugins'.
    await tx.$executeRawUnsafe(
      `WITH ${scope.everything ? '' : `ids AS MATERIALIZED (SELECT ${idArray} AS a),`}
       rows AS (${table} ${scope.everything ? '' : `WHERE t.id = ${idSet}`}),
       core AS (SELECT id, string_agg(text, ' ' ORDER BY k, text) AS text FROM (${coreDocs}) c WHERE text IS NOT NULL AND text <> '' GROUP BY id),
       plug AS (SELECT id, string_agg(text, ' ' ORDER BY k, text) AS text, array_agg(DISTINCT plugin ORDER BY plugin) AS plugins FROM (${pluginDocs}) p WHERE text IS NOT NULL AND text <> '' GROUP BY id),
       docs AS (
         SELECT rows.id, rows."planId", coalesce(core.text, '') AS core_text, coalesce(plug.text, '') AS plugin_text, coalesce(plug.plugins, '{}'::text[]) AS plugins
         FROM rows LEFT JOIN core ON core.id = rows.id LEFT JOIN plug ON plug.id = rows.id
       )
       INSERT INTO "SearchDocument" (entity, "entityId", "planId", "coreText", "pluginText", plugins, document, "coreDocument")
       SELECT '${entity}', id, "planId", core_text, plugin_text, plugins,
              CASE WHEN plugin_text = '' THEN core_vector ELSE core_vector || to_tsvector('english', plugin_text) END,
              CASE WHEN plugin_text = '' THEN NULL ELSE core_vector END
       FROM (SELECT docs.*, to_tsvector('english', core_text) AS core_vector FROM docs OFFSET 0) AS d ORDER BY id
       ON CONFLICT (entity, "entityId") DO UPDATE SET
         "planId" = excluded."planId", "coreText" = excluded."coreText", "pluginText" = excluded."pluginText",
         plugins = excluded.plugins, document = excluded.document, "coreDocument" = excluded."coreDocument"
       WHERE ("SearchDocument"."planId", "SearchDocument"."coreText", "SearchDocument"."pluginText", "SearchDocument".plugins)
             IS DISTINCT FROM (excluded."planId", excluded."coreText", excluded."pluginText", excluded.plugins)`,
      ...params,
    );
    // Documents of rows that are gone (an import deletes actions; cascades delete their children).
    const gone = entity === 'Plan' ? `NOT EXISTS (SELECT 1 FROM "Plan" t WHERE t.id = s."entityId")` : `NOT EXISTS (SELECT 1 FROM "Action" t WHERE t.id = s."entityId")`;
    if (scope.everything) await tx.$executeRawUnsafe(`DELETE FROM "SearchDocument" s WHERE s.entity = '${entity}' AND ${gone}`);
    else {
      const inScope = entity === 'Action' ? `(s."entityId" = ${anyOf(1)} OR s."planId" = ${anyOf(2)})` : `s."entityId" = ${anyOf(1)}`;
      await tx.$executeRawUnsafe(`DELETE FROM "SearchDocument" s WHERE s.entity = '${entity}' AND ${inScope} AND ${gone}`, ...params);
    }
  }
}

/** Core's searched columns by model (as CORE_SEARCH_SOURCES reads them): a change of another column (a RAG status, a position) rebuilds nothing. */
const CORE_SEARCHED_COLUMNS: Record<string, readonly string[]> = {
  Plan: ['title', 'periodText', 'kind', 'purpose', 'context'],
  Action: ['code', 'title', 'description', 'resourcesText', 'timescaleText', 'planId'],
  SuccessCriterion: ['text', 'actionId'],
  Milestone: ['text', 'actionId'],
};

/**
 * The documents a write's changes oblige search to rebuild: the plans and actions whose
 * text, or whose searched children's (milestones, success criteria, plugin rows with an
 * `actionId`), it created, changed or deleted. Changes of other rows (progress notes,
 * parties, money lines) rebuild nothing.
 */
export function searchScopeOf(changes: readonly Change[], plugins: readonly CouncilPlugin[]): SearchScope {
  const prefixes = plugins.map((p) => p.name[0]!.toUpperCase() + p.name.slice(1));
  const isPluginModel = (model: string) => prefixes.some((prefix) => model.startsWith(prefix));
  const planDocIds = new Set<number>();
  const actionIds = new Set<number>();
  for (const c of changes) {
    const row = (c.after ?? c.before) as Record<string, unknown>;
    const columns = CORE_SEARCHED_COLUMNS[c.entity];
    const plugin = isPluginModel(c.entity);
    if (!columns && !plugin) continue;
    const textChanged =
      c.operation !== 'UPDATE' ||
      (columns ?? Object.keys(row)).some((k) => {
        const a = c.before?.[k];
        const b = c.after?.[k];
        return (columns != null || typeof a === 'string' || typeof b === 'string' || Array.isArray(a) || Array.isArray(b)) && JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
      });
    if (!textChanged) continue;
    if (c.entity === 'Plan') planDocIds.add(c.entityId);
    else if (c.entity === 'Action') actionIds.add(c.entityId);
    else if (typeof row.actionId === 'number') actionIds.add(row.actionId);
  }
  return { planDocIds: [...planDocIds], actionIds: [...actionIds] };
}
