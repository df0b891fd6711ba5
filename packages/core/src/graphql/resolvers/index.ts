import { ActionResolver, ProgressUpdateResolver } from './action';
import { AuthorityResolver, StatisticalNeighbourResolver } from './authority';
import { IndicatorResolver, IndicatorSeriesResolver } from './indicator';
import { ActionPartyResolver, PlanPartyResolver, ResponsiblePartyResolver } from './party';
import { PlanResolver } from './plan';
import { RiskResolver, RiskOwnerResolver, PlanLinkResolver } from './risk-and-link';
import { PlanSectionResolver } from './section';
import { SearchResolver } from './search';
import { ActionValuesResolver, FundingLineValuesResolver, IndicatorValueValuesResolver, MilestoneValuesResolver, PlanValuesResolver } from './values';
import { MutationResolver } from './mutations';
import { ActionHistoryResolver, AuditEventResolver, PlanHistoryResolver } from './history';
import { ActionProvenanceResolver, ImportResolver, PlanExportResolver } from './import';
import { BudgetResolver, FundingLineBudgetResolver } from './keys';
import { ActionStatusFieldResolver, ActionStatusResolver, PlanStatusFieldResolver, SectionStatusFieldResolver, StatusMutationResolver } from './status';
import { ActionTaskResolver, ActionTasksFieldResolver, TaskMutationResolver, TaskReminderResolver } from './tasks';
import { ActionReviewResolver, ProgressIndicatorValueResolver, ProgressMutationResolver, ProgressReviewQueueResolver, ProgressTimelineResolver } from './progress';
import { IndicatorGoalMutationResolver, IndicatorGoalResolver, IndicatorGoalSeriesResolver, IndicatorValueMeasuredResolver } from './goals';
import { ChangeEventResolver, WebhookDeliveryResolver, WebhookEndpointResolver } from './changes';
import { ActionAttributesResolver, AttributeChoiceResolver, AttributeMutationResolver, AttributeTypeResolver, PlanAttributeTypesResolver, SectionAttributesResolver } from './attributes';

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
  RiskOwnerResolver,
  PlanLinkResolver,
  SearchResolver,
  ActionValuesResolver,
  MilestoneValuesResolver,
  FundingLineValuesResolver,
  IndicatorValueValuesResolver,
  PlanValuesResolver,
  MutationResolver,
  AuditEventResolver,
  ActionHistoryResolver,
  PlanHistoryResolver,
  ImportResolver,
  PlanExportResolver,
  ActionProvenanceResolver,
  ChangeEventResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  BudgetResolver,
  FundingLineBudgetResolver,
  // Issue 18, part A: tasks, computed status, reminders.
  ActionTaskResolver,
  ActionTasksFieldResolver,
  TaskMutationResolver,
  TaskReminderResolver,
  ActionStatusFieldResolver,
  SectionStatusFieldResolver,
  PlanStatusFieldResolver,
  ActionStatusResolver,
  StatusMutationResolver,
  // Issue 18, part B.
  ProgressMutationResolver,
  ProgressReviewQueueResolver,
  ProgressTimelineResolver,
  ProgressIndicatorValueResolver,
  ActionReviewResolver,
  IndicatorGoalSeriesResolver,
  IndicatorGoalResolver,
  IndicatorValueMeasuredResolver,
  IndicatorGoalMutationResolver,
  // issue 18, part C: council-defined attributes
  ActionAttributesResolver,
  SectionAttributesResolver,
  PlanAttributeTypesResolver,
  AttributeTypeResolver,
  AttributeChoiceResolver,
  AttributeMutationResolver,
] as const;

export { ActionFilter, ActionOrder, ActionConnection, actionWhere, actionFilterSql, ACTION_ORDER } from './action';
export { PlanFilter } from './plan';
export { ResponsiblePartyFilter } from './party';
export { Timescale, TimescalePart, Money, IndicatorReading, FundingTotal, DueFilter, AmountRange, timescaleOf, moneyOf, readingOf, dueWhere } from './values';
