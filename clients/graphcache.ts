// Generated from schema.graphql by `npm run client-config` (scripts/client-config.mjs): do not edit.
// urql Graphcache options for this API (docs/clients.md):
//   cacheExchange({ schema, keys, resolvers })
// - `schema` (clients/graphcache-schema.json): Graphcache matches fragments on the union
//   SearchResult and the interfaces exactly, instead of writing every member's fragment and
//   warning about the fields the others lack.
// - `keys`: every object type without an `id` is embedded in the object holding it.
// - `resolvers`: `relayPagination()` on every connection field, so a query for the next
//   page (`after: pageInfo.endCursor`) answers with every page so far.
import type { KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import schema from './graphcache-schema.json';

export { schema };

export const keys: KeyingConfig = {
  ActionConnection: () => null,
  ActionEdge: () => null,
  ActionProvenance: () => null,
  ActionSnapshot: () => null,
  ActionStatus: () => null,
  ActionStatusConnection: () => null,
  ActionStatusEdge: () => null,
  ActionTaskConnection: () => null,
  ActionTaskEdge: () => null,
  AuditEventConnection: () => null,
  AuditEventEdge: () => null,
  Budget: () => null,
  CategoryAttribute: () => null,
  ChangeEvent: () => null,
  ChangeEventConnection: () => null,
  ChangeEventEdge: () => null,
  ChoiceAttribute: () => null,
  DateAttribute: () => null,
  FundingTotal: () => null,
  ImportProblem: () => null,
  ImportReport: () => null,
  IndicatorComparison: () => null,
  IndicatorComparisonRow: () => null,
  IndicatorProgress: () => null,
  IndicatorReading: () => null,
  KentBudgetAmount: () => null,
  KentDeliverable: () => null,
  KentEcmOutcomeInfo: () => null,
  Money: () => null,
  MultiChoiceAttribute: () => null,
  NumberAttribute: () => null,
  PageInfo: () => null,
  PlanConnection: () => null,
  PlanEdge: () => null,
  ResponsiblePartyConnection: () => null,
  ResponsiblePartyEdge: () => null,
  RichTextAttribute: () => null,
  SearchCount: () => null,
  SearchHit: () => null,
  SearchHitConnection: () => null,
  SearchHitEdge: () => null,
  StatisticalNeighbour: () => null,
  StatusRollUp: () => null,
  TextAttribute: () => null,
  Timescale: () => null,
  TimescalePart: () => null,
  WebhookDeliveryConnection: () => null,
  WebhookEndpointWithSecret: () => null,
  WorcestershireRiskConnection: () => null,
  WorcestershireRiskEdge: () => null,
};

export const resolvers: ResolverConfig = {
  Action: {
    history: relayPagination(),
  },
  Plan: {
    history: relayPagination(),
  },
  Query: {
    actions: relayPagination(),
    responsibleParties: relayPagination(),
    plans: relayPagination(),
    searchConnection: relayPagination(),
    actionStatuses: relayPagination(),
    dueSoon: relayPagination(),
    overdue: relayPagination(),
    changes: relayPagination(),
    kentActionsConnection: relayPagination(),
    peterboroughActions: relayPagination(),
    plymouthActions: relayPagination(),
    worcestershireRisks: relayPagination(),
  },
  WebhookEndpoint: {
    deliveries: relayPagination(),
  },
};
