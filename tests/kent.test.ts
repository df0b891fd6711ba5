// Kent end to end: the real server over HTTP, on PGlite and on PostgreSQL, with only the
// Kent plugin enabled, serves both Kent documents: the schools partnership plan's key
// areas with every bullet, lead, cost and term, and the operational plan's units,
// objectives tagged with Every Child Matters outcomes, actions linked to other plans'
// targets, KPIs, risks and the rest. Expected values are taken from the documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestServer } from './support/servers';

const PARTNERSHIP = 'kent-herne-bay-whitstable-enjoy-and-achieve-2008-9';

const KEY_AREAS_QUERY = /* GraphQL */ `
  query Plan($slug: String!) {
    plan(slug: $slug) {
      title
      periodText
      format
      authority { code name gssCode kind region }
      source { key kind }
      parties { role roleText party { kind name } }
      funding { text }
      sections {
        kind
        label
        code
        title
        description
        successCriteria { text }
        children {
          kind
          label
          code
          title
          kentKeyArea {
            leads
            costs
            targetDates
            leadsPaired
            costsPaired
            targetDatesPaired
            pairingNote
            separatePlan
            notes
            links { afterAction position link { toPlanName target text } }
          }
          actions {
            id
            title
            description
            position
            timescaleText
            parties { role position party { kind name title organisation } }
            funding { text }
            kentPartnershipAction { bulletPrinted subPoints leads costs targetDates }
          }
        }
      }
    }
  }
`;

describe.each(await databases())('Kent on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start({ plugins: ['kent'] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const partnership = async () => {
    const { data, errors } = await server.gql(KEY_AREAS_QUERY, { slug: PARTNERSHIP });
    expect(errors).toBeUndefined();
    return data.plan;
  };
  const keyArea = (plan: any, code: string) => plan.sections.flatMap((s: any) => s.children).find((k: any) => k.code === code);

  it('serves the partnership plan as a Kent plan owned by the schools partnership', async () => {
    const plan = await partnership();
    expect(plan).toMatchObject({
      title: 'Action plan: Enjoy and Achieve',
      periodText: '2008-9',
      format: 'kent',
      authority: { code: 'kent', name: 'Kent County Council', gssCode: 'E10000016', kind: 'county council', region: 'South East' },
      source: { key: '000_cd368782f3c1da4c.txt', kind: 'SEED' },
    });
    expect(plan.parties).toEqual([{ role: 'OWNER', roleText: 'Schools partnership', party: { kind: 'GROUP', name: 'Herne Bay and Whitstable schools partnership' } }]);
    expect(plan.sections.map((s: any) => [s.kind, s.code, s.title])).toEqual([
      ['PRIORITY', '1', 'Enjoy and Achieve Priority 1'],
      ['PRIORITY', '2', 'Enjoy and Achieve Priority 2'],
    ]);
    expect(plan.sections[1].description).toBe(
      'Further develop levels of leadership and management at all levels across the Partnership schools to support improved pupil progress and attainment',
    );
    expect(plan.sections[0].successCriteria.map((c: any) => c.text)).toEqual([
      '% increase in FSP 6+ and 8+ PESD, CLL, MD and KOW',
      '% increase in Level 3 and 5 pupils',
      '% increase in pupils achieving maths and English at level 4',
      'KLZ in place and used in all schools',
      'All schools with KS2 are at level 3 or lower for MFL',
    ]);
  });

  it('counts every key area, bullet, cost and link of the partnership plan', async () => {
    const plan = await partnership();
    const areas = plan.sections.flatMap((s: any) => s.children);
    expect(areas).toHaveLength(20);
    expect(areas.every((a: any) => a.kind === 'KEY_AREA' && a.label === 'Key Area')).toBe(true);
    const actions = areas.flatMap((a: any) => a.actions);
    expect(actions).toHaveLength(68); // 65 printed bullets and 3 "SEE SEPARATE PLAN" cells
    expect(actions.filter((a: any) => a.kentPartnershipAction.bulletPrinted)).toHaveLength(65);
    expect(areas.flatMap((a: any) => a.kentKeyArea.leads)).toHaveLength(44);
    expect(areas.flatMap((a: any) => a.kentKeyArea.targetDates)).toHaveLength(60);
    // Every printed cost is one money line, on its action when paired, on the plan otherwise.
    expect(areas.flatMap((a: any) => a.kentKeyArea.costs)).toHaveLength(29);
    expect(plan.funding).toHaveLength(29);
    expect(actions.flatMap((a: any) => a.funding)).toHaveLength(14); // 1.02: 3, 1.06: 5, 1.07, 1.08, 1.10: 1 each, 1.11: 3
    expect(areas.flatMap((a: any) => a.kentKeyArea.links)).toHaveLength(10);
  });

  it('serves key area 1.06 with all its bullets, leads, costs and terms', async () => {
    const ga = keyArea(await partnership(), '1.06');
    expect(ga.title).toBe('Gifted and talented pupils');
    expect(ga.kentKeyArea).toMatchObject({
      leads: ['PEP HT'],
      costs: ['£50', '£500', '£600', '£800', '£50'],
      targetDates: ['Term 2 onwards', 'Term 5', 'Term6', 'Term6', 'Term1 -2009'],
      leadsPaired: true,
      costsPaired: true,
      targetDatesPaired: true,
      separatePlan: null,
      links: [],
    });
    expect(ga.actions.map((a: any) => [a.title, a.timescaleText, a.funding.map((f: any) => f.text), a.parties.map((p: any) => [p.role, p.party.kind, p.party.name])])).toEqual([
      [
        'New G&T network set up, open to all G&T coordinators (including KS3/4) to share good practice through discussion and outside speakers (links to CCU) on',
        'Term 2 onwards',
        ['£50'],
        [['LEAD', 'ROLE', 'PEP HT']],
      ],
      ['LLN G&T conference for Canterbury coastal and city partnerships', 'Term 5', ['£500'], [['LEAD', 'ROLE', 'PEP HT']]],
      ['Partnership schools lead and are involved in pupil projects in maths and ICT', 'Term6', ['£600'], [['LEAD', 'ROLE', 'PEP HT']]],
      ['Artist in residence working with identified talented pupils', 'Term6', ['£800'], [['LEAD', 'ROLE', 'PEP HT']]],
      ['“Signposting for talented pupils” booklet distributed to every school', 'Term1 -2009', ['£50'], [['LEAD', 'ROLE', 'PEP HT']]],
    ]);
    expect(ga.actions[0].kentPartnershipAction).toEqual({
      bulletPrinted: true,
      subPoints: ['1. Updating Policy', '2.Identification of pupils', '3. Implications for planning- support for subject leaders', '3. implementation of additional materials', '4. Supporting talent in the partnership'],
      leads: ['PEP HT'],
      costs: ['£50'],
      targetDates: ['Term 2 onwards'],
    });
  });

  it('keeps columns it cannot pair on the key area, and says so', async () => {
    const plan = await partnership();
    const ey = keyArea(plan, '1.01');
    expect(ey.kentKeyArea).toMatchObject({ costs: ['£50', '£50'], targetDates: ['Term3', 'Term4', 'Term2', 'Term4', 'Term2'], leadsPaired: true, costsPaired: false, targetDatesPaired: false });
    expect(ey.kentKeyArea.pairingNote).toContain('Cost: 2 entries for 6 actions, not paired');
    expect(ey.kentKeyArea.pairingNote).toContain('Target Dates: 5 entries for 6 actions, not paired');
    expect(ey.actions.map((a: any) => a.timescaleText)).toEqual([null, null, null, null, null, null]);
    expect(ey.actions.map((a: any) => a.funding)).toEqual([[], [], [], [], [], []]);
    expect(ey.actions[1].parties.map((p: any) => p.party)).toEqual([{ kind: 'PERSON', name: 'SO’ L', title: 'AST', organisation: null }]);
    expect(ey.kentKeyArea.links).toEqual([
      { afterAction: 6, position: 0, link: { toPlanName: 'LCSP CYP Plan', target: 'ACHIEVE ECONOMIC WELLBEING TARGET 2.1', text: 'LINKS TO LCSP: CYP PLAN ACHIEVE ECONOMIC WELLBEING TARGET 2.1' } },
    ]);
    const hos = keyArea(plan, '1.07');
    expect(hos.kentKeyArea.separatePlan).toBe('SEE SEPARATE PLAN (HANDS ON SUPPORT PLAN 2008-10)');
    expect(hos.actions.map((a: any) => [a.title, a.timescaleText, a.funding.map((f: any) => f.text)])).toEqual([
      ['SEE SEPARATE PLAN (HANDS ON SUPPORT PLAN 2008-10)', 'Ongoing', ['£45011']],
    ]);
    const wellbeing = keyArea(plan, '2.05');
    expect(wellbeing.kentKeyArea.notes).toEqual(['Transition- See 1.12']);
    expect(wellbeing.kentKeyArea.links.map((l: any) => [l.afterAction, l.link.target])).toEqual([
      [1, 'BEING HEALTHY TARGET 1.1'],
      [4, 'ENJOY AND ACHIEVE TARGET 1.2'],
    ]);
    const maths = keyArea(plan, '1.02');
    expect(maths.actions[0].description).toBe('1.problem solving,\n2.calculations\n3. assessment and impact on planning\n4. Schools challenge');
  });

  it('names a body printed in many rows as one party', async () => {
    const { data } = await server.gql(`{ authority(code: "kent") { responsibleParties { kind name actionRoles { role } } } }`);
    const pepHt = data.authority.responsibleParties.filter((p: any) => p.name === 'PEP HT');
    expect(pepHt).toHaveLength(1);
    expect(pepHt[0].kind).toBe('ROLE');
    expect(pepHt[0].actionRoles.length).toBeGreaterThan(20);
  });

  it("records Kent's statistical neighbours from the operational plan's Service Comparisons", async () => {
    const { data } = await server.gql(`{ authority(code: "kent") { statisticalNeighbours { rank basis neighbour { code name gssCode } } } }`);
    const list = data.authority.statisticalNeighbours;
    expect(list.map((n: any) => n.neighbour.name)).toEqual([
      'Essex County Council',
      'Swindon Borough Council',
      'East Sussex County Council',
      'Northamptonshire County Council',
      'Worcestershire County Council',
      'Warwickshire County Council',
      'West Sussex County Council',
      'Staffordshire County Council',
      'Lancashire County Council',
      'Bedfordshire County Council',
    ]);
    expect(list.map((n: any) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(list[4]).toEqual({ rank: 5, basis: "Children's Services Statistical Neighbour Benchmarking Tool", neighbour: { code: 'worcestershire', name: 'Worcestershire County Council', gssCode: 'E10000034' } });
  });

  it('lists the ECM outcomes taxonomy', async () => {
    const { data } = await server.gql(`{ kentEcmOutcomes { number outcome name } }`);
    expect(data.kentEcmOutcomes).toEqual([
      { number: 1, outcome: 'BE_HEALTHY', name: 'be healthy' },
      { number: 2, outcome: 'STAY_SAFE', name: 'stay safe' },
      { number: 3, outcome: 'ENJOY_AND_ACHIEVE', name: 'enjoy and achieve' },
      { number: 4, outcome: 'MAKE_A_POSITIVE_CONTRIBUTION', name: 'make a positive contribution' },
      { number: 5, outcome: 'ACHIEVE_ECONOMIC_WELLBEING', name: 'achieve economic well-being' },
    ]);
  });
});
