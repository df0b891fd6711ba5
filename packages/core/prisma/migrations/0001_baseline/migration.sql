-- council-plans: replaces legacy 0001_init 0002_structured_values 0003_bench_indexes 0004_write_api 0005_action_source_sheet
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
CREATE TYPE "AuditOperation" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

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
    "version" INTEGER NOT NULL DEFAULT 1,
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
    "fundingTotal" DECIMAL(14,2),
    "fundingCounted" INTEGER NOT NULL DEFAULT 0,
    "fundingUncounted" INTEGER NOT NULL DEFAULT 0,
    "sourceId" INTEGER,
    "sourceSection" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
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
    "version" INTEGER NOT NULL DEFAULT 1,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "timescaleText" TEXT,
    "timescaleParsed" JSONB,
    "dueStart" DATE,
    "dueEnd" DATE,
    "resourcesText" TEXT,
    "ragStatus" "RagStatus",
    "sourceId" INTEGER,
    "sourceSection" TEXT,
    "sourceRow" INTEGER,
    "sourceSheet" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibleParty" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
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
    "version" INTEGER NOT NULL DEFAULT 1,
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
    "version" INTEGER NOT NULL DEFAULT 1,
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
    "version" INTEGER NOT NULL DEFAULT 1,
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
    "version" INTEGER NOT NULL DEFAULT 1,
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
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorSubject" TEXT NOT NULL,
    "actorName" TEXT,
    "via" TEXT NOT NULL,
    "requestId" TEXT,
    "authorityId" INTEGER NOT NULL,
    "planId" INTEGER,
    "actionId" INTEGER,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "operation" "AuditOperation" NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "Plan_fundingTotal_idx" ON "Plan"("fundingTotal");

-- CreateIndex
CREATE INDEX "Plan_title_id_idx" ON "Plan"("title", "id");

-- CreateIndex
CREATE INDEX "Plan_periodStart_id_idx" ON "Plan"("periodStart", "id");

-- CreateIndex
CREATE INDEX "Plan_periodEnd_idx" ON "Plan"("periodEnd");

-- CreateIndex
CREATE INDEX "PlanSection_planId_idx" ON "PlanSection"("planId");

-- CreateIndex
CREATE INDEX "PlanSection_parentId_idx" ON "PlanSection"("parentId");

-- CreateIndex
CREATE INDEX "Action_planId_position_idx" ON "Action"("planId", "position");

-- CreateIndex
CREATE INDEX "Action_dueStart_idx" ON "Action"("dueStart");

-- CreateIndex
CREATE INDEX "Action_dueEnd_idx" ON "Action"("dueEnd");

-- CreateIndex
CREATE INDEX "Action_sectionId_position_idx" ON "Action"("sectionId", "position");

-- CreateIndex
CREATE INDEX "Action_ragStatus_id_idx" ON "Action"("ragStatus", "id");

-- CreateIndex
CREATE INDEX "Action_ragStatus_code_id_idx" ON "Action"("ragStatus", "code", "id");

-- CreateIndex
CREATE INDEX "Action_ragStatus_title_id_idx" ON "Action"("ragStatus", "title", "id");

-- CreateIndex
CREATE INDEX "Action_code_id_idx" ON "Action"("code", "id");

-- CreateIndex
CREATE INDEX "Action_title_id_idx" ON "Action"("title", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleParty_email_key" ON "ResponsibleParty"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleParty_staffId_key" ON "ResponsibleParty"("staffId");

-- CreateIndex
CREATE INDEX "ResponsibleParty_kind_idx" ON "ResponsibleParty"("kind");

-- CreateIndex
CREATE INDEX "ResponsibleParty_name_id_idx" ON "ResponsibleParty"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleParty_authorityId_kind_name_key" ON "ResponsibleParty"("authorityId", "kind", "name");

-- CreateIndex
CREATE INDEX "ActionParty_partyId_role_idx" ON "ActionParty"("partyId", "role");

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
CREATE INDEX "AuditEvent_entity_entityId_id_idx" ON "AuditEvent"("entity", "entityId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_planId_id_idx" ON "AuditEvent"("planId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actionId_id_idx" ON "AuditEvent"("actionId", "id");

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
