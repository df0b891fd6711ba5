// Worcestershire end to end: with only the Worcestershire plugin enabled, the real server
// over HTTP, on PGlite and on PostgreSQL, serves the LAA 2008-11 delivery plan for NI 94:
// its summary, the indicator's baseline and yearly targets with their status (in the
// core indicator catalogue, so a query across authorities finds it), the dependencies,
// equality considerations, the risk matrix on the council's High / Medium / Low / Nil
// scale, the performance-management arrangements and the activity plan with milestones.
//
// Expected values are the document's own (source/002_00f61bf9dd842e75.txt): the counts
// below were taken from the document by hand, and the printed strings are typed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laaDeliveryPlan2008 as doc } from '@council-plans/plugin-worcestershire';
import { databases, type TestServer } from '../../../tests/support/servers';
import { fromGlobalId } from '@council-plans/core';

const SLUG = 'worcestershire-laa-delivery-plan-2008-11-ni-94';

const PLAN_QUERY = /* GraphQL */ `
  query Plan($slug: String!) {
    plan(slug: $slug) {
      id
      title
      kind
      periodText
      periodStart
      periodEnd
      issuedText
      status
      format
      authority { code name gssCode }
      source { key kind }
      parties { role roleText position party { id kind name title organisation } }
      sections { kind title sourceSection }
      links { target text toPlanName }
      worcestershire {
        preparedBy
        dateText
        theme
        priority
        themeGroup
        managementGroupLead
        partnersText
        partners
        crossCuttingTheme
        priorityDependencyQuestion
        priorityDependencies { laaPriority themeGroup arrangement position }
        equalityQuestion
        equalityConsiderations
        riskQuestion
        policyDependencyQuestion
        policyDependencies { policy responsible arrangement position }
        performanceQuestion
        performanceManagement
        plan { slug }
      }
      indicatorSeries {
        indicator { code family title description unit }
        authority { code }
        lead { name kind organisation }
        purpose
        targetStatus
        sourceSection
        source { key }
        values { kind periodText valueText position }
      }
      risks {
        title
        impactText
        likelihoodText
        mitigations
        position
        sourceSection
        section { title }
        worcestershire { currentImpact currentLikelihood howManaged risk { title } }
      }
      actions {
        id
        title
        position
        timescaleText
        resourcesText
        sourceSection
        section { title }
        parties { role position party { id kind name } }
        milestones { text position timescaleText }
        worcestershire {
          action
          who
          milestonesIntro
          milestones
          whenText
          resourceImplications
          commentary
          interpretation
          cells { position column text }
          coreAction { id }
        }
      }
    }
  }
`;

/** The document's risk matrix, typed from the source: risk, current impact, current likelihood, how managed. */
const RISK_MATRIX = [
  [
    "School re-organisation: newly established primary schools have a 'lead time' before teachers redeployed from another phase become fully effective",
    'High',
    'High',
    'Improve needs assessment/redeployment procedure and availability of CPD.',
  ],
  ["Possible 'flu pandemic will impact on provision", 'Nil', 'Medium', 'Through Business Continuity plan'],
  [
    'Withdrawal of central funding for consultant teams from Apr 2011 will have major impact on capacity to support',
    'Low',
    'High',
    "Will need to be addressed through 'Next Steps' re-structuring",
  ],
];

/** The council's scale as printed, and the enum value a front end receives. */
const SCALE: Record<string, string> = { High: 'HIGH', Medium: 'MEDIUM', Low: 'LOW', Nil: 'NIL' };

/** The activity plan's "Action" cells, in printed order (markup removed). */
const ACTIONS = [
  'Improving leadership and management in schools and the LA in order to maximise the achievements of all pupils; implement ISP and SIP programmes',
  'High quality teaching in English and mathematics. Develop teaching skills which personalise learning for children and secure appropriate progression',
  "Embedding work already underway to support Assessing Pupils' Progress",
  'National Strategy Consultant support for targeted schools and clusters',
];

/** Counted in the source: 3 bullets; 4 objectives + the shifted "Roll-out…" paragraph; 1 (printed twice); 1 + 4 bullets. */
const MILESTONES_PER_ROW = [3, 5, 1, 5];

describe.each(await databases())('Worcestershire on $name', (database) => {
  let server: TestServer;
  let plan: any;
  beforeAll(async () => {
    server = await database.start({ plugins: ['worcestershire'] });
    const { data, errors } = await server.gql(PLAN_QUERY, { slug: SLUG });
    expect(errors).toBeUndefined();
    plan = data.plan;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the delivery plan with its authority, period, date and provenance', () => {
    expect(plan).toMatchObject({
      title: 'WORCESTERSHIRE LOCAL AREA AGREEMENT 2008-11 DELIVERY PLAN',
      kind: 'LAA delivery plan',
      periodText: '2008-11',
      periodStart: '2008-04-01',
      periodEnd: '2011-03-31',
      issuedText: 'October 2009',
      status: 'PUBLISHED',
      format: 'worcestershire',
      authority: { code: 'worcestershire', name: 'Worcestershire County Council', gssCode: 'E10000034' },
      source: { key: '002_00f61bf9dd842e75.txt', kind: 'SEED' },
    });
    expect(plan.sections.map((s: any) => [s.kind, s.title])).toEqual([
      ['OTHER', 'SUMMARY'],
      ['OTHER', 'CONSIDERATIONS'],
      ['OTHER', 'ACTIVITY PLAN'],
    ]);
  });

  it('serves the summary as printed, the stray comma of the Partners cell included', () => {
    expect(plan.worcestershire).toMatchObject({
      preparedBy: 'Ray Westwood, Service Development Manager Education Performance',
      dateText: 'October 2009',
      theme: 'Economic success that is shared by all',
      priority: 'To remove barriers to employment and improve skills in education, employment and training',
      themeGroup: "Children and Young People's Strategic Partnership",
      managementGroupLead: 'Michael Hunter (WCVYS)',
      partnersText: ',First & Primary Schools, National Primary Strategy team, Worcestershire County Council',
      partners: ['First & Primary Schools', 'National Primary Strategy team', 'Worcestershire County Council'],
      crossCuttingTheme: 'Community engagement',
      plan: { slug: SLUG },
    });
  });

  it("names the plan's contact, theme group, lead, partners and indicator lead as parties", () => {
    expect(plan.parties.map((p: any) => [p.role, p.roleText, p.party.kind, p.party.name])).toEqual([
      ['CONTACT', 'Prepared by', 'PERSON', 'Ray Westwood'],
      ['OWNER', 'Theme Group', 'GROUP', "Children and Young People's Strategic Partnership"],
      ['LEAD', 'Management Group Lead', 'PERSON', 'Michael Hunter'],
      ['PARTNER', 'Partners', 'GROUP', 'First & Primary Schools'],
      ['PARTNER', 'Partners', 'GROUP', 'National Primary Strategy team'],
      ['PARTNER', 'Partners', 'ORGANISATION', 'Worcestershire County Council'],
      ['LEAD', 'Indicator Lead', 'PERSON', 'Reg Moore'],
    ]);
    expect(plan.parties[0].party.title).toBe('Service Development Manager Education Performance');
    expect(plan.parties[2].party.organisation).toBe('WCVYS');
    expect(plan.parties[6].party.organisation).toBe("Worcestershire Children's services");
  });

  it("serves NI 94's baseline and each year's target with the target status", () => {
    expect(plan.indicatorSeries).toHaveLength(1);
    const [series] = plan.indicatorSeries;
    expect(series).toMatchObject({
      indicator: {
        code: 'NI 94',
        family: 'NI',
        title: 'Progression by 2 levels in Mathematics between Key Stage 1 and Key Stage 2',
        description: 'Progression by 2 levels in Mathematics between Key Stage 1 and Key Stage 2',
        unit: '%',
      },
      authority: { code: 'worcestershire' },
      lead: { name: 'Reg Moore', kind: 'PERSON', organisation: "Worcestershire Children's services" },
      purpose:
        'To ensure that children enter the secondary phase of their education equipped with the numeracy skills which will enable them to access the curriculum',
      targetStatus: 'Designated',
      sourceSection: 'SUMMARY',
      source: { key: '002_00f61bf9dd842e75.txt' },
    });
    expect(series.values).toEqual([
      { kind: 'BASELINE', periodText: '2008', valueText: '72% (2008)', position: 0 },
      { kind: 'TARGET', periodText: '2008/09', valueText: '84%', position: 1 },
      { kind: 'TARGET', periodText: '2009/10', valueText: '84%', position: 2 },
      { kind: 'TARGET', periodText: '2010/11', valueText: 'Not set', position: 3 },
    ]);
  });

  it('holds NI 94 in the core indicator catalogue, where a query across authorities finds the series', async () => {
    const { data, errors } = await server.gql(/* GraphQL */ `
      {
        indicator(code: "NI 94") { code title series { authority { name } values { kind periodText valueText } } }
        indicators(family: "NI") { code }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data.indicator.code).toBe('NI 94');
    expect(data.indicator.title).toBe(plan.indicatorSeries[0].indicator.title);
    const worcestershire = data.indicator.series.filter((s: any) => s.authority.name === 'Worcestershire County Council');
    expect(worcestershire).toHaveLength(1);
    expect(worcestershire[0].values).toEqual([
      { kind: 'BASELINE', periodText: '2008', valueText: '72% (2008)' },
      { kind: 'TARGET', periodText: '2008/09', valueText: '84%' },
      { kind: 'TARGET', periodText: '2009/10', valueText: '84%' },
      { kind: 'TARGET', periodText: '2010/11', valueText: 'Not set' },
    ]);
    // One definition: the code appears once in the catalogue.
    expect(data.indicators.filter((i: any) => i.code === 'NI 94')).toHaveLength(1);
  });

  it('serves the dependency on LAA priority NI 73 and the theme group managing it, also as a core link', () => {
    expect(plan.worcestershire.priorityDependencyQuestion).toBe('Is this priority dependant on any other LAA priorities?');
    expect(plan.worcestershire.priorityDependencies).toEqual([
      {
        laaPriority: 'NI 73',
        themeGroup: "Children and Young People's Strategic Partnership",
        arrangement: 'To be managed through theme group',
        position: 0,
      },
    ]);
    expect(plan.links).toEqual([{ target: 'NI 73', text: 'NI 73', toPlanName: null }]);
  });

  it('serves the equality considerations, the N/A policy dependency row and the performance-management arrangements', () => {
    expect(plan.worcestershire).toMatchObject({
      equalityQuestion: 'Have equality and diversity considerations been made?',
      equalityConsiderations:
        'Performance and future progress is monitored by a range of child specific characteristics including ethnicity, SEN status, children in care. The progress of all groups from assessment at age 7 is closely monitored.',
      policyDependencyQuestion: 'Is this priority delivered through or dependant on any other policy, plan or strategy?',
      performanceQuestion: 'What arrangements are in place for managing performance of this priority?',
      performanceManagement:
        "Will be performance managed through the Children and Young People's Plan outcome leads, CSLt and RAAL management teams. Impact reviewed by National Primary Strategy Regional Advisers",
    });
    expect(plan.worcestershire.policyDependencies).toEqual([{ policy: 'N/A', responsible: 'N/A', arrangement: 'N/A', position: 0 }]);
  });

  it("serves the three risks with impact and likelihood on the council's scale and how each is managed", () => {
    expect(plan.worcestershire.riskQuestion).toBe('What are the significant risks associated with this priority?');
    expect(plan.risks).toHaveLength(3);
    RISK_MATRIX.forEach(([title, impact, likelihood, howManaged], i) => {
      expect(plan.risks[i]).toEqual({
        title,
        impactText: impact,
        likelihoodText: likelihood,
        mitigations: howManaged,
        position: i,
        sourceSection: 'CONSIDERATIONS',
        section: { title: 'CONSIDERATIONS' },
        worcestershire: { currentImpact: SCALE[impact], currentLikelihood: SCALE[likelihood], howManaged, risk: { title } },
      });
    });
  });

  it('serves the activity plan rows with their parties, milestones and When cells', () => {
    expect(plan.actions.map((a: any) => a.title)).toEqual(ACTIONS);
    expect(plan.actions.map((a: any) => a.milestones.length)).toEqual(MILESTONES_PER_ROW);
    plan.actions.forEach((action: any, r: number) => {
      const row = doc.activityPlan.rows[r];
      expect(action.position).toBe(r);
      expect(action.section.title).toBe('ACTIVITY PLAN');
      expect(action.sourceSection).toBe('ACTIVITY PLAN');
      expect(action.milestones).toEqual(row.milestones.map((text, p) => ({ text, position: p, timescaleText: null })));
      expect(action.timescaleText).toBe(row.when.join('\n'));
      expect(action.resourcesText).toBeNull();
      expect(action.parties.every((p: any) => p.role === 'RESPONSIBLE')).toBe(true);
      expect(action.worcestershire).toEqual({
        action: row.action,
        who: row.who,
        milestonesIntro: row.milestonesIntro ?? null,
        milestones: row.milestones,
        whenText: row.when.join('\n'),
        resourceImplications: null,
        commentary: null,
        interpretation: row.interpretation,
        cells: row.cells.map((c, p) => ({ position: p, column: c.column, text: c.text.length ? c.text.join('\n') : null })),
        coreAction: { id: action.id },
      });
    });
    // Read from the source: row 1's timescale is printed under "When"; rows 2 to 4 print it
    // one column to the right, under "Resource Implications".
    expect(plan.actions.map((a: any) => a.timescaleText)).toEqual([
      'Time scales for implementation in 2009/10 are specified in the detailed: HT CPD, SIP and ISP plans',
      'Time scales for implementation in 2009/10 are specified in the detailed:\nMathematics\nECC\nECaR Develop LT programme\nplans',
      'Time scales for implementation in 2009/10 are set out in detailed APP and AfL plans',
      'Time scales for implementation in 2009/10 are set out in detailed school specific intervention plans',
    ]);
    expect(plan.actions[0].milestones[0].text).toBe('Deliver the NS headteacher CPD programme Day 4');
    expect(plan.actions[1].worcestershire.milestonesIntro).toBe('Objectives: work with schools to;');
    expect(plan.actions[1].milestones[4].text).toMatch(/^Roll-out and develop programmes to provide intensive support/);
    expect(plan.actions[3].milestones[4].text).toBe('Develop use of ISP Strengthening Leadership and Governance programme with selected schools.');
  });

  it('keeps every printed cell where the document prints it, shifted cells included', () => {
    const cells = plan.actions.map((a: any) => a.worcestershire.cells);
    expect(cells.map((row: any[]) => row.map((c) => c.column))).toEqual(Array(4).fill(doc.activityPlan.columns));
    // Row 2 prints "Roll-out…" under When; row 3 repeats its milestone under When.
    expect(cells[1][3].text).toMatch(/^Roll-out and develop programmes/);
    expect(cells[2][3].text).toBe(cells[2][2].text);
    expect(cells[3][4].text).toBe('Time scales for implementation in 2009/10 are set out in detailed school specific intervention plans');
    // Commentary is empty in every row; Resource Implications only in row 1 (the others hold the shifted When).
    expect(cells.map((row: any[]) => row[5].text)).toEqual([null, null, null, null]);
    expect(cells[0][4].text).toBeNull();
    // Each reading of a shifted cell is recorded on its row.
    expect(plan.actions.map((a: any) => a.worcestershire.interpretation.length > 0)).toEqual([false, true, true, true]);
  });

  it('makes a body named in several Who cells one party', async () => {
    const ids = (name: string) =>
      new Set(plan.actions.flatMap((a: any) => a.parties.filter((p: any) => p.party.name === name).map((p: any) => p.party.id)));
    const rowsNaming = (name: string) => plan.actions.filter((a: any) => a.parties.some((p: any) => p.party.name === name)).length;
    expect(ids('Primary phase EIA').size).toBe(1);
    expect(rowsNaming('Primary phase EIA')).toBe(4);
    expect(ids('Primary phase consultant teams').size).toBe(1);
    expect(rowsNaming('Primary phase consultant teams')).toBe(3);
    expect(ids('School Improvement Partners (SIPs)').size).toBe(1);
    expect(rowsNaming('School Improvement Partners (SIPs)')).toBe(2);
    const { data } = await server.gql(`{ actions(first: 50, filter: { authorityCode: "worcestershire" }) { totalCount } }`);
    expect(data.actions.totalCount).toBe(4);
  });

  it('counts the seeded rows against the document', async () => {
    const prisma = server.db.prisma;
    const planId = fromGlobalId(plan.id)!.id;
    const actionIds = plan.actions.map((a: any) => fromGlobalId(a.id)!.id);
    const deliveryPlan = await prisma.worcestershireDeliveryPlan.findUniqueOrThrow({ where: { planId } });
    const activities = await prisma.worcestershireActivity.findMany({ where: { actionId: { in: actionIds } } });
    expect({
      planParties: await prisma.planParty.count({ where: { planId } }),
      sections: await prisma.planSection.count({ where: { planId } }),
      series: await prisma.indicatorSeries.count({ where: { planId } }),
      indicatorValues: await prisma.indicatorValue.count({ where: { series: { planId } } }),
      priorityDependencies: await prisma.worcestershirePriorityDependency.count({ where: { deliveryPlanId: deliveryPlan.id } }),
      policyDependencies: await prisma.worcestershirePolicyDependency.count({ where: { deliveryPlanId: deliveryPlan.id } }),
      planLinks: await prisma.planLink.count({ where: { fromPlanId: planId } }),
      risks: await prisma.risk.count({ where: { planId } }),
      riskAssessments: await prisma.worcestershireRiskAssessment.count({ where: { risk: { planId } } }),
      actions: await prisma.action.count({ where: { planId } }),
      activities: activities.length,
      activityCells: await prisma.worcestershireActivityCell.count({ where: { activityId: { in: activities.map((a: { id: number }) => a.id) } } }),
      actionParties: await prisma.actionParty.count({ where: { actionId: { in: actionIds } } }),
      milestones: await prisma.milestone.count({ where: { actionId: { in: actionIds } } }),
      worcestershireParties: await prisma.responsibleParty.count({ where: { authority: { code: 'worcestershire' } } }),
    }).toEqual({
      // Prepared by, theme group, management group lead, 3 partners, indicator lead.
      planParties: 7,
      // SUMMARY, CONSIDERATIONS, ACTIVITY PLAN.
      sections: 3,
      series: 1,
      // Baseline and three yearly targets.
      indicatorValues: 4,
      priorityDependencies: 1,
      policyDependencies: 1,
      planLinks: 1,
      risks: 3,
      riskAssessments: 3,
      actions: 4,
      activities: 4,
      // Six columns in each of four rows.
      activityCells: 24,
      // Who: 2 + 2 + 2 + 3 bodies.
      actionParties: 9,
      milestones: 14,
      // 7 plan parties + Primary phase EIA, School Improvement Partners (SIPs), Primary phase consultant teams.
      worcestershireParties: 10,
    });
  });

  it('batches every Worcestershire relation: the statements do not grow with the rows', async () => {
    const q = /* GraphQL */ `
      query($slug: String!) {
        plan(slug: $slug) {
          worcestershire { priorityDependencies { laaPriority } policyDependencies { policy } }
          risks { worcestershire { currentImpact risk { title } } }
          actions { worcestershire { who cells { column text } coreAction { title } } }
        }
      }
    `;
    const before = await server.gql(q, { slug: SLUG });
    expect(before.errors).toBeUndefined();
    const prisma = server.db.prisma;
    const planId = fromGlobalId(plan.id)!.id;
    for (let i = 0; i < 5; i++) {
      const risk = await prisma.risk.create({ data: { planId, title: `Synthetic risk ${i}`, position: 10 + i } });
      await prisma.worcestershireRiskAssessment.create({ data: { riskId: risk.id, currentImpact: 'LOW', currentLikelihood: 'NIL', howManaged: 'x' } });
      const action = await prisma.action.create({ data: { planId, title: `Synthetic action ${i}`, position: 10 + i } });
      const activity = await prisma.worcestershireActivity.create({ data: { actionId: action.id, action: 'a', who: 'w', milestones: [], interpretation: [] } });
      await prisma.worcestershireActivityCell.create({ data: { activityId: activity.id, position: 0, column: 'Action', text: 'a' } });
    }
    const after = await server.gql(q, { slug: SLUG });
    expect(after.errors).toBeUndefined();
    expect(after.data.plan.risks).toHaveLength(8);
    expect(after.data.plan.actions).toHaveLength(9);
    expect(after.statements).toBe(before.statements);
  });
});

describe.each(await databases())('Worcestershire disabled on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    // Enabled first (its migrations and seed ran), then disabled on the same database.
    const enabled = await database.start({ plugins: ['worcestershire'], persist: true });
    server = await enabled.restart({ plugins: ['peterborough'] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("leaves the plugin's fields out of the schema but keeps the council's core data", async () => {
    const withField = await server.gql(`{ plan(slug: "${SLUG}") { worcestershire { theme } } }`);
    expect(withField.errors?.[0].message).toMatch(/worcestershire/);
    const core = await server.gql(`{ plan(slug: "${SLUG}") { actions { title } risks { impactText } } }`);
    expect(core.errors).toBeUndefined();
    expect(core.data.plan.actions.map((a: any) => a.title)).toEqual(ACTIONS);
    expect(core.data.plan.risks.map((r: any) => r.impactText)).toEqual(RISK_MATRIX.map((r) => r[1]));
  });
});
