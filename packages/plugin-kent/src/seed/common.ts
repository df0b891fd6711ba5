import { ensureAuthority, ensureParty, type PartyData, type Prisma } from '@council-plans/core';

export type Tx = Prisma.TransactionClient;

export const KENT = {
  code: 'kent',
  name: 'Kent County Council',
  gssCode: 'E10000016',
  kind: 'county council',
  region: 'South East',
};

/**
 * The statistical neighbours the operational plan names under "Service Comparisons"
 * ("Essex, Swindon, East Sussex, Northamptonshire, Worcestershire, Warwickshire, West
 * Sussex, Staffordshire, Lancashire and Bedfordshire"), in printed order. Bedfordshire
 * County Council was abolished in 2009, before GSS codes existed: it has none.
 */
export const KENT_NEIGHBOURS = [
  { code: 'essex', name: 'Essex County Council', gssCode: 'E10000012', kind: 'county council', region: 'East of England' },
  { code: 'swindon', name: 'Swindon Borough Council', gssCode: 'E06000030', kind: 'unitary authority', region: 'South West' },
  { code: 'east-sussex', name: 'East Sussex County Council', gssCode: 'E10000011', kind: 'county council', region: 'South East' },
  { code: 'northamptonshire', name: 'Northamptonshire County Council', gssCode: 'E10000021', kind: 'county council', region: 'East Midlands' },
  { code: 'worcestershire', name: 'Worcestershire County Council', gssCode: 'E10000034', kind: 'county council', region: 'West Midlands' },
  { code: 'warwickshire', name: 'Warwickshire County Council', gssCode: 'E10000031', kind: 'county council', region: 'West Midlands' },
  { code: 'west-sussex', name: 'West Sussex County Council', gssCode: 'E10000032', kind: 'county council', region: 'South East' },
  { code: 'staffordshire', name: 'Staffordshire County Council', gssCode: 'E10000028', kind: 'county council', region: 'West Midlands' },
  { code: 'lancashire', name: 'Lancashire County Council', gssCode: 'E10000017', kind: 'county council', region: 'North West' },
  { code: 'bedfordshire', name: 'Bedfordshire County Council', kind: 'county council', region: 'East of England' },
];

export const NEIGHBOUR_BASIS = "Children's Services Statistical Neighbour Benchmarking Tool";

export async function ensureKent(tx: Tx) {
  return ensureAuthority(tx, KENT);
}

/** Kent's statistical neighbours as core rows (idempotent: both Kent documents may call it). */
export async function ensureNeighbours(tx: Tx, kentId: number): Promise<void> {
  for (const [rank, data] of KENT_NEIGHBOURS.entries()) {
    const neighbour = await ensureAuthority(tx, data);
    await tx.statisticalNeighbour.upsert({
      where: { authorityId_neighbourId: { authorityId: kentId, neighbourId: neighbour.id } },
      update: {},
      create: { authorityId: kentId, neighbourId: neighbour.id, rank: rank + 1, basis: NEIGHBOUR_BASIS },
    });
  }
}

/** One party per authority, kind and name, whatever the number of rows naming it. */
export function partyCache(tx: Tx, authorityId: number) {
  const cache = new Map<string, Promise<{ id: number }>>();
  return (data: PartyData) => {
    const key = `${data.kind}\u0000${data.name}`;
    let party = cache.get(key);
    if (!party) {
      party = ensureParty(tx, authorityId, data);
      cache.set(key, party);
    }
    return party;
  };
}

const ROLE_WORDS = /\b(adviser|advisers|leaders?|lead|manager|team|head|principal|director|officer|unit|service|group|board|consultants?|partners?|coordinator|co-ordinator)\b/i;

/**
 * The parties an "Accountable Manager" cell names: the cell split at "/", "," and " and "
 * (e.g. "Rosemary Ferguson/ Diana Robinson" → two people, "Sue Duckworth, Principal
 * Adviser Primary, Principal Adviser Secondary" → a person and two roles). A part
 * naming a post ("Principal Adviser Primary", "Area leaders", "Birth to three lead") is
 * a ROLE, anything else a PERSON. The cell itself is kept as printed beside them.
 */
export function partiesInCell(cell: string): PartyData[] {
  const parts = cell
    .split(/\s*(?:\/|,|\band\b|&)\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const out: PartyData[] = [];
  for (const name of parts) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ kind: ROLE_WORDS.test(name) ? 'ROLE' : 'PERSON', name });
  }
  return out;
}
