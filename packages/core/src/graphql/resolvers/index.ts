import { ActionResolver, ProgressUpdateResolver } from './action';
import { AuthorityResolver, StatisticalNeighbourResolver } from './authority';
import { IndicatorResolver, IndicatorSeriesResolver } from './indicator';
import { ActionPartyResolver, PlanPartyResolver, ResponsiblePartyResolver } from './party';
import { PlanResolver } from './plan';
import { RiskResolver, PlanLinkResolver } from './risk-and-link';
import { PlanSectionResolver } from './section';
import { SearchResolver } from './search';
import { ActionProvenanceResolver, ImportResolver, PlanExportResolver } from './import';

/** The curated core API: every resolver class of the core schema. */
export const coreResolvers = [
  AuthorityResolver,
  StatisticalNeighbourResolver,
  PlanResolver,
  PlanSectionResolver,
  ActionResolver,
  ProgressUpdateResolver,
  ResponsiblePartyResolver,
  ActionPartyResolver,
  PlanPartyResolver,
  IndicatorResolver,
  IndicatorSeriesResolver,
  RiskResolver,
  PlanLinkResolver,
  SearchResolver,
  ImportResolver,
  PlanExportResolver,
  ActionProvenanceResolver,
] as const;

export { ActionFilter, ActionOrder, ActionConnection, actionWhere, ACTION_ORDER } from './action';
export { PlanFilter } from './plan';
export { ResponsiblePartyFilter } from './party';
