// The plan list with Relay (relay-runtime 21, no React): the query spreads a @connection
// fragment; "More plans" runs the pagination query relay-compiler generated from
// @refetchable and Relay's ConnectionHandler appends its edges in the store, as
// usePaginationFragment's loadNext does; a click on a plan refetches its card through
// node(id:) (@refetchable on a Node type). The operations are in src/relay/operations.ts.
import {
  Environment,
  Network,
  RecordSource,
  Store,
  createOperationDescriptor,
  fetchQuery,
  getRequest,
  getSelector,
  type GraphQLResponse,
  type SingularReaderSelector,
} from 'relay-runtime';
import plansQuery, { type operationsPlansQuery } from './relay/__generated__/operationsPlansQuery.graphql';
import paginationQuery, { type operationsPlanListPaginationQuery } from './relay/__generated__/operationsPlanListPaginationQuery.graphql';
import planList, { type operations_planList$data } from './relay/__generated__/operations_planList.graphql';
import planCard, { type operations_planCard$data } from './relay/__generated__/operations_planCard.graphql';
import refetchQuery, { type operationsPlanCardRefetchQuery } from './relay/__generated__/operationsPlanCardRefetchQuery.graphql';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';

const environment = new Environment({
  network: Network.create(async (params, variables) => {
    const response = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: params.text, variables }) });
    return (await response.json()) as GraphQLResponse;
  }),
  store: new Store(new RecordSource()),
});

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const operation = createOperationDescriptor(getRequest(plansQuery), {});
environment.retain(operation);

/** What a component using the fragment would read: the connection as the store holds it now. */
function readList(): operations_planList$data {
  const root = environment.lookup(operation.fragment).data;
  return environment.lookup(getSelector(planList, root) as SingularReaderSelector).data as unknown as operations_planList$data;
}

function draw(): void {
  const { plans } = readList();
  $('plans').replaceChildren(
    ...plans.edges!.map((edge) => {
      const plan = edge!.node!;
      const li = document.createElement('li');
      li.dataset.testid = 'plan';
      const link = document.createElement('a');
      link.href = `#${plan.slug}`;
      link.textContent = plan.title;
      link.dataset.id = plan.id;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        void showCard(plan.id);
      });
      li.append(link);
      return li;
    }),
  );
  $('plans').dataset.shown = String(plans.edges!.length);
  $('plan-count').textContent = `${plans.totalCount} plans`;
  $('plans-more').hidden = !plans.pageInfo.hasNextPage;
}

async function loadNext(): Promise<void> {
  const cursor = readList().plans.pageInfo.endCursor;
  await fetchQuery<operationsPlanListPaginationQuery>(environment, paginationQuery, { count: 3, cursor }).toPromise();
  draw();
}

async function showCard(id: string): Promise<void> {
  const result = await fetchQuery<operationsPlanCardRefetchQuery>(environment, refetchQuery, { id }).toPromise();
  if (!result?.node) return;
  const card = environment.lookup(getSelector(planCard, result.node) as SingularReaderSelector).data as unknown as operations_planCard$data;
  const box = $('card');
  box.textContent = `${card.title} — ${card.authority.name}${card.periodText ? `, ${card.periodText}` : ''}`;
  box.dataset.id = card.id;
}

$('plans-more').addEventListener('click', () => void loadNext());
void fetchQuery<operationsPlansQuery>(environment, plansQuery, {}).toPromise().then(draw);
