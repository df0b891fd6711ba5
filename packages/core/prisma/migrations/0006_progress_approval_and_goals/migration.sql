-- CreateEnum
CREATE TYPE "ProgressUpdateStatus" AS ENUM ('PENDING', 'RETURNED', 'APPROVED');

-- AlterTable
ALTER TABLE "Authority" ADD COLUMN     "progressApprovalRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "authorName" TEXT,
ADD COLUMN     "authorSubject" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedByName" TEXT,
ADD COLUMN     "decidedBySubject" TEXT,
ADD COLUMN     "returnComment" TEXT,
ADD COLUMN     "status" "ProgressUpdateStatus" NOT NULL DEFAULT 'APPROVED',
ADD COLUMN     "title" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "IndicatorSeries" ADD COLUMN     "baselineDate" DATE;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "measuredOn" DATE,
ADD COLUMN     "reportedWithId" INTEGER;

-- CreateTable
CREATE TABLE "ProgressAttachment" (
    "id" SERIAL NOT NULL,
    "progressUpdateId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ProgressAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressIndicatorValue" (
    "id" SERIAL NOT NULL,
    "progressUpdateId" INTEGER NOT NULL,
    "indicatorSeriesId" INTEGER NOT NULL,
    "periodText" TEXT,
    "valueText" TEXT NOT NULL,
    "measuredOn" DATE,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ProgressIndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorGoal" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "seriesId" INTEGER NOT NULL,
    "targetDate" DATE NOT NULL,
    "value" DECIMAL(14,4) NOT NULL,
    "valueText" TEXT NOT NULL,
    "periodText" TEXT,
    "targetValueId" INTEGER,

    CONSTRAINT "IndicatorGoal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressAttachment_progressUpdateId_position_idx" ON "ProgressAttachment"("progressUpdateId", "position");

-- CreateIndex
CREATE INDEX "ProgressIndicatorValue_progressUpdateId_position_idx" ON "ProgressIndicatorValue"("progressUpdateId", "position");

-- CreateIndex
CREATE INDEX "ProgressIndicatorValue_indicatorSeriesId_idx" ON "ProgressIndicatorValue"("indicatorSeriesId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorGoal_targetValueId_key" ON "IndicatorGoal"("targetValueId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorGoal_seriesId_targetDate_key" ON "IndicatorGoal"("seriesId", "targetDate");

-- CreateIndex
CREATE INDEX "ProgressUpdate_status_id_idx" ON "ProgressUpdate"("status", "id");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_reportedWithId_key" ON "IndicatorValue"("reportedWithId");

-- AddForeignKey
ALTER TABLE "ProgressAttachment" ADD CONSTRAINT "ProgressAttachment_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressIndicatorValue" ADD CONSTRAINT "ProgressIndicatorValue_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressIndicatorValue" ADD CONSTRAINT "ProgressIndicatorValue_indicatorSeriesId_fkey" FOREIGN KEY ("indicatorSeriesId") REFERENCES "IndicatorSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorGoal" ADD CONSTRAINT "IndicatorGoal_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "IndicatorSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorGoal" ADD CONSTRAINT "IndicatorGoal_targetValueId_fkey" FOREIGN KEY ("targetValueId") REFERENCES "IndicatorValue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_reportedWithId_fkey" FOREIGN KEY ("reportedWithId") REFERENCES "ProgressIndicatorValue"("id") ON DELETE SET NULL ON UPDATE CASCADE;
