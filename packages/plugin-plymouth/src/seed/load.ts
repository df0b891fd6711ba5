import { ensureAuthority, ensureParty, type SeedDocument } from '@council-plans/core';
import type { Prisma } from '../db';
import { actionPlan2018 } from './action-plan-2018';
import type { PartyLinkSeed, PlymouthPlanSeed, PlymouthRowSeed, ResourcePartKind } from './types';

type Tx = Prisma.TransactionClient;

export const PLYMOUTH = {
  code: 'plymouth',
  name: 'Plymouth City Council',
  gssCode: 'E06000026',
  kind: 'unitary authority',
  region: 'South West',
};

export const PLYMOUTH_PLAN_SLUG = 'plymouth-action-plan-to-improve-pupil-outcomes-2018';

/** The core projection of a row's Timescale / Resources cell: parts of one kind, in printed order. */
export function partsOf(row: PlymouthRowSeed, ...kinds: ResourcePartKind[]): string[] {
  return row.timescaleResources.flatMap((entry) => entry.parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text));
}

/**
 * Writes the document: the plan (purpose and context), one THEME section per theme, one
 * core Action per row (title = the Action cell; timescaleText, resourcesText and funding
 * lines = the Timescale / Resources cell split as the seed records; success criteria;
 * the Responsible cell's parties) with its Plymouth row, the split, and the parties
 * named in its Monitoring and Evaluation cells.
 */
export async function writePlymouthPlan(tx: Tx, doc: PlymouthPlanSeed, source: { id: number }, slug: string): Promise<void> {
  const authority = await ensureAuthority(tx, PLYMOUTH);
  const partyIds = new Map<string, number>();
  const partyId = async (link: PartyLinkSeed): Promise<number> => {
    let id = partyIds.get(link.party);
    if (id === undefined) {
      const seed = doc.parties[link.party];
      if (!seed) throw new Error(`Plymouth seed: unknown party key ${link.party}`);
      id = (await ensureParty(tx, authority.id, seed)).id;
      partyIds.set(link.party, id);
    }
    return id;
  };

  const plan = await tx.plan.create({
    data: {
      slug,
      authorityId: authority.id,
      title: 'Action Plan to improve pupil outcomes across key stages',
      kind: 'Action Plan',
      issuedText: doc.issuedText,
      purpose: doc.purpose,
      context: doc.context.join('\n\n'),
      status: 'PUBLISHED',
      format: 'plymouth',
      sourceId: source.id,
      sourceSection: doc.heading,
    },
  });
  const owner = await ensureParty(tx, authority.id, { kind: 'ORGANISATION', name: 'Education, Participation and Skills' });
  await tx.planParty.create({ data: { planId: plan.id, partyId: owner.id, role: 'OWNER', roleText: null, position: 0 } });

  for (const [t, theme] of doc.themes.entries()) {
    const section = await tx.planSection.create({
      data: { planId: plan.id, kind: 'THEME', title: theme.title, position: t, sourceId: source.id, sourceSection: doc.heading },
    });
    let objective: string | null = null;
    // A Success Criteria cell merged across rows: its criteria and the rows it still spans.
    let merged: { criteria: string[]; rows: number } | null = null;
    for (const [i, row] of theme.rows.entries()) {
      objective = row.objective ?? objective;
      if (objective === null) throw new Error(`Plymouth seed: ${theme.title} row ${i} continues an objective but none is printed above it`);
      const timescale = partsOf(row, 'TIMESCALE');
      const resources = partsOf(row, 'RESOURCES', 'UNSPLIT');
      const action = await tx.action.create({
        data: {
          planId: plan.id,
          sectionId: section.id,
          title: row.actions.join('\n'),
          position: i,
          timescaleText: timescale.length ? timescale.join('\n') : null,
          resourcesText: resources.length ? resources.join('\n') : null,
          sourceId: source.id,
          sourceSection: theme.title,
        },
      });
      const funding = partsOf(row, 'FUNDING');
      if (funding.length) {
        await tx.fundingLine.createMany({ data: funding.map((text, p) => ({ planId: plan.id, actionId: action.id, text, position: p })) });
      }
      if ((row.successCriteriaSpan ?? 1) > 1) merged = { criteria: row.successCriteria, rows: row.successCriteriaSpan! };
      else if (merged && row.successCriteria.length) throw new Error(`Plymouth seed: ${theme.title} row ${i} prints criteria inside a merged Success Criteria cell`);
      const criteria = merged ? merged.criteria : row.successCriteria;
      if (criteria.length) {
        await tx.successCriterion.createMany({ data: criteria.map((text, p) => ({ planId: plan.id, actionId: action.id, text, position: p, shared: merged != null })) });
      }
      if (merged && --merged.rows === 0) merged = null;
      for (const [p, link] of row.responsible.parties.entries()) {
        await tx.actionParty.create({ data: { actionId: action.id, partyId: await partyId(link), role: link.role ?? 'RESPONSIBLE', position: p } });
      }
      const plymouthRow = await tx.plymouthActionRow.create({
        data: {
          actionId: action.id,
          objective,
          continuesObjective: row.objective === null,
          actions: row.actions,
          numbered: row.numbered ?? false,
          responsible: row.responsible.entries.join('\n'),
          timescaleResources: row.timescaleResources.map((e) => e.printed),
          successCriteria: row.successCriteria,
          monitoring: row.monitoring.entries,
          evaluation: row.evaluation.entries.join('\n'),
        },
      });
      const parts = row.timescaleResources.flatMap((entry, e) => entry.parts.map((part) => ({ ...part, entry: e })));
      if (parts.length) {
        await tx.plymouthResourcePart.createMany({
          data: parts.map((part, p) => ({ rowId: plymouthRow.id, entry: part.entry, position: p, kind: part.kind, text: part.text })),
        });
      }
      const oversight = [
        ...row.monitoring.parties.map((link, p) => ({ link, role: 'MONITORING' as const, position: p })),
        ...row.evaluation.parties.map((link, p) => ({ link, role: 'EVALUATION' as const, position: p })),
      ];
      for (const { link, role, position } of oversight) {
        await tx.plymouthActionOversight.create({
          data: { actionId: action.id, partyId: await partyId(link), role, printedName: link.printed, position },
        });
      }
    }
  }
}

export const seeds: SeedDocument[] = [
  {
    key: actionPlan2018.sourceFile,
    title: actionPlan2018.heading,
    load: (tx, source) => writePlymouthPlan(tx, actionPlan2018, source, PLYMOUTH_PLAN_SLUG),
  },
];
