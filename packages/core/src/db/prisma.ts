// Core's Prisma types come from core's own generated client (core models only): core
// compiles against nothing of any council. At run time the deployment's composition
// root (packages/server, or a deployment's own folder) generates the client for core
// plus its plugins and hands it over with `usePrismaClientModule`; every PrismaClient
// core opens and every model lookup (`datamodelModels`) then uses that one.
// The generated client lives in packages/core/generated/prisma, outside src, so that the
// same relative path resolves from src/ (type-checking) and dist/ (running).
import path from 'node:path';
import * as coreClient from '../../generated/prisma';
export { PrismaClient, Prisma } from '../../generated/prisma';
export type * from '../../generated/prisma';

/** What a generated Prisma client module exports that core uses. */
export interface PrismaClientModule {
  PrismaClient: new (options: { adapter: unknown }) => unknown;
  Prisma: { dmmf: { datamodel: { models: readonly DatamodelModel[] } } };
}

/** A model of the generated client's data model (the parts core reads). */
export interface DatamodelModel {
  name: string;
  fields: readonly { name: string; kind: string; type: string; relationName?: string | null; isList?: boolean }[];
}

let active: PrismaClientModule = coreClient as unknown as PrismaClientModule;

/** Makes core use the deployment's generated client (core + its plugins) from now on. */
export function usePrismaClientModule(mod: PrismaClientModule): void {
  active = mod;
}

/** The client module in use: the deployment's, or core's own (core models only). */
export function prismaClientModule(): PrismaClientModule {
  return active;
}

/** The models of the client in use (core's and the composed plugins'). */
export function datamodelModels(): readonly DatamodelModel[] {
  return active.Prisma.dmmf.datamodel.models;
}

/** The Prisma schema each client module was generated from (the deployment's, once registered). */
const schemaFiles = new WeakMap<object, string>();

/** Records the schema file a generated client module was made from (ensureDeploymentClient does). */
export function registerSchemaFile(mod: PrismaClientModule, file: string): void {
  schemaFiles.set(mod, file);
}

/**
 * The schema file of the client in use: the runtime data model (`Prisma.dmmf`) of the
 * client engine carries names, kinds and types only, so optionality is read from here.
 */
export function activeSchemaFile(): string {
  return schemaFiles.get(active) ?? path.resolve(__dirname, '../../generated/prisma/schema.prisma');
}

/** The enums of the client in use (core's and the composed plugins'), in declared order. */
export function activeEnums(): Record<string, Record<string, string>> {
  return ((active as unknown as { $Enums?: Record<string, Record<string, string>> }).$Enums ?? {});
}
