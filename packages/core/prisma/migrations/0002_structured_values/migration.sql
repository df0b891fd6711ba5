-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "fundingCounted" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fundingTotal" DECIMAL(14,2),
ADD COLUMN     "fundingUncounted" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "dueEnd" DATE,
ADD COLUMN     "dueStart" DATE;

-- AlterTable
ALTER TABLE "KentKeyArea" ADD COLUMN     "targetDatesParsed" JSONB;

-- AlterTable
ALTER TABLE "KentKpi" ADD COLUMN     "valuesParsed" JSONB;

-- AlterTable
ALTER TABLE "KentEnvironmentalItem" ADD COLUMN     "targetDateParsed" JSONB;

-- AlterTable
ALTER TABLE "KentBudgetLine" ADD COLUMN     "amountsParsed" JSONB;

-- AlterTable
ALTER TABLE "WorcestershirePriorityDependency" ADD COLUMN     "indicatorId" INTEGER;

-- CreateIndex
CREATE INDEX "Plan_fundingTotal_idx" ON "Plan"("fundingTotal");

-- CreateIndex
CREATE INDEX "Action_dueStart_idx" ON "Action"("dueStart");

-- CreateIndex
CREATE INDEX "Action_dueEnd_idx" ON "Action"("dueEnd");

-- CreateIndex
CREATE INDEX "WorcestershirePriorityDependency_indicatorId_idx" ON "WorcestershirePriorityDependency"("indicatorId");

-- AddForeignKey
ALTER TABLE "WorcestershirePriorityDependency" ADD CONSTRAINT "WorcestershirePriorityDependency_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
