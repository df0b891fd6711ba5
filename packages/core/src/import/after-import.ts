import type { Prisma } from '../db/prisma';

/**
 * Where an import finishes, inside its transaction, after it wrote the rows' text.
 *
 * The one place for what must follow a write of plan text: the lead adds issue 8's
 * `refreshStructuredValues(tx, scope)` here (timescales, money, indicator values parsed
 * from the text the import wrote) when merging.
 */
export async function afterImport(_tx: Prisma.TransactionClient, _scope: { planIds: number[]; actionIds: number[] }): Promise<void> {
  // Nothing yet: the parsers are issue 8's.
}
