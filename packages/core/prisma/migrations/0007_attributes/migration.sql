-- CreateEnum
CREATE TYPE "AttributeKind" AS ENUM ('TEXT', 'RICH_TEXT', 'NUMBER', 'DATE', 'CHOICE', 'MULTI_CHOICE', 'CATEGORY');

-- CreateTable
CREATE TABLE "AttributeType" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "planId" INTEGER NOT NULL,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "AttributeKind" NOT NULL,
    "unit" TEXT,
    "minimum" DOUBLE PRECISION,
    "maximum" DOUBLE PRECISION,
    "maxChoices" INTEGER,
    "appliesToActions" BOOLEAN NOT NULL DEFAULT true,
    "appliesToSections" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttributeType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributeChoice" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "typeId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "identifier" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttributeChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributeValue" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "typeId" INTEGER NOT NULL,
    "actionId" INTEGER,
    "sectionId" INTEGER,
    "text" TEXT,
    "number" DOUBLE PRECISION,
    "date" DATE,
    "choiceIds" INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttributeValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttributeType_planId_position_idx" ON "AttributeType"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AttributeType_planId_identifier_key" ON "AttributeType"("planId", "identifier");

-- CreateIndex
CREATE INDEX "AttributeChoice_parentId_idx" ON "AttributeChoice"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "AttributeChoice_typeId_identifier_key" ON "AttributeChoice"("typeId", "identifier");

-- CreateIndex
CREATE INDEX "AttributeValue_actionId_idx" ON "AttributeValue"("actionId");

-- CreateIndex
CREATE INDEX "AttributeValue_sectionId_idx" ON "AttributeValue"("sectionId");

-- CreateIndex
CREATE INDEX "AttributeValue_typeId_number_idx" ON "AttributeValue"("typeId", "number");

-- CreateIndex
CREATE INDEX "AttributeValue_typeId_date_idx" ON "AttributeValue"("typeId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AttributeValue_typeId_actionId_key" ON "AttributeValue"("typeId", "actionId");

-- CreateIndex
CREATE UNIQUE INDEX "AttributeValue_typeId_sectionId_key" ON "AttributeValue"("typeId", "sectionId");

-- AddForeignKey
ALTER TABLE "AttributeType" ADD CONSTRAINT "AttributeType_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeChoice" ADD CONSTRAINT "AttributeChoice_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AttributeType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeChoice" ADD CONSTRAINT "AttributeChoice_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AttributeChoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeValue" ADD CONSTRAINT "AttributeValue_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AttributeType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeValue" ADD CONSTRAINT "AttributeValue_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeValue" ADD CONSTRAINT "AttributeValue_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
