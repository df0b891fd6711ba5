import type { PrismaClient } from '../db/prisma';
import type { CouncilPlugin } from '../plugin';
import { refreshStructuredValues } from '../values/refresh';

export interface SeedReport {
  loaded: string[];
  skipped: string[];
}

/**
 * Loads every plugin's seed documents that the database does not have yet, each in
 * one transaction together with its SourceDocument row: a document is either wholly
 * there or not at all, and loading twice changes nothing.
 */
export async function loadSeeds(prisma: PrismaClient, plugins: readonly CouncilPlugin[], log: (line: string) => void = () => undefined): Promise<SeedReport> {
  const report: SeedReport = { loaded: [], skipped: [] };
  for (const plugin of plugins) {
    for (const doc of plugin.seeds) {
      const existing = await prisma.sourceDocument.findUnique({ where: { key: doc.key } });
      if (existing) {
        report.skipped.push(doc.key);
        continue;
      }
      const started = Date.now();
      await prisma.$transaction(
        async (tx) => {
          const source = await tx.sourceDocument.create({ data: { key: doc.key, title: doc.title, kind: 'SEED', fileName: doc.key } });
          await doc.load(tx, source);
          // The parsed forms of the document's timescales, money and indicator values.
          const plans = await tx.plan.findMany({ where: { sourceId: source.id }, select: { id: true } });
          if (plans.length) await refreshStructuredValues(tx, { planIds: plans.map((p) => p.id) }, plugins);
        },
        // Seeding a large document is many statements; the default 5 s is for requests.
        { timeout: 300_000, maxWait: 60_000 },
      );
      report.loaded.push(doc.key);
      log(`seed: loaded ${plugin.name} document ${doc.key} (${doc.title}) in ${Date.now() - started} ms`);
    }
  }
  return report;
}

/** True when the database holds no plan at all. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.plan.count()) === 0;
}
