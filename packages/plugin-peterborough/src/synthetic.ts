import type { SyntheticPluginRows } from '@council-plans/core';

const VERBS = ['Improve', 'Raise', 'Extend', 'Review', 'Embed', 'Develop', 'Support', 'Monitor', 'Strengthen', 'Reduce'];
const OBJECTS = ['phonics teaching', 'attendance', 'KS2 writing outcomes', 'governor training', 'SEND provision', 'early years places', 'NEET follow-up', 'school leadership', 'transition to secondary', 'parental engagement'];
const TIMESCALES = ['Autumn term 2019', 'Spring 2020', 'By end of Summer 2020', 'Term 2 onwards', 'Ongoing', 'March 2021', '2019-20', 'Termly'];
const THEMES = ['Teaching and learning', 'Leadership', 'Inclusion', 'Early years', 'Post-16', 'Partnerships', 'Attendance', 'Governance'];

/**
 * Peterborough's part of the synthetic national data set: one action in four gets an
 * intent / implementation / impact row with two implementation steps (the benchmark's
 * plugin-field page and search read them).
 */
export function syntheticRows(): SyntheticPluginRows {
  const rows: Record<string, unknown>[] = [];
  const steps: Record<string, unknown>[] = [];
  return {
    forAction(actionId, index, random) {
      if (index % 4 !== 1) return;
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const rowId = rows.length + 1;
      rows.push({ id: rowId, actionId, intent: `Intent: ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)}`, implementationIntro: `Working with ${pick(THEMES).toLowerCase()} leads`, impact: [`Better ${pick(OBJECTS)}`, `${pick(VERBS)}d ${pick(OBJECTS)}`], timescale: [pick(TIMESCALES)], ragProgress: pick(['On track', 'Slipping', 'Done', null]) });
      for (let step = 0; step < 2; step++) {
        steps.push({ id: steps.length + 1, rowId, position: step, text: `Step ${step + 1}: ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)} with ${pick(THEMES).toLowerCase()} partners`, timescaleText: pick(TIMESCALES) });
      }
    },
    tables: () => [
      ['PeterboroughActionRow', rows],
      ['PeterboroughImplementationStep', steps],
    ],
  };
}
