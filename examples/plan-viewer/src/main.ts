// The plan viewer: lists plans, shows one plan's sections and actions with their
// timescales, lists the actions due in a window a page at a time (cursors), and shows
// search results. Apollo Client 4 with the generated possibleTypes and typePolicies
// (clients/type-policies.ts), operations typed by GraphQL Code Generator (src/gql).
// The API is on another origin: `?api=http://127.0.0.1:4000/graphql` (the server must list
// this page's origin in CORS_ORIGINS).
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { possibleTypes, typePolicies } from '../../../clients/type-policies';
import { graphql } from './gql';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';
const client = new ApolloClient({ link: new HttpLink({ uri: api }), cache: new InMemoryCache({ possibleTypes, typePolicies }) });

const PlansQuery = graphql(`
  query Plans {
    plans(first: 50) {
      nodes { id slug title periodText authority { name } }
    }
  }
`);

const PlanQuery = graphql(`
  query PlanSections($slug: String!) {
    plan(by: { slug: $slug }) {
      id
      title
      sections {
        id
        title
        actions { id title timescale { text start end } }
      }
    }
  }
`);

const DueQuery = graphql(`
  query ActionsDue($due: DueFilter!, $after: String) {
    actions(filter: { due: $due }, orderBy: { by: DUE_END }, first: 10, after: $after) {
      totalCount
      edges { cursor node { id title plan { title } timescale { text end } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const SearchQuery = graphql(`
  query Search($query: String!) {
    searchConnection(query: $query, first: 10) {
      totalCount
      edges {
        node {
          rank
          node {
            __typename
            ... on Plan { id title }
            ... on Action { id title plan { title } }
          }
        }
      }
    }
  }
`);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function item(text: string, extra?: string, testId?: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (testId) li.dataset.testid = testId;
  if (extra) {
    const span = document.createElement('span');
    span.className = 'timescale';
    span.textContent = ` (${extra})`;
    li.append(span);
  }
  return li;
}

async function showPlans(): Promise<void> {
  const { data } = await client.query({ query: PlansQuery });
  const list = $('plans');
  for (const plan of data?.plans.nodes ?? []) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${plan.slug}`;
    link.textContent = plan.title;
    link.dataset.slug = plan.slug;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      void showPlan(plan.slug);
    });
    li.append(link, ` (${plan.authority.name}${plan.periodText ? `, ${plan.periodText}` : ''})`);
    list.append(li);
  }
  list.dataset.loaded = 'true';
}

async function showPlan(slug: string): Promise<void> {
  const { data } = await client.query({ query: PlanQuery, variables: { slug } });
  const plan = data?.plan;
  const box = $('plan');
  box.replaceChildren();
  if (!plan) return;
  const h = document.createElement('h2');
  h.textContent = plan.title;
  box.append(h);
  for (const section of plan.sections) {
    const s = document.createElement('section');
    const title = document.createElement('h3');
    title.textContent = section.title;
    const ul = document.createElement('ul');
    for (const action of section.actions) ul.append(item(action.title, action.timescale?.text ?? undefined, 'action'));
    s.append(title, ul);
    box.append(s);
  }
  box.dataset.slug = slug;
}

// One watched query per window: "Next page" asks for the page after the last cursor with
// fetchMore, and relayStylePagination (clients/type-policies.ts) appends it in the cache;
// the list is drawn from the merged result each time.
let dueQuery: ReturnType<typeof watchDue> | null = null;
let dueSubscription: { unsubscribe(): void } | null = null;

function watchDue(due: { from: string; to: string }) {
  return client.watchQuery({ query: DueQuery, variables: { due } });
}

function showDue(): void {
  dueSubscription?.unsubscribe();
  dueQuery = watchDue({ from: $<HTMLInputElement>('due-from').value, to: $<HTMLInputElement>('due-to').value });
  dueSubscription = dueQuery.subscribe((result) => {
    if (result.dataState !== 'complete') return;
    const page = result.data.actions;
    $('due').replaceChildren(...page.edges.map(({ node }) => item(`${node.title} — ${node.plan.title}`, node.timescale?.text ?? undefined, 'due-action')));
    $('due-count').textContent = `${page.totalCount} actions due`;
    $('due-more').hidden = !page.pageInfo.hasNextPage;
    $('due').dataset.shown = String(page.edges.length);
  });
}

async function showMoreDue(): Promise<void> {
  const current = dueQuery?.getCurrentResult();
  if (!dueQuery || current?.dataState !== 'complete') return;
  await dueQuery.fetchMore({ variables: { after: current.data.actions.pageInfo.endCursor } });
}

async function showSearch(): Promise<void> {
  const { data } = await client.query({ query: SearchQuery, variables: { query: $<HTMLInputElement>('search-text').value } });
  const list = $('results');
  list.replaceChildren();
  for (const { node: hit } of data!.searchConnection.edges) {
    const found = hit.node;
    list.append(item(found.__typename === 'Action' ? `Action: ${found.title} — ${found.plan.title}` : `Plan: ${found.title}`, undefined, 'result'));
  }
  list.dataset.total = String(data!.searchConnection.totalCount);
}

$('due-go').addEventListener('click', () => showDue());
$('due-more').addEventListener('click', () => void showMoreDue());
$('search-go').addEventListener('click', () => void showSearch());
void showPlans();
