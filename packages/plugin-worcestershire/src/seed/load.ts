import { ensureAuthority, ensureParty, parseIndicatorValue, type SeedDocument } from '@council-plans/core';
import type { Prisma } from '../db';
import { laaDeliveryPlan2008 } from './laa-delivery-plan-2008-11';
import type { PersonSeed, RiskLevelText, WorcestershireDeliveryPlanSeed } from './types';

type Tx = Prisma.TransactionClient;

export const WORCESTERSHIRE = {
  code: 'worcestershire',
  name: 'Worcestershire County Council',
  gssCode: 'E10000034',
  kind: 'county council',
  region: 'West Midlands',
};

export const SLUG = 'worcestershire-laa-delivery-plan-2008-11-ni-94';

/** The council's printed risk levels and the plugin enum value each is stored as. */
export const RISK_LEVELS: Record<RiskLevelText, 'HIGH' | 'MEDIUM' | 'LOW' | 'NIL'> = {
  High: 'HIGH',
  Medium: 'MEDIUM',
  Low: 'LOW',
  Nil: 'NIL',
};

const person = (p: PersonSeed) => ({
  kind: 'PERSON' as const,
  name: p.name,
  ...(p.title ? { title: p.title } : {}),
  ...(p.organisation ? { organisation: p.organisation } : {}),
});

/** Paragraphs or bullets of one cell as one text, or null when the cell is empty. */
const joined = (lines: string[]) => (lines.length ? lines.join('\n') : null);

/**
 * Writes the delivery plan: the core plan with its parties, a section per printed
 * heading, the indicator (shared by code) with Worcestershire's series, the risks, the
 * link to the LAA priority it depends on, one core Action per activity row with its
 * parties and milestones; and the plugin's rows beside them.
 */
export async function writeWorcestershirePlan(tx: Tx, doc: WorcestershireDeliveryPlanSeed, source: { id: number }, slug: string): Promise<void> {
  const authority = await ensureAuthority(tx, WORCESTERSHIRE);
  const party = (data: Parameters<typeof ensureParty>[2]) => ensureParty(tx, authority.id, data);
  const { header, summary, indicator, considerations, activityPlan } = doc;

  const plan = await tx.plan.create({
    data: {
      slug,
      authorityId: authority.id,
      title: doc.heading,
      kind: 'LAA delivery plan',
      periodText: doc.periodText,
      // The LAA runs over the financial years 2008/09 to 2010/11 (its targets are set by those years).
      periodStart: new Date('2008-04-01'),
      periodEnd: new Date('2011-03-31'),
      status: 'PUBLISHED',
      issuedText: header.date,
      format: 'worcestershire',
      sourceId: source.id,
      sourceSection: doc.heading,
    },
  });

  // The plan's parties, in printed order.
  const planParties: { partyId: number; role: 'OWNER' | 'CONTACT' | 'LEAD' | 'PARTNER'; roleText: string }[] = [];
  planParties.push({ partyId: (await party(person(header.preparedBy))).id, role: 'CONTACT', roleText: header.preparedByLabel });
  const themeGroup = await party({ kind: 'GROUP', name: summary.themeGroup });
  planParties.push({ partyId: themeGroup.id, role: 'OWNER', roleText: summary.columns[2] });
  planParties.push({ partyId: (await party(person(summary.managementGroupLead))).id, role: 'LEAD', roleText: summary.columns[3] });
  for (const partner of summary.partners) {
    planParties.push({ partyId: (await party({ kind: partner.kind, name: partner.name })).id, role: 'PARTNER', roleText: summary.columns[4] });
  }
  const lead = await party(person(indicator.lead));
  planParties.push({ partyId: lead.id, role: 'LEAD', roleText: indicator.columns[3] });
  await tx.planParty.createMany({ data: planParties.map((p, position) => ({ planId: plan.id, ...p, position })) });

  // One section per printed heading.
  const section = async (title: string, position: number) =>
    tx.planSection.create({ data: { planId: plan.id, kind: 'OTHER', title, position, sourceId: source.id, sourceSection: title } });
  await section(summary.sourceSection, 0);
  const considerationsSection = await section(considerations.sourceSection, 1);
  const activitySection = await section(activityPlan.sourceSection, 2);

  // The indicator: one definition shared by every council that reports it.
  const definition = await tx.indicator.upsert({
    where: { code: indicator.code },
    update: {},
    create: {
      code: indicator.code,
      family: indicator.family,
      title: indicator.description,
      description: indicator.description,
      // The values are printed as percentages. Polarity stays NEUTRAL ("not stated"):
      // the document does not say which way is better.
      unit: '%',
    },
  });
  const series = await tx.indicatorSeries.create({
    data: {
      indicatorId: definition.id,
      authorityId: authority.id,
      planId: plan.id,
      leadId: lead.id,
      purpose: indicator.purpose,
      targetStatus: indicator.targetStatus,
      sourceId: source.id,
      sourceSection: indicator.sourceSection,
    },
  });
  const values = await tx.indicatorValue.createManyAndReturn({
    data: [
      { seriesId: series.id, kind: 'BASELINE' as const, periodText: indicator.baseline.period, valueText: indicator.baseline.value, position: 0 },
      ...indicator.targets.map((t, i) => ({ seriesId: series.id, kind: 'TARGET' as const, periodText: t.period, valueText: t.value, position: i + 1 })),
    ],
  });
  // Issue 18: the yearly targets become the series' goals, each by the last day of its
  // year, and the baseline gets a date, so progress towards them can be measured. The
  // printed rows stay as they are (the goals point at them).
  await tx.indicatorSeries.update({ where: { id: series.id }, data: { baselineDate: periodEndOf(indicator.baseline.period) } });
  const goals = values.flatMap((v) => {
    const reading = parseIndicatorValue(v.valueText);
    // "Not set" (2010/11) is no goal.
    if (v.kind !== 'TARGET' || 'unparsed' in reading || reading.value == null) return [];
    return [{ seriesId: series.id, targetDate: periodEndOf(v.periodText!), value: reading.value, valueText: v.valueText, periodText: v.periodText, targetValueId: v.id }];
  });
  await tx.indicatorGoal.createMany({ data: goals });

  // The summary and considerations, as printed.
  const deliveryPlan = await tx.worcestershireDeliveryPlan.create({
    data: {
      planId: plan.id,
      preparedBy: header.preparedBy.text,
      dateText: header.date,
      theme: summary.theme,
      priority: summary.priority,
      themeGroup: summary.themeGroup,
      managementGroupLead: summary.managementGroupLead.text,
      partnersText: summary.partnersText,
      partners: summary.partners.map((p) => p.name),
      crossCuttingTheme: summary.crossCuttingTheme,
      priorityDependencyQuestion: considerations.priorityDependencies.question,
      equalityQuestion: considerations.equality.question,
      equalityConsiderations: considerations.equality.answer,
      riskQuestion: considerations.risks.question,
      policyDependencyQuestion: considerations.policyDependencies.question,
      performanceQuestion: considerations.performanceManagement.question,
      performanceManagement: considerations.performanceManagement.answer,
    },
  });
  // A priority printed as an indicator code ("NI 73") points at the shared catalogue
  // entry. The document prints only the code, so a new entry's title is the code: the
  // catalogue keeps titles as the documents give them and invents none.
  const dependencyIndicators: (number | null)[] = [];
  for (const row of considerations.priorityDependencies.rows) {
    const code = /^(NI|BVPI) ?(\d+[a-z]?)$/.exec(row.laaPriority.trim());
    if (!code) {
      dependencyIndicators.push(null);
      continue;
    }
    const printed = `${code[1]} ${code[2]}`;
    const entry = await tx.indicator.upsert({ where: { code: printed }, update: {}, create: { code: printed, family: code[1]!, title: printed } });
    dependencyIndicators.push(entry.id);
  }
  await tx.worcestershirePriorityDependency.createMany({
    data: considerations.priorityDependencies.rows.map((row, position) => ({ deliveryPlanId: deliveryPlan.id, ...row, indicatorId: dependencyIndicators[position], position })),
  });
  await tx.worcestershirePolicyDependency.createMany({
    data: considerations.policyDependencies.rows.map((row, position) => ({ deliveryPlanId: deliveryPlan.id, ...row, position })),
  });
  // The LAA priorities the plan depends on, as core links so cross-council queries see them.
  await tx.planLink.createMany({
    data: considerations.priorityDependencies.rows.map((row, position) => ({ fromPlanId: plan.id, target: row.laaPriority, text: row.laaPriority, position })),
  });

  // The risk matrix: core risks, with the council's scale beside them.
  for (const [position, row] of considerations.risks.rows.entries()) {
    const risk = await tx.risk.create({
      data: {
        planId: plan.id,
        sectionId: considerationsSection.id,
        title: row.risk,
        impactText: row.currentImpact,
        likelihoodText: row.currentLikelihood,
        mitigations: row.howManaged,
        position,
        sourceId: source.id,
        sourceSection: considerations.sourceSection,
      },
    });
    await tx.worcestershireRiskAssessment.create({
      data: {
        riskId: risk.id,
        currentImpact: RISK_LEVELS[row.currentImpact],
        currentLikelihood: RISK_LEVELS[row.currentLikelihood],
        howManaged: row.howManaged,
      },
    });
  }

  // The activity plan: one core action per row, with the row as printed beside it.
  for (const [position, row] of activityPlan.rows.entries()) {
    const action = await tx.action.create({
      data: {
        planId: plan.id,
        sectionId: activitySection.id,
        title: row.action,
        position,
        timescaleText: joined(row.when),
        resourcesText: joined(row.resourceImplications),
        sourceId: source.id,
        sourceSection: activityPlan.sourceSection,
      },
    });
    for (const [p, who] of row.parties.entries()) {
      const responsible = await party({ kind: who.kind, name: who.name });
      await tx.actionParty.create({ data: { actionId: action.id, partyId: responsible.id, role: 'RESPONSIBLE', position: p } });
    }
    await tx.milestone.createMany({ data: row.milestones.map((text, p) => ({ actionId: action.id, text, position: p })) });
    const activity = await tx.worcestershireActivity.create({
      data: {
        actionId: action.id,
        action: row.action,
        who: row.who,
        milestonesIntro: row.milestonesIntro ?? null,
        milestones: row.milestones,
        whenText: joined(row.when),
        resourceImplications: joined(row.resourceImplications),
        commentary: joined(row.commentary),
        interpretation: row.interpretation,
      },
    });
    await tx.worcestershireActivityCell.createMany({
      data: row.cells.map((cell, p) => ({ activityId: activity.id, position: p, column: cell.column, text: joined(cell.text) })),
    });
  }
}

export const seeds: SeedDocument[] = [
  {
    key: laaDeliveryPlan2008.sourceFile,
    title: laaDeliveryPlan2008.heading,
    load: (tx, source) => writeWorcestershirePlan(tx, laaDeliveryPlan2008, source, SLUG),
  },
];

/**
 * The last day of a period as this plan prints it: a year ("2008", the baseline's) ends on
 * 31 December; a split year ("2008/09") is an LAA financial year, ending on 31 March
 * (the LAA's targets are set by financial year: see the plan's period above).
 */
export function periodEndOf(period: string): Date {
  const split = /^(\d{4})\/(\d{2})$/.exec(period);
  if (split) return new Date(`${Number(split[1]) + 1}-03-31`);
  if (/^\d{4}$/.test(period)) return new Date(`${period}-12-31`);
  throw new Error(`worcestershire seed: no date for the period ${JSON.stringify(period)}`);
}
