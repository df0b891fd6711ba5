import { ensureAuthority, ensureParty, type SeedDocument } from '@council-plans/core';
import { txOf } from './db';

export const AUTHORITY = { code: '__name__', name: '__Name__ Council' };
export const PLAN_SLUG = '__name__-education-plan';

/** The example rows of __Name__'s plan: replace them with your council's document. */
const ROWS = [
  { pillar: 'Inclusion', title: 'Reduce exclusions in primary schools', lead: 'Head of Inclusion', timescale: 'Spring 2026', brag: 'Green', evidence: 'Exclusions fell by a third' },
  { pillar: 'Inclusion', title: 'Train every SENCo in the new assessment', lead: 'SEND Lead', timescale: 'Autumn 2026', brag: 'Amber', evidence: null },
  { pillar: 'Attainment', title: 'Raise reading at key stage 2', lead: 'School Improvement Team', timescale: 'Summer 2026', brag: 'Red', evidence: 'Reading outcomes below target' },
];

export const seeds: SeedDocument[] = [
  {
    key: '__name__-education-plan-2026',
    title: '__Name__ education plan 2025/26',
    async load(anyTx, source) {
      const tx = txOf(anyTx);
      const authority = await ensureAuthority(tx, AUTHORITY);
      const plan = await tx.plan.create({
        data: { slug: PLAN_SLUG, title: '__Name__ education plan 2025/26', authorityId: authority.id, format: '__name__', periodText: '2025/26', sourceId: source.id },
      });
      const sections = new Map<string, number>();
      for (const [position, row] of ROWS.entries()) {
        let sectionId = sections.get(row.pillar);
        if (sectionId === undefined) {
          sectionId = (await tx.planSection.create({ data: { planId: plan.id, kind: 'PRIORITY', title: row.pillar, position: sections.size, sourceId: source.id } })).id;
          sections.set(row.pillar, sectionId);
        }
        const action = await tx.action.create({
          data: { planId: plan.id, sectionId, title: row.title, timescaleText: row.timescale, position, sourceId: source.id },
        });
        const party = await ensureParty(tx, authority.id, { kind: 'ROLE', name: row.lead });
        await tx.actionParty.create({ data: { actionId: action.id, partyId: party.id, role: 'LEAD', position: 0 } });
        await tx.__name__ActionRow.create({ data: { actionId: action.id, pillar: row.pillar, lead: row.lead, brag: row.brag, evidence: row.evidence } });
      }
    },
  },
];
