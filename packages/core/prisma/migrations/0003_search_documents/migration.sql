-- CreateTable
CREATE TABLE "SearchDocument" (
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "coreText" TEXT NOT NULL,
    "pluginText" TEXT NOT NULL DEFAULT '',
    "plugins" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "document" tsvector NOT NULL,
    "coreDocument" tsvector,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("entity","entityId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");

-- CreateIndex
CREATE INDEX "SearchDocument_coreDocument_idx" ON "SearchDocument" USING GIN ("coreDocument");

-- CreateIndex
CREATE INDEX "SearchDocument_planId_idx" ON "SearchDocument"("planId");

-- Backfill (issue 21): the documents of the plans and actions already in the database,
-- from core's text, as src/search/documents.ts builds them. The plugins' text is added by
-- the refresh the server runs after applying migrations to a database with data
-- (refreshStructuredValues of everything, which rebuilds every search document).
INSERT INTO "SearchDocument" ("entity", "entityId", "planId", "coreText", "pluginText", "plugins", "document", "coreDocument")
SELECT 'Plan', p.id, p.id, coalesce(d.text, ''), '', '{}', to_tsvector('english', coalesce(d.text, '') || ' '), NULL
FROM "Plan" p
LEFT JOIN (
  SELECT id, string_agg(text, ' ' ORDER BY k, text) AS text
  FROM (SELECT id, concat_ws(' ', title, "periodText", kind, purpose, context) AS text, 0 AS k FROM "Plan") s
  WHERE text IS NOT NULL AND text <> '' GROUP BY id
) d ON d.id = p.id;

INSERT INTO "SearchDocument" ("entity", "entityId", "planId", "coreText", "pluginText", "plugins", "document", "coreDocument")
SELECT 'Action', a.id, a."planId", coalesce(d.text, ''), '', '{}', to_tsvector('english', coalesce(d.text, '') || ' '), NULL
FROM "Action" a
LEFT JOIN (
  SELECT id, string_agg(text, ' ' ORDER BY k, text) AS text
  FROM (
    SELECT id, concat_ws(' ', code, title, description, "resourcesText", "timescaleText") AS text, 0 AS k FROM "Action"
    UNION ALL SELECT "actionId", text, 1 FROM "SuccessCriterion" WHERE "actionId" IS NOT NULL
    UNION ALL SELECT "actionId", text, 2 FROM "Milestone"
  ) s
  WHERE text IS NOT NULL AND text <> '' GROUP BY id
) d ON d.id = a.id;
