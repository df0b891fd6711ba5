// Relay cursor connections: paging through every plan, action and responsible party,
// in any order the API offers,
// gives each exactly once, and the count is computed only when asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionWhere, fromGlobalId, toGlobalId } from '@council-plans/core';
import { databases, testToken, type TestServer } from './support/servers';

describe.each(await databases())('connections on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function pageThrough(field: 'plans' | 'actions' | 'responsibleParties', size: number): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 1000; page++) {
      const res: { data: any; errors?: unknown } = await server.gql(
        `query($after: String) { ${field}(first: ${size}, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data[field];
      total = conn.totalCount;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      ids.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1).cursor);
      after = conn.pageInfo.endCursor;
    }
    return { ids, total };
  }

  it.each([
    ['plans', 1],
    ['actions', 7],
    ['responsibleParties', 5],
  ] as const)('pages through every one of %s (page size %i) exactly once', async (field, size) => {
    const { ids, total } = await pageThrough(field, size);
    expect(total).toBeGreaterThan(size);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('filters plans by a part of their printed period, case-insensitively, taking % and _ literally', async () => {
    const all: { slug: string; periodText: string | null }[] = (await server.gql(`{ plans(first: 500) { nodes { slug periodText } } }`)).data.plans.nodes;
    const sample = all.find((p) => p.periodText)!.periodText!;
    for (const text of [sample.slice(0, 6).toUpperCase(), sample.slice(2, 7), '%', '_', '20_9', '\\']) {
      const res = await server.gql(`query($period: String) { plans(first: 500, filter: { period: $period }) { totalCount nodes { slug } } }`, { period: text });
      const expected = all.filter((p) => p.periodText?.toLowerCase().includes(text.toLowerCase())).map((p) => p.slug);
      expect(res.data.plans.nodes.map((p: { slug: string }) => p.slug), text).toEqual(expected);
      expect(res.data.plans.totalCount, text).toBe(expected.length);
    }
  });

  it('counts only when totalCount is asked for', async () => {
    const without = await server.gql(`{ plans(first: 2) { nodes { id } } }`);
    const withCount = await server.gql(`{ plans(first: 2) { totalCount nodes { id } } }`);
    expect(withCount.statements).toBe(without.statements + 1);
  });
});

describe.each(await databases())('sorted connections on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Pages through a sorted list, returning the ids in the order served. */
  async function sortedIds(field: string, orderBy: object, size: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page++) {
      const res: { data: any; errors?: unknown } = await server.gql(
        `query($after: String, $orderBy: ${field === 'plans' ? 'PlanOrder' : field === 'actions' ? 'ActionOrder' : 'ResponsiblePartyOrder'}) {
          ${field}(first: ${size}, after: $after, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after, orderBy },
      );
      expect(res.errors).toBeUndefined();
      ids.push(...res.data[field].nodes.map((n: any) => n.id));
      if (!res.data[field].pageInfo.hasNextPage) break;
      after = res.data[field].pageInfo.endCursor;
    }
    return ids;
  }

  /** The same order straight from the database, as the oracle. */
  async function expected(type: string, orderSql: string): Promise<string[]> {
    const rows = await server.db.sql.query<{ id: number }>(`SELECT id FROM "${type}" ORDER BY ${orderSql}`);
    return rows.map((r) => toGlobalId(type, r.id));
  }

  it.each([
    ['actions', 'Action', { by: 'TITLE', direction: 'ASC' }, 'title ASC, id ASC'],
    ['actions', 'Action', { by: 'TITLE', direction: 'DESC' }, 'title DESC, id ASC'],
    ['actions', 'Action', { by: 'CODE', direction: 'ASC' }, 'code ASC NULLS LAST, id ASC'],
    ['actions', 'Action', { by: 'DOCUMENT', direction: 'DESC' }, 'id DESC'],
    ['plans', 'Plan', { by: 'PERIOD_START', direction: 'DESC' }, '"periodStart" DESC NULLS LAST, id ASC'],
    ['responsibleParties', 'ResponsibleParty', { by: 'NAME', direction: 'ASC' }, 'name ASC, id ASC'],
  ] as const)('pages through %s sorted by %j exactly as the database sorts them', async (field, type, orderBy, orderSql) => {
    const served = await sortedIds(field, orderBy, 3);
    expect(served).toEqual(await expected(type, orderSql));
  });

  it("sorts by a plugin's own column (Peterborough's RAG / Progress), empty cells last, as the database does", async () => {
    // The 2019/20 document has no RAG entries: give three rows one, as an officer would.
    const rows = await server.db.prisma.peterboroughActionRow.findMany({ orderBy: { id: 'asc' }, take: 3 });
    for (const [i, text] of ['Green - on track', 'Amber: delayed', 'Red'].entries()) {
      await server.db.prisma.peterboroughActionRow.update({ where: { id: rows[i].id }, data: { ragProgress: text } });
    }
    for (const direction of ['ASC', 'DESC'] as const) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const res: { data: any; errors?: unknown } = await server.gql(
          `query($after: String, $d: SortDirection) { peterboroughActions(first: 2, after: $after, orderBy: { by: RAG_PROGRESS, direction: $d }) {
            pageInfo { hasNextPage endCursor } nodes { id } } }`,
          { after, d: direction },
        );
        expect(res.errors).toBeUndefined();
        ids.push(...res.data.peterboroughActions.nodes.map((n: any) => n.id));
        if (!res.data.peterboroughActions.pageInfo.hasNextPage) break;
        after = res.data.peterboroughActions.pageInfo.endCursor;
      }
      const oracle = await server.db.sql.query<{ id: number }>(
        `SELECT a.id FROM "Action" a JOIN "PeterboroughActionRow" r ON r."actionId" = a.id ORDER BY r."ragProgress" ${direction} NULLS LAST, a.id`,
      );
      expect(ids).toEqual(oracle.map((r) => toGlobalId('Action', r.id)));
    }
  });

  it('refuses a cursor from a list in another order', async () => {
    const { data } = await server.gql(`{ actions(first: 2, orderBy: { by: TITLE }) { pageInfo { endCursor } } }`);
    const res = await server.gql(`query($after: String) { actions(first: 2, after: $after, orderBy: { by: CODE }) { nodes { id } } }`, {
      after: data.actions.pageInfo.endCursor,
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].message).toMatch(/another order/);
  });
});

// Issue 21 item 3: `actions` with the `due` and `attribute` filters, and the plugins'
// connections, page on the one-statement SQL path (sql-page.ts, `pageRows`). They must
// list what the Prisma conditions they replace listed: each list below is walked with
// small pages (so every cursor is used) and compared with Prisma's findMany on those
// conditions and the pager's order, a draft plan's actions left out.
describe.each(await databases())('one-statement list pages on $name: the same rows as the Prisma conditions they replace', (database) => {
  let server: TestServer;
  const type: Record<string, number> = {};
  const choice: Record<string, number> = {};
  beforeAll(async () => {
    server = await database.start();
    const prisma = server.db.prisma;
    // A draft plan's actions are listed to no anonymous caller.
    const plans = await prisma.plan.findMany({ where: { actions: { some: {} } }, orderBy: { id: 'asc' }, select: { id: true, format: true, _count: { select: { actions: true } } } });
    // Kent's smaller plan (Kent has two): every plugin keeps rows to list.
    type Counted = { id: number; format: string | null; _count: { actions: number } };
    const draft = (plans as Counted[]).filter((p: Counted) => p.format === 'kent').sort((a: Counted, b: Counted) => a._count.actions - b._count.actions)[0]!;
    await prisma.plan.update({ where: { id: draft.id }, data: { status: 'DRAFT' } });
    plans.splice(plans.indexOf(draft), 1);
    // Attributes on the first plan's actions, as a council's admin would define them.
    const planId = plans[0].id;
    for (const [i, [identifier, kind]] of (
      [
        ['score', 'NUMBER'],
        ['note', 'TEXT'],
        ['review', 'DATE'],
        ['theme', 'CATEGORY'],
      ] as const
    ).entries()) {
      type[identifier] = (await prisma.attributeType.create({ data: { planId, identifier, name: identifier, kind, position: i } })).id;
    }
    const mk = async (identifier: string, parentId: number | null, position: number) =>
      (choice[identifier] = (await prisma.attributeChoice.create({ data: { typeId: type.theme, identifier, label: identifier, parentId, position } })).id);
    await mk('people', null, 0);
    await mk('children', choice.people, 1);
    await mk('schools', choice.children, 2);
    await mk('places', null, 3);
    const actions = await prisma.action.findMany({ where: { planId }, orderBy: { id: 'asc' }, select: { id: true } });
    for (const [i, a] of actions.entries()) {
      if (i % 2 === 0) await prisma.attributeValue.create({ data: { typeId: type.score, actionId: a.id, number: i * 1.5 } });
      if (i % 3 === 0) await prisma.attributeValue.create({ data: { typeId: type.note, actionId: a.id, text: i % 2 ? 'odd' : 'even' } });
      if (i % 4 !== 3) await prisma.attributeValue.create({ data: { typeId: type.review, actionId: a.id, date: new Date(Date.UTC(2020, i % 12, 1)) } });
      const themes = [[choice.schools], [choice.places], [choice.children, choice.places], []][i % 4]!;
      await prisma.attributeValue.create({ data: { typeId: type.theme, actionId: a.id, choiceIds: themes } });
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  const gid = (rows: { id: number }[]) => rows.map((r) => toGlobalId('Action', r.id));
  const visible = { plan: { status: { not: 'DRAFT' } } };

  /** Walks a connection with pages of `size`, checking the count on every page; returns the ids in order. */
  async function walk(field: string, args: string, given: Record<string, unknown>, size: number): Promise<string[]> {
    const { __call: call, ...vars } = given;
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 500; page++) {
      const res: { data: any; errors?: unknown } = await server.gql(
        `query(${args}${args ? ', ' : ''}$after: String) { c: ${field}(first: ${size}, after: $after${(call as string) ?? ''}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
        { ...vars, after },
      );
      expect(res.errors, JSON.stringify(vars)).toBeUndefined();
      ids.push(...res.data.c.edges.map((e: any) => e.node.id));
      if (!res.data.c.pageInfo.hasNextPage) {
        expect(res.data.c.totalCount).toBe(ids.length);
        break;
      }
      after = res.data.c.pageInfo.endCursor;
    }
    return ids;
  }

  /** Prisma's order for an Ordering, as pageOf asks for it. */
  const prismaOrder = (by: string, direction: 'ASC' | 'DESC'): object[] => {
    const d = direction.toLowerCase();
    const column = ({ DOCUMENT: null, TITLE: 'title', CODE: 'code', DUE_START: 'dueStart', DUE_END: 'dueEnd' } as Record<string, string | null>)[by];
    if (!column) return [{ id: d }];
    return [{ [column]: column === 'title' ? d : { sort: d, nulls: 'last' } }, { id: 'asc' }];
  };

  it.each([
    [{ due: { from: '2008-04-01', to: '2009-03-31' } }, 'DOCUMENT', 'ASC'],
    [{ due: { from: '2009-01-01' } }, 'DUE_START', 'ASC'],
    [{ due: { to: '2008-12-31', includeUndated: true } }, 'DUE_END', 'DESC'],
    [{ due: {} }, 'TITLE', 'DESC'],
    [{ due: { from: '2007-01-01', to: '2030-12-31' }, authorityCode: 'kent' }, 'CODE', 'ASC'],
    [{ attribute: [{ type: 'score', min: 3, max: 30 }] }, 'DOCUMENT', 'DESC'],
    [{ attribute: [{ type: 'note', equals: 'even' }] }, 'TITLE', 'ASC'],
    [{ attribute: [{ type: 'review', from: '2020-03-01', to: '2020-08-31' }, { type: 'score', hasValue: false }] }, 'DOCUMENT', 'ASC'],
    [{ attribute: [{ type: 'theme', in: ['children'] }] }, 'CODE', 'DESC'],
    [{ attribute: [{ type: 'theme', in: ['people', 'places'] }, { type: 'note', hasValue: true }], due: { includeUndated: true } }, 'DUE_START', 'DESC'],
  ] as const)('actions(filter: %j) by %s %s', async (given, by, direction) => {
    const f: any = structuredClone(given);
    const where: object[] = [visible];
    // The core filter's old Prisma condition, due window included.
    const { attribute: _, ...core } = f;
    if (core.due) core.due = { includeUndated: false, ...core.due, from: core.due.from ? new Date(`${core.due.from}T00:00:00Z`) : undefined, to: core.due.to ? new Date(`${core.due.to}T00:00:00Z`) : undefined };
    where.push(actionWhere(core));
    for (const a of f.attribute ?? []) {
      const typeId = type[a.type]!;
      const value: any = { typeId };
      if (a.equals != null) value.text = a.equals;
      if (a.min != null || a.max != null) value.number = { ...(a.min != null ? { gte: a.min } : {}), ...(a.max != null ? { lte: a.max } : {}) };
      if (a.from != null || a.to != null) value.date = { ...(a.from ? { gte: new Date(`${a.from}T00:00:00Z`) } : {}), ...(a.to ? { lte: new Date(`${a.to}T00:00:00Z`) } : {}) };
      if (a.in) {
        const ids = a.in.map((c: string) => choice[c]);
        // A category and the ones below it (schools under children under people).
        const below: Record<number, number[]> = { [choice.people!]: [choice.children!, choice.schools!], [choice.children!]: [choice.schools!] };
        value.choiceIds = { hasSome: [...new Set(ids.flatMap((id: number) => [id, ...(below[id] ?? [])]))] };
      }
      where.push(a.hasValue === false ? { attributeValues: { none: { typeId } } } : { attributeValues: { some: value } });
      a.type = toGlobalId('AttributeType', typeId);
      if (a.in) a.in = a.in.map((c: string) => toGlobalId('AttributeChoice', choice[c]!));
    }
    const oracle = gid(await server.db.prisma.action.findMany({ where: { AND: where }, orderBy: prismaOrder(by, direction), select: { id: true } }));
    expect(oracle.length).toBeGreaterThan(0);
    const served = await walk('actions', '$f: ActionFilter, $o: ActionOrder', { f, o: { by, direction }, __call: ', filter: $f, orderBy: $o' }, 4);
    expect(served).toEqual(oracle);
  });

  it('pages actions with a due or attribute filter in one statement (two with totalCount), after the attribute types are checked', async () => {
    const due = await server.gql(`{ actions(first: 5, filter: { due: { from: "2008-01-01" } }, orderBy: { by: DUE_END }) { pageInfo { endCursor } nodes { title plan { slug } } } }`);
    expect(due.errors).toBeUndefined();
    expect(due.statements).toBe(1);
    const next = await server.gql(`query($a: String) { actions(first: 5, after: $a, filter: { due: { from: "2008-01-01" } }, orderBy: { by: DUE_END }) { totalCount nodes { title } } }`, {
      a: due.data.actions.pageInfo.endCursor,
    });
    expect(next.statements).toBe(2);
    const bad = await server.gql(`{ actions(filter: { due: { from: "2010-01-01", to: "2009-01-01" } }) { nodes { id } } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: 'due.from is after due.to', extensions: { code: 'BAD_USER_INPUT' } });
    const attr = await server.gql(`query($t: ID!) { actions(first: 5, filter: { attribute: [{ type: $t, min: 1 }] }) { nodes { title } } }`, { t: toGlobalId('AttributeType', type.score!) });
    expect(attr.errors).toBeUndefined();
    // The type look-up (and its plan's visibility) before the page; no hidden-drafts look-up after it.
    expect(attr.statements).toBeLessThanOrEqual(3);
  });

  it('kentActionsConnection lists what kentActions (Prisma) lists, in any order, in one statement', async () => {
    for (const filter of [{}, { unit: '2' }, { ecmOutcome: 'ENJOY_AND_ACHIEVE' }, { unit: '2', ecmOutcome: 'STAY_SAFE' }, { linkedPlan: 'towards 2010' }, { linkedPlan: 'Towards 2010', linkedTarget: '11' }, { linkedPlan: 'LAA%' }]) {
      const old = await server.gql(`query($f: KentActionFilter) { kentActions(filter: $f) { id } }`, { f: filter });
      expect(old.errors).toBeUndefined();
      const oldIds: string[] = old.data.kentActions.map((a: any) => a.id);
      const served = await walk('kentActionsConnection', '$f: KentActionFilter', { f: filter, __call: ', filter: $f' }, 5);
      // `%` is a wildcard to Prisma's insensitive equals (ILIKE); here it is literal, as every text filter.
      expect(served, JSON.stringify(filter)).toEqual((filter as any).linkedPlan === 'LAA%' ? [] : oldIds);
      const byTitle = await walk('kentActionsConnection', '$f: KentActionFilter, $o: ActionOrder', { f: filter, o: { by: 'TITLE', direction: 'DESC' }, __call: ', filter: $f, orderBy: $o' }, 7);
      const ids = served.map((id) => fromGlobalId(id)!.id);
      expect(byTitle).toEqual(gid(await server.db.prisma.action.findMany({ where: { id: { in: ids } }, orderBy: [{ title: 'desc' }, { id: 'asc' }], select: { id: true } })));
    }
    expect((await walk('kentActionsConnection', '', {}, 50)).length).toBeGreaterThan(10);
    const one = await server.gql(`{ kentActionsConnection(first: 3, filter: { unit: "2" }) { pageInfo { endCursor } nodes { id title } } }`);
    expect(one.statements).toBe(1);
  });

  it("a plugin's connection leaves out other councils' drafts and shows a council its own, the plugin's parameters numbered before the visibility's", async () => {
    const prisma = server.db.prisma;
    const kent = { plan: { format: 'kent' } };
    const all = gid(await prisma.action.findMany({ where: kent, orderBy: { id: 'asc' }, select: { id: true } }));
    const published = gid(await prisma.action.findMany({ where: { AND: [kent, visible] }, orderBy: { id: 'asc' }, select: { id: true } }));
    expect(published.length).toBeLessThan(all.length);
    expect(await walk('kentActionsConnection', '', {}, 40)).toEqual(published);
    const token = await testToken(['kent'], 'viewer');
    const q = `query($f: KentActionFilter) { kentActionsConnection(first: 500, filter: $f) { totalCount nodes { id } } }`;
    const own = await server.gqlAs(token, q, { f: { linkedPlan: 'towards 2010' } });
    expect(own.errors).toBeUndefined();
    const linked = gid(await prisma.action.findMany({ where: { AND: [kent, { links: { some: { toPlanName: { equals: 'towards 2010', mode: 'insensitive' } } } }] }, orderBy: { id: 'asc' }, select: { id: true } }));
    expect(own.data.kentActionsConnection.nodes.map((n: any) => n.id)).toEqual(linked);
    expect(own.data.kentActionsConnection.totalCount).toBe(linked.length);
    expect(own.statements).toBe(2);
  });

  it("a plugin's connection loads its nodes' nested relations in the same statement", async () => {
    const res = await server.gql(`{ peterboroughActions(first: 4, orderBy: { by: INTENT }) { nodes { title plan { slug authority { code } } parties { role party { name } } milestones { text } } } }`);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data.peterboroughActions.nodes).toHaveLength(4);
    expect(res.data.peterboroughActions.nodes[0].plan.authority.code).toBeTruthy();
    expect(res.statements).toBe(1);
  });

  it('peterboroughActions lists what its Prisma condition listed, for its filters and orders', async () => {
    const prisma = server.db.prisma;
    const rows = await prisma.peterboroughActionRow.findMany({ orderBy: { id: 'asc' }, take: 4 });
    for (const [i, text] of ['Green', 'Amber', 'Green', null].entries()) await prisma.peterboroughActionRow.update({ where: { id: rows[i]!.id }, data: { ragProgress: text } });
    const step = await prisma.peterboroughImplementationStep.findFirst({ where: { timescaleText: { not: null } }, orderBy: { id: 'asc' } });
    const word = (step!.text as string).split(/\s+/).find((w: string) => w.length > 5)!.toUpperCase();
    const stepTimescale = step!.timescaleText!.slice(0, 6).toLowerCase();
    const order: Record<string, (d: string) => object[]> = {
      DOCUMENT: (d) => [{ id: d }],
      RAG_PROGRESS: (d) => [{ peterboroughRow: { ragProgress: { sort: d, nulls: 'last' } } }, { id: 'asc' }],
      INTENT: (d) => [{ peterboroughRow: { intent: d } }, { id: 'asc' }],
      IMPLEMENTATION_INTRO: (d) => [{ peterboroughRow: { implementationIntro: { sort: d, nulls: 'last' } } }, { id: 'asc' }],
      DUE_START: (d) => [{ dueStart: { sort: d, nulls: 'last' } }, { id: 'asc' }],
    };
    const cases: [object, object, string, 'ASC' | 'DESC'][] = [
      [{}, {}, 'DOCUMENT', 'ASC'],
      [{}, {}, 'RAG_PROGRESS', 'DESC'],
      [{ hasRagProgress: true }, { ragProgress: { not: null } }, 'RAG_PROGRESS', 'ASC'],
      [{ hasRagProgress: false }, { ragProgress: null }, 'INTENT', 'DESC'],
      [{ stepText: word }, { steps: { some: { text: { contains: word, mode: 'insensitive' } } } }, 'IMPLEMENTATION_INTRO', 'ASC'],
      [{ stepTimescale, stepText: word }, { steps: { some: { timescaleText: { contains: stepTimescale, mode: 'insensitive' }, text: { contains: word, mode: 'insensitive' } } } }, 'DUE_START', 'DESC'],
    ];
    for (const [filter, row, by, direction] of cases) {
      const oracle = gid(await prisma.action.findMany({ where: { AND: [visible, { peterboroughRow: { is: row } }] }, orderBy: order[by]!(direction.toLowerCase()), select: { id: true } }));
      expect(oracle.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const served = await walk('peterboroughActions', '$f: PeterboroughActionFilter, $o: PeterboroughActionOrder', { f: filter, o: { by, direction }, __call: ', filter: $f, orderBy: $o' }, 3);
      expect(served, `${JSON.stringify(filter)} ${by} ${direction}`).toEqual(oracle);
    }
    // The core filter, due window included, as core's `actions` applies it.
    const res = await server.gql(`query($f: PeterboroughActionFilter) { peterboroughActions(first: 500, filter: $f) { nodes { id } } }`, { f: { core: { due: { from: '2019-06-01' } } } });
    expect(res.errors).toBeUndefined();
    const oracle = gid(await prisma.action.findMany({ where: { AND: [visible, { peterboroughRow: { isNot: null } }, actionWhere({ due: { from: new Date('2019-06-01T00:00:00Z'), includeUndated: false } })] }, orderBy: { id: 'asc' }, select: { id: true } }));
    expect(res.data.peterboroughActions.nodes.map((n: any) => n.id)).toEqual(oracle);
    // Text filters are literal: % and _ match only themselves.
    for (const text of ['%', '_', '\\']) {
      const r = await server.gql(`query($t: String) { peterboroughActions(first: 500, filter: { stepText: $t }) { nodes { id } } }`, { t: text });
      const literal = await server.db.sql.query<{ id: number }>(
        `SELECT DISTINCT r."actionId" AS id FROM "PeterboroughActionRow" r JOIN "PeterboroughImplementationStep" s ON s."rowId" = r.id WHERE strpos(s.text, '${text === '\\' ? '\\' : text}') > 0 ORDER BY 1`,
      );
      expect(r.data.peterboroughActions.nodes.map((n: any) => n.id), text).toEqual(gid(literal));
    }
  });

  it('a cursor as clients already hold it (the same key as before) still pages', async () => {
    const oracle = await server.db.sql.query<{ id: number; intent: string }>(
      `SELECT a.id, r.intent FROM "Action" a JOIN "PeterboroughActionRow" r ON r."actionId" = a.id JOIN "Plan" p ON p.id = a."planId" WHERE p.status <> 'DRAFT' ORDER BY r.intent ASC, a.id`,
    );
    const at = oracle[2]!;
    const cursor = Buffer.from(JSON.stringify(['Action', 'peterboroughRow.intent', 'asc', at.intent, at.id])).toString('base64url');
    const res = await server.gql(`query($a: String) { peterboroughActions(first: 2, after: $a, orderBy: { by: INTENT }) { nodes { id } } }`, { a: cursor });
    expect(res.errors).toBeUndefined();
    expect(res.data.peterboroughActions.nodes.map((n: any) => n.id)).toEqual(gid(oracle.slice(3, 5)));
    const forged = await server.gql(`{ peterboroughActions(first: 2, after: "bm9wZQ") { nodes { id } } }`);
    expect(forged.errors?.[0]).toMatchObject({ message: 'after: not a Action cursor', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it.each([
    ['peterboroughActions', 'PeterboroughActionOrder', { by: 'RAG_PROGRESS', direction: 'DESC' }],
    ['plymouthActions', 'PlymouthActionOrder', { by: 'NUMBERED', direction: 'DESC' }],
    ['worcestershireRisks', 'WorcestershireRiskOrder', { by: 'CURRENT_IMPACT', direction: 'ASC' }],
    ['kentActionsConnection', 'ActionOrder', { by: 'DUE_END', direction: 'ASC' }],
  ] as const)('%s: a page is one statement, two with totalCount, the next page one', async (field, orderType, orderBy) => {
    const q = (count: boolean) => `query($a: String, $o: ${orderType}) { c: ${field}(first: 2, after: $a, orderBy: $o) { ${count ? 'totalCount ' : ''}pageInfo { endCursor } nodes { id title } } }`;
    const first = await server.gql(q(false), { o: orderBy });
    expect(first.errors).toBeUndefined();
    expect(first.data.c.nodes).toHaveLength(2);
    expect(first.statements).toBe(1);
    const counted = await server.gql(q(true), { o: orderBy, a: first.data.c.pageInfo.endCursor });
    expect(counted.errors, JSON.stringify(counted.errors)).toBeUndefined();
    expect(counted.data.c.totalCount).toBeGreaterThan(2);
    expect(counted.statements).toBe(2);
    const next = await server.gql(q(false), { o: orderBy, a: first.data.c.pageInfo.endCursor });
    expect(next.data.c.nodes).toEqual(counted.data.c.nodes);
    expect(next.statements).toBe(1);
  });
});
