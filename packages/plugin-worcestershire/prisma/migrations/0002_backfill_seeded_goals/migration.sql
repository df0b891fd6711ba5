-- Issue 18: a database seeded before indicator goals existed has the seeded LAA delivery
-- plan's baseline and yearly targets as printed rows but no goals and no baseline date
-- (seeds only load documents that are missing). This derives them from those rows
-- exactly as today's seed does (packages/plugin-worcestershire/src/seed/load.ts):
-- - the series' baseline date is the last day of its BASELINE row's period (a year
--   "2008" ends on 31 December; a split year "2008/09" on 31 March, the LAA's year);
-- - every TARGET row whose text is a number (parseIndicatorValue's pattern: "84%",
--   "72% (2008)"; not "Not set") becomes a goal by the last day of its period, pointing
--   at the row.
-- Idempotent: a series with a baseline date keeps it, one with any goal gets none, and a
-- fresh database (no seed yet) changes nothing; the seed then writes them.
UPDATE "IndicatorSeries" s
SET "baselineDate" = CASE
    WHEN b."periodText" ~ '^[0-9]{4}/[0-9]{2}$' THEN make_date(left(b."periodText", 4)::int + 1, 3, 31)
    ELSE make_date(b."periodText"::int, 12, 31)
  END
FROM "IndicatorValue" b, "Plan" p, "SourceDocument" d
WHERE b."seriesId" = s."id" AND b."kind" = 'BASELINE' AND b."periodText" ~ '^[0-9]{4}(/[0-9]{2})?$'
  AND p."id" = s."planId" AND d."id" = p."sourceId"
  AND p."slug" = 'worcestershire-laa-delivery-plan-2008-11-ni-94' AND d."key" = '002_00f61bf9dd842e75.txt' AND d."kind" = 'SEED'
  AND s."baselineDate" IS NULL;

INSERT INTO "IndicatorGoal" ("seriesId", "targetDate", "value", "valueText", "periodText", "targetValueId")
SELECT v."seriesId",
  CASE WHEN v."periodText" ~ '^[0-9]{4}/[0-9]{2}$' THEN make_date(left(v."periodText", 4)::int + 1, 3, 31) ELSE make_date(v."periodText"::int, 12, 31) END,
  n.m[1]::numeric, v."valueText", v."periodText", v."id"
FROM "IndicatorValue" v
JOIN "IndicatorSeries" s ON s."id" = v."seriesId"
JOIN "Plan" p ON p."id" = s."planId"
JOIN "SourceDocument" d ON d."id" = p."sourceId"
CROSS JOIN LATERAL (SELECT regexp_match(btrim(regexp_replace(v."valueText", '\s+', ' ', 'g')),
  '^(-?[0-9]{1,10}(\.[0-9]{1,6})?)\s*(%|per ?cent|points?|pts)?\s*(\(\s*([0-9]{4}(\s*[/-]\s*[0-9]{2,4})?)\s*\))?$', 'i') AS m) n
WHERE v."kind" = 'TARGET' AND n.m IS NOT NULL AND v."periodText" ~ '^[0-9]{4}(/[0-9]{2})?$'
  AND p."slug" = 'worcestershire-laa-delivery-plan-2008-11-ni-94' AND d."key" = '002_00f61bf9dd842e75.txt' AND d."kind" = 'SEED'
  AND NOT EXISTS (SELECT 1 FROM "IndicatorGoal" g WHERE g."seriesId" = v."seriesId");
