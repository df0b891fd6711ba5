import type { PrismaClient } from '../db/prisma';
import { Loaders } from './loaders';

/** What every resolver receives: the database and this request's loaders. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
}

export function createContext(prisma: PrismaClient): Context {
  return { prisma, loaders: new Loaders() };
}
