// Plymouth end to end: the real server over HTTP, on PGlite and on PostgreSQL, with only
// the Plymouth plugin enabled, serves the April 2018 action plan: its purpose and
// context, every theme and row as printed, the Timescale / Resources cell split into
// timescale and money, and who monitors and who evaluates each action, a body named in
// many rows being one party ("everything the Plymouth Education Board evaluates").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlan2018 as doc, PLYMOUTH_PLAN_SLUG } from '@council-plans/plugin-plymouth';
import { databases, type TestServer } from '../../../tests/support/servers';

const SLUG = PLYMOUTH_PLAN_SLUG;

/** Rows per theme, counted in source/004_c17579714ac7a451.txt. */
const ROWS_PER_THEME: [string, number][] = [
  ['To make sure all children are ready for school', 2],
  ['Improve the quality of teaching and learning', 6],
  ['Improve the quality of leadership and management', 8],
  ['Secure system improvement', 5],
  ["Improve Post 16 students' readiness for further learning and employment", 3],
];

const ROW_FIELDS = /* GraphQL */ `
  id
  title
  position
  timescaleText
  resourcesText
  sourceSection
  source { key }
  section { title }
  funding { text position }
  successCriteria { text }
  parties { role position party { name kind } }
  plymouth {
    objective
    continuesObjective
    actions
    numbered
    responsible
    timescaleResources
    successCriteria
    monitoring
    evaluation
    timescaleResourcesParts { entry position kind text }
    monitoredBy { role printedName position party { name kind } }
    evaluatedBy { role printedName position party { name kind } }
    action { id }
  }
`;

const PLAN_QUERY = /* GraphQL */ `
  query Plan($slug: String!) {
    plan(slug: $slug) {
      title
      kind
      issuedText
      purpose
      context
      status
      format
      sourceSection
      authority { code name }
      source { key kind }
      parties { role party { name kind } }
      sections { kind title position actions { ${ROW_FIELDS} } }
    }
  }
`;

const PARTY_QUERY = /* GraphQL */ `
  query Party($name: String!) {
    responsibleParties(filter: { authorityCode: "plymouth", nameContains: $name }) {
      nodes {
        id
        name
        kind
        plymouthEvaluates { title sourceSection plymouth { evaluation evaluatedBy { printedName party { name } } } }
        plymouthMonitors { title sourceSection plymouth { monitoring monitoredBy { printedName party { name } } } }
      }
    }
  }
`;

describe.each(await databases())('Plymouth on $name', (database) => {
  let server: TestServer;
  let plan: any;
  beforeAll(async () => {
    server = await database.start({ plugins: ['plymouth'] });
    const { data, errors } = await server.gql(PLAN_QUERY, { slug: SLUG });
    expect(errors).toBeUndefined();
    plan = data.plan;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the plan with its purpose, context (both paragraphs), date and provenance', () => {
    expect(plan).toMatchObject({
      title: 'Action Plan to improve pupil outcomes across key stages',
      issuedText: 'April, 2018',
      status: 'PUBLISHED',
      format: 'plymouth',
      sourceSection: 'Education, Participation and Skills – Action Plan to improve pupil outcomes across key stages – April, 2018.',
      authority: { code: 'plymouth', name: 'Plymouth City Council' },
      source: { key: '004_c17579714ac7a451.txt', kind: 'SEED' },
      parties: [{ role: 'OWNER', party: { name: 'Education, Participation and Skills', kind: 'ORGANISATION' } }],
    });
    expect(plan.purpose).toBe(
      'To contribute to the improvement of educational outcomes in all schools and settings by bringing key parts of the school improvement system together to address the challenges identified.',
    );
    const paragraphs = plan.context.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Using a number of indicators, .* pupils with Special Education Needs and disabilities\.$/);
    expect(paragraphs[1]).toMatch(/^This action plan identifies the key actions .* involving the Plymouth Teaching Schools Alliance\.$/);
  });

  it('serves every theme with as many rows as the document prints', () => {
    expect(plan.sections.map((s: any) => [s.title, s.actions.length])).toEqual(ROWS_PER_THEME);
    expect(plan.sections.every((s: any) => s.kind === 'THEME')).toBe(true);
    expect(plan.sections.flatMap((s: any) => s.actions)).toHaveLength(24);
  });

  it('serves every row as transcribed: the core projection and the row as printed', () => {
    doc.themes.forEach((theme, t) => {
      const served = plan.sections[t];
      let objective: string | null = null;
      // A Success Criteria cell merged across rows is on each row it spans.
      let merged: { criteria: string[]; rows: number } | null = null;
      theme.rows.forEach((row, i) => {
        if ((row.successCriteriaSpan ?? 1) > 1) merged = { criteria: row.successCriteria, rows: row.successCriteriaSpan! };
        const criteria = merged ? merged.criteria : row.successCriteria;
        if (merged && --merged.rows === 0) merged = null;
        const action = served.actions[i];
        objective = row.objective ?? objective;
        const parts = row.timescaleResources.flatMap((e, entry) => e.parts.map((p) => ({ entry, ...p })));
        const ofKind = (...kinds: string[]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text);
        // The core projection every front end sees...
        expect(action).toMatchObject({
          title: row.actions.join('\n'),
          position: i,
          timescaleText: ofKind('TIMESCALE').join('\n') || null,
          resourcesText: ofKind('RESOURCES', 'UNSPLIT').join('\n') || null,
          sourceSection: theme.title,
          source: { key: doc.sourceFile },
          section: { title: theme.title },
        });
        expect(action.funding.map((f: any) => f.text)).toEqual(ofKind('FUNDING'));
        expect(action.successCriteria.map((c: any) => c.text)).toEqual(criteria);
        expect(action.parties.map((p: any) => [p.role, p.party.name])).toEqual(
          row.responsible.parties.map((l) => [l.role ?? 'RESPONSIBLE', doc.parties[l.party].name]),
        );
        // ...and the row exactly as Plymouth prints it, with its oversight parties.
        expect(action.plymouth).toEqual({
          objective,
          continuesObjective: row.objective === null,
          actions: row.actions,
          numbered: row.numbered ?? false,
          responsible: row.responsible.entries.join('\n'),
          timescaleResources: row.timescaleResources.map((e) => e.printed),
          successCriteria: row.successCriteria,
          monitoring: row.monitoring.entries,
          evaluation: row.evaluation.entries.join('\n'),
          timescaleResourcesParts: parts.map((p, position) => ({ entry: p.entry, position, kind: p.kind, text: p.text })),
          monitoredBy: row.monitoring.parties.map((l, position) => ({
            role: 'MONITORING',
            printedName: l.printed,
            position,
            party: doc.parties[l.party],
          })),
          evaluatedBy: row.evaluation.parties.map((l, position) => ({
            role: 'EVALUATION',
            printedName: l.printed,
            position,
            party: doc.parties[l.party],
          })),
          action: { id: action.id },
        });
      });
    });
  });

  it('answers everything the Plymouth Education Board evaluates, however the row prints its name', async () => {
    const { data, errors } = await server.gql(PARTY_QUERY, { name: 'Plymouth Education Board' });
    expect(errors).toBeUndefined();
    expect(data.responsibleParties.nodes).toHaveLength(1);
    const peb = data.responsibleParties.nodes[0];
    expect(peb).toMatchObject({ name: 'Plymouth Education Board', kind: 'GROUP', plymouthMonitors: [] });
    // The six rows whose Evaluation cell names the board, in document order, as printed.
    expect(peb.plymouthEvaluates.map((a: any) => [a.sourceSection, a.title, a.plymouth.evaluation])).toEqual([
      ['Improve the quality of teaching and learning', 'Continue to implement the Oracy Project involving 31 schools.', 'School to School Strategic Board/Plymouth Education Board (PEB).'],
      [
        'Improve the quality of leadership and management',
        'Securing bid to improve school governance and leadership at all levels in secondary schools (18 schools involved). Draws on best practice from industry.',
        'Plymouth Education Board (PEB).',
      ],
      ['Improve the quality of leadership and management', 'Making and securing a bid to improve the quality of leadership', 'PEB'],
      ['Secure system improvement', 'Re-vamp arrangements for School to school challenge and support.', 'Plymouth Education Board'],
      ['Secure system improvement', 'Establish regular MAT CEO/LA Meetings.', 'Plymouth Education Board'],
      ['Secure system improvement', "Establish a 'Plymouth Challenge' involving all schools and settings", 'Plymouth Education Board (PEB).'],
    ]);
    const printed = peb.plymouthEvaluates.flatMap((a: any) =>
      a.plymouth.evaluatedBy.filter((o: any) => o.party.name === 'Plymouth Education Board').map((o: any) => o.printedName),
    );
    expect(printed).toEqual(['Plymouth Education Board (PEB)', 'Plymouth Education Board (PEB)', 'PEB', 'Plymouth Education Board', 'Plymouth Education Board', 'Plymouth Education Board (PEB)']);
    // No second party for the abbreviation.
    const abbreviated = await server.gql(`{ responsibleParties(filter: { nameContains: "PEB" }) { nodes { name } } }`);
    expect(abbreviated.data.responsibleParties.nodes).toEqual([]);
  });

  it('keeps different boards apart: the PTSA Operational Board monitors two rows, its Strategic Board evaluates one', async () => {
    const operational = (await server.gql(PARTY_QUERY, { name: 'PTSA Operational Board' })).data.responsibleParties.nodes;
    expect(operational).toHaveLength(1);
    expect(operational[0].plymouthEvaluates).toEqual([]);
    expect(operational[0].plymouthMonitors.map((a: any) => a.plymouth.monitoring)).toEqual([
      ['PTSA Operational Board.'],
      ['PTSA Operational Board. Leadership Advisers.'],
    ]);
    const strategic = (await server.gql(PARTY_QUERY, { name: 'PTSA Strategic Board' })).data.responsibleParties.nodes;
    expect(strategic.map((p: any) => p.plymouthEvaluates.map((a: any) => a.plymouth.evaluation))).toEqual([['PTSA Strategic Board. Head of School Improvement.']]);
    const schoolToSchool = (await server.gql(PARTY_QUERY, { name: 'School to School' })).data.responsibleParties.nodes;
    expect(schoolToSchool.map((p: any) => p.name).sort()).toEqual(['School to School Operational Board', 'School to School Strategic Board']);
  });

  it('serves the Oracy Project row with its funding, duration, success criteria, monitoring and evaluation', () => {
    const oracy = plan.sections[1].actions.find((a: any) => a.title === 'Continue to implement the Oracy Project involving 31 schools.');
    expect(oracy).toBeDefined();
    expect(oracy.funding).toEqual([{ text: '£374,000 funding secured.', position: 0 }]);
    expect(oracy.timescaleText).toBe('Two years.');
    expect(oracy.resourcesText).toBeNull();
    expect(oracy.plymouth.timescaleResources).toEqual(['£374,000 funding secured. Two years.']);
    expect(oracy.plymouth.objective).toBe('Improve the quality of teaching and learning of pupils with speech and language difficulties');
    expect(oracy.successCriteria).toEqual([
      {
        text: 'Improved levels of attainment and progress in literacy, across key stages especially for the most able and disadvantaged. Improved attendance. Reduced rates of exclusion.',
      },
    ]);
    expect(oracy.plymouth.responsible).toBe('Head Teachers and PTSA.');
    expect(oracy.parties.map((p: any) => p.party.name)).toEqual(['Head Teachers', 'Plymouth Teaching Schools Alliance']);
    expect(oracy.plymouth.monitoring).toEqual(['School to School Operational Board.']);
    expect(oracy.plymouth.monitoredBy.map((o: any) => o.party.name)).toEqual(['School to School Operational Board']);
    expect(oracy.plymouth.evaluation).toBe('School to School Strategic Board/Plymouth Education Board (PEB).');
    expect(oracy.plymouth.evaluatedBy.map((o: any) => [o.printedName, o.party.name])).toEqual([
      ['School to School Strategic Board', 'School to School Strategic Board'],
      ['Plymouth Education Board (PEB)', 'Plymouth Education Board'],
    ]);
  });

  it('serves every row of "Secure system improvement" with its timescale', async () => {
    const section = plan.sections.find((s: any) => s.title === 'Secure system improvement');
    const q = `query($s: ID) { actions(first: 50, filter: { sectionId: $s }) { totalCount nodes { timescaleText plymouth { objective continuesObjective timescaleResources } } } }`;
    const sectionId = (await server.gql(`{ plan(slug: "${SLUG}") { sections { id title } } }`)).data.plan.sections.find(
      (s: any) => s.title === 'Secure system improvement',
    ).id;
    const { data, errors } = await server.gql(q, { s: sectionId });
    expect(errors).toBeUndefined();
    expect(data.actions.totalCount).toBe(5);
    expect(data.actions.nodes.map((a: any) => a.timescaleText)).toEqual([
      'By July 2018. Meet 4x a year.',
      'By April, 2018. Meet every 6 weeks.',
      'By April, 2018. Meet 6x a year.',
      'By April 2018. Meet 6x a year.',
      'By April 2018',
    ]);
    expect(data.actions.nodes.map((a: any) => a.plymouth.timescaleResources)).toEqual(data.actions.nodes.map((a: any) => [a.timescaleText]));
    // Three rows print no objective: they continue the first row's.
    const vision = 'Establish a clear strategic vision for education and a robust model of accountability for all schools (including academies).';
    expect(data.actions.nodes.map((a: any) => [a.plymouth.objective, a.plymouth.continuesObjective])).toEqual([
      [vision, false],
      [vision, true],
      [vision, true],
      [vision, true],
      ['Secure a co-ordinated to school improvement', false],
    ]);
    expect(section.actions).toHaveLength(5);
  });

  it('splits the Timescale / Resources cell only where the printed text separates timescale from money', () => {
    const rows = plan.sections.flatMap((s: any) => s.actions);
    const byCell = (cell: string) => rows.find((a: any) => a.plymouth.timescaleResources.join(' ') === cell);
    expect(byCell('Termly meetings. Up to £5,000 for bespoke support.')).toMatchObject({
      timescaleText: 'Termly meetings.',
      funding: [{ text: 'Up to £5,000 for bespoke support.' }],
    });
    expect(byCell('£15,000 per school. 18 month project.')).toMatchObject({ timescaleText: '18 month project.', funding: [{ text: '£15,000 per school.' }] });
    // Kept whole as printed.
    expect(byCell('Dependent on funding from business sector. Refer to CP plan.')).toMatchObject({
      timescaleText: null,
      resourcesText: null,
      funding: [{ text: 'Dependent on funding from business sector. Refer to CP plan.' }],
    });
    expect(byCell('Funding varies from school to school. Up to £, 5000')).toMatchObject({ funding: [{ text: 'Funding varies from school to school. Up to £, 5000' }] });
    expect(byCell('To be determined')).toMatchObject({ timescaleText: null, resourcesText: 'To be determined', funding: [] });
    // Every £ the document prints is in a funding line.
    const money = rows.flatMap((a: any) => a.funding.map((f: any) => f.text)).filter((t: string) => t.includes('£'));
    expect(money).toEqual(['£374,000 funding secured.', '£46,170 funding.', 'Up to £5,000 for bespoke support.', '£15,000 per school.', 'Funding varies from school to school. Up to £, 5000']);
  });

  it('serves the numbered EMAT row with its items paired across columns', () => {
    const emat = plan.sections[1].actions.find((a: any) => a.plymouth.numbered);
    expect(emat.plymouth.actions).toHaveLength(2);
    expect(emat.plymouth.timescaleResources).toEqual([
      'Ongoing, traded service',
      'Ongoing, Leadership Adviser time/quarterly data collection & analysis and support for schools when required.',
    ]);
    expect(emat.successCriteria).toHaveLength(2);
    expect(emat.plymouth.monitoring).toHaveLength(2);
    expect(emat.plymouth.monitoredBy.map((o: any) => o.party.name)).toEqual(['Leadership Adviser']);
  });

  it('exposes only the Plymouth plugin fields', async () => {
    const pb = await server.gql(`{ actions(first: 1) { nodes { peterborough { intent } } } }`);
    expect(pb.data).toBeUndefined();
    expect(pb.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(pb.errors?.[0].message).toMatch(/peterborough/);
  });

  it('resolves oversight without a query per row or party', async () => {
    const q = `{ responsibleParties(filter: { authorityCode: "plymouth" }, first: 500) { nodes {
      name
      plymouthMonitors { title plymouth { monitoredBy { party { name } } evaluatedBy { party { name } } timescaleResourcesParts { text } } }
      plymouthEvaluates { title plymouth { evaluatedBy { printedName party { name } } } }
    } } }`;
    const { data, errors, statements } = await server.gql(q);
    expect(errors).toBeUndefined();
    expect(data.responsibleParties.nodes.length).toBeGreaterThan(30);
    const served = data.responsibleParties.nodes.flatMap((p: any) => [...p.plymouthMonitors, ...p.plymouthEvaluates]).length;
    expect(served).toBeGreaterThan(40);
    // One statement per level of the query (and its loaders), whatever the number of rows,
    // and one per request for the drafts the caller may not see.
    expect(statements).toBeLessThanOrEqual(13);
  });
});
