import type { Prisma } from '../db/prisma';
import { refreshStructuredValues } from '../values/refresh';

/**
 * Where an import finishes, inside its transaction, after it wrote the rows' text: the
 * structured forms (timescales, money, indicator values) follow the printed text the
 * import wrote, as they do after any write (write/unit.ts afterWrite).
 */
export async function afterImport(tx: Prisma.TransactionClient, scope: { planIds: number[]; actionIds: number[] }): Promise<void> {
  await refreshStructuredValues(tx, scope);
}
