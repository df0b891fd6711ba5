import type { PlymouthPlanSeed } from './types';

/**
 * Plymouth's "Action Plan to improve pupil outcomes across key stages", April 2018,
 * transcribed cell by cell from source/004_c17579714ac7a451.txt. Text is kept exactly as
 * printed; rows split by a page break are rejoined.
 *
 * Parties: one per real body or officer however the document prints it. An
 * abbreviation and its expansion are one body ("PEB" = "Plymouth Education Board (PEB)"
 * = "Plymouth Education Board"; "PTSA" = "Plymouth Teaching Schools Alliance"; "HTs" =
 * "Head Teachers"; "DFE" = "DfE"; "RSC" / "RSCs officer" = "Regional School
 * Commissioner's Office"), and so are a name's singular and plural or its case
 * ("Leadership Adviser(s)", "LA officers" / "LA Officers", "Principal adviser" /
 * "Principal Adviser"). Two different boards are never one: the PTSA Operational and
 * Strategic Boards, the School to School Operational and Strategic Boards and the
 * Plymouth Education Board are five parties; so are "Head of School Improvement" and
 * "Head of Special School Improvement", the LA (the authority) and its officers, and
 * the two Leadership Advisers printed with a named responsibility.
 */
export const actionPlan2018: PlymouthPlanSeed = {
  sourceFile: '004_c17579714ac7a451.txt',
  heading: 'Education, Participation and Skills – Action Plan to improve pupil outcomes across key stages – April, 2018.',
  issuedText: 'April, 2018',
  purposeLabel: 'Overall purpose:',
  purpose:
    'To contribute to the improvement of educational outcomes in all schools and settings by bringing key parts of the school improvement system together to address the challenges identified.',
  contextLabel: 'Context:',
  context: [
    'Using a number of indicators, the attainment and progress of our children, pupils and young people show improvement over time. However, it is also true that some indicators show that the outcomes of children and young people fall below that of similar pupils nationally. Further, performance data reveals that there is significant variation between different key stages and the performance of different groups of pupils including boys and girls, disadvantaged and non-disadvantaged pupils, and pupils with Special Education Needs and disabilities.',
    'This action plan identifies the key actions taking place that encompass all groups of children, pupils and young people. It includes actions that directly involve LA Officers, and also actions where the local authority has effectively commissioned support and fulfils the role of monitoring and evaluating the work of its partners e.g. School to School support arrangements involving the Plymouth Teaching Schools Alliance.',
  ],
  parties: {
    PEB: { kind: 'GROUP', name: 'Plymouth Education Board' },
    PTSA: { kind: 'ORGANISATION', name: 'Plymouth Teaching Schools Alliance' },
    PTSA_OPERATIONAL: { kind: 'GROUP', name: 'PTSA Operational Board' },
    PTSA_STRATEGIC: { kind: 'GROUP', name: 'PTSA Strategic Board' },
    S2S_OPERATIONAL: { kind: 'GROUP', name: 'School to School Operational Board' },
    S2S_STRATEGIC: { kind: 'GROUP', name: 'School to School Strategic Board' },
    HEAD_OF_SCHOOL_IMPROVEMENT: { kind: 'ROLE', name: 'Head of School Improvement' },
    HEAD_OF_SPECIAL_SCHOOL_IMPROVEMENT: { kind: 'ROLE', name: 'Head of Special School Improvement' },
    SENIOR_EDUCATION_ADVISER: { kind: 'ROLE', name: 'Senior Education Adviser' },
    THEME_GROUP_CHAMPIONS: { kind: 'ROLE', name: 'Theme group champions' },
    CHILD_POVERTY_THEME_GROUPS: { kind: 'GROUP', name: 'Child Poverty theme groups of Narrowing the Gap and families' },
    HCQM_OFFICER: { kind: 'ROLE', name: 'HCQM Officer' },
    RAISING_ATTAINMENT_LEAD: { kind: 'ROLE', name: 'Raising Attainment and Narrowing the Gap Lead Officer' },
    HEAD_TEACHERS: { kind: 'ROLE', name: 'Head Teachers' },
    HEAD_OF_EARLY_YEARS: { kind: 'ROLE', name: 'Head of Early Years' },
    EARLY_YEARS_ADVISORY_TEACHERS: { kind: 'ROLE', name: 'Early Years Advisory Teachers' },
    CHALLENGE_PARTNERS: { kind: 'ORGANISATION', name: 'Challenge Partners' },
    INDEPENDENT_EVALUATOR: { kind: 'ROLE', name: 'Independent evaluator' },
    RSC: { kind: 'ORGANISATION', name: "Regional School Commissioner's Office" },
    NATIONAL_SCHOOL: { kind: 'ORGANISATION', name: "National School'" },
    LEADERSHIP_ADVISER_EMA: { kind: 'ROLE', name: 'Leadership Adviser responsible for Ethnic Minority Achievement' },
    LEADERSHIP_ADVISER_ASSESSMENT: { kind: 'ROLE', name: 'Leadership Adviser responsible for assessment' },
    LEADERSHIP_ADVISER: { kind: 'ROLE', name: 'Leadership Adviser' },
    DFE: { kind: 'ORGANISATION', name: 'DfE' },
    STA: { kind: 'ORGANISATION', name: 'STA' },
    LA: { kind: 'ORGANISATION', name: 'LA' },
    LA_OFFICERS: { kind: 'ROLE', name: 'LA Officers' },
    PARTNERS: { kind: 'GROUP', name: 'Partners' },
    TEACHING_SCHOOLS: { kind: 'GROUP', name: 'Teaching schools' },
    TEACHING_SCHOOL_ALLIANCES: { kind: 'GROUP', name: 'Teaching School Alliances' },
    MATS: { kind: 'GROUP', name: 'MATs' },
    PRINCIPAL_ADVISER: { kind: 'ROLE', name: 'Principal Adviser' },
    CEO: { kind: 'ROLE', name: 'CEO' },
    CEOS: { kind: 'GROUP', name: 'CEOs' },
    SAS_TEAM: { kind: 'GROUP', name: 'SAS Team' },
    ASSISTANT_DIRECTOR: { kind: 'ROLE', name: 'Assistant Director' },
    POST_16_PARTNERSHIP: { kind: 'GROUP', name: 'Post 16 Partnership' },
    STEM_COORDINATOR: { kind: 'ROLE', name: 'STEM Co-ordinator' },
    HEAD_OF_SKILLS: { kind: 'ROLE', name: 'Head of Skills' },
    POST_16_COORDINATOR: { kind: 'ROLE', name: 'Post 16 Co-ordinator' },
    EMPLOYER_GROUP: { kind: 'GROUP', name: 'Employer Group' },
    POST_16_SCHOOL_COORDINATORS: { kind: 'ROLE', name: 'Post 16 School Co-ordinators' },
  },
  themes: [
    {
      title: 'To make sure all children are ready for school',
      columns: ['Objectives', 'Actions', 'Responsible', 'Timescale/ Resources', 'Success Criteria', 'Monitoring', 'Evaluation'],
      rows: [
        {
          objective: 'To support families to enable their children into school.',
          actions: [
            'Child Poverty (CP) theme group focuses on parenting skills and adult literacy/numeracy (dependent on funding). Refer to CP plan.',
          ],
          responsible: {
            entries: ['Child Poverty theme groups of Narrowing the Gap and families.'],
            parties: [{ party: 'CHILD_POVERTY_THEME_GROUPS', printed: 'Child Poverty theme groups of Narrowing the Gap and families' }],
          },
          timescaleResources: [
            {
              printed: 'Dependent on funding from business sector. Refer to CP plan.',
              parts: [{ kind: 'FUNDING', text: 'Dependent on funding from business sector. Refer to CP plan.' }],
            },
          ],
          successCriteria: [
            'Basic literacy, numeracy and social skills of children increased. Parenting skills increased in terms of effectively preparing children to be ready for school.',
          ],
          monitoring: { entries: ['Theme group champions.'], parties: [{ party: 'THEME_GROUP_CHAMPIONS', printed: 'Theme group champions' }] },
          evaluation: { entries: ['Senior Education Adviser.'], parties: [{ party: 'SENIOR_EDUCATION_ADVISER', printed: 'Senior Education Adviser' }] },
        },
        {
          objective: 'Ensure all children are happy and healthy and ready to learn',
          actions: ['Support every school to attain the Healthy Child Quality Mark.'],
          responsible: { entries: ['HCQM Officer.'], parties: [{ party: 'HCQM_OFFICER', printed: 'HCQM Officer' }] },
          timescaleResources: [
            {
              printed: 'Refer to Public Health linked success criteria sets.',
              parts: [{ kind: 'UNSPLIT', text: 'Refer to Public Health linked success criteria sets.' }],
            },
          ],
          successCriteria: ['Refer to Public Health linked success criteria sets'],
          monitoring: {
            entries: ['Raising Attainment and Narrowing the Gap Lead Officer.'],
            parties: [{ party: 'RAISING_ATTAINMENT_LEAD', printed: 'Raising Attainment and Narrowing the Gap Lead Officer' }],
          },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
      ],
    },
    {
      title: 'Improve the quality of teaching and learning',
      columns: ['Objectives', 'Actions', 'Responsible', 'Timescale/ Resources', 'Success Criteria', 'Monitoring', 'Evaluation'],
      rows: [
        {
          objective: 'Improve the quality of teaching and learning of pupils with speech and language difficulties',
          actions: ['Continue to implement the Oracy Project involving 31 schools.'],
          responsible: {
            entries: ['Head Teachers and PTSA.'],
            parties: [
              { party: 'HEAD_TEACHERS', printed: 'Head Teachers' },
              { party: 'PTSA', printed: 'PTSA' },
            ],
          },
          timescaleResources: [
            {
              printed: '£374,000 funding secured. Two years.',
              parts: [
                { kind: 'FUNDING', text: '£374,000 funding secured.' },
                { kind: 'TIMESCALE', text: 'Two years.' },
              ],
            },
          ],
          successCriteria: [
            'Improved levels of attainment and progress in literacy, across key stages especially for the most able and disadvantaged. Improved attendance. Reduced rates of exclusion.',
          ],
          monitoring: {
            entries: ['School to School Operational Board.'],
            parties: [{ party: 'S2S_OPERATIONAL', printed: 'School to School Operational Board' }],
          },
          evaluation: {
            entries: ['School to School Strategic Board/Plymouth Education Board (PEB).'],
            parties: [
              { party: 'S2S_STRATEGIC', printed: 'School to School Strategic Board' },
              { party: 'PEB', printed: 'Plymouth Education Board (PEB)' },
            ],
          },
        },
        {
          objective: 'Improve the quality of teaching and learning of numeracy skills for children under 5.',
          actions: ['Successfully bid to develop the numeracy skills of children in the early years.'],
          responsible: { entries: ['Head of Early Years.'], parties: [{ party: 'HEAD_OF_EARLY_YEARS', printed: 'Head of Early Years' }] },
          timescaleResources: [{ printed: '£46,170 funding.', parts: [{ kind: 'FUNDING', text: '£46,170 funding.' }] }],
          successCriteria: ['Numeracy levels of all pupils increase but with a particular focus on pupils eligible for Free School Meals.'],
          monitoring: {
            entries: ['Early Years Advisory Teachers.'],
            parties: [{ party: 'EARLY_YEARS_ADVISORY_TEACHERS', printed: 'Early Years Advisory Teachers' }],
          },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
        {
          objective: 'Improve the quality of teaching and learning experienced by disadvantaged pupils',
          actions: [
            "5 schools in partnership with 'Challenge Partners' organisation. Implement a 'Challenge the Gap' project designed to improve teaching and learning.",
          ],
          responsible: {
            entries: ['Head Teachers from participating schools.'],
            parties: [{ party: 'HEAD_TEACHERS', printed: 'Head Teachers from participating schools' }],
          },
          timescaleResources: [
            {
              printed: '12 Month project begun in September, 2017.',
              parts: [{ kind: 'TIMESCALE', text: '12 Month project begun in September, 2017.' }],
            },
          ],
          successCriteria: ['Gaps in attainment and progress between disadvantaged and non-disadvantaged pupils will narrow.'],
          monitoring: { entries: ["'Challenge Partners'."], parties: [{ party: 'CHALLENGE_PARTNERS', printed: 'Challenge Partners' }] },
          evaluation: { entries: ['Independent evaluator.'], parties: [{ party: 'INDEPENDENT_EVALUATOR', printed: 'Independent evaluator' }] },
        },
        {
          objective: 'Improve the quality of teaching and learning experienced by disadvantaged pupils (2.)',
          actions: [
            'Schools to work with an Education Specialist in raising attainment of disadvantaged pupils and to work with high performing schools to improve classroom practice and learning strategies.',
          ],
          responsible: {
            entries: ['Head Teachers from participating Schools.'],
            parties: [{ party: 'HEAD_TEACHERS', printed: 'Head Teachers from participating Schools' }],
          },
          timescaleResources: [{ printed: 'To begin in April, 2018.', parts: [{ kind: 'TIMESCALE', text: 'To begin in April, 2018.' }] }],
          successCriteria: ['Gaps in attainment and progress between disadvantaged and non-disadvantaged pupils will narrow.'],
          monitoring: {
            entries: ["Regional School Commissioner's Office."],
            parties: [{ party: 'RSC', printed: "Regional School Commissioner's Office" }],
          },
          evaluation: { entries: ["National School'"], parties: [{ party: 'NATIONAL_SCHOOL', printed: "National School'" }] },
        },
        {
          objective: 'EMAT To diminish the attainment gap for children learning EAL (including ASR children)',
          numbered: true,
          actions: [
            'Provide a high quality EMA Team service for schools to buy in specialist learning support for EAL/ASR children.',
            'Monitor reported racist incidents in schools and support schools in eliminating racism and ensuring equitable learning environments for BME children.',
          ],
          responsible: {
            entries: ['Leadership Adviser responsible for Ethnic Minority Achievement .'],
            parties: [{ party: 'LEADERSHIP_ADVISER_EMA', printed: 'Leadership Adviser responsible for Ethnic Minority Achievement' }],
          },
          timescaleResources: [
            {
              printed: 'Ongoing, traded service',
              parts: [
                { kind: 'TIMESCALE', text: 'Ongoing,' },
                { kind: 'FUNDING', text: 'traded service' },
              ],
            },
            {
              printed: 'Ongoing, Leadership Adviser time/quarterly data collection & analysis and support for schools when required.',
              parts: [
                { kind: 'TIMESCALE', text: 'Ongoing,' },
                { kind: 'RESOURCES', text: 'Leadership Adviser time/quarterly data collection & analysis and support for schools when required.' },
              ],
            },
          ],
          successCriteria: [
            'EAL/ASR pupils make more than expected rates of progress in order to reach national standards at the end of key stages and/in national exams Teachers are supported in developing enhanced skills in teaching EAL children.',
            'Schools are supported in developing knowledge, skills and systems to effectively eliminate institutionalised racism.',
          ],
          monitoring: {
            entries: [
              'City assessment data indicates that EAL pupils achieve national standards – annual data analysis by Leadership Adviser.',
              'Quarterly analysis of racist incident data and report to Safeguarding Board by Leadership Adviser.',
            ],
            parties: [{ party: 'LEADERSHIP_ADVISER', printed: 'Leadership Adviser' }],
          },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
        {
          objective: 'Assessment To carry out statutory duty in assessment monitoring and moderation.',
          actions: [
            'Provide training for schools to ensure all teachers understand how to carry out assessments in line with national standards. To manage statutory test monitoring and external moderation.',
          ],
          responsible: {
            entries: ['Leadership Adviser responsible for assessment.'],
            parties: [{ party: 'LEADERSHIP_ADVISER_ASSESSMENT', printed: 'Leadership Adviser responsible for assessment' }],
          },
          timescaleResources: [
            {
              printed:
                'Annual training for schools and traded for academies Annual test monitoring and assessment moderation for school and traded to academies. Reporting to the DfE/STA.',
              parts: [
                {
                  kind: 'UNSPLIT',
                  text: 'Annual training for schools and traded for academies Annual test monitoring and assessment moderation for school and traded to academies. Reporting to the DfE/STA.',
                },
              ],
            },
          ],
          successCriteria: [
            'All schools are able to carry out accurate assessment which impacts on planning for future learning. All assessment reported at the end of Y1, KS1/2 is accurate and supports school action planning for learning.',
          ],
          monitoring: {
            entries: ['DfE/STA regular annual monitoring of LA planning and practice.'],
            parties: [
              { party: 'DFE', printed: 'DfE' },
              { party: 'STA', printed: 'STA' },
            ],
          },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
      ],
    },
    {
      title: 'Improve the quality of leadership and management',
      columns: ['Objective', 'Action', 'Responsible', 'Timescale/ Resources', 'Success Criteria', 'Monitoring', 'Evaluation'],
      rows: [
        {
          objective: 'Improve the quality of leadership and management at all levels.',
          actions: ['Direct support from LA officers for maintained schools below floor standards'],
          responsible: {
            entries: ['Head of School Improvement'],
            parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }],
          },
          timescaleResources: [
            {
              printed: 'Termly meetings. Up to £5,000 for bespoke support.',
              parts: [
                { kind: 'TIMESCALE', text: 'Termly meetings.' },
                { kind: 'FUNDING', text: 'Up to £5,000 for bespoke support.' },
              ],
            },
          ],
          successCriteria: ['Results in 2018 will place schools above floor standards'],
          monitoring: { entries: ['Leadership Adviser'], parties: [{ party: 'LEADERSHIP_ADVISER', printed: 'Leadership Adviser' }] },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
        {
          objective: null,
          actions: [
            'Securing bid to improve school governance and leadership at all levels in secondary schools (18 schools involved). Draws on best practice from industry.',
          ],
          responsible: {
            entries: ['Plymouth Teaching Schools Alliance lead on this. Supported by other teaching schools and LA. MATs and LA'],
            parties: [
              { party: 'PTSA', printed: 'Plymouth Teaching Schools Alliance' },
              { party: 'TEACHING_SCHOOLS', printed: 'teaching schools', role: 'SUPPORT' },
              { party: 'LA', printed: 'LA', role: 'SUPPORT' },
              { party: 'MATS', printed: 'MATs', role: 'SUPPORT' },
            ],
          },
          timescaleResources: [
            {
              printed: '£15,000 per school. 18 month project.',
              parts: [
                { kind: 'FUNDING', text: '£15,000 per school.' },
                { kind: 'TIMESCALE', text: '18 month project.' },
              ],
            },
          ],
          successCriteria: ['KS4 attainment will rise and be close to national averages'],
          monitoring: { entries: ['PTSA Operational Board.'], parties: [{ party: 'PTSA_OPERATIONAL', printed: 'PTSA Operational Board' }] },
          evaluation: { entries: ['Plymouth Education Board (PEB).'], parties: [{ party: 'PEB', printed: 'Plymouth Education Board (PEB)' }] },
        },
        {
          objective: null,
          actions: ['Making and securing a bid to improve the quality of leadership'],
          responsible: { entries: ['PTSA'], parties: [{ party: 'PTSA', printed: 'PTSA' }] },
          timescaleResources: [{ printed: 'To be determined', parts: [{ kind: 'UNSPLIT', text: 'To be determined' }] }],
          successCriteria: ['Funding secured and impact clear on improving outcomes for disadvantaged pupils'],
          monitoring: {
            entries: ['Principal Adviser/CEO'],
            parties: [
              { party: 'PRINCIPAL_ADVISER', printed: 'Principal Adviser' },
              { party: 'CEO', printed: 'CEO' },
            ],
          },
          evaluation: { entries: ['PEB'], parties: [{ party: 'PEB', printed: 'PEB' }] },
        },
        {
          objective: null,
          actions: [
            'Head Teachers of good and outstanding schools to support leaders and teachers in schools judged to be less than good. School to school support (S2S). Support package for maintained schools implemented. This Includes meetings with the RSCs office to review the progress of both academies and maintained schools and identify other sources of support',
          ],
          responsible: {
            entries: ['Principal adviser RSCs officer/LA'],
            parties: [
              { party: 'PRINCIPAL_ADVISER', printed: 'Principal adviser' },
              { party: 'RSC', printed: 'RSCs officer' },
              { party: 'LA', printed: 'LA' },
            ],
          },
          timescaleResources: [
            {
              printed: 'Funding varies from school to school. Up to £, 5000',
              parts: [{ kind: 'FUNDING', text: 'Funding varies from school to school. Up to £, 5000' }],
            },
          ],
          successCriteria: [
            'Number of schools judged good or better by Ofsted increases. Quality of leadership and management improves (at all levels).',
          ],
          monitoring: {
            entries: ['PTSA Operational Board. Leadership Advisers.'],
            parties: [
              { party: 'PTSA_OPERATIONAL', printed: 'PTSA Operational Board' },
              { party: 'LEADERSHIP_ADVISER', printed: 'Leadership Advisers' },
            ],
          },
          evaluation: {
            entries: ['PTSA Strategic Board. Head of School Improvement.'],
            parties: [
              { party: 'PTSA_STRATEGIC', printed: 'PTSA Strategic Board' },
              { party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' },
            ],
          },
        },
        {
          objective:
            'Target support to schools where pupils with SEND make less than nationally-expected progress and / or where leadership and management of SEND is identified as requiring improvement',
          actions: [
            'Scrutinise data, including Ofsted, ASP, FFT and LA-prepared data to identify specific schools Plan response Focus school meetings to happen 6x year.',
          ],
          responsible: { entries: ['SAS Team.'], parties: [{ party: 'SAS_TEAM', printed: 'SAS Team' }] },
          timescaleResources: [{ printed: 'Ongoing.', parts: [{ kind: 'TIMESCALE', text: 'Ongoing.' }] }],
          successCriteria: [
            'Under performing schools are identified and response is formalised with relevant Head Teacher aware. Identified schools take action to ensure SEND pupils make expected progress Key trends identified and addressed through SENCO briefings.',
          ],
          monitoring: { entries: ['Focus Group Meetings.'], parties: [] },
          evaluation: {
            entries: ['Head of Special School Improvement.'],
            parties: [{ party: 'HEAD_OF_SPECIAL_SCHOOL_IMPROVEMENT', printed: 'Head of Special School Improvement' }],
          },
        },
        {
          objective: 'Improve the quality of management of SEND provision.',
          actions: [
            'Utilise LAIT and census data to inform planning Carry out SEND Audits 3 year rolling programme Feedback provided to HTs via Schools Forum. Feedback provided to SENCOs via briefings Feedback provided to HoS through relevant channels Key audit findings are shared.',
          ],
          responsible: { entries: ['Leadership Advisers'], parties: [{ party: 'LEADERSHIP_ADVISER', printed: 'Leadership Advisers' }] },
          timescaleResources: [{ printed: 'Ongoing', parts: [{ kind: 'TIMESCALE', text: 'Ongoing' }] }],
          successCriteria: ['Year on year audit findings demonstrate progress towards addressing SF identified criteria year on year.'],
          monitoring: { entries: ['Arrow Meetings.'], parties: [] },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
        {
          objective: 'To ensure clarity and transparency around expectations for provision in order to meet the needs of all pupils.',
          actions: [
            'Support schools and settings in developing and reviewing their SEN Information reports in line with national expectations Continue to develop in partnership with schools the Local Offer.',
          ],
          responsible: { entries: ['Leadership Advisers.'], parties: [{ party: 'LEADERSHIP_ADVISER', printed: 'Leadership Advisers' }] },
          timescaleResources: [{ printed: 'Ongoing.', parts: [{ kind: 'TIMESCALE', text: 'Ongoing.' }] }],
          successCriteria: [
            'SEN Audits demonstrate that practice is implemented consistently across city schools. Progress for pupils with SEND demonstrates a trend of improvement.',
          ],
          monitoring: { entries: ['Local Area Inspection preparatory plans'], parties: [] },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
        {
          objective: 'To provide relevant, high quality and targeted training and support to senior and middle leaders.',
          actions: [
            'Deliver the National Award for SEN Coordination in partnership with Plymouth University Design and update relevant training sessions and disseminate across the city. Provide training for school leaders, including Governors and new HTs around statutory duties and LA SEND Inspection framework Provide responsive support as required to schools and settings.',
          ],
          responsible: { entries: ['Leadership Advisers.'], parties: [{ party: 'LEADERSHIP_ADVISER', printed: 'Leadership Advisers' }] },
          timescaleResources: [{ printed: 'Ongoing.', parts: [{ kind: 'TIMESCALE', text: 'Ongoing.' }] }],
          successCriteria: [
            'All Plymouth SENCOs have their practice underpinned by relevant up to date research. SEN audits demonstrate consistency of practice including specific training outcomes.',
          ],
          monitoring: { entries: ['Training evaluations. Course take up numbers'], parties: [] },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
      ],
    },
    {
      title: 'Secure system improvement',
      columns: ['Objective', 'Action', 'Responsible', 'Timescale/ Resources', 'Success Criteria', 'Monitoring', 'Evaluation'],
      rows: [
        {
          objective:
            'Establish a clear strategic vision for education and a robust model of accountability for all schools (including academies).',
          actions: ['Establish and embed a Board of Education with key partners.'],
          responsible: {
            entries: ['LA Officers and partners.'],
            parties: [
              { party: 'LA_OFFICERS', printed: 'LA Officers' },
              { party: 'PARTNERS', printed: 'partners' },
            ],
          },
          timescaleResources: [{ printed: 'By July 2018. Meet 4x a year.', parts: [{ kind: 'TIMESCALE', text: 'By July 2018. Meet 4x a year.' }] }],
          successCriteria: [
            'Plymouth Education Board (PEB) establish with clear terms of reference and action plan in place. Revised process for challenge and support agreed by all partners and implemented. CEOs meet with clear agendas and action points. Head Teachers meet with clear agendas and action points.',
          ],
          // One cell printed across the objective's four rows (board, challenge and support, CEO meetings, head teachers' meetings).
          successCriteriaSpan: 4,
          monitoring: {
            entries: ['LA/RSC'],
            parties: [
              { party: 'LA', printed: 'LA' },
              { party: 'RSC', printed: 'RSC' },
            ],
          },
          evaluation: {
            entries: ['Assistant Director/ DFE'],
            parties: [
              { party: 'ASSISTANT_DIRECTOR', printed: 'Assistant Director' },
              { party: 'DFE', printed: 'DFE' },
            ],
          },
        },
        {
          objective: null,
          actions: ['Re-vamp arrangements for School to school challenge and support.'],
          responsible: {
            entries: ['PTSA, teaching Schools, LA and HTs.'],
            parties: [
              { party: 'PTSA', printed: 'PTSA' },
              { party: 'TEACHING_SCHOOLS', printed: 'teaching Schools' },
              { party: 'LA', printed: 'LA' },
              { party: 'HEAD_TEACHERS', printed: 'HTs' },
            ],
          },
          timescaleResources: [
            { printed: 'By April, 2018. Meet every 6 weeks.', parts: [{ kind: 'TIMESCALE', text: 'By April, 2018. Meet every 6 weeks.' }] },
          ],
          successCriteria: [],
          monitoring: {
            entries: ['LA/Teaching School Alliances'],
            parties: [
              { party: 'LA', printed: 'LA' },
              { party: 'TEACHING_SCHOOL_ALLIANCES', printed: 'Teaching School Alliances' },
            ],
          },
          evaluation: { entries: ['Plymouth Education Board'], parties: [{ party: 'PEB', printed: 'Plymouth Education Board' }] },
        },
        {
          objective: null,
          actions: ['Establish regular MAT CEO/LA Meetings.'],
          responsible: {
            entries: ['CEOs/LA Officers.'],
            parties: [
              { party: 'CEOS', printed: 'CEOs' },
              { party: 'LA_OFFICERS', printed: 'LA Officers' },
            ],
          },
          timescaleResources: [
            { printed: 'By April, 2018. Meet 6x a year.', parts: [{ kind: 'TIMESCALE', text: 'By April, 2018. Meet 6x a year.' }] },
          ],
          successCriteria: [],
          monitoring: { entries: ['LA Officers.'], parties: [{ party: 'LA_OFFICERS', printed: 'LA Officers' }] },
          evaluation: { entries: ['Plymouth Education Board'], parties: [{ party: 'PEB', printed: 'Plymouth Education Board' }] },
        },
        {
          objective: null,
          actions: ['Establish regular meetings for Head Teachers of maintained Schools'],
          responsible: {
            entries: ['Head Teachers/LA officers'],
            parties: [
              { party: 'HEAD_TEACHERS', printed: 'Head Teachers' },
              { party: 'LA_OFFICERS', printed: 'LA officers' },
            ],
          },
          timescaleResources: [
            { printed: 'By April 2018. Meet 6x a year.', parts: [{ kind: 'TIMESCALE', text: 'By April 2018. Meet 6x a year.' }] },
          ],
          successCriteria: [],
          monitoring: { entries: ['LA Officers.'], parties: [{ party: 'LA_OFFICERS', printed: 'LA Officers' }] },
          evaluation: { entries: ['Head of School Improvement.'], parties: [{ party: 'HEAD_OF_SCHOOL_IMPROVEMENT', printed: 'Head of School Improvement' }] },
        },
        {
          objective: 'Secure a co-ordinated to school improvement',
          actions: ["Establish a 'Plymouth Challenge' involving all schools and settings"],
          responsible: {
            entries: ['LA Officers/RSC /HTs'],
            parties: [
              { party: 'LA_OFFICERS', printed: 'LA Officers' },
              { party: 'RSC', printed: 'RSC' },
              { party: 'HEAD_TEACHERS', printed: 'HTs' },
            ],
          },
          timescaleResources: [{ printed: 'By April 2018', parts: [{ kind: 'TIMESCALE', text: 'By April 2018' }] }],
          successCriteria: ["'Challenge' established and implemented. KS4 attainment and progress increases"],
          monitoring: {
            entries: ['LA/RSC'],
            parties: [
              { party: 'LA', printed: 'LA' },
              { party: 'RSC', printed: 'RSC' },
            ],
          },
          evaluation: { entries: ['Plymouth Education Board (PEB).'], parties: [{ party: 'PEB', printed: 'Plymouth Education Board (PEB)' }] },
        },
      ],
    },
    {
      title: "Improve Post 16 students' readiness for further learning and employment",
      columns: ['Objective', 'Action', 'Responsible', 'Timescale/ Resources', 'Success Criteria', 'Monitoring', 'Evaluation'],
      rows: [
        {
          objective: "Improve young peoples' understanding of vocational, technical and work based learning routes.",
          actions: [
            "Schools will promote to pupils all post 16 progression routes impartially. Provide up to date information on the city's and region's employment opportunities. Provide online platform to receive impartial information on learning and employment opportunities.",
          ],
          responsible: { entries: ['Post 16 Partnership.'], parties: [{ party: 'POST_16_PARTNERSHIP', printed: 'Post 16 Partnership' }] },
          timescaleResources: [
            {
              printed: "Summer 2018. Post 16 Co-ordinator's time in each school. STEM Co-ordinator seconded.",
              parts: [
                { kind: 'TIMESCALE', text: 'Summer 2018.' },
                { kind: 'RESOURCES', text: "Post 16 Co-ordinator's time in each school. STEM Co-ordinator seconded." },
              ],
            },
          ],
          successCriteria: [
            'All young people from Year 7 to have access to matrix accredited advice. Clear information provided to SEND learners and their families. All young people can access an online prospectus to all learning opportunities.',
          ],
          monitoring: { entries: ['STEM Co-ordinator.'], parties: [{ party: 'STEM_COORDINATOR', printed: 'STEM Co-ordinator' }] },
          evaluation: { entries: ['Head of Skills.'], parties: [{ party: 'HEAD_OF_SKILLS', printed: 'Head of Skills' }] },
        },
        {
          objective: 'Improve the skills of young people so that they can be confident, resilient and flexible learners',
          actions: [
            'Improve attainment in English and maths. Provide strategies to support and maintain positive mental health. Improve the transition arrangements and support arrangements for vulnerable learners and those with SEND.',
          ],
          responsible: { entries: ['Post 16 Partnership'], parties: [{ party: 'POST_16_PARTNERSHIP', printed: 'Post 16 Partnership' }] },
          timescaleResources: [{ printed: 'June 2019.', parts: [{ kind: 'TIMESCALE', text: 'June 2019.' }] }],
          successCriteria: [
            "Attainment in GCSE English and maths will increase by at least 5% by 2019. A focus on positive mental health is maintained by all providers and employers. A model for transition for the city as a whole is in place. Reduction in the numbers of NEETs and 'Not Knowns'.",
          ],
          monitoring: { entries: ['Post 16 Co-ordinator.'], parties: [{ party: 'POST_16_COORDINATOR', printed: 'Post 16 Co-ordinator' }] },
          evaluation: { entries: ['Head of Skills.'], parties: [{ party: 'HEAD_OF_SKILLS', printed: 'Head of Skills' }] },
        },
        {
          objective: "Provide work experience to young people that is related to Plymouth's priority skills sectors",
          actions: [
            "Business and education will provide information on skills gaps and employers' requirements. Agree a set of skills badges that young people can earn.",
            'Provide supported work experience and internships in priority areas.',
            'Provide a digital platform where young people can record achievements and competencies.',
          ],
          responsible: { entries: ['Post 16 Partnership.'], parties: [{ party: 'POST_16_PARTNERSHIP', printed: 'Post 16 Partnership' }] },
          timescaleResources: [
            {
              printed: 'July 2018. Post 16 Co-ordinator provided.',
              parts: [
                { kind: 'TIMESCALE', text: 'July 2018.' },
                { kind: 'RESOURCES', text: 'Post 16 Co-ordinator provided.' },
              ],
            },
            { printed: 'Website provided.', parts: [{ kind: 'RESOURCES', text: 'Website provided.' }] },
          ],
          successCriteria: [
            'Clear pathways to high quality academic and technical routes provided.',
            'Inspiring work experience opportunities provided to all young people.',
            'Increase in the number of SEND students engaged on routes into employment.',
            'Agreed set of sector skills digital badges piloted.',
          ],
          monitoring: {
            entries: ['Post 16 Co-ordinator.', 'Employer Group.', 'Post 16 School Co-ordinators.'],
            parties: [
              { party: 'POST_16_COORDINATOR', printed: 'Post 16 Co-ordinator' },
              { party: 'EMPLOYER_GROUP', printed: 'Employer Group' },
              { party: 'POST_16_SCHOOL_COORDINATORS', printed: 'Post 16 School Co-ordinators' },
            ],
          },
          evaluation: { entries: ['Head of Skills.'], parties: [{ party: 'HEAD_OF_SKILLS', printed: 'Head of Skills' }] },
        },
      ],
    },
  ],
};
