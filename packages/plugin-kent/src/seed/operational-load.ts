import { Prisma } from '@council-plans/core';
import type { KentActionRowSeed, KentUnitSeed } from './operational-plan-units-types';
import type { KentBudgetLineKind, KentNarrativeSectionSeed, KentOperationalPlanTablesSeed } from './operational-plan-tables-types';
import { parsePlanLinks } from '../plan-links';
import { ecmOutcome } from '../ecm';
import { KENT_NEIGHBOURS, ensureKent, ensureNeighbours, partiesInCell, partyCache, type CellParty, type Tx } from './common';

export const OPERATIONAL_PLAN_SLUG = 'kent-standards-and-achievement-operational-plan-2008-9';

type Party = ReturnType<typeof partyCache>;
interface Ids {
  planId: number;
  sourceId: number;
  authorityId: number;
  party: Party;
}

const PROJECTS_HEADING = 'PROJECTS, DEVELOPMENTS, KEY ACTIONS';

/**
 * Writes the five units: a UNIT section each (code "1".."5"), its core services prose as
 * OTHER sections, its objectives as OBJECTIVE sections with their ECM tag (KentObjective),
 * and every project / development / key action row as a core Action (code, title, target
 * dates as timescaleText, deliverables as milestones, accountable managers as ACCOUNTABLE
 * parties, the "Links to other plans" cell parsed into core PlanLinks) with its Kent row.
 * Returns the unit sections by unit name, for the budgets.
 */
export async function writeUnits(tx: Tx, ids: Ids, units: KentUnitSeed[], firstPosition: number): Promise<Map<string, number>> {
  const byName = new Map<string, number>();
  for (const [u, unit] of [...units].sort((a, b) => a.number - b.number).entries()) {
    const section = await tx.planSection.create({
      data: {
        planId: ids.planId,
        kind: 'UNIT',
        label: 'Unit',
        code: String(unit.number),
        title: unit.name,
        position: firstPosition + u,
        sourceId: ids.sourceId,
        sourceSection: unit.heading,
      },
    });
    byName.set(unit.name.toLowerCase(), section.id);
    let position = 0;
    for (const service of unit.coreServices) {
      await tx.planSection.create({
        data: {
          planId: ids.planId,
          parentId: section.id,
          kind: 'OTHER',
          label: 'Core services and forecast activity levels',
          title: service.heading || unit.heading,
          description: service.paragraphs.join('\n\n'),
          position: position++,
          sourceId: ids.sourceId,
          sourceSection: unit.heading,
        },
      });
    }
    for (const objective of unit.objectives) {
      const objectiveSection = await tx.planSection.create({
        data: {
          planId: ids.planId,
          parentId: section.id,
          kind: 'OBJECTIVE',
          label: 'Objective',
          code: objective.code,
          title: objective.title,
          position: position++,
          sourceId: ids.sourceId,
          sourceSection: `${PROJECTS_HEADING} › ${unit.number}. ${unit.name}`,
        },
      });
      await tx.kentObjective.create({
        data: {
          sectionId: objectiveSection.id,
          ecmTag: objective.ecmTag ?? null,
          ecmTags: { create: [...new Set(objective.ecmOutcomes)].sort((a, b) => a - b).map((n) => ({ outcome: ecmOutcome(n) })) },
          printed: objective.printed ?? null,
          note: objective.note ?? null,
        },
      });
      for (const [i, row] of objective.actions.entries()) {
        const action = await tx.action.create({
          data: {
            planId: ids.planId,
            sectionId: objectiveSection.id,
            code: row.code,
            title: row.action,
            position: i,
            timescaleText: row.targetDates || null,
            sourceId: ids.sourceId,
            sourceSection: `${PROJECTS_HEADING} › ${unit.number}. ${unit.name} › ${objective.code}`,
          },
        });
        await tx.kentOperationalAction.create({
          data: {
            actionId: action.id,
            codeAsPrinted: row.codeAsPrinted ?? null,
            accountableManager: row.accountableManager,
            links: row.links,
            ...deliverableColumns(row),
            targetDates: row.targetDates,
            note: row.note ?? null,
          },
        });
        await writeDeliverableMilestones(tx, action.id, row);
        const parties: { partyId: number; roleText: string | null }[] = [];
        for (const { label, ...data } of partiesInCell(row.accountableManager)) {
          const party = await ids.party(data);
          if (!parties.some((p) => p.partyId === party.id)) parties.push({ partyId: party.id, roleText: label ?? null });
        }
        if (parties.length) {
          await tx.actionParty.createMany({ data: parties.map((p, position) => ({ actionId: action.id, ...p, role: 'ACCOUNTABLE' as const, position })) });
        }
        const links = parsePlanLinks(row.links);
        if (links.length) {
          await tx.planLink.createMany({
            data: links.map((l, p) => ({ fromPlanId: ids.planId, fromActionId: action.id, toPlanName: l.toPlanName, target: l.target, text: l.text, position: p })),
          });
        }
      }
    }
  }
  return byName;
}

/** A row's deliverables as the Kent row stores them: the top-level items, and the sub-items printed nested under them by the top-level item's index. */
export function deliverableColumns(row: Pick<KentActionRowSeed, 'deliverables' | 'deliverableNesting'>): { deliverables: string[]; deliverableSubItems?: Record<string, string[]> } {
  const nesting = row.deliverableNesting ?? [];
  const nested = new Set(nesting.flatMap((n) => n.children));
  const top = row.deliverables.map((text, i) => ({ text, i })).filter((d) => !nested.has(d.i));
  const sub: Record<string, string[]> = {};
  for (const n of nesting) sub[String(top.findIndex((d) => d.i === n.parent))] = n.children.map((c) => row.deliverables[c]!);
  // No sub-items: the column is left out of the create (NULL), not set with a DbNull
  // marker, which belongs to one generated client's runtime.
  return { deliverables: top.map((d) => d.text), ...(nesting.length ? { deliverableSubItems: sub } : {}) };
}

/** The deliverables as core milestones: the top-level items, each with its printed sub-items as children. */
async function writeDeliverableMilestones(tx: Tx, actionId: number, row: KentActionRowSeed): Promise<void> {
  if (!row.deliverables.length) return;
  const nested = new Set((row.deliverableNesting ?? []).flatMap((n) => n.children));
  const top = row.deliverables.map((text, i) => ({ text, i })).filter((d) => !nested.has(d.i));
  const created = await tx.milestone.createManyAndReturn({ data: top.map((d, position) => ({ actionId, text: d.text, position })), select: { id: true, position: true } });
  const idOf = new Map(created.map((m) => [top[m.position]!.i, m.id]));
  const children = (row.deliverableNesting ?? []).flatMap((n) => n.children.map((c, position) => ({ actionId, text: row.deliverables[c]!, position, parentId: idOf.get(n.parent)! })));
  if (children.length) await tx.milestone.createMany({ data: children });
}

/**
 * A garbled budget's lines: its evident reading when the seed has one (every line marked
 * suspect, with the reason, the values printed around its label and how it was read), else
 * the printed lines with empty columns.
 */
function garbledBudgetLines(seed: KentOperationalPlanTablesSeed['budgets']['secondary']) {
  if (!seed.reading) return seed.lines.map((l, p) => ({ ...EMPTY_BUDGET_CELLS, activity: l.activity, valuesAsPrinted: l.valuesAsPrinted, note: l.note ?? null, position: p }));
  const { reason, lines } = seed.reading;
  return lines.map((l, p) => {
    const { kind, note, ...cells } = l;
    // The printed line of the same activity (the memorandum values are printed after the run, in trailingAsPrinted).
    const printed = seed.lines.find((g) => g.activity === l.activity);
    return {
      ...cells,
      kind: BUDGET_KINDS[kind],
      valuesAsPrinted: printed?.valuesAsPrinted ?? [],
      suspect: true,
      suspectReason: `${reason} ${note ?? ''}`.trim(),
      note: printed?.note ?? null,
      position: p,
    };
  });
}

const BUDGET_KINDS: Record<KentBudgetLineKind, 'ACTIVITY' | 'CONTROLLABLE_TOTALS' | 'MEMORANDUM_HEADING' | 'MEMORANDUM' | 'TOTAL_COST_OF_UNIT'> = {
  activity: 'ACTIVITY',
  controllableTotals: 'CONTROLLABLE_TOTALS',
  memorandumHeading: 'MEMORANDUM_HEADING',
  memorandum: 'MEMORANDUM',
  totalCostOfUnit: 'TOTAL_COST_OF_UNIT',
};

const EMPTY_BUDGET_CELLS = {
  controllable2007_08: '',
  fte2007_08: '',
  fte2008_09: '',
  employeeCosts: '',
  runningCosts: '',
  contractsAndProjects: '',
  grossExpenditure: '',
  externalIncome: '',
  internalIncome: '',
  controllable2008_09: '',
  cabinetMember: '',
};

/** The parties a risk's "Accountable Manager" cell names, where the cell prints names and posts run together. */
const RISK_MANAGERS: Record<string, CellParty[]> = {
  // The post is printed beside him in this cell only: the risk's label for him, not his title everywhere.
  'Don Garman Principal Adviser Primary': [{ kind: 'PERSON', name: 'Don Garman', label: 'Principal Adviser Primary' }],
  // "Wainwrig ht": the name broken by the narrow column, rejoined.
  'Carol Parsons Ian Craig Joanna Wainwrig ht': [
    { kind: 'PERSON', name: 'Carol Parsons' },
    { kind: 'PERSON', name: 'Ian Craig' },
    { kind: 'PERSON', name: 'Joanna Wainwright' },
  ],
};

function riskManagers(cell: string): CellParty[] {
  const known = RISK_MANAGERS[cell.replace(/\s+/g, ' ').trim()];
  if (known) return known;
  // "Carol Parsons Ian Craig Joanna Wainwright": names of two words each, run together.
  const words = cell.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length % 2 === 0 && words.every((w) => /^[A-Z][a-z'’-]+$/.test(w))) {
    const names = [];
    for (let i = 0; i < words.length; i += 2) names.push({ kind: 'PERSON' as const, name: `${words[i]} ${words[i + 1]}` });
    return names;
  }
  return partiesInCell(cell);
}

function narrativeRows(planId: number, part: string, sections: KentNarrativeSectionSeed[], start: number) {
  return sections.map((s, i) => ({
    planId,
    part,
    heading: s.heading,
    paragraphs: s.paragraphs,
    bullets: s.bullets,
    continuation: s.continuation ?? false,
    note: s.note ?? null,
    position: start + i,
  }));
}

function sectionText(s: KentNarrativeSectionSeed | undefined): string | null {
  if (!s) return null;
  return [...s.paragraphs, ...s.bullets.map((b) => `• ${b}`)].join('\n\n') || null;
}

/** Indicator catalogue rows are shared by every council: created once by code, never overwritten. */
async function ensureIndicator(tx: Tx, code: string, title: string) {
  const family = code.split(/\s+/)[0];
  return tx.indicator.upsert({ where: { code }, update: {}, create: { code, family, title } });
}

/**
 * Writes the operational plan: the plan with its owners and contact, Kent's
 * statistical neighbours, the five units (writeUnits), and every table around them.
 */
export async function writeOperationalPlan(
  tx: Tx,
  tables: KentOperationalPlanTablesSeed,
  units: KentUnitSeed[],
  source: { id: number },
): Promise<void> {
  const kent = await ensureKent(tx);
  // The neighbours are the ones printed under "Service Comparisons", in printed order.
  const printed = tables.statisticalNeighbours;
  if (printed.length !== KENT_NEIGHBOURS.length || printed.some((name, i) => !KENT_NEIGHBOURS[i].name.startsWith(name))) {
    throw new Error(`Kent seed: the statistical neighbours printed (${printed.join(', ')}) are not the ones the plugin knows`);
  }
  await ensureNeighbours(tx, kent.id);
  const narrative = tables.narrative;
  const find = (heading: RegExp) => narrative.find((s) => heading.test(s.heading));
  // The plan's context: "PLANNING CONTEXT AND PRIORITIES" up to the feedback section.
  const contextStart = narrative.findIndex((s) => /^PLANNING CONTEXT AND PRIORITIES$/i.test(s.heading));
  const contextEnd = narrative.findIndex((s) => /^Public\/user\/non user feedback$/i.test(s.heading));
  const planningContext = contextStart < 0 ? [] : narrative.slice(contextStart, contextEnd > contextStart ? contextEnd : undefined);
  const plan = await tx.plan.create({
    data: {
      slug: OPERATIONAL_PLAN_SLUG,
      authorityId: kent.id,
      title: tables.header.title,
      kind: 'Annual Business Unit Operational Plan',
      periodText: '2008/9',
      periodStart: new Date('2008-04-01'),
      periodEnd: new Date('2009-03-31'),
      status: 'PUBLISHED',
      purpose: sectionText(find(/^PURPOSE OF THE SERVICE$/i)),
      context: planningContext.length ? planningContext.map((s) => [s.heading, sectionText(s)].filter(Boolean).join('\n\n')).join('\n\n') : null,
      format: 'kent',
      sourceId: source.id,
      sourceSection: `${tables.header.directorate} › ${tables.header.division}`,
    },
  });
  const party = partyCache(tx, kent.id);
  const ids: Ids = { planId: plan.id, sourceId: source.id, authorityId: kent.id, party };

  for (const [position, owner] of tables.header.owners.entries()) {
    const p = await party({ kind: 'PERSON', name: owner.name, title: owner.role });
    await tx.planParty.create({
      data: { planId: plan.id, partyId: p.id, role: /contact/i.test(owner.role) ? 'CONTACT' : 'OWNER', roleText: owner.role, position },
    });
  }

  const kr = tables.keyResponsibilities;
  const env = tables.environmentalPerformance;
  const ni = tables.nationalIndicators;
  await tx.kentOperationalPlan.create({
    data: {
      planId: plan.id,
      directorate: tables.header.directorate,
      division: tables.header.division,
      operatingPlanHeading: tables.header.operatingPlanHeading,
      contentsHeadings: tables.contents.headings,
      kpiColumnHeadings: tables.kpis.columnHeadings,
      keyResponsibilitiesHeadings: [kr.sectionHeading, kr.heading, kr.coreObjectivesHeading, kr.plannedOutcomesHeading],
      environmentalHeading: env.heading,
      environmentalObjectiveColumnHeadings: env.objectiveColumnHeadings,
      environmentalActionColumnHeadings: env.actionColumnHeadings,
      niColumnHeadings: ni.columnHeadings,
      niHeading: ni.heading,
      niIntro: ni.intro,
      leadRolesHeading: tables.leadRoles.heading,
      leadRolesTableTitle: tables.leadRoles.tableTitle,
      leadRolesColumnHeadings: tables.leadRoles.columnHeadings,
      risksHeading: tables.risks.heading,
      risksIntro: tables.risks.intro,
      riskColumnHeadings: tables.risks.columnHeadings,
      consultationsHeading: tables.consultations.heading,
      consultationsIntro: tables.consultations.intro,
      consultationColumnHeadings: tables.consultations.columnHeadings,
      staffingHeading: tables.staffing.heading,
      staffingTableHeading: tables.staffing.tableHeading,
      staffingColumnHeadings: tables.staffing.columnHeadings,
      staffingFootnotes: tables.staffing.footnotes.map((f) => `${f.marker} ${f.text}`),
      notes: [tables.contents.note, tables.leadRoles.note, tables.staffing.note].filter((n): n is string => !!n),
    },
  });

  await tx.kentContentsEntry.createMany({ data: tables.contents.entries.map((e, position) => ({ planId: plan.id, title: e.title, level: e.level, position })) });

  // Narrative, in document order of the parts.
  const narrativeData = [
    ...narrativeRows(plan.id, 'narrative', narrative, 0),
    ...narrativeRows(plan.id, 'key responsibilities', [{ heading: kr.heading, paragraphs: [kr.closingParagraph], bullets: [], note: 'The paragraph printed after planned outcome 9.' }], 1000),
    ...narrativeRows(plan.id, 'staffing capacity and skills', tables.staffing.capacitySkills, 2000),
    ...narrativeRows(plan.id, 'staffing equalities', tables.staffing.equalities, 3000),
    ...narrativeRows(plan.id, 'monitoring and review', tables.monitoringAndReview, 4000),
  ].map((row, position) => ({ ...row, position }));
  await tx.kentNarrativeSection.createMany({ data: narrativeData });

  // Key Performance Indicators: coded rows become core indicator series.
  for (const [position, kpi] of tables.kpis.rows.entries()) {
    let seriesId: number | null = null;
    if (kpi.code) {
      const indicator = await ensureIndicator(tx, kpi.code, kpi.description);
      const series = await tx.indicatorSeries.create({
        data: { indicatorId: indicator.id, authorityId: kent.id, planId: plan.id, sourceId: source.id, sourceSection: 'Key Performance Indicators' },
      });
      seriesId = series.id;
      const values = [
        { kind: 'ACTUAL' as const, periodText: '2006/07', valueText: kpi.actual2006_07 },
        { kind: 'ESTIMATE' as const, periodText: '2007/08', valueText: kpi.estimated2007_08 },
        { kind: 'TARGET' as const, periodText: '2008/09', valueText: kpi.target2008_09 },
      ].filter((v) => v.valueText !== '');
      await tx.indicatorValue.createMany({ data: values.map((v, p) => ({ seriesId: series.id, ...v, position: p })) });
    }
    await tx.kentKpi.create({
      data: {
        planId: plan.id,
        seriesId,
        code: kpi.code,
        qualifier: kpi.qualifier ?? null,
        separator: kpi.separator ?? null,
        description: kpi.description,
        actual2006_07: kpi.actual2006_07,
        estimated2007_08: kpi.estimated2007_08,
        target2008_09: kpi.target2008_09,
        garbledValues: kpi.garbledValues ?? [],
        note: kpi.note ?? null,
        position,
      },
    });
  }

  // The National Indicators the division is responsible for: series without values.
  let niPosition = 0;
  for (const [l, list] of ni.lists.entries()) {
    for (const entry of list) {
      const indicator = await ensureIndicator(tx, entry.code, entry.title);
      const series = await tx.indicatorSeries.create({
        data: {
          indicatorId: indicator.id,
          authorityId: kent.id,
          planId: plan.id,
          purpose: 'Identified as the responsibility of the Standards and Achievement Division (National Indicator Dataset).',
          sourceId: source.id,
          sourceSection: ni.heading,
        },
      });
      await tx.kentNationalIndicator.create({
        data: { planId: plan.id, seriesId: series.id, code: entry.code, title: entry.title, list: l + 1, note: entry.note ?? null, position: niPosition++ },
      });
    }
  }

  await tx.kentEnvironmentalItem.createMany({
    data: [
      ...env.objectives.map((o, position) => ({
        planId: plan.id,
        table: 'objective',
        text: o.objective,
        leadOfficer: o.leadOfficer,
        deliverables: o.deliverables,
        targetDate: o.targetDate,
        complianceEvidence: '',
        climateImpacts: [],
        adaptiveActions: [],
        note: o.note ?? null,
        position,
      })),
      ...env.actions.map((a, position) => ({
        planId: plan.id,
        table: 'action',
        text: a.action,
        leadOfficer: '',
        deliverables: [],
        targetDate: '',
        complianceEvidence: a.complianceEvidence,
        climateImpacts: a.climateImpacts,
        adaptiveActions: a.adaptiveActions,
        note: a.note ?? null,
        position,
      })),
    ],
  });

  // Section 2: the division's core objectives are top-level OBJECTIVE sections; its
  // planned outcomes are the plan's success criteria.
  const responsibilities = await tx.planSection.create({
    data: { planId: plan.id, kind: 'OTHER', title: kr.heading, description: kr.coreObjectivesHeading, position: 0, sourceId: source.id, sourceSection: kr.sectionHeading },
  });
  for (const [position, objective] of kr.coreObjectives.entries()) {
    await tx.planSection.create({
      data: {
        planId: plan.id,
        parentId: responsibilities.id,
        kind: 'OBJECTIVE',
        label: 'Core objective',
        code: String(objective.number),
        title: objective.text,
        description: objective.note ?? null,
        position,
        sourceId: source.id,
        sourceSection: `${kr.heading} › ${kr.coreObjectivesHeading}`,
      },
    });
  }
  await tx.successCriterion.createMany({
    data: kr.plannedOutcomes.map((o, position) => ({ planId: plan.id, text: o.numberPrinted ? `${o.number}. ${o.text}` : o.text, position })),
  });

  const unitSections = await writeUnits(tx, ids, units, 1);

  for (const [position, role] of tables.leadRoles.rows.entries()) {
    await tx.kentLeadRole.create({
      data: {
        planId: plan.id,
        planText: role.plan,
        note: role.note ?? null,
        position,
        targets: { create: role.targets.map((t, p) => ({ text: t.text, leadOfficer: t.leadOfficer, position: p })) },
        actions: {
          create: role.actions.map((a, p) => ({ number: a.number, text: a.text, leadOfficer: a.leadOfficer, strayText: a.strayText ?? [], note: a.note ?? null, position: p })),
        },
      },
    });
  }

  const budgets = [
    { garbled: true as const, seed: tables.budgets.secondary },
    ...tables.budgets.units.map((seed) => ({ garbled: false as const, seed })),
  ];
  for (const [position, b] of budgets.entries()) {
    const common = {
      planId: plan.id,
      sectionId: unitSections.get(b.seed.unit.toLowerCase()) ?? null,
      unit: b.seed.unit,
      headings: b.seed.headings,
      note: b.seed.note ?? null,
      position,
    };
    if (b.garbled) {
      await tx.kentBudget.create({
        data: {
          ...common,
          columnHeadings: [],
          garbled: true,
          printedText: b.seed.printedText,
          trailingAsPrinted: b.seed.trailingAsPrinted,
          lines: { create: garbledBudgetLines(b.seed) },
        },
      });
    } else {
      await tx.kentBudget.create({
        data: {
          ...common,
          columnHeadings: b.seed.columnHeadings,
          garbled: false,
          trailingAsPrinted: [],
          lines: {
            create: b.seed.lines.map((l, p) => {
              const { kind, note, ...cells } = l;
              return { ...cells, kind: BUDGET_KINDS[kind], valuesAsPrinted: [], note: note ?? null, position: p };
            }),
          },
        },
      });
    }
  }

  for (const [position, r] of tables.risks.rows.entries()) {
    // Every party the cell names is an owner, in printed order; `owner` is the first.
    const owners: { partyId: number; roleText: string | null }[] = [];
    for (const { label, ...m } of riskManagers(r.accountableManagers)) {
      const p = await party(m);
      if (!owners.some((o) => o.partyId === p.id)) owners.push({ partyId: p.id, roleText: label ?? null });
    }
    const rating = r.currentRating.replace(/\s+/g, ' ').trim();
    const impactText = /I\s*=\s*\d+/.exec(rating)?.[0] ?? null;
    const likelihoodText = /L\s*=\s*\d+/.exec(rating)?.[0] ?? null;
    const scoreText = /Score\s*=.*$/.exec(rating)?.[0] ?? rating;
    const band = /Score\s*=\s*\d+\s*(.*)$/.exec(rating)?.[1]?.trim() ?? '';
    const risk = await tx.risk.create({
      data: {
        planId: plan.id,
        ownerId: owners[0]?.partyId ?? null,
        owners: { create: owners.map((o, p) => ({ ...o, position: p })) },
        title: r.event,
        description: r.plannedOutcomes,
        impactText,
        likelihoodText,
        ratingText: scoreText,
        controls: r.existingControls.join('\n'),
        mitigations: r.newTasks.join('\n'),
        position,
        sourceId: source.id,
        sourceSection: tables.risks.heading,
      },
    });
    await tx.kentRiskAssessment.create({
      data: {
        riskId: risk.id,
        accountableManagers: r.accountableManagers,
        existingControls: r.existingControls,
        newTasks: r.newTasks,
        currentRating: r.currentRating,
        impact: r.impact,
        likelihood: r.likelihood,
        score: r.score,
        band,
        note: r.note ?? null,
      },
    });
  }

  await tx.kentConsultation.createMany({
    data: tables.consultations.rows.map((c, position) => ({ planId: plan.id, ...c, note: c.note ?? null, position })),
  });
  await tx.kentStaffingRow.createMany({
    data: tables.staffing.rows.map((s, position) => ({ planId: plan.id, ...s, note: s.note ?? null, position })),
  });
}
