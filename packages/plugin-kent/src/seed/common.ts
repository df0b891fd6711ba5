import { ensureAuthority, ensureParty, type PartyData } from '@council-plans/core';
import type { Prisma } from '../db';

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

/** Splits at separators outside parentheses: "/", ",", "&", "+", " and ", " with ". */
function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const word = /^\s+(?:and|with)\s+/i.exec(text.slice(i));
      if (c === '/' || c === ',' || c === '&' || c === '+' || word) {
        parts.push(current);
        current = '';
        if (word) i += word[0].length - 1;
        continue;
      }
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const NAME_WORD = /^[A-Z][a-zA-Z'’-]+$/;

/** A party a cell names, with the label printed beside it in that cell only ("Area 1", "I&A"): the row's, not the party's title. */
export type CellParty = PartyData & { label?: string };

/**
 * The parties an "Accountable Manager" cell names. The cell is kept as printed beside
 * them; this only finds who it names:
 * - split at "/", ",", "&", "+", " and ", " with " (outside parentheses):
 *   "Rosemary Ferguson/ Diana Robinson" → two people;
 * - "Area 1- Chris Davies Area 2 – Rosemary Ferguson …" → each person, labelled "Area n" in this
 *   row (the label is the row's: the person is not titled by it elsewhere);
 * - names printed run together, "Debbie Coslett Helen Tait" (an even number of
 *   capitalised words, four or more) → two-word names;
 * - a word broken by the column width, "Margo Barracloug h" → "Margo Barraclough";
 * - a parenthesis is the row's label for the person: "Chris Berry (I&A)" → Chris Berry, "I&A";
 * - a part naming a post ("Principal Adviser Primary", "Area leaders", "Birth to three
 *   lead") or a plural of initials ("AEOs", "LCSPs") is a ROLE, anything else a PERSON.
 */
export function partiesInCell(cell: string): CellParty[] {
  const text = cell
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b([A-Z][a-z]{3,}) ([a-z])(?=$|[\s,/])/g, '$1$2');
  const out: CellParty[] = [];
  const add = (p: CellParty) => {
    if (!out.some((o) => o.kind === p.kind && o.name === p.name)) out.push(p);
  };
  if (/^Area \d+\s*[-–]/.test(text)) {
    for (const m of text.matchAll(/Area (\d+)\s*[-–]\s*(.*?)\s*(?=Area \d+\s*[-–]|$)/g)) add({ kind: 'PERSON', name: m[2]!, label: `Area ${m[1]}` });
    return out;
  }
  for (const part of splitOutsideParentheses(text)) {
    const paren = /^(.*?)\s*\(([^)]*)\)$/.exec(part);
    const name = paren ? paren[1] : part;
    const label = paren ? paren[2] : undefined;
    const words = name.split(' ');
    if (ROLE_WORDS.test(name) || /^[A-Z]{2,}s$/.test(name)) add({ kind: 'ROLE', name });
    else if (words.length >= 4 && words.length % 2 === 0 && words.every((w) => NAME_WORD.test(w))) {
      for (let i = 0; i < words.length; i += 2) add({ kind: 'PERSON', name: `${words[i]} ${words[i + 1]}` });
    } else add({ kind: 'PERSON', name, ...(label ? { label } : {}) });
  }
  return out;
}
