// Peterborough's spreadsheet layout: one row per Intent, under its workstream.
//
//   Workstream | Intent | Implementation | Impact | Timescale | RAG | Progress
//
// Multi-entry cells are one entry per line: Implementation (its steps; a first line
// ending in ":" or a dash, followed by more lines, is the intro printed before the
// steps), Impact (success criteria) and Timescale. When Timescale has as many lines as
// there are steps (two or more) they pair up, as in the printed plan. RAG is the
// action's status (Red / Amber / Green / Blue); Progress is the "RAG / Progress" cell's
// text. Rows have no code: they are matched by Workstream + Intent.
import { joinLines, lines, ragColumn, replaceChildren, type ImportLayout, type RagStatusName } from '@council-plans/core';
import { PETERBOROUGH } from './seed/load';

const INTRO_END = /[:\u2013\u2014-]$/u;

export const peterboroughLayout: ImportLayout = {
  council: 'peterborough',
  name: 'action-table',
  title: 'Workstream / Intent / Implementation / Impact / Timescale / RAG / Progress',
  authority: PETERBOROUGH,
  planDefaults: { kind: 'Education Action Plan' },
  columns: [
    { key: 'workstream', header: 'Workstream', required: true, nonEmpty: true },
    { key: 'intent', header: 'Intent', required: true, nonEmpty: true },
    { key: 'implementation', header: 'Implementation', required: true },
    { key: 'impact', header: 'Impact', required: true },
    { key: 'timescale', header: 'Timescale', required: true },
    ragColumn({ key: 'rag', header: 'RAG', aliases: ['RAG status', 'Status'] }),
    { key: 'progress', header: 'Progress', aliases: ['RAG / Progress', 'RAG Progress'] },
  ],
  contentKeyColumns: ['workstream', 'intent'],
  rowModel: 'peterboroughActionRow',
  rowEntity: 'PeterboroughActionRow',
  rowRelation: 'peterboroughRow',
  toRow(cells) {
    let implementation = lines(cells.implementation!);
    let intro: string | null = null;
    if (implementation.length > 1 && INTRO_END.test(implementation[0]!)) [intro, ...implementation] = implementation as [string, ...string[]];
    const timescale = lines(cells.timescale!);
    const paired = implementation.length > 1 && timescale.length === implementation.length;
    const impact = lines(cells.impact!);
    return {
      sections: [{ kind: 'WORKSTREAM', label: 'Workstream', title: cells.workstream! }],
      action: { code: null, title: cells.intent!, timescaleText: cells.timescale || null, ragStatus: (cells.rag || null) as RagStatusName | null },
      successCriteria: impact,
      pluginRow: { intent: cells.intent!, implementationIntro: intro, impact, timescale, ragProgress: cells.progress || null },
      extra: { steps: implementation.map((text, i) => ({ text, timescaleText: paired ? timescale[i]! : null })) },
    };
  },
  include: { peterboroughRow: { include: { steps: { orderBy: { position: 'asc' } } } } },
  toCells(action) {
    const row = action.peterboroughRow;
    return {
      workstream: action.section?.title ?? '',
      intent: row.intent,
      implementation: joinLines([row.implementationIntro, ...row.steps.map((s: { text: string }) => s.text)]),
      impact: joinLines(row.impact),
      timescale: joinLines(row.timescale),
      rag: action.ragStatus ?? '',
      progress: row.ragProgress ?? '',
    };
  },
  writeChildren(tx, items) {
    return replaceChildren(tx, {
      delegate: 'peterboroughImplementationStep',
      entity: 'PeterboroughImplementationStep',
      parentField: 'rowId',
      parentIds: items.map((i) => i.ids.rowId),
      actionIds: items.map((i) => i.ids.actionId),
      data: items.flatMap(({ ids, row }) =>
        ((row.extra?.steps ?? []) as { text: string; timescaleText: string | null }[]).map((s, position) => ({ rowId: ids.rowId, position, text: s.text, timescaleText: s.timescaleText })),
      ),
    });
  },
};
