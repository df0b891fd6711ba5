// Worcestershire's spreadsheet layout: the LAA delivery plan's activity plan.
//
//   Action | Who | Milestones / Success Measure | When | Resource Implications | Commentary
//
// Milestones are one per line (a first line ending in ":" or ";" followed by more lines
// is the text printed before the list); each line of Who is one responsible party.
// Rows sit in the plan's "ACTIVITY PLAN" section and have no code: they are matched by
// their Action cell.
import { joinLines, lines, replaceChildren, type ImportLayout } from '@council-plans/core';
import { WORCESTERSHIRE } from './seed/load';

const COLUMNS = ['Action', 'Who', 'Milestones / Success Measure', 'When', 'Resource Implications', 'Commentary'] as const;

export const worcestershireLayout: ImportLayout = {
  council: 'worcestershire',
  name: 'activity-plan',
  title: COLUMNS.join(' / '),
  authority: WORCESTERSHIRE,
  planDefaults: { kind: 'LAA delivery plan' },
  columns: [
    { key: 'action', header: 'Action', required: true, nonEmpty: true },
    { key: 'who', header: 'Who', required: true },
    { key: 'milestones', header: 'Milestones / Success Measure', aliases: ['Milestones', 'Success Measure', 'Milestones / Success Measures'], required: true },
    { key: 'when', header: 'When', required: true },
    { key: 'resources', header: 'Resource Implications', aliases: ['Resources'], required: true },
    { key: 'commentary', header: 'Commentary', required: true },
  ],
  contentKeyColumns: ['action'],
  rowModel: 'worcestershireActivity',
  rowEntity: 'WorcestershireActivity',
  rowRelation: 'worcestershireActivity',
  toRow(cells) {
    let milestones = lines(cells.milestones!);
    let intro: string | null = null;
    if (milestones.length > 1 && /[:;]$/.test(milestones[0]!)) [intro, ...milestones] = milestones as [string, ...string[]];
    return {
      sections: [{ kind: 'OTHER', title: 'ACTIVITY PLAN' }],
      action: { code: null, title: cells.action!, timescaleText: cells.when || null, resourcesText: cells.resources || null },
      milestones,
      parties: lines(cells.who!).map((name) => ({ kind: 'ROLE' as const, name, role: 'RESPONSIBLE' as const })),
      pluginRow: {
        action: cells.action!,
        who: cells.who!,
        milestonesIntro: intro,
        milestones,
        whenText: cells.when || null,
        resourceImplications: cells.resources || null,
        commentary: cells.commentary || null,
        interpretation: [],
      },
      extra: { cells: [cells.action, cells.who, cells.milestones, cells.when, cells.resources, cells.commentary] },
    };
  },
  include: { worcestershireActivity: true },
  toCells(action) {
    const row = action.worcestershireActivity;
    return {
      action: row.action,
      who: row.who,
      milestones: joinLines([row.milestonesIntro, ...row.milestones]),
      when: row.whenText ?? '',
      resources: row.resourceImplications ?? '',
      commentary: row.commentary ?? '',
    };
  },
  writeChildren(tx, items) {
    return replaceChildren(tx, {
      delegate: 'worcestershireActivityCell',
      entity: 'WorcestershireActivityCell',
      parentField: 'activityId',
      parentIds: items.map((i) => i.ids.rowId),
      actionIds: items.map((i) => i.ids.actionId),
      data: items.flatMap(({ ids, row }) => COLUMNS.map((column, position) => ({ activityId: ids.rowId, position, column, text: (row.extra!.cells as string[])[position] || null }))),
    });
  },
};
