import type { PeterboroughPlanSeed } from './types';

/**
 * Peterborough's Education Action Plan, academic year 2019/20, transcribed cell by
 * cell from source/003_332f2ca13cc6f6d9.txt. Text is kept exactly as printed.
 */
export const educationActionPlan2019: PeterboroughPlanSeed = {
  sourceFile: '003_332f2ca13cc6f6d9.txt',
  heading: 'Appendix 2 – Education Action Plan Academic Year 2019/20',
  columns: ['Intent', 'Implementation', 'Impact', 'Timescale', 'RAG / Progress'],
  workstreams: [
    {
      title:
        'Strategic Leadership of Education including Partnership Developments with Ofsted / Academy Trusts / DfE',
      rows: [
        {
          intent:
            'Ensure an effective set of partner arrangements are in place and proposed action outlined in later section are delivered',
          steps: [
            {
              text: 'Work via the CEO group and Heads Forum to ensure there is sufficient capacity and drive to put in place actions.',
            },
          ],
          impact: ['Focused support and capacity for all schools to improve.'],
          timescale: ['Developed and delivered in 2019/20 academic year.'],
          ragProgress: null,
        },
        {
          intent:
            'Ensure there is a clear intervention into every school which is underperforming and appropriate action plans are put in place.',
          steps: [
            {
              text: 'Formal warning notices and letter of concerns issued to maintained schools.',
              timescale: 'September 2019',
            },
            {
              text: 'Meetings held with CEO of all academy trusts in Peterborough.',
              timescale: 'By end of Autumn 2019',
            },
          ],
          impact: [
            'Schools causing concern are highlighted and action is timely and has impact on 2020 outcomes.',
          ],
          timescale: ['September 2019', 'By end of Autumn 2019'],
          ragProgress: null,
        },
        {
          intent: 'Communication to the public on successes and progress with actions is clear',
          steps: [
            { text: 'Successes continue to be collected from schools.' },
            { text: 'Scrutiny receives a clear overview of progress in improving education' },
          ],
          impact: [
            'A clear, honest and balanced narrative around the progress is available and shared with the public in Peterborough',
          ],
          timescale: ['Delivered throughout the 2019/20 academic year.'],
          ragProgress: null,
        },
        {
          intent: 'Improving outcomes in Phonics in Peterborough',
          steps: [
            {
              text: 'Developing a strategic board to develop and review impact;',
              timescale: 'November 19',
            },
            {
              text: 'Training Phonics Champions based upon the Derby City model',
              timescale: 'December 19',
            },
            {
              text: 'Setting up phonic network meetings for 3 groups (continuing support group and newly targeted schools; schools who had seen improvements this year and any schools; 90+ group);',
              timescale: 'October 19',
            },
            {
              text: 'Governor training – ensuring leadership focus',
              timescale: 'September 19',
            },
            {
              text: 'Developing links with English Hub;',
              timescale: 'Ongoing',
            },
            {
              text: 'CPD deliver support by Newham.',
              timescale: 'Autumn 19',
            },
            {
              text: 'Working with Early Years colleagues and PVI sector for early implementation',
              timescale: 'Spring 20',
            },
          ],
          impact: ['Phonics outcomes move in line with statistical neighbours'],
          timescale: [
            'November 19',
            'December 19',
            'October 19',
            'September 19',
            'Ongoing',
            'Autumn 19',
            'Spring 20',
          ],
          ragProgress: null,
        },
      ],
    },
    {
      title:
        'Review structures and support arrangements for governance in Cambridgeshire and Peterborough to ensure effective challenge and support arrangements are in place to drive school improvement',
      rows: [
        {
          intent: 'Improving the level of challenge and support to governing bodies',
          steps: [
            {
              text: 'Appointment of new strategic lead for governance for CCC and PCC.',
              timescale: 'September 2019',
            },
            {
              text: 'Work with the governor leadership group to develop the role of Local Leader of governance and provide governance review capacity to ensure effective leadership in school governing bodies / Local governing bodies.',
              timescale: 'December 19',
            },
            {
              text: 'Work with National Leader Governance Advocate for NE London and East of England to develop the training offer available to schools in Peterborough and through teaching schools.',
              timescale: 'September 19',
            },
            {
              text: 'Rural Schools Governance Conference to highlight challenges and different ways of working',
              timescale: 'November 19',
            },
          ],
          impact: [
            'Greater capacity to support the development of governance – a key strand of school improvement. It is hoped these changes will lead to improvement in outcomes of pupils.',
          ],
          timescale: ['September 2019', 'December 19', 'September 19', 'November 19'],
          ragProgress: null,
        },
        {
          intent:
            'Develop marking campaign to encourage the recruitment and retention of school governors especially in skill shortage areas.',
          steps: [
            {
              text: 'Update vacancies / skills gap analysis for all schools in Peterborough',
              timescale: 'November 19',
            },
            {
              text: 'Develop the use of Teach Peterborough as the portal for recruiting new governors / trustees.',
              timescale: 'October 19',
            },
            {
              text: 'Provide a local forum for the Young Governor Network and encourage sign up by all those under 40.',
              timescale: 'October 19',
            },
          ],
          impact: [
            'Reduce governor vacancies by 50% from current level of vacancies and provide additional capacity for improvement. Succession planning in place for governing bodies.',
          ],
          timescale: ['November 19', 'October 19', 'October 19'],
          ragProgress: null,
        },
      ],
    },
    {
      title:
        'Create robust and effective system to collect and analyse data that is easily accessible and interpreted across the education system',
      rows: [
        {
          intent:
            'Further improve the enhanced data offer open to schools which is timely and creates impact on children and young people.',
          steps: [
            {
              text: 'Improve secondary data analysis including the joint procurement of a data tool for Key Stage 5',
              timescale: 'November 19',
            },
            {
              text: 'Develop further the context around schools to support the school on a page including social care interventions, mobility, SEND and inclusion.',
              timescale: 'December 19',
            },
            {
              text: 'Analysis produce of school attainment on entry to primary education and benchmark with other schools.',
              timescale: 'January 2020',
            },
          ],
          impact: [
            'Timely interventions for schools based upon strong data analysis. Schools able to identify areas of best practice.',
          ],
          timescale: ['November 19', 'December 19', 'January 2020'],
          ragProgress: null,
        },
      ],
    },
    {
      title: 'Leadership of Education Services within the Local Authority',
      rows: [
        {
          intent:
            'An improved local authority that meets the needs of schools and effectively discharges its statutory responsibilities.',
          steps: [
            {
              text: 'Complete recruitment to senior management structure – appointment of Assistant Director – Schools and Setting Improvement.',
              timescale: 'January 2020',
            },
            {
              text: 'Develop published protocol for LA role on intervention in academies and how to work with Regional School Commissioner.',
              timescale: 'December 19',
            },
            {
              text: 'Produce a city wide education data overview to support the development of all schools strategies following the publishing of 2019 outcomes',
              timescale: 'October 19',
            },
            {
              text: 'Role of elected members – put in place an effective process for elected members to engage with schools and support them to improve.',
              timescale: 'November 19',
            },
            {
              text: 'Re-run school survey to understand challenges and areas for improvement / progress.',
              timescale: 'January 2020',
            },
            {
              text: 'Allocate a link officer Link role to schools – ensuring there is a senior officer in PCC linked to every school with a view to an annual visit and termly contact including contact with the Chair of governors / Local governing body.',
              timescale: 'October 2019',
            },
          ],
          impact: [
            'Greater support to schools. More challenge in place around education standards. Greater knowledge of schools and the challenges they are facing.',
          ],
          timescale: [
            'January 2020',
            'December 19',
            'October 19',
            'November 19',
            'January 2020',
            'October 2019',
          ],
          ragProgress: null,
        },
        {
          intent:
            'New LA model for School Improvement ensuring every maintained primary schools is supported to improve.',
          steps: [
            {
              text: 'Every maintained schools visited at least 3 times a year including a data visit in the autumn including specialist support when needed.',
              timescale: 'Ongoing',
            },
            {
              text: 'Bespoke package of support for targeted intervention school developed.',
              timescale: 'September 2019',
            },
            {
              text: 'Increase capacity of team through using expertise externally including former HMI, Newham and high performing headteachers from Cambridgeshire.',
              timescale: 'In place',
            },
            {
              text: 'Ongoing working between the LA and its maintained schools to share best practice and collaborate to improve.',
              timescale: 'Ongoing',
            },
          ],
          impact: [
            'Improvement in maintained schools and a better understand of the challenges we face.',
            'Early intervention where schools are declining.',
            'Additional support for those schools who need most support.',
          ],
          timescale: ['Ongoing', 'September 2019', 'In place', 'Ongoing'],
          ragProgress: null,
        },
      ],
    },
    {
      title: 'Improve recruitment and retention of teachers across the county',
      rows: [
        {
          intent:
            'Develop of City Wide agreed strategy on recruitment and retention (supporting the secondary work strand)',
          steps: [
            {
              text: 'Working group reformed to put together a strategy in conjunction with teaching schools that apply to schools across Peterborough.',
              timescale: 'January 2020',
            },
          ],
          impact: ['More teachers / support staff recruited and reduced number of vacancies.'],
          timescale: ['January 2020'],
          ragProgress: null,
        },
        {
          intent:
            'Explore options around increasing the number of teachers in Peterborough (starting September 2021) in conjunction with teaching schools and Cambridgeshire.',
          implementationIntro: 'Consider new approaches including –',
          steps: [
            { text: 'Return to teaching events' },
            { text: 'Teacher apprenticeships' },
            { text: 'Full review of term dates as a retention tool for staff.' },
          ],
          impact: [],
          timescale: ['January 2020'],
          ragProgress: null,
        },
      ],
    },
    {
      title: 'Support to improving the outcomes of vulnerable learners',
      rows: [
        {
          intent:
            'Increasing the take up of Pupil Premium (next census count in January 2020)',
          steps: [
            {
              text: 'Review current data comparing deprivation against free school meal take up.',
              timescale: 'October 2020',
            },
            {
              text: 'Explore extending the support / portal offered by Cambridgeshire to schools to encourage parents to sign up.',
              timescale: 'November 2019',
            },
            {
              text: 'Review data held by PCC and its partners to identify children who might be eligible for pupil premium but are not claiming.',
              timescale: 'November 2019',
            },
          ],
          impact: [
            'Greater recognition of deprivation in schools and nationally. Further funding to support improved outcomes.',
          ],
          timescale: ['October 2020', 'November 2019', 'November 2019'],
          ragProgress: null,
        },
        {
          intent: 'Update and refresh EAL strategy including data by key groups',
          steps: [
            {
              text: 'Refresh strategy from 2013 and develop action plan to continue to close gap with other authorities.',
              timescale: 'February 2020',
            },
            {
              text: 'Re-engage supplementary schools to support development of first language GCSEs and improved information sharing as part of the integrated communities programme.',
              timescale: 'December 19',
            },
          ],
          impact: [],
          timescale: ['February 2020', 'December 19'],
          ragProgress: null,
        },
        {
          intent: 'Improving the support for challenging behaviour and SEMH in schools',
          steps: [
            {
              text: 'Address the findings from the review of Social Emotional and Mental Health provision in Peterborough.',
              timescale: 'November 19',
            },
            {
              text: 'Steps behaviour programme - Planned for maintained schools for the 15th October – will be opened up to Academy Schools',
              timescale: 'October 19',
            },
            {
              text: 'Support the transitioning of PPRS to Academy Status and residual services back into the Local Authority.',
              timescale: 'April 2020',
            },
          ],
          impact: [
            'Increase capacity in system to support schools in mainstream, an effective exclusion process and an improved Pupil Referral Unit.',
          ],
          timescale: ['November 19', 'October 19', 'April 2020'],
          ragProgress: null,
        },
        {
          intent: 'Admissions and School Access (including ensuring pupils are not off-rolled)',
          steps: [
            {
              text: "Implement revised Fair Access protocol (draft consulted upon in Summer 2019) - 'Challenging Behaviour' and 'Children who have difficulty securing a school place'.",
              timescale: 'November 19',
            },
            {
              text: 'Formally commence the updated arrangements for the use of part time timetables',
              timescale: 'September 19',
            },
            {
              text: 'Update guidance to parents on the challenges in moving schools in year',
              timescale: 'October 19',
            },
          ],
          impact: ['Ensuring children access school promptly and have high attendance.'],
          timescale: ['November 19', 'September 19', 'October 19'],
          ragProgress: null,
        },
        {
          intent:
            'Address the actions arising in the written statement of actions following the SEND Inspection',
          steps: [
            {
              text: 'Ensure action plan developed and delivered.',
              timescale: 'August 2020',
            },
          ],
          impact: ['Concerns expressed by Ofsted are addressed in a timely manner.'],
          timescale: ['August 2020'],
          ragProgress: null,
        },
      ],
    },
  ],
  themeSections: [
    {
      title: 'Emerging Themes for Secondary Improvement',
      intro:
        'The action plan for Secondary schools covers 4 key areas is outlined below. A full action plan is being considered in Peterborough Partnership of Secondary Schools (PPSS) and Peterborough CEO Forum in September.',
      subsections: [
        {
          title: 'Leadership',
          items: [
            {
              code: '1',
              text: 'Governance',
              children: [
                {
                  code: 'a',
                  text: 'Skills – capture the skills required for effective governance – audit, job description, desirable skills. Skills audit completed for each GB using National Governors Association template. Audits combined into single overview document.',
                },
                {
                  code: 'b',
                  text: 'Training - provide bespoke training for those in governance at each stage of the journey. Use audit to identify training needs and the LA will co-ordinate training based on identified need.',
                },
                {
                  code: 'c',
                  text: 'Pool - develop a pool of governors that could serve in any Peterborough school or fill gaps where there are critical challenges.',
                },
              ],
            },
            {
              code: '2',
              text: 'Retention of School Senior Leaders (with a key focus being the teaching school delivering for sustainability)',
              children: [
                {
                  code: 'a',
                  text: 'Headspace programme for secondary heads to support in the challenges of leadership',
                },
                { code: 'b', text: 'Buddy for new heads' },
                {
                  code: 'c',
                  text: 'Programme of development and support for those new to senior leadership.',
                },
                {
                  code: 'd',
                  text: 'Preparation for the next phase of development: leadership skills.',
                },
                {
                  code: 'e',
                  text: 'Preparation for senior leaders/heads for the new roles e.g. at MAT level.',
                },
              ],
            },
            {
              code: '3',
              text: 'Middle Leadership',
              children: [
                { code: 'a', text: 'New to Middle Leadership programme.' },
                {
                  code: 'b',
                  text: 'Programme for experienced middle leaders - Peterborough-wide projects.',
                },
                {
                  code: 'c',
                  text: 'Preparation for senior leadership – opportunity to work with other heads – secondment.',
                },
              ],
            },
          ],
        },
        {
          title: 'Vulnerable Pupils',
          items: [
            {
              code: '1',
              text: 'Safer Schools Officer Programme – consider options around how this programme could return to support some of the challenges schools are currently facing with behaviour / approaches outside of schools.',
            },
            {
              code: '2',
              text: 'Impact of Austerity - schools to outline the impact of austerity on vulnerable children (in- school support, shrinking availability of external services) with a view to considering how best to work together to improve these challenges.',
            },
            {
              code: '3',
              text: 'Impact and Development of Hubs on Vulnerable Pupils – how we may wish to consider other approaches to support our most vulnerable pupils including the use of hubs.',
            },
            {
              code: '4',
              text: 'Bidding for funding for ‘Just About Managing ’ / Pupil Premium pupils – including collecting data on just about managing (both educationally and social economically and look at options around funding bids.',
            },
          ],
        },
        {
          title: 'Recruitment and Retention',
          items: [
            {
              code: '1',
              text: 'Carrying out an audit across schools to including information such as reasons teachers are leaving the profession, Absence data related to stress, etc, The age/career profile, Any unfilled vacancies incl. long-term supply, The extra demand for future teachers',
            },
            {
              code: '2',
              text: 'Retention of all staff - Create a city-wide charter that sets out parameters and expectations for key stakeholders, with the intent of reducing stress factors on school staff at all levels.',
            },
            {
              code: '3',
              text: 'Increasing number of trainees into the City – including further investment in Teach East to increase annual numbers to 70 and Teach East to develop its geographical sphere of influence beyond the boundaries of Peterborough via links with other LAs and higher education establishments.',
            },
            {
              code: '4',
              text: 'Retention of younger staff - A collective approach to workload reduction across Peterborough including sharing of successful strategies in Peterborough Schools, work/life balance approaches and key working housing.',
            },
            {
              code: '5',
              text: "Recruiting greater number of staff of all experiences into the City - The consideration of the benefits of 'one-off' recruitment packages and the potential impact this might have on increasing recruitment.",
            },
          ],
        },
        {
          title: 'Curriculum and Outcomes',
          items: [
            {
              code: '1',
              text: 'Establish a city-wide MFL strategy to optimise E-Bacc outcomes through',
              children: [
                {
                  code: 'a',
                  text: 'Collating a menu of city support for community languages and identifying gaps in provision',
                },
                {
                  code: 'b',
                  text: 'Facilitating dialogue amongst city MFL leaders: establishing school-to-school support and a new Curriculum Leads meetings',
                },
                {
                  code: 'c',
                  text: 'Considering KS2 MFL co- ordination to optimise MFL transition into KS3 – including audit of current language provision in primary and identifying leaders in primary schools.',
                },
              ],
            },
            {
              code: '2',
              text: 'Data - Agree to continue or adapt current data collection. Agree data collections windows for 2019-20 Share and respond to summary data',
            },
            {
              code: '3',
              text: 'Curriculum Development - To stage city-wide opportunities to support schools in reviewing their KS3 curriculum and the impact it is having on outcomes. The focus will be on leaders working together including teach meets, workshops, Triads, etc.',
            },
            {
              code: '4',
              text: 'Careers - To establish innovative CEIAG practice across the city, to enrich the curriculum and raise student aspiration',
            },
            {
              code: '5',
              text: 'Support for Improving Maths Outcomes – consideration of developing a sub hub of the Maths hub led by leading practioners in the city to share best practice and create more ambassadors for maths',
            },
          ],
        },
      ],
    },
    {
      title:
        'Key Actions arising from review of outcomes with LA maintained Primary Schools (and Nursery)',
      items: [
        {
          text: "Deliver targeted training session in the autumn term for EYFS practitioners on developing pupils' language skills",
        },
        {
          text: '"School readiness project" extended into two years before school in order to help to bring more children into this work at an earlier stage of their development.',
        },
        {
          text: 'Further delivery of the LA "Leading Assessment and Moderation" CPD session to ensure expectations are known.',
        },
        {
          text: 'Cluster LA maintained schools into smaller groups to carry out further cross-school moderation in the Spring-term around expectations at Key Stage 1.',
        },
        {
          text: 'Year 6 workshop to be lead by St Johns Orton / Winyates and Paragon Teaching School on best practice. This will include further consideration of "Power to Perform" element of PiXL as this has had good impact looking at pupil as a whole and any barriers to success.',
        },
        {
          text: 'Reading for Inference Training including visit to a Peterborough School where this has had significant impact.',
        },
        {
          text: 'Working together to share experiences from the trail of the on-line times tables test including support from the Maths Hub.',
        },
        {
          text: 'Increase offer from the PCC early years team to extend their offer into reception. The offer will include support for the practical element with high needs children without a plan and how to support in the interim.',
        },
      ],
    },
    {
      title: 'Emerging themes in Primary Partnership Model',
      intro:
        'As part of the primary development model, a survey of school development areas were undertaken and identified the following areas for the partnership to deliver-',
      subsections: [
        {
          title: 'Attainment',
          items: [
            {
              text: 'PP pupils, GDS/Higher standard, Higher standard in Maths, Combined attainment, reading for greater depth, attainment in reading/Maths/Writing, increasing the % achieving expected level in reading.',
            },
          ],
        },
        {
          title: 'Curriculum',
          items: [
            {
              text: 'Develop read, write inc, develop the wider curriculum (ICTAC), develop Reading/Writing/Speaking/Listening/Performance & the Arts, Cohesive knowledge curriculum, Maths mastery, develop a broad knowledge based curriculum, develop a wider curriculum, Writing focus.',
            },
          ],
        },
        {
          title: 'Teaching and Learning',
          items: [
            {
              text: 'Direct instruction and modelling, T&L in Maths & Science, use of IT to support T&L, teaching of reasoning and problem solving in maths, teaching of reading skills.',
            },
          ],
        },
        {
          title: 'Assessment',
          items: [
            {
              text: 'Develop and refine procedures, Finalise the approach to assessment without levels, standardised tests and tracking systems',
            },
          ],
        },
        {
          title: 'Leadership',
          items: [
            {
              text: 'Developing effective leadership for raising standards, develop leadership across the school',
            },
          ],
        },
      ],
    },
  ],
  ignoredLines: ['This page is intentionally left blank'],
};
