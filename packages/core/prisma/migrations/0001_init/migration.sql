-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('SEED', 'IMPORT');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('PRIORITY', 'KEY_AREA', 'UNIT', 'OBJECTIVE', 'THEME', 'WORKSTREAM', 'OTHER');

-- CreateEnum
CREATE TYPE "RagStatus" AS ENUM ('RED', 'AMBER', 'GREEN', 'BLUE');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('PERSON', 'ROLE', 'ORGANISATION', 'GROUP');

-- CreateEnum
CREATE TYPE "ActionRole" AS ENUM ('LEAD', 'RESPONSIBLE', 'ACCOUNTABLE', 'SUPPORT', 'PARTNER');

-- CreateEnum
CREATE TYPE "PlanRole" AS ENUM ('OWNER', 'CONTACT', 'LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "IndicatorValueKind" AS ENUM ('BASELINE', 'TARGET', 'ACTUAL', 'ESTIMATE');

-- CreateEnum
CREATE TYPE "KentEcmOutcome" AS ENUM ('BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'MAKE_A_POSITIVE_CONTRIBUTION', 'ACHIEVE_ECONOMIC_WELLBEING');

-- CreateEnum
CREATE TYPE "KentBudgetLineKind" AS ENUM ('ACTIVITY', 'CONTROLLABLE_TOTALS', 'MEMORANDUM_HEADING', 'MEMORANDUM', 'TOTAL_COST_OF_UNIT');

-- CreateEnum
CREATE TYPE "PlymouthResourcePartKind" AS ENUM ('TIMESCALE', 'FUNDING', 'RESOURCES', 'UNSPLIT');

-- CreateEnum
CREATE TYPE "PlymouthOversightRole" AS ENUM ('MONITORING', 'EVALUATION');

-- CreateEnum
CREATE TYPE "WorcestershireRiskLevel" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'NIL');

-- CreateTable
CREATE TABLE "Authority" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gssCode" TEXT,
    "kind" TEXT,
    "region" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Authority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatisticalNeighbour" (
    "authorityId" INTEGER NOT NULL,
    "neighbourId" INTEGER NOT NULL,
    "rank" INTEGER,
    "basis" TEXT,

    CONSTRAINT "StatisticalNeighbour_pkey" PRIMARY KEY ("authorityId","neighbourId")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "fileName" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "authorityId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT,
    "periodText" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "status" "PlanStatus" NOT NULL DEFAULT 'PUBLISHED',
    "issuedText" TEXT,
    "purpose" TEXT,
    "context" TEXT,
    "format" TEXT,
    "sourceId" INTEGER,
    "sourceSection" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "kind" "SectionKind" NOT NULL,
    "label" TEXT,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "sourceId" INTEGER,
    "sourceSection" TEXT,

    CONSTRAINT "PlanSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "timescaleText" TEXT,
    "timescaleParsed" JSONB,
    "resourcesText" TEXT,
    "ragStatus" "RagStatus",
    "sourceId" INTEGER,
    "sourceSection" TEXT,
    "sourceRow" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibleParty" (
    "id" SERIAL NOT NULL,
    "authorityId" INTEGER,
    "kind" "PartyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "organisation" TEXT,
    "email" TEXT,
    "staffId" TEXT,

    CONSTRAINT "ResponsibleParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionParty" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "role" "ActionRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ActionParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanParty" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "role" "PlanRole" NOT NULL,
    "roleText" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "timescaleText" TEXT,
    "timescaleParsed" JSONB,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessCriterion" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "actionId" INTEGER,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SuccessCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingLine" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "actionId" INTEGER,
    "text" TEXT NOT NULL,
    "amount" DECIMAL(14,2),
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "qualifier" TEXT,
    "fundingSource" TEXT,
    "parsed" JSONB,
    "costCentre" TEXT,
    "budgetCode" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FundingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "recordedOn" DATE,
    "ragStatus" "RagStatus",
    "narrative" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "unit" TEXT,
    "polarity" "Polarity" NOT NULL DEFAULT 'NEUTRAL',

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorSeries" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "authorityId" INTEGER NOT NULL,
    "planId" INTEGER,
    "leadId" INTEGER,
    "purpose" TEXT,
    "targetStatus" TEXT,
    "sourceId" INTEGER,
    "sourceSection" TEXT,

    CONSTRAINT "IndicatorSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "kind" "IndicatorValueKind" NOT NULL,
    "periodText" TEXT,
    "valueText" TEXT NOT NULL,
    "value" DECIMAL(14,4),
    "parsed" JSONB,
    "position" INTEGER NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "actionId" INTEGER,
    "ownerId" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "impactText" TEXT,
    "likelihoodText" TEXT,
    "ratingText" TEXT,
    "controls" TEXT,
    "mitigations" TEXT,
    "position" INTEGER NOT NULL,
    "sourceId" INTEGER,
    "sourceSection" TEXT,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLink" (
    "id" SERIAL NOT NULL,
    "fromPlanId" INTEGER NOT NULL,
    "fromActionId" INTEGER,
    "toPlanId" INTEGER,
    "toPlanName" TEXT,
    "target" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KentKeyArea" (
    "id" SERIAL NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "leads" TEXT[],
    "costs" TEXT[],
    "targetDates" TEXT[],
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

-- CreateTable
CREATE TABLE "PeterboroughActionRow" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "intent" TEXT NOT NULL,
    "implementationIntro" TEXT,
    "impact" TEXT[],
    "timescale" TEXT[],
    "ragProgress" TEXT,

    CONSTRAINT "PeterboroughActionRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeterboroughImplementationStep" (
    "id" SERIAL NOT NULL,
    "rowId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "timescaleText" TEXT,
    "timescaleParsed" JSONB,

    CONSTRAINT "PeterboroughImplementationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeterboroughThemeItem" (
    "id" SERIAL NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "code" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PeterboroughThemeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlymouthActionRow" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "objective" TEXT NOT NULL,
    "continuesObjective" BOOLEAN NOT NULL,
    "actions" TEXT[],
    "numbered" BOOLEAN NOT NULL,
    "responsible" TEXT NOT NULL,
    "timescaleResources" TEXT[],
    "successCriteria" TEXT[],
    "monitoring" TEXT[],
    "evaluation" TEXT NOT NULL,

    CONSTRAINT "PlymouthActionRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlymouthResourcePart" (
    "id" SERIAL NOT NULL,
    "rowId" INTEGER NOT NULL,
    "entry" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PlymouthResourcePartKind" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PlymouthResourcePart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlymouthActionOversight" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "role" "PlymouthOversightRole" NOT NULL,
    "printedName" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlymouthActionOversight_pkey" PRIMARY KEY ("id")
);

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
CREATE UNIQUE INDEX "Authority_code_key" ON "Authority"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Authority_gssCode_key" ON "Authority"("gssCode");

-- CreateIndex
CREATE INDEX "StatisticalNeighbour_neighbourId_idx" ON "StatisticalNeighbour"("neighbourId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_key_key" ON "SourceDocument"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE INDEX "Plan_authorityId_idx" ON "Plan"("authorityId");

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

-- CreateIndex
CREATE INDEX "PlanSection_planId_idx" ON "PlanSection"("planId");

-- CreateIndex
CREATE INDEX "PlanSection_parentId_idx" ON "PlanSection"("parentId");

-- CreateIndex
CREATE INDEX "Action_planId_position_idx" ON "Action"("planId", "position");

-- CreateIndex
CREATE INDEX "Action_sectionId_idx" ON "Action"("sectionId");

-- CreateIndex
CREATE INDEX "Action_ragStatus_idx" ON "Action"("ragStatus");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleParty_email_key" ON "ResponsibleParty"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleParty_staffId_key" ON "ResponsibleParty"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleParty_authorityId_kind_name_key" ON "ResponsibleParty"("authorityId", "kind", "name");

-- CreateIndex
CREATE INDEX "ActionParty_partyId_idx" ON "ActionParty"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionParty_actionId_partyId_role_key" ON "ActionParty"("actionId", "partyId", "role");

-- CreateIndex
CREATE INDEX "PlanParty_partyId_idx" ON "PlanParty"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanParty_planId_partyId_role_key" ON "PlanParty"("planId", "partyId", "role");

-- CreateIndex
CREATE INDEX "Milestone_actionId_position_idx" ON "Milestone"("actionId", "position");

-- CreateIndex
CREATE INDEX "SuccessCriterion_planId_idx" ON "SuccessCriterion"("planId");

-- CreateIndex
CREATE INDEX "SuccessCriterion_sectionId_idx" ON "SuccessCriterion"("sectionId");

-- CreateIndex
CREATE INDEX "SuccessCriterion_actionId_idx" ON "SuccessCriterion"("actionId");

-- CreateIndex
CREATE INDEX "FundingLine_planId_idx" ON "FundingLine"("planId");

-- CreateIndex
CREATE INDEX "FundingLine_actionId_idx" ON "FundingLine"("actionId");

-- CreateIndex
CREATE INDEX "FundingLine_costCentre_idx" ON "FundingLine"("costCentre");

-- CreateIndex
CREATE INDEX "FundingLine_budgetCode_idx" ON "FundingLine"("budgetCode");

-- CreateIndex
CREATE INDEX "ProgressUpdate_actionId_recordedOn_idx" ON "ProgressUpdate"("actionId", "recordedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "IndicatorSeries_indicatorId_idx" ON "IndicatorSeries"("indicatorId");

-- CreateIndex
CREATE INDEX "IndicatorSeries_authorityId_idx" ON "IndicatorSeries"("authorityId");

-- CreateIndex
CREATE INDEX "IndicatorSeries_planId_idx" ON "IndicatorSeries"("planId");

-- CreateIndex
CREATE INDEX "IndicatorValue_seriesId_position_idx" ON "IndicatorValue"("seriesId", "position");

-- CreateIndex
CREATE INDEX "Risk_planId_idx" ON "Risk"("planId");

-- CreateIndex
CREATE INDEX "PlanLink_fromPlanId_idx" ON "PlanLink"("fromPlanId");

-- CreateIndex
CREATE INDEX "PlanLink_fromActionId_idx" ON "PlanLink"("fromActionId");

-- CreateIndex
CREATE INDEX "PlanLink_toPlanId_idx" ON "PlanLink"("toPlanId");

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

-- CreateIndex
CREATE UNIQUE INDEX "PeterboroughActionRow_actionId_key" ON "PeterboroughActionRow"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "PeterboroughImplementationStep_rowId_position_key" ON "PeterboroughImplementationStep"("rowId", "position");

-- CreateIndex
CREATE INDEX "PeterboroughThemeItem_sectionId_idx" ON "PeterboroughThemeItem"("sectionId");

-- CreateIndex
CREATE INDEX "PeterboroughThemeItem_parentId_idx" ON "PeterboroughThemeItem"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "PlymouthActionRow_actionId_key" ON "PlymouthActionRow"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlymouthResourcePart_rowId_position_key" ON "PlymouthResourcePart"("rowId", "position");

-- CreateIndex
CREATE INDEX "PlymouthActionOversight_partyId_role_idx" ON "PlymouthActionOversight"("partyId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "PlymouthActionOversight_actionId_role_position_key" ON "PlymouthActionOversight"("actionId", "role", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireDeliveryPlan_planId_key" ON "WorcestershireDeliveryPlan"("planId");

-- CreateIndex
CREATE INDEX "WorcestershirePriorityDependency_deliveryPlanId_position_idx" ON "WorcestershirePriorityDependency"("deliveryPlanId", "position");

-- CreateIndex
CREATE INDEX "WorcestershirePolicyDependency_deliveryPlanId_position_idx" ON "WorcestershirePolicyDependency"("deliveryPlanId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireRiskAssessment_riskId_key" ON "WorcestershireRiskAssessment"("riskId");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireActivity_actionId_key" ON "WorcestershireActivity"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "WorcestershireActivityCell_activityId_position_key" ON "WorcestershireActivityCell"("activityId", "position");

-- AddForeignKey
ALTER TABLE "StatisticalNeighbour" ADD CONSTRAINT "StatisticalNeighbour_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatisticalNeighbour" ADD CONSTRAINT "StatisticalNeighbour_neighbourId_fkey" FOREIGN KEY ("neighbourId") REFERENCES "Authority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibleParty" ADD CONSTRAINT "ResponsibleParty_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionParty" ADD CONSTRAINT "ActionParty_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionParty" ADD CONSTRAINT "ActionParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "ResponsibleParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanParty" ADD CONSTRAINT "PlanParty_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanParty" ADD CONSTRAINT "PlanParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "ResponsibleParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessCriterion" ADD CONSTRAINT "SuccessCriterion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessCriterion" ADD CONSTRAINT "SuccessCriterion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessCriterion" ADD CONSTRAINT "SuccessCriterion_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSeries" ADD CONSTRAINT "IndicatorSeries_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSeries" ADD CONSTRAINT "IndicatorSeries_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSeries" ADD CONSTRAINT "IndicatorSeries_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSeries" ADD CONSTRAINT "IndicatorSeries_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSeries" ADD CONSTRAINT "IndicatorSeries_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "ResponsibleParty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "IndicatorSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "ResponsibleParty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLink" ADD CONSTRAINT "PlanLink_fromPlanId_fkey" FOREIGN KEY ("fromPlanId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLink" ADD CONSTRAINT "PlanLink_fromActionId_fkey" FOREIGN KEY ("fromActionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLink" ADD CONSTRAINT "PlanLink_toPlanId_fkey" FOREIGN KEY ("toPlanId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

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

-- AddForeignKey
ALTER TABLE "PeterboroughActionRow" ADD CONSTRAINT "PeterboroughActionRow_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeterboroughImplementationStep" ADD CONSTRAINT "PeterboroughImplementationStep_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "PeterboroughActionRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeterboroughThemeItem" ADD CONSTRAINT "PeterboroughThemeItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeterboroughThemeItem" ADD CONSTRAINT "PeterboroughThemeItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PeterboroughThemeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthActionRow" ADD CONSTRAINT "PlymouthActionRow_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthResourcePart" ADD CONSTRAINT "PlymouthResourcePart_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "PlymouthActionRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthActionOversight" ADD CONSTRAINT "PlymouthActionOversight_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthActionOversight" ADD CONSTRAINT "PlymouthActionOversight_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "ResponsibleParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireDeliveryPlan" ADD CONSTRAINT "WorcestershireDeliveryPlan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershirePriorityDependency" ADD CONSTRAINT "WorcestershirePriorityDependency_deliveryPlanId_fkey" FOREIGN KEY ("deliveryPlanId") REFERENCES "WorcestershireDeliveryPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershirePolicyDependency" ADD CONSTRAINT "WorcestershirePolicyDependency_deliveryPlanId_fkey" FOREIGN KEY ("deliveryPlanId") REFERENCES "WorcestershireDeliveryPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireRiskAssessment" ADD CONSTRAINT "WorcestershireRiskAssessment_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireActivity" ADD CONSTRAINT "WorcestershireActivity_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorcestershireActivityCell" ADD CONSTRAINT "WorcestershireActivityCell_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "WorcestershireActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
