-- council-plans: replaces legacy 0001_init 0002_structured_values 0003_bench_indexes 0004_write_api 0005_action_source_sheet
-- CreateTable
CREATE TABLE "PeterboroughActionRow" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
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

-- CreateIndex
CREATE UNIQUE INDEX "PeterboroughActionRow_actionId_key" ON "PeterboroughActionRow"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "PeterboroughImplementationStep_rowId_position_key" ON "PeterboroughImplementationStep"("rowId", "position");

-- CreateIndex
CREATE INDEX "PeterboroughThemeItem_sectionId_idx" ON "PeterboroughThemeItem"("sectionId");

-- CreateIndex
CREATE INDEX "PeterboroughThemeItem_parentId_idx" ON "PeterboroughThemeItem"("parentId");

-- AddForeignKey
ALTER TABLE "PeterboroughActionRow" ADD CONSTRAINT "PeterboroughActionRow_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeterboroughImplementationStep" ADD CONSTRAINT "PeterboroughImplementationStep_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "PeterboroughActionRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeterboroughThemeItem" ADD CONSTRAINT "PeterboroughThemeItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeterboroughThemeItem" ADD CONSTRAINT "PeterboroughThemeItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PeterboroughThemeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
