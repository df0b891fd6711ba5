// The Relay operations of relay.html, compiled by relay-compiler (relay.config.json) into
// src/relay/__generated__/. Relay's Babel plugin would turn each tag below into an import
// of its artifact; this Vite build has no Babel, so src/relay.ts imports the artifacts
// itself and this file is read only by the compiler (never imported: `graphql` throws if
// it runs without the plugin).
import { graphql } from 'relay-runtime';

export const plansQuery = graphql`
  query operationsPlansQuery {
    ...operations_planList
  }
`;

export const planList = graphql`
  fragment operations_planList on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" })
  @refetchable(queryName: "operationsPlanListPaginationQuery") {
    plans(first: $count, after: $cursor) @connection(key: "operations_plans") {
      totalCount
      edges { node { id slug title periodStart totalFunding { amount } ...operations_planCard } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const planCard = graphql`
  fragment operations_planCard on Plan @refetchable(queryName: "operationsPlanCardRefetchQuery") {
    id
    title
    periodText
    updatedAt
    authority { name }
  }
`;
