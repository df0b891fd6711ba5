-- CreateEnum
CREATE TYPE "TaskState" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ChangeKind" ADD VALUE 'DUE_SOON';
ALTER TYPE "ChangeKind" ADD VALUE 'LATE';
ALTER TYPE "ChangeKind" ADD VALUE 'STALE';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "updateIntervalDays" INTEGER;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "weight" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ActionTask" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "actionId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "timescaleText" TEXT,
    "dueOn" DATE,
    "state" "TaskState" NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" DATE,
    "completedBy" TEXT,
    "position" INTEGER NOT NULL,
    "milestoneId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "kind" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("kind","entity","entityId","subject")
);

-- CreateIndex
CREATE INDEX "ActionTask_actionId_position_idx" ON "ActionTask"("actionId", "position");

-- CreateIndex
CREATE INDEX "ActionTask_dueOn_idx" ON "ActionTask"("dueOn");

-- CreateIndex
CREATE INDEX "ActionTask_milestoneId_idx" ON "ActionTask"("milestoneId");

-- AddForeignKey
ALTER TABLE "ActionTask" ADD CONSTRAINT "ActionTask_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionTask" ADD CONSTRAINT "ActionTask_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (issue 18, part A): "done" and its day go together, as in Kausal's
-- ActionTask; weights and intervals are not negative.
ALTER TABLE "ActionTask" ADD CONSTRAINT "ActionTask_completed_when_done" CHECK (("state" = 'DONE') = ("completedOn" IS NOT NULL));
ALTER TABLE "Action" ADD CONSTRAINT "Action_weight_not_negative" CHECK ("weight" >= 0);
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_updateIntervalDays_positive" CHECK ("updateIntervalDays" IS NULL OR "updateIntervalDays" > 0);
