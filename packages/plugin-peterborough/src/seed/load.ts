import { dueDayOfTimescale, ensureAuthority, type SeedDocument } from '@council-plans/core';
import type { Prisma } from '../db';
import { educationActionPlan2019 } from './education-action-plan-2019-20';
import type { PeterboroughPlanSeed, ThemeItemSeed, ThemeSectionSeed } from './types';

/** The plan's period as printed ("Academic Year 2019/20"): the years its step timescales leave out come from it. */
const PERIOD = { start: '2019-09-01', end: '2020-08-31', text: 'Academic Year 2019/20' };

type Tx = Prisma.TransactionClient;

export const PETERBOROUGH = {
  code: 'peterborough',
  name: 'Peterborough City Council',
  gssCode: 'E06000031',
  kind: 'unitary authority',
  region: 'East of England',
};

async function writeThemeItems(tx: Tx, sectionId: number, items: ThemeItemSeed[], parentId: number | null): Promise<void> {
  for (const [position, item] of items.entries()) {
    const row = await tx.peterboroughThemeItem.create({ data: { sectionId, parentId, code: item.code ?? null, text: item.text, position } });
    if (item.children?.length) await writeThemeItems(tx, sectionId, item.children, row.id);
  }
}

async function writeThemeSection(
  tx: Tx,
  ids: { planId: number; sourceId: number },
  section: ThemeSectionSeed,
  position: number,
  parentId: number | null,
  trail: string[],
): Promise<void> {
  const row = await tx.planSection.create({
    data: {
      planId: ids.planId,
      parentId,
      kind: 'THEME',
      title: section.title,
      description: section.intro ?? null,
      position,
      sourceId: ids.sourceId,
      sourceSection: [...trail, section.title].join(' › '),
    },
  });
  if (section.items?.length) await writeThemeItems(tx, row.id, section.items, null);
  for (const [i, sub] of (section.subsections ?? []).entries()) {
    await writeThemeSection(tx, ids, sub, i, row.id, [...trail, section.title]);
  }
}

/**
 * Writes the document: the plan, one WORKSTREAM section per workstream, one core
 * Action per row (title = Intent, timescaleText = the Timescale cell, success
 * criteria = the Impact entries) with its Peterborough row and steps, then the themes
 * sections printed without the table.
 */
export async function writePeterboroughPlan(tx: Tx, doc: PeterboroughPlanSeed, source: { id: number }, slug: string): Promise<void> {
  const authority = await ensureAuthority(tx, PETERBOROUGH);
  const plan = await tx.plan.create({
    data: {
      slug,
      authorityId: authority.id,
      title: 'Education Action Plan Academic Year 2019/20',
      kind: 'Education Action Plan',
      periodText: 'Academic Year 2019/20',
      periodStart: new Date(PERIOD.start),
      periodEnd: new Date(PERIOD.end),
      status: 'PUBLISHED',
      format: 'peterborough',
      sourceId: source.id,
      sourceSection: doc.heading,
    },
  });
  const ids = { planId: plan.id, sourceId: source.id };
  let position = 0;
  for (const workstream of doc.workstreams) {
    const section = await tx.planSection.create({
      data: { planId: plan.id, kind: 'WORKSTREAM', label: 'Workstream', title: workstream.title, position: position++, sourceId: source.id, sourceSection: doc.heading },
    });
    for (const [i, row] of workstream.rows.entries()) {
      const action = await tx.action.create({
        data: {
          planId: plan.id,
          sectionId: section.id,
          title: row.intent,
          position: i,
          timescaleText: row.timescale.length ? row.timescale.join('\n') : null,
          sourceId: source.id,
          sourceSection: workstream.title,
        },
      });
      if (row.impact.length) {
        await tx.successCriterion.createMany({ data: row.impact.map((text, p) => ({ planId: plan.id, actionId: action.id, text, position: p })) });
      }
      const pbRow = await tx.peterboroughActionRow.create({
        data: {
          actionId: action.id,
          intent: row.intent,
          implementationIntro: row.implementationIntro ?? null,
          impact: row.impact,
          timescale: row.timescale,
          ragProgress: row.ragProgress,
        },
      });
      await tx.peterboroughImplementationStep.createMany({
        data: row.steps.map((step, p) => ({ rowId: pbRow.id, position: p, text: step.text, timescaleText: step.timescale ?? null })),
      });
      // Issue 18: every step of the Implementation cell is a task of the action ("steps
      // each with a date"): its timescale is the one printed beside it, else the row's
      // Timescale cell, and it is due on that timescale's last day ("November 19" →
      // 30 November 2019; undated for "Ongoing" / "In place"). The RAG / Progress column
      // is empty in the document, so every task is NOT_STARTED ("In place" gives no day
      // it was done, and progress is never invented).
      const rowTimescale = row.timescale.length ? row.timescale.join('\n') : null;
      const tasks = row.steps.map((step, position) => {
        const timescaleText = step.timescale ?? rowTimescale;
        return { actionId: action.id, title: step.text, timescaleText, dueOn: dueDayOfTimescale(timescaleText, PERIOD), position };
      });
      if (tasks.length) await tx.actionTask.createMany({ data: tasks });
    }
  }
  for (const themes of doc.themeSections) {
    await writeThemeSection(tx, ids, themes, position++, null, []);
  }
}

export const seeds: SeedDocument[] = [
  {
    key: educationActionPlan2019.sourceFile,
    title: educationActionPlan2019.heading,
    load: (tx, source) => writePeterboroughPlan(tx, educationActionPlan2019, source, 'peterborough-education-action-plan-2019-20'),
  },
];
