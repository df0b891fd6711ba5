import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@council-plans/core';

export interface QueryLimits {
  /** Deepest nesting of fields allowed (introspection fields not counted). */
  maxDepth: number;
  /** Highest estimated cost allowed: every field costs 1, times the page sizes of the lists above it. */
  maxComplexity: number;
}

/**
 * The page size a list field will return, for the cost estimate. Capped at the largest
 * page the API serves: a bigger `first` is refused by the field itself with
 * BAD_USER_INPUT, a clearer answer than a cost error.
 */
function listSize(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, variables: Record<string, unknown>): number {
  const first = args?.find((a) => a.name.value === 'first');
  if (!first) return 1;
  let size = DEFAULT_PAGE_SIZE;
  if (first.value.kind === Kind.INT) size = Number(first.value.value);
  else if (first.value.kind === Kind.VARIABLE && typeof variables[first.value.name.value] === 'number') size = variables[first.value.name.value] as number;
  return Math.min(size, MAX_PAGE_SIZE);
}

/** Depth and cost of an operation, following fragments. */
export function measure(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { depth: number; complexity: number } {
  let maxDepth = 0;
  const visit = (set: SelectionSetNode, depth: number, multiplier: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue; // introspection is not limited
        maxDepth = Math.max(maxDepth, depth);
        cost += multiplier;
        if (selection.selectionSet) {
          cost += visit(selection.selectionSet, depth + 1, multiplier * Math.max(1, listSize(selection.arguments, variables)), seen);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += visit(selection.selectionSet, depth, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (fragment && !seen.has(name)) cost += visit(fragment.selectionSet, depth, multiplier, new Set([...seen, name]));
      }
    }
    return cost;
  };
  const complexity = visit(operation.selectionSet, 1, 1, new Set());
  return { depth: maxDepth, complexity };
}

/**
 * Refuses operations nested deeper or estimated costlier than the limits, before they
 * run, with a stable code (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX) and HTTP 400.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const { depth, complexity } = measure(operation, fragments, request.variables ?? {});
          const http = { status: 400, headers: new Map() };
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth: limits.maxDepth, http },
            });
          }
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(`query costs an estimated ${complexity}; the limit is ${limits.maxComplexity} (ask for smaller pages or fewer fields)`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maxComplexity: limits.maxComplexity, http },
            });
          }
        },
      };
    },
  };
}
