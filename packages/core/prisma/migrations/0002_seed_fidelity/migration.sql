-- AlterTable
ALTER TABLE "ActionParty" ADD COLUMN     "roleText" TEXT;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "parentId" INTEGER;

-- AlterTable
ALTER TABLE "SuccessCriterion" ADD COLUMN     "shared" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RiskOwner" (
    "id" SERIAL NOT NULL,
    "riskId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "roleText" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RiskOwner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskOwner_partyId_idx" ON "RiskOwner"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskOwner_riskId_partyId_key" ON "RiskOwner"("riskId", "partyId");

-- CreateIndex
CREATE INDEX "Milestone_parentId_idx" ON "Milestone"("parentId");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskOwner" ADD CONSTRAINT "RiskOwner_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskOwner" ADD CONSTRAINT "RiskOwner_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "ResponsibleParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: a risk's one owner becomes its first owner row (seeds written before this
-- migration named only the first of several printed owners; a fresh seed names all).
INSERT INTO "RiskOwner" ("riskId", "partyId", "position") SELECT "id", "ownerId", 0 FROM "Risk" WHERE "ownerId" IS NOT NULL;
