// The generated Prisma client for the composed schema (core + every bundled plugin).
// It lives in packages/core/generated/prisma, outside src, so that the same relative
// path resolves from src/ (type-checking) and dist/ (running).
export { PrismaClient, Prisma, $Enums } from '../../generated/prisma';
export type * from '../../generated/prisma';
