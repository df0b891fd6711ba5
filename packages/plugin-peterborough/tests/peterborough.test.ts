// Peterborough end to end: the real server over HTTP, on PGlite and on PostgreSQL,
// serves every workstream, row and implementation step of the 2019/20 document, each
// with its timescale text and RAG field, and the themes printed without the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { educationActionPlan2019 as doc } from '@council-plans/plugin-peterborough';
import { databases, type TestServer } from '../../../tests/support/servers';

const SLUG = 'peterborough-education-action-plan-2019-20';

const PLAN_QUERY = /* GraphQL */ `
  query Plan($slug: String!) {
    plan(slug: $slug) {
      title
      periodText
      periodStart
      periodEnd
      status
      format
      authority { code name gssCode }
      source { key kind }
      sections {
        kind
        title
        description
        sourceSection
        actions {
          title
          position
          timescaleText
          ragStatus
          sourceSection
          source { key }
          successCriteria { text }
          peterborough {
            intent
            implementationIntro
            impact
            timescale
            ragProgress
            steps { position text timescaleText }
          }
        }
        peterboroughThemeItems { code text children { code text children { code } } }
        children {
          kind
          title
          description
          peterboroughThemeItems { code text children { code text } }
        }
      }
    }
  }
`;

describe.each(await databases())('Peterborough on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the plan with its authority, period and provenance', async () => {
    const { data, errors } = await server.gql(PLAN_QUERY, { slug: SLUG });
    expect(errors).toBeUndefined();
    expect(data.plan).toMatchObject({
      title: 'Education Action Plan Academic Year 2019/20',
      periodText: 'Academic Year 2019/20',
      periodStart: '2019-09-01',
      periodEnd: '2020-08-31',
      status: 'PUBLISHED',
      format: 'peterborough',
      authority: { code: 'peterborough', name: 'Peterborough City Council', gssCode: 'E06000031' },
      source: { key: doc.sourceFile, kind: 'SEED' },
    });
  });

  it('serves every workstream, row and implementation step with its timescale and RAG field', async () => {
    const { data } = await server.gql(PLAN_QUERY, { slug: SLUG });
    const workstreams = data.plan.sections.filter((s: any) => s.kind === 'WORKSTREAM');
    expect(workstreams.map((w: any) => w.title)).toEqual(doc.workstreams.map((w) => w.title));

    let steps = 0;
    doc.workstreams.forEach((expected, w) => {
      const served = workstreams[w];
      expect(served.actions).toHaveLength(expected.rows.length);
      expected.rows.forEach((row, r) => {
        const action = served.actions[r];
        // The core projection every front end sees...
        expect(action.title).toBe(row.intent);
        expect(action.position).toBe(r);
        expect(action.timescaleText).toBe(row.timescale.join('\n'));
        expect(action.ragStatus).toBeNull();
        expect(action.successCriteria.map((c: any) => c.text)).toEqual(row.impact);
        expect(action.sourceSection).toBe(expected.title);
        expect(action.source.key).toBe(doc.sourceFile);
        // ...and the row exactly as Peterborough prints it.
        expect(action.peterborough).toEqual({
          intent: row.intent,
          implementationIntro: row.implementationIntro ?? null,
          impact: row.impact,
          timescale: row.timescale,
          ragProgress: row.ragProgress,
          steps: row.steps.map((s, i) => ({ position: i, text: s.text, timescaleText: s.timescale ?? null })),
        });
        steps += row.steps.length;
      });
    });
    // The document's size, so a transcription that lost rows cannot pass unnoticed.
    expect(workstreams).toHaveLength(6);
    expect(workstreams.flatMap((w: any) => w.actions)).toHaveLength(16);
    expect(steps).toBe(48);
  });

  it('pairs each implementation step with the timescale printed beside it', async () => {
    const { data } = await server.gql(PLAN_QUERY, { slug: SLUG });
    const phonics = data.plan.sections[0].actions.find((a: any) => a.title === 'Improving outcomes in Phonics in Peterborough');
    expect(phonics.peterborough.steps.map((s: any) => s.timescaleText)).toEqual([
      'November 19',
      'December 19',
      'October 19',
      'September 19',
      'Ongoing',
      'Autumn 19',
      'Spring 20',
    ]);
    expect(phonics.peterborough.steps[4].text).toBe('Developing links with English Hub;');
  });

  it('serves the themes sections printed without the table', async () => {
    const { data } = await server.gql(PLAN_QUERY, { slug: SLUG });
    const themes = data.plan.sections.filter((s: any) => s.kind === 'THEME');
    expect(themes.map((t: any) => t.title)).toEqual(doc.themeSections.map((t) => t.title));
    doc.themeSections.forEach((expected, i) => {
      const served = themes[i];
      expect(served.description).toBe(expected.intro ?? null);
      const items = (list: any[] | undefined): any[] => (list ?? []).map((it: any) => ({ code: it.code ?? null, text: it.text, children: items(it.children) }));
      const servedItems = (list: any[]): any[] => list.map((it: any) => ({ code: it.code, text: it.text, children: servedItems(it.children ?? []) }));
      expect(servedItems(served.peterboroughThemeItems)).toEqual(items(expected.items));
      expect(served.children.map((c: any) => c.title)).toEqual((expected.subsections ?? []).map((s) => s.title));
      (expected.subsections ?? []).forEach((sub, j) => {
        expect(servedItems(served.children[j].peterboroughThemeItems)).toEqual(items(sub.items));
      });
    });
    const leadership = themes[0].children.find((c: any) => c.title === 'Leadership');
    expect(leadership.peterboroughThemeItems[1].children).toHaveLength(5);
  });

  it('lists plans filtered by authority, status, period and date', async () => {
    const q = `query($f: PlanFilter) { plans(filter: $f) { nodes { slug } } }`;
    const slugs = async (f: object) => (await server.gql(q, { f })).data.plans.nodes.map((p: any) => p.slug);
    expect(await slugs({ authorityCode: 'peterborough' })).toEqual([SLUG]);
    expect(await slugs({ authorityCode: 'nowhere' })).toEqual([]);
    expect(await slugs({ status: ['PUBLISHED'], period: '2019/20' })).toContain(SLUG);
    expect(await slugs({ status: ['DRAFT'] })).not.toContain(SLUG);
    expect(await slugs({ activeOn: '2020-01-15' })).toContain(SLUG);
    expect(await slugs({ activeOn: '2021-01-15' })).not.toContain(SLUG);
  });

  it('pages through every action with cursors, each exactly once', async () => {
    const q = `query($after: String, $f: ActionFilter) {
      actions(first: 5, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const { data, errors }: { data: any; errors?: unknown } = await server.gql(q, { after, f: { authorityCode: 'peterborough' } });
      expect(errors).toBeUndefined();
      total = data.actions.totalCount;
      seen.push(...data.actions.edges.map((e: any) => e.node.id));
      if (!data.actions.pageInfo.hasNextPage) break;
      after = data.actions.pageInfo.endCursor;
    }
    expect(total).toBe(16);
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
  });

  it('filters actions by section', async () => {
    const { data } = await server.gql(`{ plan(slug: "${SLUG}") { sections { id title actions { id } } } }`);
    const governance = data.plan.sections[1];
    const res = await server.gql(`query($s: ID) { actions(first: 50, filter: { sectionId: $s }) { nodes { id } } }`, { s: governance.id });
    expect(res.data.actions.nodes.map((n: any) => n.id)).toEqual(governance.actions.map((a: any) => a.id));
  });

  it("filters actions on Peterborough's own columns through peterboroughActions", async () => {
    const q = `query($f: PeterboroughActionFilter, $first: Int) {
      peterboroughActions(filter: $f, first: $first) { totalCount nodes { title } }
    }`;
    const titles = async (f: object, first = 100) => {
      const res = await server.gql(q, { f, first });
      expect(res.errors).toBeUndefined();
      return res.data.peterboroughActions;
    };
    const rows = doc.workstreams.flatMap((w) => w.rows);
    // Expected from the document: rows with a step whose printed timescale contains "Autumn 19".
    const autumn = rows.filter((r) => r.steps.some((s) => (s.timescale ?? '').toLowerCase().includes('autumn 19'))).map((r) => r.intent);
    expect(autumn.length).toBeGreaterThan(0);
    const served = await titles({ stepTimescale: 'autumn 19' });
    expect(served.nodes.map((n: any) => n.title).sort()).toEqual([...autumn].sort());
    expect(served.totalCount).toBe(autumn.length);
    const governors = rows.filter((r) => r.steps.some((s) => s.text.toLowerCase().includes('governor'))).map((r) => r.intent);
    expect((await titles({ stepText: 'Governor' })).nodes.map((n: any) => n.title).sort()).toEqual([...governors].sort());
    // RAG / Progress is empty in every row of the 2019/20 document.
    expect((await titles({ hasRagProgress: false })).totalCount).toBe(rows.length);
    expect((await titles({ hasRagProgress: true })).totalCount).toBe(0);
    // Core conditions combine with Peterborough's, and only Peterborough rows are listed.
    expect((await titles({ core: { authorityCode: 'plymouth' } })).totalCount).toBe(0);
    expect((await titles({ core: { authorityCode: 'peterborough' }, stepTimescale: 'autumn 19' })).totalCount).toBe(autumn.length);
  });

  it('refuses bad input with a clear error and a stable code', async () => {
    const badId = await server.gql(`{ plan(id: "abc") { title } }`);
    // A look-up answers null for any id it cannot return, a malformed one included (issue 20, docs/clients.md).
    expect(badId.errors).toBeUndefined();
    expect(badId.data).toEqual({ plan: null });
    const both = await server.gql(`{ plan(id: "1", slug: "x") { title } }`);
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await server.gql(`{ actions(first: 100000) { totalCount } }`);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.errors?.[0].message).toMatch(/at most|between 0 and 500/);
    const badCursor = await server.gql(`{ actions(first: 1, after: "bm9wZQ") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownEnum = await server.gql(`{ plans(filter: { status: [LOST] }) { nodes { slug } } }`);
    expect(unknownEnum.data).toBeUndefined();
    expect(unknownEnum.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(unknownEnum.errors?.[0].message).toMatch(/LOST/);
  });
});
