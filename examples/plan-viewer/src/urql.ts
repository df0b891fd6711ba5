// The plan list and search again, with urql and its normalized cache, Graphcache, set up
// as docs/clients.md says: the generated `schema`, `keys` and `relayPagination` resolvers
// (clients/graphcache.ts). Operations typed by GraphQL Code Generator, as for Apollo.
// "More plans" asks for the page after the last cursor; relayPagination answers with every
// page so far, so the list is drawn from each result whole.
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { keys, resolvers, schema } from '../../../clients/graphcache';
import { graphql } from './gql';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';
const client = new Client({ url: api, exchanges: [cacheExchange({ schema, keys, resolvers }), fetchExchange] });

const PlanPageQuery = graphql(`
  query PlanPage($after: String) {
    plans(first: 3, after: $after) {
      totalCount
      edges { cursor node { id slug title authority { id name } totalFunding { amount } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const UrqlSearchQuery = graphql(`
  query UrqlSearch($query: String!) {
    search(query: $query, first: 10) {
      rank
      node {
        __typename
        ... on Plan { id title }
        ... on Action { id title plan { id title } }
      }
    }
  }
`);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function item(text: string, testId: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  li.dataset.testid = testId;
  return li;
}

let endCursor: string | null = null;

async function showPlans(after: string | null): Promise<void> {
  const { data, error } = await client.query(PlanPageQuery, { after }).toPromise();
  if (error || !data) throw error ?? new Error('no data');
  const page = data.plans;
  $('plans').replaceChildren(...page.edges.map(({ node }) => item(`${node.title} (${node.authority.name})`, 'plan')));
  $('plans').dataset.shown = String(page.edges.length);
  $('plan-count').textContent = `${page.totalCount} plans`;
  $('plans-more').hidden = !page.pageInfo.hasNextPage;
  endCursor = page.pageInfo.endCursor ?? null;
}

async function showSearch(): Promise<void> {
  const { data, error } = await client.query(UrqlSearchQuery, { query: $<HTMLInputElement>('search-text').value }).toPromise();
  if (error || !data) throw error ?? new Error('no data');
  $('results').replaceChildren(
    ...data.search.map(({ node }) => item(node.__typename === 'Action' ? `Action: ${node.title} — ${node.plan.title}` : `Plan: ${node.title}`, 'result')),
  );
  $('results').dataset.loaded = 'true';
}

$('plans-more').addEventListener('click', () => void showPlans(endCursor));
$('search-go').addEventListener('click', () => void showSearch());
void showPlans(null);
