// __Name__'s spreadsheet layout: Pillar | Action | Lead | Timescale | BRAG | Evidence of impact.
// Rows sit under their pillar and have no code: they are matched by their Action cell.
import { lines, type ImportLayout } from '@council-plans/core';
import { AUTHORITY } from './seed';

export const layout: ImportLayout = {
  council: '__name__',
  name: 'action-table',
  title: 'Pillar / Action / Lead / Timescale / BRAG / Evidence of impact',
  authority: AUTHORITY,
  columns: [
    { key: 'pillar', header: 'Pillar', required: true, nonEmpty: true },
    { key: 'action', header: 'Action', required: true, nonEmpty: true },
    { key: 'lead', header: 'Lead', required: true },
    { key: 'timescale', header: 'Timescale', required: true },
    { key: 'brag', header: 'BRAG', required: true, validate: (v) => (/^(blue|red|amber|green)$/i.test(v) ? null : 'must be Blue, Red, Amber or Green') },
    { key: 'evidence', header: 'Evidence of impact', aliases: ['Evidence'], required: true },
  ],
  contentKeyColumns: ['action'],
  rowModel: '__name__ActionRow',
  rowEntity: '__Name__ActionRow',
  rowRelation: '__name__Row',
  toRow(cells) {
    return {
      sections: [{ kind: 'PRIORITY', title: cells.pillar! }],
      action: { code: null, title: cells.action!, timescaleText: cells.timescale || null },
      parties: lines(cells.lead!).map((name) => ({ kind: 'ROLE' as const, name, role: 'LEAD' as const })),
      pluginRow: { pillar: cells.pillar!, lead: cells.lead || null, brag: cells.brag || null, evidence: cells.evidence || null },
    };
  },
  include: { __name__Row: true },
  toCells(action) {
    const row = action.__name__Row;
    return { pillar: row.pillar, action: action.title, lead: row.lead ?? '', timescale: action.timescaleText ?? '', brag: row.brag ?? '', evidence: row.evidence ?? '' };
  },
};
