// Plymouth's spreadsheet layout: its seven columns, under the theme each table is printed in.
//
//   Theme | Objective | Action | Responsible | Timescale / Resources | Success Criteria | Monitoring | Evaluation
//
// An empty Objective cell continues the objective of the row above (as printed). Cells
// are one entry per line: Action, Timescale / Resources, Success Criteria and Monitoring
// entries; each line of Responsible is one responsible party. An imported
// Timescale / Resources entry is kept whole (one UNSPLIT part: the importer does not guess
// where timescale ends and money starts). Rows have no code: they are matched by
// Theme + Action.
import { LayoutRowError, joinLines, lines, replaceChildren, type ImportLayout } from '@council-plans/core';
import { PLYMOUTH } from './seed/load';

export const plymouthLayout: ImportLayout = {
  council: 'plymouth',
  name: 'action-table',
  title: 'Theme / Objective / Action / Responsible / Timescale-Resources / Success Criteria / Monitoring / Evaluation',
  authority: PLYMOUTH,
  planDefaults: { kind: 'Action Plan' },
  columns: [
    { key: 'theme', header: 'Theme', required: true, nonEmpty: true },
    { key: 'objective', header: 'Objective', aliases: ['Objectives'], required: true },
    { key: 'action', header: 'Action', aliases: ['Actions'], required: true, nonEmpty: true },
    { key: 'responsible', header: 'Responsible', required: true },
    { key: 'timescaleResources', header: 'Timescale / Resources', aliases: ['Timescale and Resources', 'Timescale'], required: true },
    { key: 'successCriteria', header: 'Success Criteria', required: true },
    { key: 'monitoring', header: 'Monitoring', required: true },
    { key: 'evaluation', header: 'Evaluation', required: true },
  ],
  contentKeyColumns: ['theme', 'action'],
  rowModel: 'plymouthActionRow',
  rowEntity: 'PlymouthActionRow',
  rowRelation: 'plymouthRow',
  toRow(cells, previous) {
    const continues = cells.objective === '';
    const sameTheme = previous?.sections[0]?.title === cells.theme;
    const objective = continues ? (sameTheme ? (previous!.pluginRow.objective as string) : null) : cells.objective!;
    if (objective === null) throw new LayoutRowError('objective', 'Objective is empty and no row above it in the same theme gives one');
    const actions = lines(cells.action!);
    const timescaleResources = lines(cells.timescaleResources!);
    const successCriteria = lines(cells.successCriteria!);
    return {
      sections: [{ kind: 'THEME', title: cells.theme! }],
      action: { code: null, title: actions.join('\n'), timescaleText: null, resourcesText: timescaleResources.join('\n') || null },
      successCriteria,
      parties: lines(cells.responsible!).map((name) => ({ kind: 'ROLE' as const, name, role: 'RESPONSIBLE' as const })),
      pluginRow: {
        objective,
        continuesObjective: continues,
        actions,
        numbered: false,
        responsible: cells.responsible!,
        timescaleResources,
        successCriteria,
        monitoring: lines(cells.monitoring!),
        evaluation: cells.evaluation!,
      },
    };
  },
  include: { plymouthRow: true },
  toCells(action) {
    const row = action.plymouthRow;
    return {
      theme: action.section?.title ?? '',
      objective: row.continuesObjective ? '' : row.objective,
      action: joinLines(row.actions),
      responsible: row.responsible,
      timescaleResources: joinLines(row.timescaleResources),
      successCriteria: joinLines(row.successCriteria),
      monitoring: joinLines(row.monitoring),
      evaluation: row.evaluation,
    };
  },
  writeChildren(tx, items) {
    return replaceChildren(tx, {
      delegate: 'plymouthResourcePart',
      entity: 'PlymouthResourcePart',
      parentField: 'rowId',
      parentIds: items.map((i) => i.ids.rowId),
      actionIds: items.map((i) => i.ids.actionId),
      data: items.flatMap(({ ids, row }) =>
        (row.pluginRow.timescaleResources as string[]).map((text, i) => ({ rowId: ids.rowId, entry: i, position: i, kind: 'UNSPLIT', text })),
      ),
    });
  },
};
