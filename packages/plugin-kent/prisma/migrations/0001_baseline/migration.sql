-- council-plans: replaces legacy 0001_init 0002_structured_values 0003_bench_indexes 0004_write_api 0005_action_source_sheet
-- CreateEnum
CREATE TYPE "KentEcmOutcome" AS ENUM ('BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'MAKE_A_POSITIVE_CONTRIBUTION', 'ACHIEVE_ECONOMIC_WELLBEING');

-- CreateEnum
CREATE TYPE "KentBudgetLineKind" AS ENUM ('ACTIVITY', 'CONTROLLABLE_TOTALS', 'MEMORANDUM_HEADING', 'MEMORANDUM', 'TOTAL_COST_OF_UNIT');

-- CreateTable
CREATE TABLE "KentKeyArea" (
    "id" SERIAL NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "leads" TEXT[],
    "costs" TEXT[],
    "targetDates" TEXT[],
    "targetDatesParsed" JSONB,
    "leadsPaired" BOOLEAN NOT NULL,
    "costsPaired" BOOLEAN NOT NULL,
    "targetDatesPaired" BOOLEAN NOT NULL,
    "pairingNote" TEXT,
    "separatePlan" TEXT,
    "notes" TEXT[],

    CONSTRAINT "KentKeyArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentKeyAreaLink" (
    "id" SERIAL NOT NULL,
    "keyAreaId" INTEGER NOT NULL,
    "linkId" INTEGER NOT NULL,
    "afterAction" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentKeyAreaLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentPartnershipAction" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "bulletPrinted" BOOLEAN NOT NULL,
    "subPoints" TEXT[],
    "leads" TEXT[],
    "costs" TEXT[],
    "targetDates" TEXT[],

    CONSTRAINT "KentPartnershipAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentObjective" (
    "id" SERIAL NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "ecmTag" TEXT,
    "printed" TEXT,
    "note" TEXT,

    CONSTRAINT "KentObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentObjectiveEcmTag" (
    "id" SERIAL NOT NULL,
    "objectiveId" INTEGER NOT NULL,
    "outcome" "KentEcmOutcome" NOT NULL,

    CONSTRAINT "KentObjectiveEcmTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentOperationalAction" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "actionId" INTEGER NOT NULL,
    "codeAsPrinted" TEXT,
    "accountableManager" TEXT NOT NULL,
    "links" TEXT NOT NULL,
    "deliverables" TEXT[],
    "targetDates" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "KentOperationalAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentOperationalPlan" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "directorate" TEXT NOT NULL,
    "division" TEXT NOT NULL,
    "operatingPlanHeading" TEXT NOT NULL,
    "contentsHeadings" TEXT[],
    "kpiColumnHeadings" TEXT[],
    "keyResponsibilitiesHeadings" TEXT[],
    "environmentalHeading" TEXT NOT NULL,
    "environmentalObjectiveColumnHeadings" TEXT[],
    "environmentalActionColumnHeadings" TEXT[],
    "niColumnHeadings" TEXT[],
    "niHeading" TEXT NOT NULL,
    "niIntro" TEXT NOT NULL,
    "leadRolesHeading" TEXT NOT NULL,
    "leadRolesTableTitle" TEXT NOT NULL,
    "leadRolesColumnHeadings" TEXT[],
    "risksHeading" TEXT NOT NULL,
    "risksIntro" TEXT NOT NULL,
    "riskColumnHeadings" TEXT[],
    "consultationsHeading" TEXT NOT NULL,
    "consultationsIntro" TEXT[],
    "consultationColumnHeadings" TEXT[],
    "staffingHeading" TEXT NOT NULL,
    "staffingTableHeading" TEXT NOT NULL,
    "staffingColumnHeadings" TEXT[],
    "staffingFootnotes" TEXT[],
    "notes" TEXT[],

    CONSTRAINT "KentOperationalPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentContentsEntry" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentContentsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentNarrativeSection" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "paragraphs" TEXT[],
    "bullets" TEXT[],
    "continuation" BOOLEAN NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentNarrativeSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentKpi" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "seriesId" INTEGER,
    "code" TEXT NOT NULL,
    "qualifier" TEXT,
    "separator" TEXT,
    "description" TEXT NOT NULL,
    "actual2006_07" TEXT NOT NULL,
    "estimated2007_08" TEXT NOT NULL,
    "target2008_09" TEXT NOT NULL,
    "valuesParsed" JSONB,
    "garbledValues" TEXT[],
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentKpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentNationalIndicator" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "list" INTEGER NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentNationalIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentEnvironmentalItem" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "table" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "leadOfficer" TEXT NOT NULL,
    "deliverables" TEXT[],
    "targetDate" TEXT NOT NULL,
    "targetDateParsed" JSONB,
    "complianceEvidence" TEXT NOT NULL,
    "climateImpacts" TEXT[],
    "adaptiveActions" TEXT[],
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentEnvironmentalItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentLeadRole" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "planText" TEXT NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentLeadRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentLeadRoleTarget" (
    "id" SERIAL NOT NULL,
    "leadRoleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "leadOfficer" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentLeadRoleTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentLeadRoleAction" (
    "id" SERIAL NOT NULL,
    "leadRoleId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "leadOfficer" TEXT NOT NULL,
    "strayText" TEXT[],
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentLeadRoleAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentBudget" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "unit" TEXT NOT NULL,
    "headings" TEXT[],
    "columnHeadings" TEXT[],
    "garbled" BOOLEAN NOT NULL,
    "printedText" TEXT,
    "trailingAsPrinted" TEXT[],
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentBudgetLine" (
    "id" SERIAL NOT NULL,
    "budgetId" INTEGER NOT NULL,
    "kind" "KentBudgetLineKind",
    "activity" TEXT NOT NULL,
    "controllable2007_08" TEXT NOT NULL,
    "fte2007_08" TEXT NOT NULL,
    "fte2008_09" TEXT NOT NULL,
    "employeeCosts" TEXT NOT NULL,
    "runningCosts" TEXT NOT NULL,
    "contractsAndProjects" TEXT NOT NULL,
    "grossExpenditure" TEXT NOT NULL,
    "externalIncome" TEXT NOT NULL,
    "internalIncome" TEXT NOT NULL,
    "controllable2008_09" TEXT NOT NULL,
    "cabinetMember" TEXT NOT NULL,
    "amountsParsed" JSONB,
    "valuesAsPrinted" TEXT[],
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentRiskAssessment" (
    "id" SERIAL NOT NULL,
    "riskId" INTEGER NOT NULL,
    "accountableManagers" TEXT NOT NULL,
    "existingControls" TEXT[],
    "newTasks" TEXT[],
    "currentRating" TEXT NOT NULL,
    "impact" INTEGER NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "KentRiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentConsultation" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startAndEndDate" TEXT NOT NULL,
    "feedbackDate" TEXT NOT NULL,
    "targetGroupSampleSize" TEXT NOT NULL,
    "targetArea" TEXT NOT NULL,
    "externalContract" TEXT NOT NULL,
    "whatWeWantToFindOut" TEXT[],
    "statutory" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentStaffingRow" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "fte2007_08" TEXT NOT NULL,
    "fte2008_09" TEXT NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KentStaffingRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KentKeyArea_sectionId_key" ON "KentKeyArea"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "KentKeyAreaLink_linkId_key" ON "KentKeyAreaLink"("linkId");

-- CreateIndex
CREATE INDEX "KentKeyAreaLink_keyAreaId_idx" ON "KentKeyAreaLink"("keyAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "KentPartnershipAction_actionId_key" ON "KentPartnershipAction"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "KentObjective_sectionId_key" ON "KentObjective"("sectionId");

-- CreateIndex
CREATE INDEX "KentObjectiveEcmTag_outcome_idx" ON "KentObjectiveEcmTag"("outcome");

-- CreateIndex
CREATE UNIQUE INDEX "KentObjectiveEcmTag_objectiveId_outcome_key" ON "KentObjectiveEcmTag"("objectiveId", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "KentOperationalAction_actionId_key" ON "KentOperationalAction"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "KentOperationalPlan_planId_key" ON "KentOperationalPlan"("planId");

-- CreateIndex
CREATE INDEX "KentContentsEntry_planId_idx" ON "KentContentsEntry"("planId");

-- CreateIndex
CREATE INDEX "KentNarrativeSection_planId_idx" ON "KentNarrativeSection"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "KentKpi_seriesId_key" ON "KentKpi"("seriesId");

-- CreateIndex
CREATE INDEX "KentKpi_planId_idx" ON "KentKpi"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "KentNationalIndicator_seriesId_key" ON "KentNationalIndicator"("seriesId");

-- CreateIndex
CREATE INDEX "KentNationalIndicator_planId_idx" ON "KentNationalIndicator"("planId");

-- CreateIndex
CREATE INDEX "KentEnvironmentalItem_planId_idx" ON "KentEnvironmentalItem"("planId");

-- CreateIndex
CREATE INDEX "KentLeadRole_planId_idx" ON "KentLeadRole"("planId");

-- CreateIndex
CREATE INDEX "KentLeadRoleTarget_leadRoleId_idx" ON "KentLeadRoleTarget"("leadRoleId");

-- CreateIndex
CREATE INDEX "KentLeadRoleAction_leadRoleId_idx" ON "KentLeadRoleAction"("leadRoleId");

-- CreateIndex
CREATE INDEX "KentBudget_planId_idx" ON "KentBudget"("planId");

-- CreateIndex
CREATE INDEX "KentBudget_sectionId_idx" ON "KentBudget"("sectionId");

-- CreateIndex
CREATE INDEX "KentBudgetLine_budgetId_idx" ON "KentBudgetLine"("budgetId");

-- CreateIndex
CREATE UNIQUE INDEX "KentRiskAssessment_riskId_key" ON "KentRiskAssessment"("riskId");

-- CreateIndex
CREATE INDEX "KentConsultation_planId_idx" ON "KentConsultation"("planId");

-- CreateIndex
CREATE INDEX "KentStaffingRow_planId_idx" ON "KentStaffingRow"("planId");

-- AddForeignKey
ALTER TABLE "KentKeyArea" ADD CONSTRAINT "KentKeyArea_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentKeyAreaLink" ADD CONSTRAINT "KentKeyAreaLink_keyAreaId_fkey" FOREIGN KEY ("keyAreaId") REFERENCES "KentKeyArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentKeyAreaLink" ADD CONSTRAINT "KentKeyAreaLink_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "PlanLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentPartnershipAction" ADD CONSTRAINT "KentPartnershipAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentObjective" ADD CONSTRAINT "KentObjective_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentObjectiveEcmTag" ADD CONSTRAINT "KentObjectiveEcmTag_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "KentObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentOperationalAction" ADD CONSTRAINT "KentOperationalAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentOperationalPlan" ADD CONSTRAINT "KentOperationalPlan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentContentsEntry" ADD CONSTRAINT "KentContentsEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentNarrativeSection" ADD CONSTRAINT "KentNarrativeSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentKpi" ADD CONSTRAINT "KentKpi_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentKpi" ADD CONSTRAINT "KentKpi_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "IndicatorSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentNationalIndicator" ADD CONSTRAINT "KentNationalIndicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentNationalIndicator" ADD CONSTRAINT "KentNationalIndicator_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "IndicatorSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentEnvironmentalItem" ADD CONSTRAINT "KentEnvironmentalItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentLeadRole" ADD CONSTRAINT "KentLeadRole_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentLeadRoleTarget" ADD CONSTRAINT "KentLeadRoleTarget_leadRoleId_fkey" FOREIGN KEY ("leadRoleId") REFERENCES "KentLeadRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentLeadRoleAction" ADD CONSTRAINT "KentLeadRoleAction_leadRoleId_fkey" FOREIGN KEY ("leadRoleId") REFERENCES "KentLeadRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentBudget" ADD CONSTRAINT "KentBudget_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentBudget" ADD CONSTRAINT "KentBudget_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentBudgetLine" ADD CONSTRAINT "KentBudgetLine_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "KentBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentRiskAssessment" ADD CONSTRAINT "KentRiskAssessment_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentConsultation" ADD CONSTRAINT "KentConsultation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KentStaffingRow" ADD CONSTRAINT "KentStaffingRow_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
