-- Issue 18: a database seeded before tasks existed has the seeded plan's Implementation
-- steps but no tasks (seeds only load documents that are missing). This gives every
-- action of the seeded plan that has no task yet one task per step, exactly as today's
-- seed writes them (packages/plugin-peterborough/src/seed/load.ts): the title is the step,
-- the timescale the step's own else its row's Timescale cell, due on that timescale's last
-- day, NOT_STARTED, in the steps' order. Derived from the rows already in the database,
-- so an action edited since keeps its edits. Idempotent: an action with any task is left
-- alone, and a fresh database (no seed yet) inserts nothing; the seed then writes them.
--
-- The due days are dueDayOfTimescale(text, the plan's period 2019/20) of every timescale
-- the seed document prints, computed by that function when this was written; a timescale
-- not listed (an edited one) is undated, as "Ongoing" and "In place" are.
INSERT INTO "ActionTask" ("actionId", "title", "timescaleText", "dueOn", "state", "position", "updatedAt")
SELECT r."actionId", s."text", t.text, due.day, 'NOT_STARTED', s."position", now()
FROM "PeterboroughImplementationStep" s
JOIN "PeterboroughActionRow" r ON r."id" = s."rowId"
JOIN "Action" a ON a."id" = r."actionId"
JOIN "Plan" p ON p."id" = a."planId"
JOIN "SourceDocument" d ON d."id" = p."sourceId"
CROSS JOIN LATERAL (SELECT COALESCE(s."timescaleText", NULLIF(array_to_string(r."timescale", E'\n'), '')) AS text) t
LEFT JOIN (VALUES
  ('April 2020', DATE '2020-04-30'),
  ('August 2020', DATE '2020-08-31'),
  ('Autumn 19', DATE '2019-12-31'),
  ('By end of Autumn 2019', DATE '2019-12-31'),
  ('December 19', DATE '2019-12-31'),
  ('Delivered throughout the 2019/20 academic year.', DATE '2020-08-31'),
  ('Developed and delivered in 2019/20 academic year.', DATE '2020-08-31'),
  ('February 2020', DATE '2020-02-29'),
  ('January 2020', DATE '2020-01-31'),
  ('November 19', DATE '2019-11-30'),
  ('November 2019', DATE '2019-11-30'),
  ('October 19', DATE '2019-10-31'),
  ('October 2019', DATE '2019-10-31'),
  ('October 2020', DATE '2020-10-31'),
  ('September 19', DATE '2019-09-30'),
  ('September 2019', DATE '2019-09-30'),
  ('Spring 20', DATE '2020-03-31')
) AS due(text, day) ON due.text = t.text
WHERE p."slug" = 'peterborough-education-action-plan-2019-20'
  AND d."key" = '003_332f2ca13cc6f6d9.txt' AND d."kind" = 'SEED'
  AND NOT EXISTS (SELECT 1 FROM "ActionTask" x WHERE x."actionId" = r."actionId");
