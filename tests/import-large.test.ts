// A large import (issue 21 item 5), through the importPlan mutation on PGlite and
// PostgreSQL: set-based end to end, so its SQL statements grow with 1,000-row chunks, never
// with rows; every change audited once (and one change event each); the imported text
// searchable at once; the same file again changes nothing.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { IMPORT_MUTATION, PETERBOROUGH_HEADER, PLYMOUTH_HEADER, councilsViewer, csv, importFile } from './support/import-files';
import { databases, testToken, type TestServer } from './support/servers';

const SMALL = 200;
const LARGE = 2_400;

/** A Peterborough file of `n` rows (two steps each): "kestrelwood" in the large file's last intent, "marlpitcombe" in one step of each file. */
function rows(n: number, tag: string): string[][] {
  return Array.from({ length: n }, (_, i) => [
    `Workstream ${i % 7}`,
    `Intent ${tag} ${i}: raise attendance in cluster ${i % 37}${i === n - 1 && tag === 'large' ? ' kestrelwood' : ''}`,
    `Step one for ${i}${i === 1234 % n ? ' marlpitcombe' : ''}\nStep two for ${i}`,
    `Better outcomes ${i}`,
    ['Spring 2020', 'By end of Autumn 2019', 'Term 3', 'Ongoing'][i % 4]!,
    i % 3 ? 'Green' : '',
    `Progress note ${i}`,
  ]);
}

/**
 * Statements a chunk of 1,000 rows may add (16 measured on PostgreSQL): its INSERTs
 * (action, plugin row, criteria, steps; on PostgreSQL each is ids, COPY and a read back),
 * its steps' read, its refresh reads, and its audit rows (ids and COPY, written as each
 * chunk of changes fills: events/journal.ts) and events.
 */
const PER_CHUNK = 18;

describe.each(await databases())('a large import on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    // A 2,400-row import through the API takes longer than the default 30 s request budget on a busy machine.
    server = await database.start({ requestTimeoutMs: 600_000 });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });

  const run = (slug: string, n: number, tag: string) => importFile(server, { council: 'peterborough', planSlug: slug, fileName: `${slug}.csv`, content: csv([PETERBOROUGH_HEADER, ...rows(n, tag)]) });
  const count = async (sql: string, params: unknown[]) => Number((await server.db.sql.query<{ n: number }>(sql, params))[0]!.n);

  it(
    'writes in chunks: statements grow with 1,000-row chunks, not with rows; every change audited once; searchable; a re-import changes nothing',
    async () => {
      // pg 8 warns when a statement is sent while another runs on the same client (pg 9
      // refuses it): Prisma fetches a findMany's includes in parallel, and inside the
      // import's transaction they share one connection (db/serial-transactions.ts).
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(w.message);
      process.on('warning', onWarning);
      onTestFinished(() => void process.off('warning', onWarning));
      const small = await run('large-import-small', SMALL, 'small');
      const large = await run('large-import-large', LARGE, 'large');
      expect(small).toMatchObject({ ok: true, created: SMALL, problems: [] });
      expect(large).toMatchObject({ ok: true, created: LARGE, updated: 0, deleted: 0, problems: [] });
      const planId = (await server.db.sql.query<{ id: number }>(`SELECT id FROM "Plan" WHERE slug = $1`, ['large-import-large']))[0]!.id;

      // Audited once per change: one audit row per (entity, row, operation), one change event per audit row.
      const audits = await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "planId" = $1`, [planId]);
      const distinct = await count(`SELECT count(DISTINCT (entity, "entityId", operation))::int AS n FROM "AuditEvent" WHERE "planId" = $1`, [planId]);
      const events = await count(`SELECT count(*)::int AS n FROM "ChangeEvent" e JOIN "AuditEvent" a ON a.id = e."auditEventId" WHERE a."planId" = $1`, [planId]);
      expect(audits).toBe(large.changeCount);
      expect(distinct).toBe(audits);
      expect(events).toBe(audits);
      // Written a chunk at a time as the import went (events/journal.ts), yet one import:
      // one instant and one actor on all of its audit rows, the events in audit order.
      expect(await count(`SELECT count(DISTINCT (at, "actorSubject"))::int AS n FROM "AuditEvent" WHERE "planId" = $1`, [planId])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM (SELECT e.seq, a.id, lag(a.id) OVER (ORDER BY e.seq) AS prev FROM "ChangeEvent" e JOIN "AuditEvent" a ON a.id = e."auditEventId" WHERE a."planId" = $1) x WHERE x.prev > x.id`, [planId])).toBe(0);
      // The audit images are the rows as written, whichever way the statements went (on
      // PostgreSQL on the transaction's own connection, below Prisma; on PGlite through it):
      // timestamps as ISO text in UTC, dates at midnight UTC, the version, and the event's version.
      const [image] = await server.db.sql.query<{ after: Record<string, unknown>; createdAt: string; dueStart: string; version: number; eventVersion: number | null }>(
        `SELECT a.after, to_char(x."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", to_char(x."dueStart", 'YYYY-MM-DD') AS "dueStart", x.version, e.version AS "eventVersion"
         FROM "AuditEvent" a JOIN "Action" x ON x.id = a."entityId" JOIN "ChangeEvent" e ON e."auditEventId" = a.id
         WHERE a."planId" = $1 AND a.entity = 'Action' AND a.operation = 'CREATE' AND x."dueStart" IS NOT NULL ORDER BY a.id DESC LIMIT 1`,
        [planId],
      );
      expect(image!.after).toMatchObject({ createdAt: image!.createdAt, dueStart: `${image!.dueStart}T00:00:00.000Z`, version: image!.version, planId });
      expect(image!.eventVersion).toBe(image!.version);
      // Each row: its action, its Peterborough row, one success criterion, two steps.
      expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "planId" = $1 AND entity = 'PeterboroughImplementationStep' AND operation = 'CREATE'`, [planId])).toBe(2 * LARGE);
      expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "planId" = $1 AND entity = 'Action' AND operation = 'CREATE'`, [planId])).toBe(LARGE);

      // Searchable at once: a word of the last row's intent (core text) and of a step (plugin text).
      const viewer = await councilsViewer();
      const search = (q: string) => server.gqlAs(viewer, `query($q: String!) { search(query: $q, types: [ACTION]) { node { ... on Action { title plan { slug } } } } }`, { q });
      const intent = await search('kestrelwood');
      expect(intent.errors).toBeUndefined();
      expect(intent.data.search.map((h: any) => h.node)).toEqual([{ title: `Intent large ${LARGE - 1}: raise attendance in cluster ${(LARGE - 1) % 37} kestrelwood`, plan: { slug: 'large-import-large' } }]);
      const step = await search('marlpitcombe');
      expect(step.data.search.map((h: any) => h.node.plan.slug).sort()).toEqual(['large-import-large', 'large-import-small']);
      // Structured values are there too: every action's timescale read.
      expect(await count(`SELECT count(*)::int AS n FROM "Action" WHERE "planId" = $1 AND "timescaleParsed" IS NULL`, [planId])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM "PeterboroughImplementationStep" s JOIN "PeterboroughActionRow" r ON r.id = s."rowId" JOIN "Action" a ON a.id = r."actionId" WHERE a."planId" = $1 AND s."timescaleText" IS NOT NULL AND s."timescaleParsed" IS NULL`, [planId])).toBe(0);

      // The same file again: nothing written, nothing audited, and still no statement per row.
      const again = await run('large-import-large', LARGE, 'large');
      expect(again).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0, unchanged: LARGE, changeCount: 0 });
      expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "planId" = $1`, [planId])).toBe(audits);
      // The re-import read 2,400 actions with their lists (Prisma's parallel includes).
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((m) => /already executing a query/.test(m))).toEqual([]);
    },
    600_000,
  );

  it(
    'caps a common word: "cluster" (in all 2,600 imported intents) counts as 500+, and search and its pages run through the same first 500 matches, ranked',
    async () => {
      // SEARCH_CANDIDATES in core's search resolver, as the schema's descriptions state it.
      const CAP = 500;
      const viewer = await councilsViewer();
      const q = 'cluster';
      const whole = await server.gqlAs(viewer, `query($q: String!) { searchCount(query: $q) { count capped } search(query: $q, first: 500) { rank node { ... on Action { id } } } }`, { q });
      expect(whole.errors).toBeUndefined();
      expect(whole.data.searchCount).toEqual({ count: CAP, capped: true });
      expect(whole.data.search).toHaveLength(CAP);
      const ranks = whole.data.search.map((h: any) => h.rank as number);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

      // Paging: pages of 200 end after the cap, with no result twice and none that search lacks.
      const paged: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const res: any = await server.gqlAs(
          viewer,
          `query($q: String!, $after: String) { searchConnection(query: $q, first: 200, after: $after) { totalCount totalCapped pageInfo { hasNextPage endCursor } nodes { node { ... on Action { id } } } } }`,
          { q, after },
        );
        expect(res.errors).toBeUndefined();
        const conn = res.data.searchConnection;
        expect({ totalCount: conn.totalCount, totalCapped: conn.totalCapped }).toEqual({ totalCount: CAP, totalCapped: true });
        paged.push(...conn.nodes.map((h: any) => h.node.id as string));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(paged).toHaveLength(CAP);
      expect(new Set(paged).size).toBe(CAP);
      expect(new Set(paged)).toEqual(new Set(whole.data.search.map((h: any) => h.node.id as string)));

      // A phrase below the cap is counted exactly: the small file's 200 rows say "Intent small".
      const small = await server.gqlAs(viewer, `query($q: String!) { searchCount(query: $q) { count capped } }`, { q: '"intent small"' });
      expect(small.data.searchCount).toEqual({ count: SMALL, capped: false });
    },
    120_000,
  );

  it(
    'keeps every character of a large file: tabs, backslashes, quotes, braces, "NULL" and \\N survive the bulk path and read back exactly',
    async () => {
      // Large enough for the bulk writers (COPY on PostgreSQL, JSON statements on PGlite).
      const n = 600;
      const odd = (i: number) => `tab\there, back\\slash \\N NULL "quoted" {braces,comma} 'single' é ✓ ${i}`;
      const file = Array.from({ length: n }, (_, i) => [
        `Workstream ${i % 3}`,
        `Intent ${i}: ${odd(i)}`,
        `Step ${odd(i)}\n{"a":"b"}\\ step two ${i}`,
        `NULL\n\\N\n${odd(i)}`,
        'Term 3',
        '',
        `Progress ${odd(i)}`,
      ]);
      const content = csv([PETERBOROUGH_HEADER, ...file]);
      const first = await importFile(server, { council: 'peterborough', planSlug: 'large-import-odd', fileName: 'odd.csv', content });
      expect(first).toMatchObject({ ok: true, created: n, problems: [] });
      // Read back through the API: exactly the cells' text, the Impact cell's lines as the list.
      const viewer = await councilsViewer();
      const res = await server.gqlAs(viewer, `{ plan(slug: "large-import-odd") { actions { title peterborough { intent impact steps { text } } } } }`);
      expect(res.errors).toBeUndefined();
      const last = res.data.plan.actions.find((a: any) => a.peterborough.intent === `Intent 599: ${odd(599)}`);
      expect(last).toBeDefined();
      expect(last.peterborough.impact).toEqual(['NULL', '\\N', odd(599)]);
      expect(last.peterborough.steps.map((s: any) => s.text)).toEqual([`Step ${odd(599)}`, `{"a":"b"}\\ step two 599`]);
      // And the same file again finds every row as stored: nothing changes.
      const again = await importFile(server, { council: 'peterborough', planSlug: 'large-import-odd', fileName: 'odd.csv', content });
      expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: n, changeCount: 0 });
    },
    600_000,
  );

  it(
    'a problem found after audit rows were written rolls them back with the rows: nothing of the import is left',
    async () => {
      // Audit rows are written a chunk at a time as an import goes (events/journal.ts); a
      // join-key clash is found only after the rows are written, against the database.
      const keyed = await importFile(server, {
        council: 'plymouth',
        planSlug: 'late-refusal-a',
        fileName: 'a.csv',
        content: csv([[...PLYMOUTH_HEADER, 'Staff ID'], ['Theme', 'Objective', 'First action', 'Lead one', 'Ongoing', 'Done', 'PEB', 'PEB', 'Lead one = LATE-TAKEN']]),
      });
      expect(keyed).toMatchObject({ ok: true, created: 1 });
      const n = 1_200;
      const file = [[...PLYMOUTH_HEADER, 'Staff ID']];
      for (let i = 0; i < n; i++) {
        file.push([`Theme ${i % 7}`, `Objective ${i % 40}`, `Action ${i}`, `Lead ${i % 30}\nHead Teachers`, 'By April, 2018.\n£5,000', `Criterion ${i}\nAnother ${i}`, 'PEB', 'Independent evaluator', i === n - 1 ? `Lead ${i % 30} = LATE-TAKEN` : '']);
      }
      const scalar = async (sql: string) => Number((await server.db.sql.query<{ n: number }>(sql))[0]!.n);
      const auditsBefore = await scalar(`SELECT count(*)::int AS n FROM "AuditEvent"`);
      const eventsBefore = await scalar(`SELECT count(*)::int AS n FROM "ChangeEvent"`);
      const idsBefore = await scalar(`SELECT last_value::int AS n FROM "AuditEvent_id_seq"`);
      const report = await importFile(server, { council: 'plymouth', planSlug: 'late-refusal-b', fileName: 'b.csv', content: csv(file) });
      expect(report).toMatchObject({ ok: false, changeCount: 0, created: 0 });
      expect(report.problems).toEqual([expect.objectContaining({ row: n + 1, column: 'Staff ID', code: 'KEY_CONFLICT', message: expect.stringContaining('already belongs to Lead one') })]);
      // Audit ids were taken for thousands of rows (a sequence does not roll back): they were written, then rolled back.
      expect((await scalar(`SELECT last_value::int AS n FROM "AuditEvent_id_seq"`)) - idsBefore).toBeGreaterThanOrEqual(5_000);
      expect(await scalar(`SELECT count(*)::int AS n FROM "AuditEvent"`)).toBe(auditsBefore);
      expect(await scalar(`SELECT count(*)::int AS n FROM "ChangeEvent"`)).toBe(eventsBefore);
      expect(await scalar(`SELECT count(*)::int AS n FROM "Plan" WHERE slug = 'late-refusal-b'`)).toBe(0);
    },
    600_000,
  );

  it(
    'a database error in the middle of the rows sent ahead fails the import with nothing left, and the server goes on',
    async () => {
      // New actions and their plugin rows are sent a batch ahead, without waiting for the
      // one before (import/rows.ts sendRows): a statement that fails there must surface as
      // the import's failure, the statements queued behind it must not be reported as
      // unhandled rejections (which would end the server process), and nothing may stay.
      // The failure is PostgreSQL's own (a trigger raising on one row of the second batch),
      // not a problem of the file, which the importer would have found first.
      await server.db.sql.query(`CREATE OR REPLACE FUNCTION test_fail_on_marker() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.intent LIKE '%boom-here%' THEN RAISE EXCEPTION 'test trigger refused row %', NEW.intent; END IF; RETURN NEW; END $$`);
      await server.db.sql.query(`CREATE TRIGGER test_fail_on_marker BEFORE INSERT ON "PeterboroughActionRow" FOR EACH ROW EXECUTE FUNCTION test_fail_on_marker()`);
      onTestFinished(async () => {
        await server.db.sql.query(`DROP TRIGGER IF EXISTS test_fail_on_marker ON "PeterboroughActionRow"`);
        await server.db.sql.query(`DROP FUNCTION IF EXISTS test_fail_on_marker()`);
      });
      const rejections: unknown[] = [];
      const onRejection = (reason: unknown) => rejections.push(reason);
      process.on('unhandledRejection', onRejection);
      onTestFinished(() => void process.off('unhandledRejection', onRejection));
      // Statements asked for ahead still reach pg one at a time (pg 8 warns on overlap, pg 9 refuses it).
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(w.message);
      process.on('warning', onWarning);
      onTestFinished(() => void process.off('warning', onWarning));
      const scalar = async (sql: string) => Number((await server.db.sql.query<{ n: number }>(sql))[0]!.n);
      const auditsBefore = await scalar(`SELECT count(*)::int AS n FROM "AuditEvent"`);
      const actionsBefore = await scalar(`SELECT count(*)::int AS n FROM "Action"`);
      const file = rows(LARGE, 'boom');
      file[1_500]![1] += ' boom-here';
      const res = await server.gqlAs(await testToken(['peterborough'], 'editor'), IMPORT_MUTATION, {
        input: { council: 'peterborough', planSlug: 'pipeline-failure', fileName: 'boom.csv', format: 'CSV', contentBase64: csv([PETERBOROUGH_HEADER, ...file]).toString('base64'), dryRun: false },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(rejections).toEqual([]);
      expect(warnings.filter((m) => /already executing a query/.test(m))).toEqual([]);
      expect(await scalar(`SELECT count(*)::int AS n FROM "Plan" WHERE slug = 'pipeline-failure'`)).toBe(0);
      expect(await scalar(`SELECT count(*)::int AS n FROM "Action"`)).toBe(actionsBefore);
      expect(await scalar(`SELECT count(*)::int AS n FROM "AuditEvent"`)).toBe(auditsBefore);
      // The server goes on: the same file without the marker row's trigger imports whole.
      await server.db.sql.query(`DROP TRIGGER test_fail_on_marker ON "PeterboroughActionRow"`);
      expect(await importFile(server, { council: 'peterborough', planSlug: 'pipeline-failure', fileName: 'boom.csv', content: csv([PETERBOROUGH_HEADER, ...file]) })).toMatchObject({ ok: true, created: LARGE });
    },
    600_000,
  );

  it(
    'costs a fixed number of statements plus a few per 1,000-row chunk',
    async () => {
      // The mutation's own statements, as the server counts them per request (x-sql-statements).
      const measure = async (slug: string, n: number) => {
        const res = await server.gqlAs(await testToken(['peterborough'], 'editor'), IMPORT_MUTATION, {
          input: { council: 'peterborough', planSlug: slug, fileName: `${slug}.csv`, format: 'CSV', contentBase64: csv([PETERBOROUGH_HEADER, ...rows(n, slug)]).toString('base64'), dryRun: false },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data.importPlan).toMatchObject({ ok: true, created: n });
        expect(res.statements).toBeGreaterThan(0);
        return res.statements;
      };
      const small = await measure('large-import-count-small', SMALL);
      const large = await measure('large-import-count-large', LARGE);
      const chunks = Math.ceil(LARGE / 1000) - Math.ceil(SMALL / 1000);
      expect(large).toBeLessThanOrEqual(small + PER_CHUNK * chunks);
      // Nowhere near one statement per row.
      expect(large).toBeLessThan(LARGE / 20);
    },
    600_000,
  );
});
