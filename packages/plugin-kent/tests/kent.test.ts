// Kent end to end: the real server over HTTP, on PGlite and on PostgreSQL, with only the
// Kent plugin enabled, serves both Kent documents: the schools partnership plan's key
// areas with every bullet, lead, cost and term, and the operational plan's units,
// objectives tagged with Every Child Matters outcomes, actions linked to other plans'
// targets, KPIs, risks and the rest. Expected values are taken from the documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestServer } from '../../../tests/support/servers';

const PARTNERSHIP = 'kent-herne-bay-whitstable-enjoy-and-achieve-2008-9';
const OPERATIONAL = 'kent-standards-and-achievement-operational-plan-2008-9';

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
    // The owner is named as the document names it: it prints no other name for the partnership.
    expect(plan.parties).toEqual([{ role: 'OWNER', roleText: null, party: { kind: 'GROUP', name: 'Partnership schools' } }]);
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
  it('serves every action of unit 2 (Primary) tagged ECM 3 with its accountable manager and target dates', async () => {
    const { data, errors } = await server.gql(`{
      kentActions(filter: { unit: "2", ecmOutcome: ENJOY_AND_ACHIEVE }) {
        code title timescaleText kentEcmOutcomes
        section { code parent { kind code title } kentObjective { ecmTag } }
        parties { role party { kind name } }
        kentOperationalAction { codeAsPrinted accountableManager targetDates links deliverables }
      }
    }`);
    expect(errors).toBeUndefined();
    const actions = data.kentActions;
    // Objectives 2.1 to 2.5 are tagged ECM 3 ("(ECM 3,5)", "(ECM 1,2,3,5)", "(ECM 3)"); 2.6 has no tag.
    // Rows per objective counted from the document: 13, 6, 2, 2, 5.
    expect(actions).toHaveLength(28);
    const perObjective: Record<string, number> = {};
    for (const a of actions) perObjective[a.section.code] = (perObjective[a.section.code] ?? 0) + 1;
    expect(perObjective).toEqual({ '2.1': 13, '2.2': 6, '2.3': 2, '2.4': 2, '2.5': 5 });
    for (const a of actions) {
      expect(a.section.parent).toEqual({ kind: 'UNIT', code: '2', title: 'Primary' });
      expect(a.kentEcmOutcomes).toContain('ENJOY_AND_ACHIEVE');
      expect(a.section.kentObjective.ecmTag).toMatch(/^\(ECM [\d,]*3/);
      expect(a.timescaleText).toBe(a.kentOperationalAction.targetDates || null);
    }
    const subjectLeaders = actions.find((a: any) => a.code === '2.2.2');
    expect(subjectLeaders).toMatchObject({
      title: 'Further support and develop the role of subject leaders for literacy and numeracy and science',
      timescaleText: 'March 2009',
      parties: [{ role: 'ACCOUNTABLE', party: { kind: 'PERSON', name: 'Keith Ransom' } }],
      kentOperationalAction: { codeAsPrinted: '2.2. 2', accountableManager: 'Keith Ransom', targetDates: 'March 2009', links: 'CYPP 70 ASK Unit 5.1' },
    });
    const eSafety = actions.find((a: any) => a.code === '2.5.4');
    expect(eSafety).toMatchObject({ title: 'Provide professional advice and support for schools to establish effective e-safety policies and procedures', timescaleText: 'March 2009', kentOperationalAction: { accountableManager: 'Heidi Barton' } });
    // Unit 2's untagged objective is not ECM 3.
    expect(actions.some((a: any) => a.section.code === '2.6')).toBe(false);
  });

  it('serves every action that links to Towards 2010 - Target 11', async () => {
    const { data, errors } = await server.gql(`{
      kentActions(filter: { linkedPlan: "Towards 2010", linkedTarget: "11" }) {
        code
        links { toPlanName target text }
        kentOperationalAction { links }
      }
    }`);
    expect(errors).toBeUndefined();
    // The seven rows whose "Links to other plans" cell prints "Towards 2010 target 11" / "Towards 2010 Target 11".
    expect(data.kentActions.map((a: any) => a.code)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.10', '2.3.1', '2.6.1']);
    for (const a of data.kentActions) {
      expect(a.kentOperationalAction.links).toMatch(/Towards 2010 [Tt]arget 11/);
      expect(a.links).toContainEqual({ toPlanName: 'Towards 2010', target: '11', text: expect.stringMatching(/^Towards 2010 [Tt]arget 11$/) });
    }
    const secure = data.kentActions.find((a: any) => a.code === '2.6.1');
    expect(secure.links).toEqual([
      { toPlanName: 'Towards 2010', target: '11', text: 'Towards 2010 Target 11' },
      { toPlanName: null, target: null, text: 'ASK Strategic Units – All' },
    ]);
    // Same query, the other spellings: T2010 target 10 is "Towards 2010 - 10" in unit 1.
    const t10 = await server.gql(`{ kentActions(filter: { linkedPlan: "towards 2010", linkedTarget: "10" }) { code } }`);
    expect(t10.data.kentActions.length).toBeGreaterThan(0);
    expect(t10.data.kentActions.every((a: any) => a.code.startsWith('1.'))).toBe(true);
  });

  it('serves the BVPI 40 row with all three yearly values', async () => {
    const { data, errors } = await server.gql(`{
      indicator(code: "BVPI 40") {
        code family title
        series { authority { code } plan { slug } sourceSection values { kind periodText valueText } }
      }
      plan(slug: "${OPERATIONAL}") { kentOperationalPlan { kpis { code qualifier separator description actual2006_07 estimated2007_08 target2008_09 series { indicator { code } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.indicator).toEqual({
      code: 'BVPI 40',
      family: 'BVPI',
      title: 'Percentage of pupils achieving Level 4 in Key Stage 2 Mathematics',
      series: [
        {
          authority: { code: 'kent' },
          plan: { slug: OPERATIONAL },
          sourceSection: 'Key Performance Indicators',
          values: [
            { kind: 'ACTUAL', periodText: '2006/07', valueText: '72%' },
            { kind: 'ESTIMATE', periodText: '2007/08', valueText: '73%' },
            { kind: 'TARGET', periodText: '2008/09', valueText: '82%' },
          ],
        },
      ],
    });
    const kpis = data.plan.kentOperationalPlan.kpis;
    expect(kpis.find((k: any) => k.code === 'BVPI 40')).toEqual({
      code: 'BVPI 40',
      qualifier: 'KS2',
      separator: '–',
      description: 'Percentage of pupils achieving Level 4 in Key Stage 2 Mathematics',
      actual2006_07: '72%',
      estimated2007_08: '73%',
      target2008_09: '82%',
      series: { indicator: { code: 'BVPI 40' } },
    });
    // The points score row prints no code: kept as printed, "392.5%" and all, with no series.
    expect(kpis.find((k: any) => k.code === '')).toMatchObject({ actual2006_07: '392.5%', estimated2007_08: '380%', target2008_09: '', series: null });
  });

  it('serves the two risks with their scores and bands', async () => {
    const { data, errors } = await server.gql(`{
      plan(slug: "${OPERATIONAL}") {
        risks { title description impactText likelihoodText ratingText owner { kind name } kent { impact likelihood score band currentRating accountableManagers existingControls newTasks } }
      }
    }`);
    expect(errors).toBeUndefined();
    const risks = data.plan.risks;
    expect(risks.map((r: any) => r.title)).toEqual([
      'Primary Attainment: Proposed strategies do not result in raising primary attainment',
      'Early Years Standards: Proposed strategies do not result in raising standards in Early Years and also leads to failure to achieve local and national targets',
    ]);
    for (const r of risks) {
      expect(r).toMatchObject({
        description: 'Ensure resources are focused on raising attainment and proposed strategies are in place',
        impactText: 'I = 4',
        likelihoodText: 'L = 4',
        ratingText: 'Score = 16 HIGH',
        kent: { impact: 4, likelihood: 4, score: 16, band: 'HIGH', currentRating: 'I = 4 L = 4 Score = 16 HIGH' },
      });
    }
    expect(risks[0].owner).toEqual({ kind: 'PERSON', name: 'Don Garman' });
    expect(risks[1].owner).toEqual({ kind: 'PERSON', name: 'Carol Parsons' });
    expect(risks[0].kent.accountableManagers).toBe('Don Garman Principal Adviser Primary');
    expect(risks.map((r: any) => [r.kent.existingControls.length, r.kent.newTasks.length])).toEqual([
      [6, 14],
      [3, 7],
    ]);
  });

  it('counts the operational plan per section against the document', async () => {
    const { data, errors } = await server.gql(`{
      plan(slug: "${OPERATIONAL}") {
        title periodText format
        parties { role roleText party { kind name } }
        successCriteria { text }
        sections {
          kind code title
          kentBudgets { unit lines { kind } }
          children { kind code kentObjective { ecmTag ecmOutcomes } actions { code milestones { text children { text } } links { toPlanName } } }
        }
        indicatorSeries { indicator { code } values { kind } }
        kentOperationalPlan {
          directorate division
          contents { title level }
          narrative { part heading }
          kpis { code }
          nationalIndicators { code title list series { indicator { code title } } }
          environmental { table text }
          leadRoles { planText targets { text leadOfficer } actions { number leadOfficer } }
          budgets { unit garbled lines { activity } }
          consultations { name }
          staffing { category fte2007_08 fte2008_09 }
          staffingFootnotes
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const plan = data.plan;
    expect(plan).toMatchObject({ title: 'Annual Business Unit Operational Plan 2008/9', periodText: '2008/9', format: 'kent' });
    expect(plan.parties).toEqual([
      { role: 'OWNER', roleText: 'Cabinet Member', party: { kind: 'PERSON', name: 'Chris Wells' } },
      { role: 'OWNER', roleText: 'Director', party: { kind: 'PERSON', name: 'Carol Parsons' } },
      { role: 'CONTACT', roleText: 'Unit Business Plan Contact', party: { kind: 'PERSON', name: 'Carrie Beech' } },
    ]);
    const units = plan.sections.filter((s: any) => s.kind === 'UNIT');
    expect(units.map((u: any) => [u.code, u.title])).toEqual([
      ['1', 'Early Years'],
      ['2', 'Primary'],
      ['3', 'Secondary'],
      ['4', 'Professional Development'],
      ['5', 'Improvement Partnerships'],
    ]);
    const objectives = (u: any) => u.children.filter((c: any) => c.kind === 'OBJECTIVE');
    expect(units.map((u: any) => objectives(u).length)).toEqual([5, 6, 5, 5, 6]);
    expect(units.map((u: any) => objectives(u).flatMap((o: any) => o.actions).length)).toEqual([39, 31, 17, 23, 22]);
    const actions = units.flatMap((u: any) => objectives(u).flatMap((o: any) => o.actions));
    expect(actions).toHaveLength(132);
    // Every deliverable printed; the 11 printed in nested lists (under 1.1.1, 3.5.4, 3.5.5, 5.5.2) are sub-items.
    const milestones = actions.flatMap((a: any) => a.milestones);
    expect(milestones.length + milestones.flatMap((m: any) => m.children).length).toBe(109 + 51 + 79 + 64 + 52);
    expect(milestones.flatMap((m: any) => m.children)).toHaveLength(11);
    // Objectives printed with an ECM tag: 1.3; 2.1-2.5; 3.1-3.5; 5.1, 5.2, 5.4, 5.5, 5.6.
    expect(units.flatMap((u: any) => objectives(u)).filter((o: any) => o.kentObjective.ecmTag).map((o: any) => o.code)).toEqual([
      '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '3.5', '5.1', '5.2', '5.4', '5.5', '5.6',
    ]);
    expect(units.map((u: any) => u.kentBudgets.map((b: any) => [b.unit, b.lines.length]))).toEqual([
      [['Early Years', 14]],
      [['Primary', 18]],
      // The garbled print's evident reading: 5 activities, totals, the memorandum heading, 3 memorandum items, total cost of unit.
      [['Secondary', 11]],
      [['Professional Development', 22]],
      [['Improvement Partnerships', 14]],
    ]);
    const core = plan.sections.find((s: any) => s.title === 'KEY RESPONSIBILITIES OF THE SERVICE');
    expect(core.children.map((c: any) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(plan.successCriteria).toHaveLength(9); // planned outcomes 1-9
    const k = plan.kentOperationalPlan;
    expect(k).toMatchObject({ directorate: 'Children, Families and Education Directorate', division: 'Standards and Achievement Division' });
    expect(k.contents).toHaveLength(42);
    expect(k.kpis).toHaveLength(11);
    expect(k.kpis.filter((r: any) => r.code).map((r: any) => r.code)).toEqual([
      'BVPI 41', 'BVPI 194a', 'BVPI 40', 'BVPI 194b', 'BVPI 181a', 'BVPI 181b', 'BVPI 181c', 'BVPI 181d', 'BVPI 38', 'BVPI 39',
    ]);
    expect(k.nationalIndicators.map((n: any) => n.code)).toEqual([
      'NI 74', 'NI 77', 'NI 83', 'NI 75', 'NI 78', 'NI 84', 'NI 95', 'NI 96', 'NI 97', 'NI 98',
      'NI 102', 'NI 105', 'NI 108', 'NI 72', 'NI 85', 'NI 92', 'NI 99', 'NI 100', 'NI 101', 'NI 57',
    ]);
    expect(k.nationalIndicators.map((n: any) => n.list)).toEqual([...Array(19).fill(1), 2]);
    expect(k.nationalIndicators[0].series.indicator).toEqual({ code: 'NI 74', title: k.nationalIndicators[0].title });
    // Kent's series: 10 coded KPI rows with three values each (BVPI 40 …), 20 National Indicators without values.
    expect(plan.indicatorSeries).toHaveLength(30);
    expect(plan.indicatorSeries.filter((s: any) => s.values.length === 3)).toHaveLength(10);
    expect(k.environmental.map((e: any) => e.table)).toEqual(['objective', 'objective', 'objective', 'objective', 'objective', 'action', 'action']);
    expect(k.leadRoles).toHaveLength(17);
    expect(k.leadRoles.flatMap((r: any) => r.actions.map((a: any) => a.number))).toEqual([
      '47', '49', '50', '51', '56', '7', '20', '59', '60', '62', '63', '64', '67', '68', '70', '72', '77', '81', '90', '99', '117', '122',
    ]);
    expect(k.budgets.map((b: any) => [b.unit, b.garbled])).toEqual([
      ['Secondary', true],
      ['Primary', false],
      ['Early Years', false],
      ['Improvement Partnerships', false],
      ['Professional Development', false],
    ]);
    expect(k.consultations).toHaveLength(4);
    expect(k.staffing).toEqual([
      { category: 'Pt13 and above or equivalent (FTEs)', fte2007_08: '196.5', fte2008_09: '199.7* (181.5)' },
      { category: 'Pt12 and below (FTEs)', fte2007_08: '105.6', fte2008_09: '105.6**(103.6)' },
      { category: 'TOTAL', fte2007_08: '302.1', fte2008_09: '305.3' },
      expect.objectContaining({ fte2007_08: '58.8', fte2008_09: '87.9' }),
    ]);
    expect(k.staffingFootnotes).toHaveLength(2);
    expect(k.narrative.filter((n: any) => n.part === 'narrative')).toHaveLength(31);
  });

  it('answers a nested query over the whole operational plan in a fixed number of statements', async () => {
    const q = `{ plan(slug: "${OPERATIONAL}") { sections { children { kentObjective { ecmOutcomes } actions { kentEcmOutcomes parties { party { name } } links { target } kentOperationalAction { links } } } } risks { kent { band } } } }`;
    const first = await server.gql(q);
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBeLessThanOrEqual(15);
  });
});
