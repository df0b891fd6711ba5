-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "sourceSheet" TEXT;
