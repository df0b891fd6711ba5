import type { SeedDocument } from '@council-plans/core';
import { partnershipPlan2008 } from './partnership-plan-2008-9';
import { writePartnershipPlan } from './partnership-load';
import { operationalPlanTables } from './operational-plan-tables';
import { operationalPlanUnits1to2 } from './operational-plan-units-1-2';
import { operationalPlanUnits3to5 } from './operational-plan-units-3-5';
import { writeOperationalPlan } from './operational-load';

/** The five units of the operational plan, in order. */
export const operationalPlanUnits = [...operationalPlanUnits1to2, ...operationalPlanUnits3to5];

export const seeds: SeedDocument[] = [
  {
    key: partnershipPlan2008.sourceFile,
    title: 'Action plan: Enjoy and Achieve Priority 1 and Priority 2 (2008-9)',
    load: (tx, source) => writePartnershipPlan(tx, partnershipPlan2008, source),
  },
  {
    key: operationalPlanTables.sourceFile,
    title: `${operationalPlanTables.header.division} ${operationalPlanTables.header.title}`,
    load: (tx, source) => writeOperationalPlan(tx, operationalPlanTables, operationalPlanUnits, source),
  },
];
