-- council-plans: replaces legacy 0001_init 0002_structured_values 0003_bench_indexes 0004_write_api 0005_action_source_sheet
-- CreateEnum
CREATE TYPE "PlymouthResourcePartKind" AS ENUM ('TIMESCALE', 'FUNDING', 'RESOURCES', 'UNSPLIT');

-- CreateEnum
CREATE TYPE "PlymouthOversightRole" AS ENUM ('MONITORING', 'EVALUATION');

-- CreateTable
CREATE TABLE "PlymouthActionRow" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
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

-- CreateIndex
CREATE UNIQUE INDEX "PlymouthActionRow_actionId_key" ON "PlymouthActionRow"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlymouthResourcePart_rowId_position_key" ON "PlymouthResourcePart"("rowId", "position");

-- CreateIndex
CREATE INDEX "PlymouthActionOversight_partyId_role_idx" ON "PlymouthActionOversight"("partyId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "PlymouthActionOversight_actionId_role_position_key" ON "PlymouthActionOversight"("actionId", "role", "position");

-- AddForeignKey
ALTER TABLE "PlymouthActionRow" ADD CONSTRAINT "PlymouthActionRow_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthResourcePart" ADD CONSTRAINT "PlymouthResourcePart_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "PlymouthActionRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthActionOversight" ADD CONSTRAINT "PlymouthActionOversight_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlymouthActionOversight" ADD CONSTRAINT "PlymouthActionOversight_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "ResponsibleParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;
