import type { WorcestershireDeliveryPlanSeed } from './types';

/**
 * Worcestershire's Local Area Agreement 2008-11 delivery plan for NI 94, transcribed
 * cell by cell from source/002_00f61bf9dd842e75.txt. Text is kept exactly as printed.
 *
 * Interpretations (each also recorded on the row it concerns):
 * - Summary: the "Partners" cell starts with a stray comma; it is kept as printed
 *   (`partnersText`) and the three bodies it names are listed as partners.
 * - Indicator: the baseline cell "72% (2008)" prints its own year, taken as its period;
 *   the last column, headed "Target" and holding "Designated", is the targets' status.
 * - Activity plan, row 1: every cell sits in its own column; Resource Implications and
 *   Commentary are empty.
 * - Activity plan, rows 2 to 4: the extraction shifts the cells from the fourth column
 *   on by one place: the cell printed under "When" continues the Milestones / Success
 *   Measure column, the cell printed under "Resource Implications" ("Time scales for
 *   implementation…") is the When cell, and Resource Implications and Commentary are
 *   empty. Row 3 prints the same text under "Milestones / Success Measure" and under
 *   "When": it is read as one milestone printed twice.
 * - "Who" cells name posts and teams: "Primary phase EIA" (printed "EIAs" in row 1),
 *   "School Improvement Partners (SIPs)" (printed "SIP" in row 4) and the primary phase
 *   "consultant teams" are each one party across the rows.
 */
export const laaDeliveryPlan2008: WorcestershireDeliveryPlanSeed = {
  sourceFile: '002_00f61bf9dd842e75.txt',
  heading: 'WORCESTERSHIRE LOCAL AREA AGREEMENT 2008-11 DELIVERY PLAN',
  periodText: '2008-11',
  header: {
    sourceSection: 'HEADER',
    preparedByLabel: 'Prepared by',
    preparedBy: {
      text: 'Ray Westwood, Service Development Manager Education Performance',
      name: 'Ray Westwood',
      title: 'Service Development Manager Education Performance',
    },
    dateLabel: 'Date',
    date: 'October 2009',
  },
  summary: {
    sourceSection: 'SUMMARY',
    columns: ['Theme', 'Priority', 'Theme Group', 'Management Group Lead', 'Partners', 'Cross-Cutting Theme'],
    theme: 'Economic success that is shared by all',
    priority: 'To remove barriers to employment and improve skills in education, employment and training',
    themeGroup: "Children and Young People's Strategic Partnership",
    managementGroupLead: { text: 'Michael Hunter (WCVYS)', name: 'Michael Hunter', organisation: 'WCVYS' },
    partnersText: ',First & Primary Schools, National Primary Strategy team, Worcestershire County Council',
    partners: [
      { kind: 'GROUP', name: 'First & Primary Schools' },
      { kind: 'GROUP', name: 'National Primary Strategy team' },
      { kind: 'ORGANISATION', name: 'Worcestershire County Council' },
    ],
    crossCuttingTheme: 'Community engagement',
  },
  indicator: {
    sourceSection: 'SUMMARY',
    columns: ['Indicator', 'Description', 'Purpose', 'Indicator Lead'],
    code: 'NI 94',
    family: 'NI',
    description: 'Progression by 2 levels in Mathematics between Key Stage 1 and Key Stage 2',
    purpose:
      'To ensure that children enter the secondary phase of their education equipped with the numeracy skills which will enable them to access the curriculum',
    lead: {
      text: "Reg Moore, Worcestershire Children's services",
      name: 'Reg Moore',
      organisation: "Worcestershire Children's services",
    },
    valueColumns: ['Baseline', '2008/09 Target', '2009/10 Target', '2010/11 Target', 'Target'],
    baseline: { column: 'Baseline', period: '2008', value: '72% (2008)' },
    targets: [
      { column: '2008/09 Target', period: '2008/09', value: '84%' },
      { column: '2009/10 Target', period: '2009/10', value: '84%' },
      { column: '2010/11 Target', period: '2010/11', value: 'Not set' },
    ],
    targetStatusColumn: 'Target',
    targetStatus: 'Designated',
  },
  considerations: {
    sourceSection: 'CONSIDERATIONS',
    priorityDependencies: {
      question: 'Is this priority dependant on any other LAA priorities?',
      columns: ['LAA Priority', 'Theme Group', 'Arrangement for managing dependency'],
      rows: [
        {
          laaPriority: 'NI 73',
          themeGroup: "Children and Young People's Strategic Partnership",
          arrangement: 'To be managed through theme group',
        },
      ],
    },
    equality: {
      question: 'Have equality and diversity considerations been made?',
      answer:
        'Performance and future progress is monitored by a range of child specific characteristics including ethnicity, SEN status, children in care. The progress of all groups from assessment at age 7 is closely monitored.',
    },
    risks: {
      question: 'What are the significant risks associated with this priority?',
      columns: ['Risk', 'Current Impact', 'Current Likelihood', 'How managed'],
      rows: [
        {
          risk: "School re-organisation: newly established primary schools have a 'lead time' before teachers redeployed from another phase become fully effective",
          currentImpact: 'High',
          currentLikelihood: 'High',
          howManaged: 'Improve needs assessment/redeployment procedure and availability of CPD.',
        },
        {
          risk: "Possible 'flu pandemic will impact on provision",
          currentImpact: 'Nil',
          currentLikelihood: 'Medium',
          howManaged: 'Through Business Continuity plan',
        },
        {
          risk: 'Withdrawal of central funding for consultant teams from Apr 2011 will have major impact on capacity to support',
          currentImpact: 'Low',
          currentLikelihood: 'High',
          howManaged: "Will need to be addressed through 'Next Steps' re-structuring",
        },
      ],
    },
    policyDependencies: {
      question: 'Is this priority delivered through or dependant on any other policy, plan or strategy?',
      columns: ['Policy, plan or strategy', 'Responsible Theme Group or organisation', 'Arrangement for managing dependency'],
      rows: [{ policy: 'N/A', responsible: 'N/A', arrangement: 'N/A' }],
    },
    performanceManagement: {
      question: 'What arrangements are in place for managing performance of this priority?',
      answer:
        "Will be performance managed through the Children and Young People's Plan outcome leads, CSLt and RAAL management teams. Impact reviewed by National Primary Strategy Regional Advisers",
    },
  },
  activityPlan: {
    sourceSection: 'ACTIVITY PLAN',
    columns: ['Action', 'Who', 'Milestones / Success Measure', 'When', 'Resource Implications', 'Commentary'],
    rows: [
      {
        cells: [
          {
            column: 'Action',
            text: [
              'Improving leadership and management in schools and the LA in order to maximise the achievements of all pupils; implement ISP and SIP programmes',
            ],
          },
          { column: 'Who', text: ['Primary phase EIAs and School Improvement Partners (SIPs)'] },
          {
            column: 'Milestones / Success Measure',
            text: [
              'Deliver the NS headteacher CPD programme Day 4',
              'Embed and quality assure delivery of the School Improvement Partners (SIPs) programme;',
              'Develop the use of ISP materials in all schools at all levels of leadership.',
            ],
          },
          {
            column: 'When',
            text: ['Time scales for implementation in 2009/10 are specified in the detailed: HT CPD, SIP and ISP plans'],
          },
          { column: 'Resource Implications', text: [] },
          { column: 'Commentary', text: [] },
        ],
        action:
          'Improving leadership and management in schools and the LA in order to maximise the achievements of all pupils; implement ISP and SIP programmes',
        who: 'Primary phase EIAs and School Improvement Partners (SIPs)',
        parties: [
          { kind: 'ROLE', name: 'Primary phase EIA', printedAs: 'Primary phase EIAs' },
          { kind: 'ROLE', name: 'School Improvement Partners (SIPs)' },
        ],
        milestones: [
          'Deliver the NS headteacher CPD programme Day 4',
          'Embed and quality assure delivery of the School Improvement Partners (SIPs) programme;',
          'Develop the use of ISP materials in all schools at all levels of leadership.',
        ],
        when: ['Time scales for implementation in 2009/10 are specified in the detailed: HT CPD, SIP and ISP plans'],
        resourceImplications: [],
        commentary: [],
        interpretation: [],
      },
      {
        cells: [
          {
            column: 'Action',
            text: [
              'High quality teaching in English and mathematics. Develop teaching skills which personalise learning for children and secure appropriate progression',
            ],
          },
          { column: 'Who', text: ['Primary phase EIA and consultant teams'] },
          {
            column: 'Milestones / Success Measure',
            text: [
              'Objectives: work with schools to;',
              'increase the proportion achieving level 4 in both English and mathematics at Key Stage 2 to 78% by 2011;',
              'increase the proportion of pupils progressing by two levels in English and mathematics by 2011 at Key Stages 2',
              'secure a narrowing of the achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2',
              'secure implementation, by all schools, of the renewed Primary Framework',
            ],
          },
          {
            column: 'When',
            text: [
              'Roll-out and develop programmes to provide intensive support to primary children at risk of falling behind: Every Child a Reader (ECaR), Every Child Counts (ECC), Extend reach of Leading Teacher programme Extend Classroom Collaborative Professional Learning (CCPL)',
            ],
          },
          {
            column: 'Resource Implications',
            text: [
              'Time scales for implementation in 2009/10 are specified in the detailed:',
              'Mathematics',
              'ECC',
              'ECaR Develop LT programme',
              'plans',
            ],
          },
          { column: 'Commentary', text: [] },
        ],
        action:
          'High quality teaching in English and mathematics. Develop teaching skills which personalise learning for children and secure appropriate progression',
        who: 'Primary phase EIA and consultant teams',
        parties: [
          { kind: 'ROLE', name: 'Primary phase EIA' },
          { kind: 'GROUP', name: 'Primary phase consultant teams', printedAs: 'consultant teams' },
        ],
        milestonesIntro: 'Objectives: work with schools to;',
        milestones: [
          'increase the proportion achieving level 4 in both English and mathematics at Key Stage 2 to 78% by 2011;',
          'increase the proportion of pupils progressing by two levels in English and mathematics by 2011 at Key Stages 2',
          'secure a narrowing of the achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2',
          'secure implementation, by all schools, of the renewed Primary Framework',
          'Roll-out and develop programmes to provide intensive support to primary children at risk of falling behind: Every Child a Reader (ECaR), Every Child Counts (ECC), Extend reach of Leading Teacher programme Extend Classroom Collaborative Professional Learning (CCPL)',
        ],
        when: [
          'Time scales for implementation in 2009/10 are specified in the detailed:',
          'Mathematics',
          'ECC',
          'ECaR Develop LT programme',
          'plans',
        ],
        resourceImplications: [],
        commentary: [],
        interpretation: [
          'The "Action" cell prints its first sentence ("High quality teaching in English and mathematics.") in italics; the italic markup is layout and is not kept.',
          'The paragraph printed under "When" ("Roll-out and develop programmes…") is not a timescale: read as the last milestone, after the objectives printed under "Milestones / Success Measure".',
          'The paragraphs printed under "Resource Implications" ("Time scales for implementation in 2009/10 are specified in the detailed: Mathematics / ECC / ECaR Develop LT programme / plans") are the row\'s "When" cell, shifted one column; Resource Implications is read as empty.',
          'Commentary is empty.',
        ],
      },
      {
        cells: [
          { column: 'Action', text: ["Embedding work already underway to support Assessing Pupils' Progress"] },
          { column: 'Who', text: ['Primary phase EIA and consultant teams'] },
          {
            column: 'Milestones / Success Measure',
            text: [
              'Improve teacher understanding and use of AfL strategies including use of APP which go beyond surface features to ensure a strong focus on progress for all.',
            ],
          },
          {
            column: 'When',
            text: [
              'Improve teacher understanding and use of AfL strategies including use of APP which go beyond surface features to ensure a strong focus on progress for all.',
            ],
          },
          {
            column: 'Resource Implications',
            text: ['Time scales for implementation in 2009/10 are set out in detailed APP and AfL plans'],
          },
          { column: 'Commentary', text: [] },
        ],
        action: "Embedding work already underway to support Assessing Pupils' Progress",
        who: 'Primary phase EIA and consultant teams',
        parties: [
          { kind: 'ROLE', name: 'Primary phase EIA' },
          { kind: 'GROUP', name: 'Primary phase consultant teams', printedAs: 'consultant teams' },
        ],
        milestones: [
          'Improve teacher understanding and use of AfL strategies including use of APP which go beyond surface features to ensure a strong focus on progress for all.',
        ],
        when: ['Time scales for implementation in 2009/10 are set out in detailed APP and AfL plans'],
        resourceImplications: [],
        commentary: [],
        interpretation: [
          'The cell printed under "When" repeats the "Milestones / Success Measure" cell word for word: read as one milestone printed twice, not as a timescale.',
          'The paragraph printed under "Resource Implications" ("Time scales for implementation in 2009/10 are set out in detailed APP and AfL plans") is the row\'s "When" cell, shifted one column; Resource Implications is read as empty.',
          'Commentary is empty.',
        ],
      },
      {
        cells: [
          { column: 'Action', text: ['National Strategy Consultant support for targeted schools and clusters'] },
          { column: 'Who', text: ['Primary phase EIA , SIP and consultant teams'] },
          {
            column: 'Milestones / Success Measure',
            text: [
              'Improve the use of targeted intervention to combat underperformance or potential underperformance by individual children or groups of children',
            ],
          },
          {
            column: 'When',
            text: [
              'Challenge and support to ensure that all schools improve with a particular focus on schools below floor targets, including support for those deemed to be coasting.',
              'Improve transition between phases by developing cross-phase approaches to assessment, pupil tracking and progression.',
              'Implement aspects of the Making Good Progress Pilot.',
              'Develop use of ISP Strengthening Leadership and Governance programme with selected schools.',
            ],
          },
          {
            column: 'Resource Implications',
            text: ['Time scales for implementation in 2009/10 are set out in detailed school specific intervention plans'],
          },
          { column: 'Commentary', text: [] },
        ],
        action: 'National Strategy Consultant support for targeted schools and clusters',
        who: 'Primary phase EIA , SIP and consultant teams',
        parties: [
          { kind: 'ROLE', name: 'Primary phase EIA' },
          { kind: 'ROLE', name: 'School Improvement Partners (SIPs)', printedAs: 'SIP' },
          { kind: 'GROUP', name: 'Primary phase consultant teams', printedAs: 'consultant teams' },
        ],
        milestones: [
          'Improve the use of targeted intervention to combat underperformance or potential underperformance by individual children or groups of children',
          'Challenge and support to ensure that all schools improve with a particular focus on schools below floor targets, including support for those deemed to be coasting.',
          'Improve transition between phases by developing cross-phase approaches to assessment, pupil tracking and progression.',
          'Implement aspects of the Making Good Progress Pilot.',
          'Develop use of ISP Strengthening Leadership and Governance programme with selected schools.',
        ],
        when: ['Time scales for implementation in 2009/10 are set out in detailed school specific intervention plans'],
        resourceImplications: [],
        commentary: [],
        interpretation: [
          'The bullets printed under "When" are activities, not timescales: read as milestones following the success measure printed under "Milestones / Success Measure".',
          'The paragraph printed under "Resource Implications" ("Time scales for implementation in 2009/10 are set out in detailed school specific intervention plans") is the row\'s "When" cell, shifted one column; Resource Implications is read as empty.',
          'Commentary is empty.',
        ],
      },
    ],
  },
  ignoredLines: [
    '--------------------\t---\t-------------\t--------------',
    '---\t--',
    '--\t--',
    '---\t---\t---\t---\t---\t--',
  ],
};
