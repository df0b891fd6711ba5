// What the importer hands the audit history (issue 7's `recordChanges`): inside its
// transaction, exactly the rows it wrote, with the changed columns before and after;
// nothing for an unchanged file, a dry run or a refused file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, type Database, type ImportChange } from '@council-plans/core';
import { openTestDatabase } from '@council-plans/core/testing';
import { peterboroughLayout } from '@council-plans/plugin-peterborough';
import { PETERBOROUGH_HEADER, PETERBOROUGH_ROWS, csv } from './support/import-files';

describe('Import changes for the audit history (PGlite)', () => {
  let db: Database;
  const recorded: ImportChange[][] = [];
  const run = (rows: string[][], options: { dryRun?: boolean } = {}) =>
    importPlan(db.prisma, {
      layout: peterboroughLayout,
      planSlug: 'audit',
      fileName: 'plan.csv',
      format: 'CSV',
      content: csv([PETERBOROUGH_HEADER, ...rows]),
      recordChanges: async (tx, changes) => {
        // Called inside the transaction: the rows it names are visible there.
        expect(await tx.action.count({ where: { plan: { slug: 'audit' } } })).toBe(rows.length);
        recorded.push(changes);
      },
      ...options,
    });

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('records every row a first import creates', async () => {
    const report = await run(PETERBOROUGH_ROWS);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toEqual(report.changes);
    const count = (entity: string) => report.changes.filter((c) => c.entity === entity && c.operation === 'CREATE').length;
    expect(count('Plan')).toBe(1);
    expect(count('SourceDocument')).toBe(1);
    expect(count('PlanSection')).toBe(2);
    expect(count('Action')).toBe(4);
    expect(count('PeterboroughActionRow')).toBe(4);
    expect(count('PeterboroughImplementationStep')).toBe(PETERBOROUGH_ROWS.reduce((n, r) => n + r[2]!.split('\n').length - (r[2]!.includes('–\n') ? 1 : 0), 0));
    const planId = report.planId;
    expect(count('Authority')).toBe(1);
    expect(report.changes.every((c) => c.planId === (c.entity === 'Authority' ? null : planId) && c.authorityId > 0 && c.before === null && c.after !== null)).toBe(true);
  });

  it('records nothing for the same file, a dry run or a refused file', async () => {
    expect((await run(PETERBOROUGH_ROWS)).changes).toEqual([]);
    const edited = PETERBOROUGH_ROWS.map((r, i) => (i === 0 ? r.map((v, j) => (j === 5 ? 'Red' : v)) : r));
    expect((await run(edited, { dryRun: true })).changes.length).toBeGreaterThan(0);
    const bad = PETERBOROUGH_ROWS.map((r, i) => (i === 0 ? r.map((v, j) => (j === 5 ? 'Purple' : v)) : r));
    expect((await run(bad)).changes).toEqual([]);
    expect(recorded).toHaveLength(1);
  });

  it('records an edit as the changed columns only, before and after', async () => {
    const edited = PETERBOROUGH_ROWS.map((r, i) => (i === 0 ? r.map((v, j) => (j === 5 ? 'Red' : j === 6 ? 'Slipping' : v)) : r));
    const report = await run(edited);
    const action = report.changes.find((c) => c.entity === 'Action')!;
    expect(action).toMatchObject({ operation: 'UPDATE', before: { ragStatus: 'GREEN', sourceRow: 2 }, after: { ragStatus: 'RED', sourceRow: 2 } });
    // The changed columns, the provenance, and the version the change bumped.
    expect(Object.keys(action.after!).sort()).toEqual(['ragStatus', 'sourceId', 'sourceRow', 'sourceSection', 'sourceSheet', 'version']);
    expect(action.after!.version).toBe((action.before!.version as number) + 1);
    const row = report.changes.find((c) => c.entity === 'PeterboroughActionRow')!;
    expect(row).toMatchObject({ operation: 'UPDATE', before: { ragProgress: 'Board met twice' }, after: { ragProgress: 'Slipping' } });
    expect(row.after!.version).toBe((row.before!.version as number) + 1);
    // The row's lists did not change, so they were not rewritten.
    expect(report.changes.filter((c) => c.entity === 'SuccessCriterion' || c.entity === 'PeterboroughImplementationStep')).toEqual([]);
    expect(recorded.at(-1)).toEqual(report.changes);
  });
});
