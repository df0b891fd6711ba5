-- council-plans: replaces legacy 0001_init 0002_structured_values 0003_bench_indexes 0004_write_api 0005_action_source_sheet
-- CreateEnum
CREATE TYPE "WorcestershireRiskLevel" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'NIL');

-- CreateTable
CREATE TABLE "WorcestershireDeliveryPlan" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "preparedBy" TEXT NOT NULL,
    "dateText" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "themeGroup" TEXT NOT NULL,
    "managementGroupLead" TEXT NOT NULL,
    "partnersText" TEXT NOT NULL,
    "partners" TEXT[],
    "crossCuttingTheme" TEXT NOT NULL,
    "priorityDependencyQuestion" TEXT NOT NULL,
    "equalityQuestion" TEXT NOT NULL,
    "equalityConsiderations" TEXT NOT NULL,
    "riskQuestion" TEXT NOT NULL,
    "policyDependencyQuestion" TEXT NOT NULL,
    "performanceQuestion" TEXT NOT NULL,
    "performanceManagement" TEXT NOT NULL,

    CONSTRAINT "WorcestershireDeliveryPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorcestershirePriorityDependency" (
    "id" SERIAL NOT NULL,
    "deliveryPlanId" INTEGER NOT NULL,
    "laaPriority" TEXT NOT NULL,
    "indicatorId" INTEGER,
    "themeGroup" TEXT NOT NULL,
    "arrangement" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "WorcestershirePriorityDependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorcestershirePolicyDependency" (
    "id" SERIAL NOT NULL,
    "deliveryPlanId" INTEGER NOT NULL,
    "policy" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "arrangement" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "WorcestershirePolicyDependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorcestershireRiskAssessment" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "riskId" INTEGER NOT NULL,
    "currentImpact" "WorcestershireRiskLevel" NOT NULL,
    "currentLikelihood" "WorcestershireRiskLevel" NOT NULL,
    "howManaged" TEXT NOT NULL,

    CONSTRAINT "WorcestershireRiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorcestershireActivity" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "milestonesIntro" TEXT,
    "milestones" TEXT[],
    "whenText" TEXT,
    "resourceImplications" TEXT,
    "commentary" TEXT,
    "interpretation" TEXT[],

    CONSTRAINT "WorcestershireActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorcestershireActivityCell" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "text" TEXT,

    CONSTRAINT "WorcestershireActivityCell_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireDeliveryPlan_planId_key" ON "WorcestershireDeliveryPlan"("planId");

-- CreateIndex
CREATE INDEX "WorcestershirePriorityDependency_deliveryPlanId_position_idx" ON "WorcestershirePriorityDependency"("deliveryPlanId", "position");

-- CreateIndex
CREATE INDEX "WorcestershirePriorityDependency_indicatorId_idx" ON "WorcestershirePriorityDependency"("indicatorId");

-- CreateIndex
CREATE INDEX "WorcestershirePolicyDependency_deliveryPlanId_position_idx" ON "WorcestershirePolicyDependency"("deliveryPlanId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireRiskAssessment_riskId_key" ON "WorcestershireRiskAssessment"("riskId");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireActivity_actionId_key" ON "WorcestershireActivity"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireActivityCell_activityId_position_key" ON "WorcestershireActivityCell"("activityId", "position");

-- AddForeignKey
ALTER TABLE "WorcestershireDeliveryPlan" ADD CONSTRAINT "WorcestershireDeliveryPlan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershirePriorityDependency" ADD CONSTRAINT "WorcestershirePriorityDependency_deliveryPlanId_fkey" FOREIGN KEY ("deliveryPlanId") REFERENCES "WorcestershireDeliveryPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershirePriorityDependency" ADD CONSTRAINT "WorcestershirePriorityDependency_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershirePolicyDependency" ADD CONSTRAINT "WorcestershirePolicyDependency_deliveryPlanId_fkey" FOREIGN KEY ("deliveryPlanId") REFERENCES "WorcestershireDeliveryPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireRiskAssessment" ADD CONSTRAINT "WorcestershireRiskAssessment_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireActivity" ADD CONSTRAINT "WorcestershireActivity_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireActivityCell" ADD CONSTRAINT "WorcestershireActivityCell_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "WorcestershireActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
