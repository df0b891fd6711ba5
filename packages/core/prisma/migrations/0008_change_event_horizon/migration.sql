-- CreateTable
CREATE TABLE "ChangeEventHorizon" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "seq" BIGINT NOT NULL DEFAULT 0,
    "prunedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeEventHorizon_pkey" PRIMARY KEY ("id")
);
