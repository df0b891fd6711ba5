import type { SeedDocument } from '@council-plans/core';
import { partnershipPlan2008 } from './partnership-plan-2008-9';
import { writePartnershipPlan } from './partnership-load';

export const seeds: SeedDocument[] = [
  {
    key: partnershipPlan2008.sourceFile,
    title: 'Action plan: Enjoy and Achieve Priority 1 and Priority 2 (2008-9)',
    load: (tx, source) => writePartnershipPlan(tx, partnershipPlan2008, source),
  },
];
