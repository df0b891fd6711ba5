-- DropIndex
DROP INDEX "Action_sectionId_idx";

-- DropIndex
DROP INDEX "Action_ragStatus_idx";

-- DropIndex
DROP INDEX "ActionParty_partyId_idx";

-- CreateIndex
CREATE INDEX "Plan_title_id_idx" ON "Plan"("title", "id");

-- CreateIndex
CREATE INDEX "Plan_periodStart_id_idx" ON "Plan"("periodStart", "id");

-- CreateIndex
CREATE INDEX "Plan_periodEnd_idx" ON "Plan"("periodEnd");

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
CREATE INDEX "ResponsibleParty_kind_idx" ON "ResponsibleParty"("kind");

-- CreateIndex
CREATE INDEX "ResponsibleParty_name_id_idx" ON "ResponsibleParty"("name", "id");

-- CreateIndex
CREATE INDEX "ActionParty_partyId_role_idx" ON "ActionParty"("partyId", "role");
