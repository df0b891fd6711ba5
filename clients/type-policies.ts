// Generated from schema.graphql by `npm run client-config` (scripts/client-config.mjs): do not edit.
// Apollo Client's cache policies for this API (docs/clients.md):
// - `merge: true` on every object type without an `id`: such objects (Timescale, Money,
//   IndicatorReading, FundingTotal, pages of a connection…) belong to the object holding
//   them, so two queries selecting different fields of one are merged, not overwritten.
// - `relayStylePagination` on every connection field, keyed by its arguments other than
//   `first` and `after`, so `fetchMore({ variables: { after } })` appends the next page.
import { relayStylePagination } from '@apollo/client/utilities';
import type { TypePolicies } from '@apollo/client';

/** Every interface and union with its object types, for `new InMemoryCache({ possibleTypes })` (as clients/possible-types.json). */
export const possibleTypes: Record<string, string[]> = {
  "Attribute": [
    "CategoryAttribute",
    "ChoiceAttribute",
    "DateAttribute",
    "MultiChoiceAttribute",
    "NumberAttribute",
    "RichTextAttribute",
    "TextAttribute"
  ],
  "Node": [
    "Action",
    "ActionParty",
    "ActionTask",
    "AttributeChoice",
    "AttributeType",
    "AuditEvent",
    "Authority",
    "FundingLine",
    "Indicator",
    "IndicatorGoal",
    "IndicatorSeries",
    "IndicatorValue",
    "KentBudget",
    "KentBudgetLine",
    "KentConsultation",
    "KentContentsEntry",
    "KentEnvironmentalItem",
    "KentKeyArea",
    "KentKeyAreaLink",
    "KentKpi",
    "KentLeadRole",
    "KentLeadRoleAction",
    "KentLeadRoleTarget",
    "KentNarrativeSection",
    "KentNationalIndicator",
    "KentObjective",
    "KentOperationalAction",
    "KentOperationalPlan",
    "KentPartnershipAction",
    "KentRiskAssessment",
    "KentStaffingRow",
    "Milestone",
    "PeterboroughActionRow",
    "PeterboroughImplementationStep",
    "PeterboroughThemeItem",
    "Plan",
    "PlanLink",
    "PlanParty",
    "PlanSection",
    "PlymouthActionOversight",
    "PlymouthActionRow",
    "PlymouthResourcePart",
    "ProgressAttachment",
    "ProgressIndicatorValue",
    "ProgressUpdate",
    "ResponsibleParty",
    "Risk",
    "RiskOwner",
    "SourceDocument",
    "SuccessCriterion",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WorcestershireActivity",
    "WorcestershireActivityCell",
    "WorcestershireDeliveryPlan",
    "WorcestershirePolicyDependency",
    "WorcestershirePriorityDependency",
    "WorcestershireRiskAssessment"
  ],
  "SearchResult": [
    "Action",
    "Plan"
  ]
};

export const typePolicies: TypePolicies = {
  Action: {
    fields: {
      history: relayStylePagination(false),
    },
  },
  ActionConnection: {
    merge: true,
  },
  ActionEdge: {
    merge: true,
  },
  ActionProvenance: {
    merge: true,
  },
  ActionSnapshot: {
    merge: true,
  },
  ActionStatus: {
    merge: true,
  },
  ActionStatusConnection: {
    merge: true,
  },
  ActionStatusEdge: {
    merge: true,
  },
  ActionTaskConnection: {
    merge: true,
  },
  ActionTaskEdge: {
    merge: true,
  },
  AuditEventConnection: {
    merge: true,
  },
  AuditEventEdge: {
    merge: true,
  },
  Budget: {
    merge: true,
  },
  CategoryAttribute: {
    merge: true,
  },
  ChangeEvent: {
    merge: true,
  },
  ChangeEventConnection: {
    merge: true,
  },
  ChangeEventEdge: {
    merge: true,
  },
  ChoiceAttribute: {
    merge: true,
  },
  DateAttribute: {
    merge: true,
  },
  FundingTotal: {
    merge: true,
  },
  ImportProblem: {
    merge: true,
  },
  ImportReport: {
    merge: true,
  },
  IndicatorComparison: {
    merge: true,
  },
  IndicatorComparisonRow: {
    merge: true,
  },
  IndicatorProgress: {
    merge: true,
  },
  IndicatorReading: {
    merge: true,
  },
  KentBudgetAmount: {
    merge: true,
  },
  KentDeliverable: {
    merge: true,
  },
  KentEcmOutcomeInfo: {
    merge: true,
  },
  Money: {
    merge: true,
  },
  MultiChoiceAttribute: {
    merge: true,
  },
  NumberAttribute: {
    merge: true,
  },
  PageInfo: {
    merge: true,
  },
  Plan: {
    fields: {
      history: relayStylePagination(false),
    },
  },
  PlanConnection: {
    merge: true,
  },
  PlanEdge: {
    merge: true,
  },
  Query: {
    fields: {
      actions: relayStylePagination(['filter', 'orderBy']),
      responsibleParties: relayStylePagination(['filter', 'orderBy']),
      plans: relayStylePagination(['filter', 'orderBy']),
      searchConnection: relayStylePagination(['query', 'types']),
      actionStatuses: relayStylePagination(['asOf', 'filter', 'orderBy']),
      dueSoon: relayStylePagination(['asOf', 'filter', 'withinDays']),
      overdue: relayStylePagination(['asOf', 'filter']),
      changes: relayStylePagination(['filter']),
      kentActionsConnection: relayStylePagination(['filter', 'orderBy']),
      peterboroughActions: relayStylePagination(['filter', 'orderBy']),
      plymouthActions: relayStylePagination(['orderBy']),
      worcestershireRisks: relayStylePagination(['orderBy']),
    },
  },
  ResponsiblePartyConnection: {
    merge: true,
  },
  ResponsiblePartyEdge: {
    merge: true,
  },
  RichTextAttribute: {
    merge: true,
  },
  SearchCount: {
    merge: true,
  },
  SearchHit: {
    merge: true,
  },
  SearchHitConnection: {
    merge: true,
  },
  SearchHitEdge: {
    merge: true,
  },
  StatisticalNeighbour: {
    merge: true,
  },
  StatusRollUp: {
    merge: true,
  },
  TextAttribute: {
    merge: true,
  },
  Timescale: {
    merge: true,
  },
  TimescalePart: {
    merge: true,
  },
  WebhookDeliveryConnection: {
    merge: true,
  },
  WebhookEndpoint: {
    fields: {
      deliveries: relayStylePagination(['status']),
    },
  },
  WebhookEndpointWithSecret: {
    merge: true,
  },
  WorcestershireRiskConnection: {
    merge: true,
  },
  WorcestershireRiskEdge: {
    merge: true,
  },
};
