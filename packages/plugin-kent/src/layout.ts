// Kent's spreadsheet layout: the operational plan's action table, one row per action,
// with the unit and objective it sits under.
//
//   Unit | Objective | Code | Project / development / key action | Accountable Manager |
//   Links to other plans | Deliverables or outcomes planned for 2008/09 | Target dates
//
// Unit is "<number> <name>" (e.g. "2 Primary"), Objective "<code> <text>" (e.g. "2.1
// Raise standards … (ECM 3)"). Code is the action's code ("2.1.3"): the stable key rows
// are matched by; a row without one is matched by Unit + Objective + action text.
// Deliverables are one per line (the action's milestones), a sub-item printed nested under
// one as a following line starting "- "; the Accountable Manager cell
// names its parties as the seed reads them; Links to other plans become plan links.
import { LayoutRowError, joinLines, lines, replaceChildren, type ImportLayout } from '@council-plans/core';
import { KENT, partiesInCell } from './seed/common';
import { parsePlanLinks } from './plan-links';

// A code and its text; the text may be missing (objective 5.3 is printed without one).
const NUMBERED = /^(\d+(?:\.\d+)*)\.?(?:\s+(.*))?$/su;

export const kentLayout: ImportLayout = {
  council: 'kent',
  name: 'operational-action-table',
  title: 'Unit / Objective / Code / Project, development, key action / Accountable Manager / Links to other plans / Deliverables / Target dates',
  authority: KENT,
  planDefaults: { kind: 'Operational plan' },
  columns: [
    { key: 'unit', header: 'Unit', required: true, nonEmpty: true, validate: (v) => (NUMBERED.test(v) ? null : `Unit "${v}" must be its number and name, e.g. "2 Primary"`) },
    { key: 'objective', header: 'Objective', required: true, nonEmpty: true, validate: (v) => (NUMBERED.test(v) ? null : `Objective "${v}" must start with its code, e.g. "2.1 Raise standards"`) },
    { key: 'code', header: 'Code', aliases: ['Action code', 'Ref'], required: true, validate: (v) => (/^\d+(\.\d+)+$/.test(v) ? null : `"${v}" is not an action code such as 2.1.3`) },
    { key: 'action', header: 'Project / development / key action', aliases: ['Project, development, key action', 'Action'], required: true, nonEmpty: true },
    { key: 'manager', header: 'Accountable Manager', required: true },
    { key: 'links', header: 'Links to other plans', required: true },
    { key: 'deliverables', header: 'Deliverables or outcomes planned for 2008/09', aliases: ['Deliverables', 'Deliverables or outcomes'], required: true },
    { key: 'targetDates', header: 'Target dates', aliases: ['Target date'], required: true },
  ],
  codeColumn: 'code',
  contentKeyColumns: ['unit', 'objective', 'action'],
  rowModel: 'kentOperationalAction',
  rowEntity: 'KentOperationalAction',
  rowRelation: 'kentOperationalAction',
  toRow(cells) {
    const [, unitCode, unitName] = NUMBERED.exec(cells.unit!)!;
    const [, objectiveCode, objectiveTitle] = NUMBERED.exec(cells.objective!)!;
    if (cells.code && !cells.code.startsWith(`${objectiveCode}.`)) {
      throw new LayoutRowError('code', `code ${cells.code} is not under objective ${objectiveCode}`);
    }
    // A line starting "- " is a sub-item of the deliverable above it (as the export writes nested lists).
    const deliverables: string[] = [];
    const deliverableSubItems: Record<string, string[]> = {};
    for (const line of lines(cells.deliverables!)) {
      const sub = /^-\s+(.*)$/.exec(line);
      if (sub && deliverables.length) (deliverableSubItems[String(deliverables.length - 1)] ??= []).push(sub[1]!);
      else deliverables.push(line);
    }
    const seen = new Set<string>();
    const parties = partiesInCell(cells.manager!)
      .filter((p) => !seen.has(`${p.kind}|${p.name}`) && seen.add(`${p.kind}|${p.name}`))
      .map((p) => ({ kind: p.kind, name: p.name, role: 'ACCOUNTABLE' as const }));
    return {
      sections: [
        { kind: 'UNIT', label: 'Unit', code: unitCode!, title: unitName ?? '' },
        // The seed stores an objective without the ECM tag printed after it (KentObjective keeps the tag).
        { kind: 'OBJECTIVE', label: 'Objective', code: objectiveCode!, title: objectiveTitle ?? '', sameAs: [(objectiveTitle ?? '').replace(/\s*\(ECM[^)]*\)$/u, '')] },
      ],
      action: { code: cells.code || null, title: cells.action!, timescaleText: cells.targetDates || null },
      // The importer writes milestones as a flat list: a sub-item follows its deliverable.
      milestones: deliverables.flatMap((d, i) => [d, ...(deliverableSubItems[String(i)] ?? [])]),
      parties,
      pluginRow: { codeAsPrinted: null, accountableManager: cells.manager!, links: cells.links!, deliverables, deliverableSubItems, targetDates: cells.targetDates!, note: null },
    };
  },
  include: { kentOperationalAction: true, section: { include: { parent: true, kentObjective: true } } },
  toCells(action) {
    const row = action.kentOperationalAction;
    const objective = action.section;
    const unit = objective?.parent;
    const tag = objective?.kentObjective?.ecmTag;
    return {
      unit: unit ? `${unit.code} ${unit.title}` : '',
      objective: objective ? `${objective.code} ${objective.title}${tag ? ` ${tag}` : ''}` : '',
      code: action.code ?? '',
      action: action.title,
      manager: row.accountableManager,
      links: row.links,
      deliverables: joinLines(row.deliverables.flatMap((d: string, i: number) => [d, ...((row.deliverableSubItems as Record<string, string[]> | null)?.[String(i)] ?? []).map((x) => `- ${x}`)])),
      targetDates: row.targetDates,
    };
  },
  writeChildren(tx, items) {
    return replaceChildren(tx, {
      delegate: 'planLink',
      entity: 'PlanLink',
      parentField: 'fromActionId',
      parentIds: items.map((i) => i.ids.actionId),
      actionIds: items.map((i) => i.ids.actionId),
      data: items.flatMap(({ ids, row }) =>
        parsePlanLinks(row.pluginRow.links as string).map((l, position) => ({ fromPlanId: ids.planId, fromActionId: ids.actionId, toPlanName: l.toPlanName, target: l.target, text: l.text, position })),
      ),
    });
  },
};
