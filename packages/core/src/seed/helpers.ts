// Small helpers plugins use when writing their transcribed documents.
import type { Prisma } from '../db/prisma';

// Any generated client's transaction (core's, or a plugin's typed for core + itself).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tx = any;

export interface AuthorityData {
  code: string;
  name: string;
  gssCode?: string;
  kind?: string;
  region?: string;
}

/** The authority with this code, created when missing (several plugins may name it). */
export async function ensureAuthority(anyTx: Tx, data: AuthorityData) {
  const tx = anyTx as Prisma.TransactionClient;
  return tx.authority.upsert({ where: { code: data.code }, update: {}, create: data });
}

export interface PartyData {
  kind: 'PERSON' | 'ROLE' | 'ORGANISATION' | 'GROUP';
  name: string;
  title?: string;
  organisation?: string;
  email?: string;
}

/**
 * The authority's responsible party with this kind and name, created when missing, so
 * a body named in many rows (an education board) is one party.
 */
export async function ensureParty(anyTx: Tx, authorityId: number, data: PartyData) {
  const tx = anyTx as Prisma.TransactionClient;
  return tx.responsibleParty.upsert({
    where: { authorityId_kind_name: { authorityId, kind: data.kind, name: data.name } },
    update: {},
    create: { authorityId, ...data },
  });
}
