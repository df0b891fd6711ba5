import type { KentKeyAreaSeed, KentPartnershipPlanSeed } from './partnership-plan-types';
import { ensureKent, partyCache, type Tx } from './common';

export const PARTNERSHIP_PLAN_SLUG = 'kent-herne-bay-whitstable-enjoy-and-achieve-2008-9';

/** The owner of the partnership plan: the schools partnership, whose name the document does not print. */
// The plan's authors as the document names them ("across partnership schools", "interested
// Partnership Schools"); it prints no other name for the partnership (where the schools are
// is known only from the places it names, so no place is added to the name).
export const PARTNERSHIP_OWNER = {
  kind: 'GROUP' as const,
  name: 'Partnership schools',
};

type Column = 'Lead' | 'Cost' | 'Target Dates';

/** Which entries of a column go with which action: `byAction[i]` are action i's entries. */
export interface Pairing {
  paired: boolean;
  byAction: number[][];
  note: string;
}

/**
 * Pairs a printed column (Lead, Cost or Target Dates) with the key area's actions:
 * one to one when the column prints one entry per action; every entry with the only
 * action when there is one; a single Lead or Target Dates entry with every action (it
 * is printed once for the whole key area). Anything else is not paired: the entries stay
 * on the key area only. A single Cost entry is never spread over several actions (the
 * money would be counted once per action).
 */
export function pairColumn(column: Column, entries: number, actions: number): Pairing {
  const none = Array.from({ length: actions }, () => [] as number[]);
  const count = `${entries} ${entries === 1 ? 'entry' : 'entries'} for ${actions} ${actions === 1 ? 'action' : 'actions'}`;
  if (entries === 0) return { paired: false, byAction: none, note: `${column}: nothing printed` };
  if (entries === actions) return { paired: true, byAction: none.map((_, i) => [i]), note: `${column}: ${count}, paired one to one` };
  if (actions === 1) return { paired: true, byAction: [Array.from({ length: entries }, (_, i) => i)], note: `${column}: ${count}, all with the only action` };
  if (entries === 1 && column !== 'Cost') return { paired: true, byAction: none.map(() => [0]), note: `${column}: ${count}, printed once for the key area and given to every action` };
  return { paired: false, byAction: none, note: `${column}: ${count}, not paired` };
}

async function writeKeyArea(
  tx: Tx,
  ids: { planId: number; sourceId: number; parentId: number; party: ReturnType<typeof partyCache> },
  area: KentKeyAreaSeed,
  position: number,
  heading: string,
): Promise<void> {
  const section = await tx.planSection.create({
    data: {
      planId: ids.planId,
      parentId: ids.parentId,
      kind: 'KEY_AREA',
      label: 'Key Area',
      code: area.code,
      title: area.title,
      position,
      sourceId: ids.sourceId,
      sourceSection: heading,
    },
  });
  const n = area.bullets.length;
  const leads = pairColumn('Lead', area.leads.length, n);
  const costs = pairColumn('Cost', area.costs.length, n);
  const dates = pairColumn('Target Dates', area.targetDates.length, n);
  const keyArea = await tx.kentKeyArea.create({
    data: {
      sectionId: section.id,
      leads: area.leads.map((l) => l.text),
      costs: area.costs,
      targetDates: area.targetDates,
      leadsPaired: leads.paired,
      costsPaired: costs.paired,
      targetDatesPaired: dates.paired,
      pairingNote: [leads.note, costs.note, dates.note, area.note].filter(Boolean).join('; '),
      separatePlan: area.separatePlan ?? null,
      notes: area.notes ?? [],
    },
  });
  const sourceSection = `${heading} › ${area.code} ${area.title}`;
  for (const [i, bullet] of area.bullets.entries()) {
    const myDates = dates.byAction[i].map((d) => area.targetDates[d]);
    const action = await tx.action.create({
      data: {
        planId: ids.planId,
        sectionId: section.id,
        title: bullet.text,
        description: bullet.subPoints?.length ? bullet.subPoints.join('\n') : null,
        position: i,
        timescaleText: myDates.length ? myDates.join('\n') : null,
        sourceId: ids.sourceId,
        sourceSection,
      },
    });
    const myLeads = leads.byAction[i].map((l) => area.leads[l]);
    const myCosts = costs.byAction[i].map((c) => area.costs[c]);
    await tx.kentPartnershipAction.create({
      data: {
        actionId: action.id,
        bulletPrinted: bullet.bulletPrinted,
        subPoints: bullet.subPoints ?? [],
        leads: myLeads.map((l) => l.text),
        costs: myCosts,
        targetDates: myDates,
      },
    });
    const partyIds: number[] = [];
    for (const lead of myLeads) {
      for (const p of lead.parties) {
        const party = await ids.party({ kind: p.kind, name: p.name, title: p.title, organisation: p.organisation });
        if (!partyIds.includes(party.id)) partyIds.push(party.id);
      }
    }
    if (partyIds.length) {
      await tx.actionParty.createMany({ data: partyIds.map((partyId, p) => ({ actionId: action.id, partyId, role: 'LEAD' as const, position: p })) });
    }
    if (myCosts.length) {
      await tx.fundingLine.createMany({ data: myCosts.map((text, p) => ({ planId: ids.planId, actionId: action.id, text, position: p })) });
    }
  }
  if (!costs.paired && area.costs.length) {
    // Costs that could not be paired belong to the key area: plan-level money lines.
    await tx.fundingLine.createMany({ data: area.costs.map((text, p) => ({ planId: ids.planId, text, position: p })) });
  }
  for (const [p, link] of area.links.entries()) {
    const row = await tx.planLink.create({
      data: { fromPlanId: ids.planId, toPlanName: link.toPlanName, target: link.target ?? null, text: link.text, position: p },
    });
    await tx.kentKeyAreaLink.create({ data: { keyAreaId: keyArea.id, linkId: row.id, afterAction: link.afterBullet, position: p } });
  }
}

/**
 * Writes the partnership plan: one PRIORITY section per priority (with its success
 * criteria), one KEY_AREA section per key area with its Kent row (the Lead, Cost and
 * Target Dates columns as printed), one core Action per bullet with the column entries
 * paired to it (lead parties, money lines, timescale), and the plan links.
 */
export async function writePartnershipPlan(tx: Tx, doc: KentPartnershipPlanSeed, source: { id: number }): Promise<void> {
  const kent = await ensureKent(tx);
  const plan = await tx.plan.create({
    data: {
      slug: PARTNERSHIP_PLAN_SLUG,
      authorityId: kent.id,
      title: 'Action plan: Enjoy and Achieve',
      kind: 'Action plan',
      periodText: '2008-9',
      periodStart: new Date('2008-09-01'),
      periodEnd: new Date('2009-08-31'),
      status: 'PUBLISHED',
      format: 'kent',
      sourceId: source.id,
      sourceSection: doc.priorities.map((p) => p.heading).join(' / '),
    },
  });
  const party = partyCache(tx, kent.id);
  const owner = await party(PARTNERSHIP_OWNER);
  await tx.planParty.create({ data: { planId: plan.id, partyId: owner.id, role: 'OWNER', roleText: null, position: 0 } });
  for (const [position, priority] of doc.priorities.entries()) {
    const section = await tx.planSection.create({
      data: {
        planId: plan.id,
        kind: 'PRIORITY',
        label: 'Enjoy and Achieve Priority',
        code: String(priority.number),
        title: priority.heading.replace(/^Action plan:\s*/, ''),
        description: priority.priority,
        position,
        sourceId: source.id,
        sourceSection: priority.heading,
      },
    });
    await tx.successCriterion.createMany({
      data: priority.successCriteria.map((text, p) => ({ planId: plan.id, sectionId: section.id, text, position: p })),
    });
    for (const [i, area] of priority.keyAreas.entries()) {
      await writeKeyArea(tx, { planId: plan.id, sourceId: source.id, parentId: section.id, party }, area, i, priority.heading);
    }
  }
}
