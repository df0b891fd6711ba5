-- AlterTable
ALTER TABLE "KentOperationalAction" ADD COLUMN     "deliverableSubItems" JSONB;

-- AlterTable
ALTER TABLE "KentBudgetLine" ADD COLUMN     "suspect" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "suspectReason" TEXT;
