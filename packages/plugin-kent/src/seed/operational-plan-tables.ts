/**
 * Kent County Council, Standards and Achievement Division, "Annual Business Unit Operational
 * Plan 2008/9" (source/001_ac97e373afde824a.txt): everything outside the five units' core
 * services and project tables, transcribed as printed. See operational-plan-tables-types.ts
 * for the conventions (values as printed strings, rejoined cells, `note` for interpretations).
 * Amounts in the budgets are £000s.
 */
import type { KentOperationalPlanTablesSeed } from './operational-plan-tables-types';

export const operationalPlanTables: KentOperationalPlanTablesSeed = {
  sourceFile: "001_ac97e373afde824a.txt",
  header: {
    directorate: "Children, Families and Education Directorate",
    division: "Standards and Achievement Division",
    title: "Annual Business Unit Operational Plan 2008/9",
    operatingPlanHeading: "Standards and Achievement Division ANNUAL OPERATING PLAN 2008 - 2009",
    owners: [
      {
        role: "Cabinet Member",
        name: "Chris Wells"
      },
      {
        role: "Director",
        name: "Carol Parsons"
      },
      {
        role: "Unit Business Plan Contact",
        name: "Carrie Beech"
      }
    ]
  },
  contents: {
    headings: [
      "CONTENTS",
      "CONTENTS",
      "Contents",
      "Page Number"
    ],
    entries: [
      {
        title: "Purpose of the Service",
        level: 0
      },
      {
        title: "Planning Context & Priorities",
        level: 0
      },
      {
        title: "Legislative/statutory context",
        level: 1
      },
      {
        title: "Significant change to meet needs/demand",
        level: 1
      },
      {
        title: "Public/user/non user feedback",
        level: 1
      },
      {
        title: "Previous years performance",
        level: 1
      },
      {
        title: "Key Performance Indicators",
        level: 1
      },
      {
        title: "Key Achievements/outcomes",
        level: 1
      },
      {
        title: "Service Comparisons",
        level: 1
      },
      {
        title: "Section 17 Crime and Disorder Act",
        level: 0
      },
      {
        title: "Equalities and Diversity",
        level: 0
      },
      {
        title: "Corporate Environmental Performance and Climate Change Adaptation",
        level: 0
      },
      {
        title: "Key Responsibilities",
        level: 0
      },
      {
        title: "Lead Roles",
        level: 0
      },
      {
        title: "Early Years & Childcare",
        level: 0
      },
      {
        title: "Revenue Budget",
        level: 1
      },
      {
        title: "Core Service & Forecast Activity Levels",
        level: 1
      },
      {
        title: "Projects, Developments & Key Actions",
        level: 1
      },
      {
        title: "Primary",
        level: 0
      },
      {
        title: "Revenue Budget",
        level: 1
      },
      {
        title: "Core Service & Forecast Activity Levels",
        level: 1
      },
      {
        title: "Projects, Developments & Key Actions",
        level: 1
      },
      {
        title: "Secondary",
        level: 0
      },
      {
        title: "Revenue Budget",
        level: 1
      },
      {
        title: "Core Service & Forecast Activity Levels",
        level: 1
      },
      {
        title: "Projects, Developments & Key Actions",
        level: 1
      },
      {
        title: "Professional Development",
        level: 0
      },
      {
        title: "Revenue Budget",
        level: 1
      },
      {
        title: "Core Service & Forecast Activity Levels",
        level: 1
      },
      {
        title: "Projects, Developments & Key Actions",
        level: 1
      },
      {
        title: "Improvement Partnerships",
        level: 0
      },
      {
        title: "Revenue Budget",
        level: 1
      },
      {
        title: "Core Service & Forecast Activity Levels",
        level: 1
      },
      {
        title: "Projects, Developments & Key Actions",
        level: 1
      },
      {
        title: "Risks",
        level: 0
      },
      {
        title: "Consultation Exercises, Satisfaction Surveys, Reviews",
        level: 0
      },
      {
        title: "Capacity, Skills and Development Planning",
        level: 0
      },
      {
        title: "Staffing",
        level: 0
      },
      {
        title: "Equalities and Diversity",
        level: 0
      },
      {
        title: "Structure Chart",
        level: 0
      },
      {
        title: "Staffing Levels",
        level: 0
      },
      {
        title: "Monitoring and Review",
        level: 0
      }
    ],
    note: "Page numbers are not printed. The stray bullet \"•\" printed after the last entry is layout noise. Level 1 marks entries printed as list items and the entries under each unit name."
  },
  narrative: [
    {
      heading: "PURPOSE OF THE SERVICE",
      paragraphs: [
        "The Standards & Achievement Division works with Local Children's Services Partnerships (LCSP) and individual schools and settings to raise standards and achievement for all children and young people, from birth to nineteen years of age. The division is responsible for meeting the statutory duties outlined in the Education and Inspection Act 2006, which include monitoring the quality of learning ensuring that schools/settings address the five outcomes of the Every Child agenda. The division secures implementation of the early years, primary and secondary national strategies, the school improvement partner programme and the DCSF strategy for ICT. Advisory staff will support the successful implementation of the 23 LCSPs and provide support and challenge on the improvement strategies within the LCSP plans.",
        "In partnership advisory staff will:"
      ],
      bullets: [
        "act as advocates in the best interests of children and young people, to secure high quality education and care, so that pupils achieve success and are encouraged to participate in lifelong learning",
        "promote well-being, care, inclusion and personalisation of learning of every child and young person",
        "provide strategic leadership with key partners in social care, health and other agencies, to support LCSPs to manage change and to improve the opportunities for personal and social development of pupils",
        "advise and support schools/settings to develop a curriculum that remains sensitive to the changing needs of pupils and meets nationally and locally agreed targets and expectations",
        "support school/setting leaders to develop their workforce, so that staff are skilful, knowledgeable and confident about how to provide excellent learning opportunities for all pupils, including the use of new technologies",
        "ensure that all children and young people achieve to their full potential by monitoring pupil progress; challenging school/network leadership; commissioning/brokering support and intervening where there is evidence of under-performance"
      ]
    },
    {
      heading: "PLANNING CONTEXT AND PRIORITIES",
      paragraphs: [
        "The division operates under the leadership of the Director, Standards & Achievement. Operational management is provided jointly, by the Head of Service Performance (Early Years and Childcare, Primary and Secondary) and the Head of Service Development (Leadership, Continuing Professional Development (CPD), Inspection, LCSPs.)"
      ],
      bullets: []
    },
    {
      heading: "Key priorities:",
      paragraphs: [],
      bullets: []
    },
    {
      heading: "Are informed by the outcomes of the Annual Performance Assessment 2007",
      paragraphs: [],
      bullets: [
        "Raising the standards and achievement of children who are looked after by the authority (LAC) and those with Learning Difficulties or Disabilities (LDD).",
        "Raising standards and achievement at every key stage, targeting resources to the Early Years and Primary Phases.",
        "Improving the performance of schools that are below floor targets in all key stages."
      ]
    },
    {
      heading: "Grant requirements:",
      paragraphs: [
        "Priorities are also determined by the focus and requirements of Sure Start Grant, DCSF Standards Funds 2008 - 2009 and the TDA (Training Development Agency) Grant for Workforce Development and include:"
      ],
      bullets: [
        "Raising achievement in the core subjects and improving rates of progression for all pupils 0-19 years of age.",
        "Tackling underperformance at pupil, school and authority level, thereby closing the attainment gap for identified underachieving groups, including children that are looked after by the authority and those with LDD.",
        "Ensuring the development of the whole school workforce in order to raise standards of achievement and ensure the implementation of the workforce remodeling and transformation priorities."
      ],
      note: "The first paragraph is printed split by a blank line after \"DCSF Standards\"; rejoined."
    },
    {
      heading: "The national Vision for Education in 2020 and The National Children's Plan, Building Brighter Futures, which state that",
      paragraphs: [],
      bullets: [
        "a child's chances of success are not related to his or her socio-economic background, gender or ethnicity",
        "education services should be designed around the needs of each child, family and community with the expectation that all learners achieve high standards",
        "all children and young people should leave school with functional skills in English and mathematics, understanding how to learn, think creatively, take risks and handle change",
        "practitioners and teachers must use their skills and knowledge to engage children and young people as partners in learning, acting quickly to adjust their teaching in response to children and young people's learning",
        "settings and schools must draw in parents as their child's co-educators, engaging them and increasing their capacity to support their child's learning"
      ]
    },
    {
      heading: "Priorities 2008 - 2009 Building brighter futures through partnership working",
      paragraphs: [
        "The S&A division through Advisory Service Kent (ASK) will work with settings, schools, networks and the newly formed Local Children's Services Partnerships to develop professional approaches and changes to behaviours that accelerate the progress, enhance the well-being of children and young people and improve the quality of provision through;"
      ],
      bullets: [
        "Identifying, developing and challenging leadership and management at all levels",
        "Improving the quality of learning and teaching for all children and young people",
        "Improving the quality of curriculum provision"
      ]
    },
    {
      heading: "Priorities 2008 - 2009 Building brighter futures through partnership working",
      continuation: true,
      paragraphs: [
        "The following themes will be a focus of partnership and locality working:"
      ],
      bullets: [
        "Narrowing the achievement gap between the performance of different groups",
        "Developing an holistic approach to Workforce Development",
        "Harnessing the capacity of excellent practitioners",
        "Capitalising on collaborative improvement networks and locality working",
        "Threading well-being and high quality care throughout all the objectives"
      ],
      note: "Prose printed after the list of the section above; same heading."
    },
    {
      heading: "Local Context",
      paragraphs: [],
      bullets: []
    },
    {
      heading: "Local Plans and Agreements:",
      paragraphs: [
        "Plans including: Vision for Kent, KCC Annual Plan; Kent Children and Young Peoples Plan; Towards 2010; Equalities Action Plan; The Early Years and Childcare Plan,",
        "Strategies and frameworks including: Parenting Strategy; The Kent Pledge for Children in Care; The Information Communication Technology (ICT) Strategy Plan. The Improvement Strategy for Schools and Settings and the Leadership Strategy: The Children's Workforce Strategy, The framework for the participation of Children and Young People.",
        "Kent is a key partner with Southern Educational Leadership Trust (SELT) and is committed to collaborate on delivering some of the National College of School Leadership (NCSL) core programmes across the county. It is also the lead Local Authority in the South East SEN regional partnership and contributes to the monitoring of independent and non-maintained schools on behalf of all contributing Local Authorities.",
        "Kent Agreement 2 - At the time of writing the Kent Agreement 2 for 2008-2011 is entering the final phase of negotiation and implementation is due to start in April 2008. The priorities identified across the County and with our partners will influence the Directorate's direction during the next 3 years and beyond. Impact and success will be measured against a suite of indicators agreed with Government and deriving from the new 198 National Indicator dataset."
      ],
      bullets: []
    },
    {
      heading: "National Context",
      paragraphs: [
        "The work of the S&A Division is managed within the context of the following significant statutory requirements placed upon the LA:",
        "School Standards and Framework Act 1998, Learning and Skills Act 2000, Education Act 2002, Race Relations Act 2000, Special Education Needs (SEN) and Disability Act 2001, The Children Act 2004 The Childcare Act 2006, The Education and Inspection Act 2006."
      ],
      bullets: []
    },
    {
      heading: "Statutory Guidance:",
      paragraphs: [],
      bullets: [
        "Primary National Strategy",
        "Secondary National Strategy",
        "National Curriculum Inclusion Statement 2000",
        "Special Educational Needs Code of Practice 2001",
        "Inclusive Schooling – Children with Special Educational Needs 2001",
        "National Healthy Schools",
        "Standards for Drug Education",
        "Removing Barriers to Achievement",
        "SEN Strategy 2004 Curriculum Guidance for the Foundation Stage,",
        "Ofsted Framework – Every Child Matters 2005,",
        "Schools Causing Concern 2007",
        "Performance Management for Teachers and Headteachers 2007",
        "The National Workforce Agreement phased implementation 2003-2007"
      ],
      note: "Printed one item per line without bullet markers; kept as list items."
    },
    {
      heading: "Non-Statutory Guidance:",
      paragraphs: [
        "DCSF New Relationship with Schools (NRwS) 2004, DCSF New Relationship with Schools – next steps 2005, DCSF Five Year Strategy for Children and Learners – July 2004, Choice for parents, the best start for children: Government 10 year strategy for childcare- December 2004, DCSF Sure Start Birth to Three Matters 2005, Sure Start Ten Year strategy for childcare 2005, DCSF Children's Workforce Strategy 2005 The National Children's Plan 2007"
      ],
      bullets: []
    },
    {
      heading: "Partnerships",
      paragraphs: [
        "The Division is accelerating multi-agency working, in order to deliver on key priorities in relation to vulnerable and under-achieving groups such as children that are looked after by the authority. Over the next year an 'Integrated Support Strategy' for schools and settings, will be developed to ensure that CFE support is well coordinated to meet the needs of learners.",
        "The Division has also formed close working partnerships with national agencies to improve the delivery of improvement services to schools and clusters of schools. These include, National College for School Leadership (NCSL), Specialist Schools and Academies Trust (SSAT), Training Development Agency (TDA), National Academy for Gifted and Talented Youth and Subject Associations.",
        "Within Kent, key partnerships are integral to service delivery. Partners include Clusters, Specialist and Training Schools, Diocesan Authorities, Further Education Colleges, Kent Works, Higher Education Institutions, Connexions, Learning and Skills Council and Local Strategic Partnerships, Adult Learning Services, The Library Service and Creative Partnerships Kent."
      ],
      bullets: []
    },
    {
      heading: "Significant change to meet needs/demand",
      paragraphs: [
        "With the development of Local Children's Services Partnerships, The Standards and Achievement Division will continue to develop and improve ways of working to support local service delivery and to respond flexibly to locally identified needs. A review of local working will mean that teams are aligned to Local Learning Networks (LLN) and Local Children's Services Partnerships. This will include an increasing demand to work with multi-agency partners to ensure that all aspects of support and challenge are co-ordinated and coherent.",
        "The Division will support the implementation of new curriculum requirements, including the new Early Years Foundation Stage Curriculum, the new Secondary Key Stage 3 Curriculum and the current Primary Curriculum review which will lead to a new primary curriculum model for September 2008. This is part of the transformation agenda for teaching and learning and leadership and management in schools and settings. The phased roll out of the Secondary Building Schools for the Future (BSF) programme and the beginnings of the Primary BSF programme will have a major influence on transforming learning and curriculum models.",
        "Embedding the School Improvement Partner (SIP) programme with support and challenge for all schools and extending the Early Years Settings Improvement Partner programme will have a significant impact on resources and capacity which will need to be monitored and reviewed.",
        "Ensuring that sufficient high quality leaders of schools and settings are recruited and retained will be a significant challenge in terms of the demographic profile of senior leaders, many of whom will be reaching retirement age in the next five years."
      ],
      bullets: []
    },
    {
      heading: "Public/user/non user feedback",
      paragraphs: [],
      bullets: []
    },
    {
      heading: "Consultation on the Leadership Strategy Action Plan (May 2007)",
      paragraphs: [
        "The consultation highlighted that it was not sufficiently inclusive of early year's settings and it was subsequently updated to include a greater emphasis on leadership in early year's settings but also provide positive feedback. 'This was a well-written, well-structured strategy appropriate and relevant to a range of reader'. The Primary and Secondary Forums were also positive about the strategy and agreed with the objectives, principles and ideas and provided specific examples of gaps in the strategy and how it could be improved.",
        "The strategy has been updated to reflect recommendations that came out of this consultation."
      ],
      bullets: [],
      note: "The first paragraph is printed split by a blank line after \"appropriate and\"; rejoined."
    },
    {
      heading: "Satisfaction survey on the impact of SIPs (School Improvement Partners)",
      paragraphs: [
        "Telephone conferences with primary and secondary headteachers have identified a high level of satisfaction with school improvement partners. Headteachers feel suitably supported and challenged and have found that the work of the SIP has helped them to focus on key priorities for school improvement e.g. 'I have found this very useful indeed, both in providing a constructive communication link with KCC and in enabling me to assess my own effectiveness more accurately'"
      ],
      bullets: []
    },
    {
      heading: "Review of the Improvement Strategy for schools and settings (June 2007)",
      paragraphs: [
        "This review focused on the refinement of the criteria for judging how we allocate support to our school and it included for the first time criteria for settings. The consultation identified that there was good engagement of settings in the improvement strategy and better alignment of support to the needs of schools. As a result of this consultation clearer criteria have been published to guide the development of setting improvement partners.",
        "The Children and Young People of Kent Survey 2006/7 (National Foundation for Educational Research) and TELLUS2 Survey highlighted the following outcomes that ASK has taken account of when planning business priorities."
      ],
      bullets: [
        "7-11 years olds enjoy seeing friends, school visits, using computers, making things, using the internet and finding out new things",
        "11-16 year olds enjoy seeing friends, doing sports, drama and music productions",
        "making things and doing practical things, using ICT, using their own ideas, working as part of a group, working on their own, doing projects that cover more than one subject help children and young people to learn",
        "reading was rated least often as something that helped them learn",
        "disruptive pupils and not getting feedback on their work were the greatest barriers to their learning",
        "children would like to participate in more after-school activities especially sports-related, but they stated that lack of time, activities not being available locally and lack of transport were barriers",
        "most 11-16 year olds thought their school or college was helping them to develop useful skills and knowledge for the future but less than half were positive about the careers advice they received",
        "good awareness of healthy eating and the dangers of smoking and drinking alcohol but selfreported behaviour suggested that they are not leading healthy lifestyles",
        "50% of all children felt that they could have a say on what happens at school",
        "Children and young people need to see how their opinions can contribute to change",
        "50% of 11-19 year olds reported that they would not be interested in voting in school elections or joining a school council"
      ]
    },
    {
      heading: "Continuing Professional Development (CPD)",
      paragraphs: [
        "The Division facilitates a CPD programme delivering over 3000 training events and courses every year. Delegates immediately evaluate each event with over 85% of opportunities judged good or outstanding. Comments are gathered and used to inform future planning. Telephone follow up to courses informs the effectiveness of training and development opportunities. The School Workforce Development Steering Group monitors for the development work in schools. Feedback from CPD events has identified the following key areas for development:"
      ],
      bullets: [
        "Increased opportunities delivered locally or regionally across the county.",
        "Greater coherence and information regarding the development of a single CFE Directorate wide plan.",
        "Increased opportunities for multi-training and training for support staff roles in schools."
      ]
    },
    {
      heading: "Review of Performance 2007 -2008",
      paragraphs: [],
      bullets: []
    },
    {
      heading: "Early Years",
      paragraphs: [
        "Foundation Stage Profile and Key Stage 1 were placed in the top quartile for progress ratings between 2006-7.",
        "In 2007, there was improvement in all 13 areas of the Foundation Stage Profile. Kent's performance has now exceeded national levels in eight out of the thirteen areas, significantly improving the county ranking against statistical neighbours. The equality (achievement gap) measure for the lowest 20% now ranks Kent 3 out of 11 statistical neighbours."
      ],
      bullets: []
    },
    {
      heading: "Primary",
      paragraphs: [
        "At Key Stage 1, results for Kent seven-year-olds have continued to improve for the second successive year. Children are assessed in reading, writing and mathematics and the majority are expected to reach level 2. At Key Stage 1 performance exceeded national results in reading level 3+ and mathematics Level 2B+ and 3+.",
        "At Key Stage 2, the overall proportion of Kent pupils achieving the expected levels improved in 8 out of the 10 indicators (i.e. at Levels 4 and 5 in English, reading, writing, mathematics and science). Rates of improvement have generally mirrored national trends although the rate of improvement in writing exceeded national gains at both Levels 4 and 5, building on the improvements last year.",
        "The most significant gains have been made where support has been targeted through programmes such as Intensifying Support Programme (ISP) and Ensuring Success (ES). A key focus of ASK support has been the implementation of the revised Frameworks for Literacy and Numeracy to continue the drive to raise standards. School Improvement Partners (SIP) for each Primary school provide additional support and challenge. It has also enabled targeted and tightly focused support to be provided through a single commissioning plan."
      ],
      bullets: []
    },
    {
      heading: "Secondary",
      paragraphs: [
        "At Key Stage 3, the average point score per pupil, which takes into account performance of all pupils in English, mathematics and science, remains above the national average. When compared to statistical neighbours, Kent is ranked 5 out of 11 for this measure (the same as 2006) and against all LAs, Kent is ranked 59 out of 149. The average point score per pupil in each of the three individual subjects also remains above the national average. Based on the national indicator of Level 5 and above, performance improved in English, but dipped in mathematics, while science has stayed at the same level as 2006.",
        "The percentage of pupils achieving 5+A*-C GCSEs at the end of Key Stage 4 improved on all previous years to 64.9% and is 2.9% above the national average. In addition, the percentage of pupils attaining 5 A*-C including English and Mathematics was 1.8% above national average and those attaining 5A*-G was 0.8% above national average. The average point score per pupils rose to 392.5, 14.4 points above the national average. This overall improvement at GCSE is reflected in the value-added score of 1007.1 (Key Stage 2-4) which again is above the national average (1000). It is also reflected in the significant reduction in the number of schools below the 2008 floor target of 30% 5A*-C from 21 in 2004 to 9 in 2005 and only 3 schools in 2007.",
        "At Post 16, Kent schools have made improvements in all key measures i.e. the percentage of students achieving 2 A-E passes at A level or equivalent, the APS per student and the APS per entry.",
        "Every school and Pupil Referral Unit was allocated a nationally accredited school improvement partner (or colleague undertaking the accreditation) in September 2007. Serving primary, special and secondary school headteachers have been successfully recruited and supported to become nationally accredited school improvement partners and 70 settings have been allocated Kent improvement partners."
      ],
      bullets: []
    },
    {
      heading: "Achievements/Outcomes 2007-8",
      paragraphs: [
        "There was significant improvement in the Foundation Stage Profile in particular the areas of learning and a higher than average improvement in schools receiving intensive support at Key Stage 2. In Key Stage 4 performance we continue to be above the standard of statistical neighbours.",
        "In September 2007, there were no secondary schools identified in an Ofsted category and just one special school with a notice to improve. The number of primary schools in Ofsted category has significantly reduced to only 1.8% of schools.",
        "DCSF regional directors have provided very positive feedback on the Kent improvement strategy and the impact of support from improvement partners. HMI have identified effective Local Authority monitoring, challenge, intervention and support in monitoring visits to schools. NCSL has judged our leadership succession planning as very effective and NCSL view the partnership working between officers and headteachers very positively, as contributing to improved outcomes for Children and Young people.",
        "The TDA noted that improved partnership working and support for extended services is having a positive impact on remodelling the school workforce and the ECM outcomes for children and young people. They acknowledged the successful implementation of the new Performance Management requirements with over 90% of schools attending initial training and all schools complying with the regulations."
      ],
      bullets: []
    },
    {
      heading: "Service Comparisons",
      paragraphs: [],
      bullets: []
    },
    {
      heading: "TO OTHER SERVICE PROVIDERS/OTHER COUNCILS",
      paragraphs: [
        "The Division uses the national Children's Services Statistical Neighbour Benchmarking Tool to compare Kent with statistical neighbours (Essex, Swindon, East Sussex, Northamptonshire, Worcestershire, Warwickshire, West Sussex, Staffordshire, Lancashire and Bedfordshire). The tool considers five indicators, %5+ A* - C including English & mathematics, KS1 % Level 2+ writing, KS3 % Level 5+ science, total absence rates in primary schools and infant mortality rates.",
        "In addition to this set of national indicators Kent also compares itself to identified statistical neighbours using all measures of attainment data from the Foundation Stage through to Post 16."
      ],
      bullets: []
    },
    {
      heading: "Section 17 Crime and Disorder Act",
      paragraphs: [
        "The professional development and training programme that is facilitated through ASK is one of the key strategies for supporting the reduction of poor and unacceptable behaviour which can adversely affects communities. The programme includes training to support behaviour management, Personal Social and Health Education (PSHE) programmes and Citizenship. The SEAL (Social and Emotional Aspects of Learning) is a national programme originally for primary schools and the secondary model is now being introduced into schools. These programmes enable teachers and support staff, to work more effectively with difficult and challenging children and young people.",
        "Developing new models of leadership will help to support the implementation of Kent Safer Schools and Communities Strategies, community cohesion and the development of extended services provision. Curriculum development including vocational courses will begin to address the needs of those young people who are not in education or training; it will improve the participation rates and contribute to ensuring safer communities.",
        "Developing additional extended services by September 2008 will ensure that 410 schools will provide a core offer of wraparound care from 8am to 6pm, study support, parenting support, community access and swift and easy referrals. This will also contribute to safer communities.",
        "The Kent School Games will promote individual participation and team commitment. There is a high expectation that every learner, in Kent schools and settings will sign up to the Olympic and Paralympic values of respect, friendship, personal excellence, determination, courage, inspiration and equality on September 17th 2008 during the Closing Ceremony of the Beijing Paralympics."
      ],
      bullets: []
    },
    {
      heading: "Equalities and Diversity",
      paragraphs: [
        "The Standards and Achievement Division contributes to the implementation of Kent County Council's Equality strategy across the five priority outcomes:"
      ],
      bullets: [
        "equal and inclusive services",
        "participation and involvement",
        "safe and free from harassment",
        "the quality of intelligence and monitoring systems",
        "reputation as an excellent employer"
      ]
    },
    {
      heading: "Actions:",
      paragraphs: [
        "Standards and Achievement supports the implementation of the wider CFE equalities action plan and leads specifically on:"
      ],
      bullets: [
        "Action 40 to promote community cohesion through the roll out of the PSHE Strategy",
        "Actions 46 and 47 to support Governing Bodies through the provision of guidance and training on equality and diversity"
      ]
    },
    {
      heading: "Actions:",
      continuation: true,
      paragraphs: [
        "Equality impact assessments are conducted on all new and revised policies and guidance to consider the diverse needs of those who use our services and to ensure that all aspects of equality and diversity have been met. To date, the division has conducted and completed 9 initial screenings on all policies and is currently conducting one full impact assessment. The division will continue to carry out Equality Impact assessments on all new and revised policies throughout 2008/09.",
        "The Standards and Achievement Division also has representatives on both the CFE Equality and Diversity Strategy group and the Impact Assessment Steering Group. There is an Equality Champion on Faith within the division. Information from both these groups is regularly cascaded and equalities and diversity will continue to be a standing item on all team agendas.",
        "These actions will continue to be supported under the new Children's Trust Partnership arrangements to ensure that all our service specifications and agreements continue to comply with the requirements of equalities legislation."
      ],
      bullets: [],
      note: "Prose printed after the list of the section above; same heading."
    }
  ],
  statisticalNeighbours: [
    "Essex",
    "Swindon",
    "East Sussex",
    "Northamptonshire",
    "Worcestershire",
    "Warwickshire",
    "West Sussex",
    "Staffordshire",
    "Lancashire",
    "Bedfordshire"
  ],
  kpis: {
    heading: "Key Performance Indicators",
    columnHeadings: [
      "Indicator local/operational indicators as well as national ones, categorised if appropriate e.g. as LAA, T2010, CPA, BVPI, PAF",
      "Actual performance 2006/2007",
      "Estimated performance 2007/08",
      "Target 2008/09"
    ],
    rows: [
      {
        code: "BVPI 41",
        qualifier: "KS2",
        separator: "–",
        description: "Percentage of pupils achieving Level 4 in Key Stage 2 English test",
        actual2006_07: "77%",
        estimated2007_08: "77%",
        target2008_09: "80%"
      },
      {
        code: "BVPI 194a",
        description: "Percentage of pupils achieving Level 5 or above in Key Stage 2 English",
        actual2006_07: "31%",
        estimated2007_08: "32%",
        target2008_09: "33%"
      },
      {
        code: "BVPI 40",
        qualifier: "KS2",
        separator: "–",
        description: "Percentage of pupils achieving Level 4 in Key Stage 2 Mathematics",
        actual2006_07: "72%",
        estimated2007_08: "73%",
        target2008_09: "82%",
        garbledValues: [
          "2.404"
        ],
        note: "\"2.404\" is printed in the Estimated column on the description's last line: stray OCR text, no evident reading."
      },
      {
        code: "BVPI 194b",
        description: "Percentage of pupils achieving Level 5 or above in Key Stage 2 Mathematics",
        actual2006_07: "32%",
        estimated2007_08: "31%",
        target2008_09: "34%",
        note: "The next row's code \"BVPI 181a – KS3\" is printed (bold) at the end of this description's last line; split off."
      },
      {
        code: "BVPI 181a",
        qualifier: "KS3",
        separator: "–",
        description: "Percentage of 14 year olds achieving Level 5 or above in English",
        actual2006_07: "72%",
        estimated2007_08: "73%",
        target2008_09: "80%",
        garbledValues: [
          "1270",
          "1370",
          "00 %"
        ],
        note: "Description rejoined around garbled OCR printed in the row's value columns on the description's first line; no evident reading (the digits match none of the row's printed values), kept as printed."
      },
      {
        code: "BVPI 181b",
        qualifier: "KS3",
        separator: "–",
        description: "Percentage of 14 year olds achieving Level 5 or above in Mathematics",
        actual2006_07: "76%",
        estimated2007_08: "75%",
        target2008_09: "79%",
        garbledValues: [
          "1070",
          "1 3 70",
          "1070"
        ],
        note: "Description rejoined around garbled OCR printed in the row's value columns on the description's first line; no evident reading (the digits match none of the row's printed values), kept as printed."
      },
      {
        code: "BVPI 181c",
        qualifier: "KS3",
        separator: "-",
        description: "Percentage of 14 year olds achieving Level 5 or above in Science",
        actual2006_07: "72%",
        estimated2007_08: "72%",
        target2008_09: "78%"
      },
      {
        code: "BVPI 181d",
        qualifier: "KS3",
        separator: "–",
        description: "Percentage of 14 year olds achieving Level 5 or above in ICT",
        actual2006_07: "73%",
        estimated2007_08: "70%",
        target2008_09: "78%"
      },
      {
        code: "BVPI 38",
        qualifier: "GCSE",
        separator: "–",
        description: "Proportion of 15 year pupils achieving 5 or more GCSEs at A*-C (or equivalent)",
        actual2006_07: "61.2%",
        estimated2007_08: "65%",
        target2008_09: "66%",
        garbledValues: [
          "00.00/",
          "040/",
          "000/"
        ],
        note: "\"00.00/\", \"040/\", \"000/\" are printed in the value columns of the description's last line: garbled OCR, no evident reading; kept as printed."
      },
      {
        code: "BVPI 39",
        qualifier: "GCSE",
        separator: "-",
        description: "Proportion of 15 year old pupils achieving 5 or more GCSEs inc English and Mathematics at grade G or above (or equivalent)",
        actual2006_07: "89.6%",
        estimated2007_08: "91%",
        target2008_09: "93%",
        note: "Code and values print on the last line before a page break; the description prints after the repeated header on the next page; rejoined."
      },
      {
        code: "",
        description: "All qualifications Average qualification points score per pupil (uncapped)",
        actual2006_07: "392.5%",
        estimated2007_08: "380%",
        target2008_09: "",
        note: "No code printed. \"392.5%\" and \"380%\" are printed with \"%\" though this is a points score (the Secondary review gives the average point score as 392.5); kept as printed. No target printed."
      }
    ]
  },
  nationalIndicators: {
    heading: "National Indicator Dataset:",
    intro: "The new National Indicator set of 198 performance indicators set by Government aims to reform the current system of targets and inspection with a closer focus on the views of the public and encouraging local solutions to problems. The dataset is currently under consultation and is not finalised. However this new performance framework will need to be embedded into the performance management of the Directorate and early analysis has identified the following indicators as the responsibility of this Division:",
    columnHeadings: [
      "Ref",
      "Indicator"
    ],
    lists: [
      [
        {
          code: "NI 74",
          title: "Achievement at level 5 or above in both English and Maths at Key Stage 3 (Threshold)",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 77",
          title: "Achievement at level 5 or above in both English and Maths at KS3 (Floor)"
        },
        {
          code: "NI 83",
          title: "Achievement at level 5 or above in Science at Key Stage 3"
        },
        {
          code: "NI 75",
          title: "Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths (Threshold)",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 78",
          title: "Achievement of 5 or more A*-C grades at GCSE and equivalent including GCSEs in English and Maths (Floor)",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 84",
          title: "Achievement of 2 or more A*-C grades in Science GCSEs or equivalent"
        },
        {
          code: "NI 95",
          title: "Progression by 2 levels in English between Key Stage 2 and Key Stage 3"
        },
        {
          code: "NI 96",
          title: "Progression by 2 levels in Maths between Key Stage 2 and Key Stage 3"
        },
        {
          code: "NI 97",
          title: "Progression by 2 levels in English between Key Stage 3 and Key Stage 4"
        },
        {
          code: "NI 98",
          title: "Progression by 2 levels in Maths between Key Stage 3 and Key Stage 4"
        },
        {
          code: "NI 102",
          title: "Achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2 and 4",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 105",
          title: "The Special Educational Needs (SEN)/non-SEN gap – achieving 5 A*-C GCSE inc. English and Maths",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 108",
          title: "Key Stage 4 attainment for Black and minority ethnic groups"
        },
        {
          code: "NI 72",
          title: "Achievement of at least 78 points across the Early Years Foundation Stage with at least 6 in each of the scales in Personal Social and Emotional Development and Communication, Language and Literacy",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 85",
          title: "Post-16 participation in physical sciences (A Level Physics, Chemistry and Maths)"
        },
        {
          code: "NI 92",
          title: "Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest",
          note: "Title continued on the next printed line; joined."
        },
        {
          code: "NI 99",
          title: "Children in care reaching level 4 in English at Key Stage 2"
        },
        {
          code: "NI 100",
          title: "Children in care reaching level 4 in Maths at Key Stage 2"
        },
        {
          code: "NI 101",
          title: "Children in care achieving 5 A*-C GCSEs (or equivalent) at Key Stage 4 (including English and Maths)",
          note: "Title continued on the next printed line; joined."
        }
      ],
      [
        {
          code: "NI 57",
          title: "Children and young people's participation in high-quality PE and sport"
        }
      ]
    ]
  },
  environmentalPerformance: {
    heading: "Corporate Environmental Performance and Climate Change Adaptation",
    objectiveColumnHeadings: [
      "Business Unit cross-cutting environmental objective",
      "Lead officer",
      "Deliverables / outcomes for 2008/09",
      "Target date"
    ],
    objectives: [
      {
        objective: "The Directorate has committed to the achievement of ISO 14001 during the course of 2008. As a Unit we will identify the aspects of our operations which give rise to significant environmental impacts and develop action plans to reduce them. The Unit will support the implementation of the revised KCC Environment Policy and as a priority identify opportunities to reduce the impact of our buildings and transport on the environment, in support of the Towards 2010 Target 42. In the case of climate change we, like the rest of the Directorate, commit to developing an understanding of the risks and issues during 2008/9",
        leadOfficer: "Carol Parsons",
        deliverables: [
          "Identify opportunities to reduce the impact of our buildings and transport on the environment, in support of the Towards 2010 Target 42.",
          "Identify aspects of our operations which give rise to significant environmental impacts and develop plans to reduce them.",
          "Developed understanding of the risks and issues regarding climate change during 2008/09"
        ],
        targetDate: "Ongoing"
      },
      {
        objective: "To ensure recycling of all plastic, paper and card in ASK offices and to reuse paper and other resources where possible",
        leadOfficer: "Carrie Beech",
        deliverables: [
          "Reduced stationary and consumables costs"
        ],
        targetDate: "March 2009"
      },
      {
        objective: "To improve non-paper based management of information and electronic filing in line with e-government targets",
        leadOfficer: "",
        deliverables: [
          "All letters and non-electronic reports to be scanned in on receipt"
        ],
        targetDate: "March 2009",
        note: "No lead officer printed. The deliverables cell of this printed line also holds \"Reduction in electricity bill\", read as the next row's deliverable (the column runs one line ahead of its rows)."
      },
      {
        objective: "Reduce electricity consumption through switching off lights and appliances when not in use",
        leadOfficer: "",
        deliverables: [
          "Reduction in electricity bill"
        ],
        targetDate: "March 2009",
        note: "No lead officer printed. Deliverable \"Reduction in electricity bill\" is printed on the previous row's line; this row's printed line holds \"Reduced travel costs Research paper presented to ASK DMT on alternative and\", read as the next row's deliverables."
      },
      {
        objective: "Reduce travel costs through targeting work on an area basis where possible and using improved technological solutions to support effective communication",
        leadOfficer: "",
        deliverables: [
          "Reduced travel costs",
          "Research paper presented to ASK DMT on alternative and effective communication technologies"
        ],
        targetDate: "",
        note: "No lead officer or target date printed. Deliverables read from the previous printed line (\"Reduced travel costs Research paper presented to ASK DMT on alternative and\") and this line (\"effective communication technologies\"), rejoined; split into two items at \"Research paper\"."
      }
    ],
    actionColumnHeadings: [
      "Project / development / key action",
      "Evidence of compliance with KCC Environment Policy",
      "Major climate change impacts on service delivery",
      "Adaptive action in 2008/09 (include lead and target date)"
    ],
    actions: [
      {
        action: "Training programme to ensure that all staff can make best use of technologies to communicate effectively",
        complianceEvidence: "Will meet KCC targets to reduce carbon emissions by reducing travel",
        climateImpacts: [
          "Additional training requirements in new ways of working for support staff and advisers and consultants"
        ],
        adaptiveActions: [
          "Middle Management Team produce action plan to track progress towards environmental targets by December 2008"
        ]
      },
      {
        action: "Review all systems to ensure that they meet e-government targets related to non-paper based systems.",
        complianceEvidence: "Reduction of paper based systems",
        climateImpacts: [
          "Entering documents once electronically and then using the information for several purposes",
          "Review the sustainability of the buildings, including the infrastructure, cabling and networks to ensure it meets the needs of service delivery"
        ],
        adaptiveActions: [
          "Explore password protected area to ASK webpages for easy access to key documents and information by December 2008",
          "Work with ISG to look at developing share point options for files and folders as shared documentation to reduce electronic storage by March 2009",
          "Implement the key recommendations of the Cap Gemini review working with Management Information to streamline information trails and manage risk effectively"
        ],
        note: "Every cell is printed over 15 lines (396-410); rejoined, and the two multi-paragraph cells split at their blank lines. \"e-\" / \"government\" is rejoined without a space as \"e-government\"."
      }
    ]
  },
  keyResponsibilities: {
    sectionHeading: "SECTION 2: PRIORITIES AND OBJECTIVES",
    heading: "KEY RESPONSIBILITIES OF THE SERVICE",
    coreObjectivesHeading: "Core objectives of the division:",
    coreObjectives: [
      {
        number: 1,
        numberPrinted: false,
        text: "To support the delivery of a broad, balanced, rich and enjoyable learning curriculum for all children and young people, encompassing personalised learning, creativity and emotional intelligence.",
        note: "Printed without its number; numbered by position."
      },
      {
        number: 2,
        numberPrinted: true,
        text: "To monitor the progress of vulnerable groups of children, particularly LAC (Looked After Children) and those with LDD (Learning Difficulties and Disabilities), and gifted and talented pupils, working with other agencies to secure effective programmes so that pupils receive appropriate levels of care and achieve academic success."
      },
      {
        number: 3,
        numberPrinted: true,
        text: "To support and challenge leaders in schools and settings, to develop robust self-managing and accurate self-evaluation in order to raise standards."
      },
      {
        number: 4,
        numberPrinted: true,
        text: "To monitor and challenge standards of achievement in all schools, settings and clusters, fostering a commitment to the pursuit of excellence."
      },
      {
        number: 5,
        numberPrinted: true,
        text: "To intervene where appropriate, and to provide support for vulnerable schools and settings causing concern or facing challenging circumstances and those where pupils are at risk of underachieving."
      },
      {
        number: 6,
        numberPrinted: true,
        text: "To commission support for staff in schools and settings, to enable them to provide a broad range of opportunities that meet the needs of all children and young people."
      },
      {
        number: 7,
        numberPrinted: true,
        text: "To develop effective governance and leadership skills at all levels in schools, settings and units."
      },
      {
        number: 8,
        numberPrinted: true,
        text: "To build capacity and support the further development of Clusters, local learning and school improvement networks, identifying and supporting the dissemination of effective practice."
      },
      {
        number: 9,
        numberPrinted: true,
        text: "To contribute fully to the implementation of Kent strategies, including the development of Local Children's Services Partnerships, the Early Years and Childcare Strategy, Primary and Secondary Strategies, the 14-19 Learner Strategy, Building Schools of the Future, the Children's Workforce Strategy, the development of Extended Services and Children's Centres and the development of Academies."
      }
    ],
    plannedOutcomesHeading: "Planned Outcomes:",
    plannedOutcomes: [
      {
        number: 1,
        numberPrinted: true,
        text: "All children and young people achieve the highest possible standards and make good progress in relation to their starting points. Schools and settings will be challenged and supported to improve the quality of teaching and learning."
      },
      {
        number: 2,
        numberPrinted: true,
        text: "Effective leadership and governance and use resources to achieve best value. Leaders in all schools and settings, including governors, will be challenged and supported."
      },
      {
        number: 3,
        numberPrinted: true,
        text: "Curriculum innovation will be encouraged and promoted to enable the dissemination and exchange of best practice."
      },
      {
        number: 4,
        numberPrinted: true,
        text: "A focus on continuity of learning and progression in pupil learning will be facilitated by working with settings and schools to improve the transitions between all educational phases."
      },
      {
        number: 5,
        numberPrinted: true,
        text: "Intervention will be targeted at the most vulnerable schools and settings and those in challenging circumstances to ensure that leaders are supported to address key issues for action and to improve the quality of education for all children and young people."
      },
      {
        number: 6,
        numberPrinted: false,
        text: "Close working partnerships will be fostered with all stakeholders to ensure that the vision outlined in the Kent Early Years, Primary and Secondary Strategies is consistently promoted and targets are met.",
        note: "Printed without its number; numbered by position."
      },
      {
        number: 7,
        numberPrinted: true,
        text: "Professional development and training will be provided to over 25,000 school delegates, including increasing numbers and range of support staff roles in schools, alongside tailored/bespoke training sessions for up to 600 governing bodies, with a full training programme for up to 9,000 governors"
      },
      {
        number: 8,
        numberPrinted: true,
        text: "A training programme for staff in 740 settings will be delivered in localities and will reflect the needs of the settings. Training for childminders and care workers is also provided to meet their needs."
      },
      {
        number: 9,
        numberPrinted: true,
        text: "Headteachers, as joint leaders of the service, will play a central role in auditing local needs and compiling Local Children and Young People's Plans. The priorities in the twenty three plans inform the focus of support programmes delivered by the Advisory Service."
      }
    ],
    closingParagraph: "The expertise of successful local practitioners will be commissioned, to deliver a range of professional development courses and workforce development training. This will support the improvement of leadership and governance, teaching and learning and to raise standards of achievement."
  },
  leadRoles: {
    heading: "LEAD ROLES",
    tableTitle: "Key Corporate/Directorate Targets",
    columnHeadings: [
      "Plan",
      "Name of Target in Full",
      "Lead Officer"
    ],
    note: "The table title and column headings are printed at the top of each of the table's four pages (the title variously as \"Key Corporate/D\" + \"Key Corporate/Directorate Targets\", \"Key Corporate/Directorate Targets\", \"Key Corporate/D\" + \"irectorate Targets\"); kept once. A row is one Plan cell with the target(s) and numbered actions printed against it.",
    rows: [
      {
        plan: "Lead on Local Area Agreement Outcome 1 (LPSA 1.3, 1.4)",
        targets: [
          {
            text: "LAA Outcome 1 : To promote the physical, emotional, social and intellectual development of young children so they flourish at home and at school.",
            leadOfficer: "Jennie Landsberg"
          }
        ],
        actions: [],
        note: "Cells printed over several lines; rejoined. Lead officer printed \"Jennie\" / \"Landsberg\" on two lines."
      },
      {
        plan: "CYPP 10 (Actions 47 & 49)",
        targets: [
          {
            text: "CYPP 10: To promote the physical, emotional, social and intellectual development of young children so they flourish at home and at school.",
            leadOfficer: "JL"
          }
        ],
        actions: [
          {
            number: "47",
            text: "Improve the quality of early years provision through training and support to pre schools, quality assurance, the development of Children's Centres and integration of sure Start Local Programmes.",
            leadOfficer: "JL"
          },
          {
            number: "49",
            text: "Improve early education outcomes for children through interventions over a 3-year period to enhance personal, social and emotional development and communication, language and literacy.",
            leadOfficer: "JL",
            strayText: [
              "communication, language and illeracy."
            ],
            note: "\"JL\" is printed twice (on the action's first two lines); kept once. The last line is printed a second time, garbled, as \"communication, language and illeracy.\"; kept in strayText."
          }
        ],
        note: "Cells printed over several lines; rejoined. \"JL\" reads as Jennie Landsberg (the officer named in full on the row above)."
      },
      {
        plan: "Lead on Local Area Agreement Outcome 2 (LPSA 2.1, 2.2)/CYPP Priority 11 (Lead on actions: 50, 51, 52)",
        targets: [
          {
            text: "LAA Outcome 2 : To significantly improve performance in literacy and numeracy in primary schools.",
            leadOfficer: "Principal Adviser Primary"
          },
          {
            text: "CYPP Priority 11: Significantly improve performance in primary schools",
            leadOfficer: ""
          }
        ],
        actions: [
          {
            number: "50",
            text: "Implement the Quest project in 48 of Kent's largest Primary Schools to improve pupil performance in literacy and numeracy.",
            leadOfficer: "Christine Davies"
          },
          {
            number: "51",
            text: "Maximise opportunities through the numeracy and literacy strategies to target underachievement.",
            leadOfficer: "Keith Ransome"
          }
        ],
        note: "Cells printed over several lines; rejoined. The Plan cell names two targets, printed as two target lines. Action 52 is named in the Plan cell but not printed."
      },
      {
        plan: "Support for Local Area Agreement Outcome 5 (LPSA 5) CYPP 12 (Action 56)",
        targets: [
          {
            text: "LAA Outcome 5: To increase attendance in primary schools.",
            leadOfficer: ""
          }
        ],
        actions: [
          {
            number: "56",
            text: "Expand programmes on Emotional Intelligence, Including SEAL.",
            leadOfficer: "Principal Adviser Primary"
          }
        ],
        note: "Cells printed over several lines; rejoined. The CYPP 12 target itself is not printed."
      },
      {
        plan: "Lead on Local Area Agreement Outcome 6 (LPSA 6.1, 6.2, 6.3 & 6.4)",
        targets: [
          {
            text: "LAA Outcome 6 : To increase the number of young people who have the skills and vocational qualifications achieved in year by pupils aged 14 to 18",
            leadOfficer: "Principal Adviser Secondary"
          }
        ],
        actions: []
      },
      {
        plan: "Lead on Towards 2010 – Target 10",
        targets: [
          {
            text: "T2010 Target 10 - Improve the quality of early years education by strengthening the links between preschools/nurseries and primary schools, thereby improving children's ability to learn when they enter primary school",
            leadOfficer: "Jennie Landsberg"
          }
        ],
        actions: []
      },
      {
        plan: "Lead on Towards 2010 – Target 11",
        targets: [
          {
            text: "T2010 Target 11: Help and inspire all our children to do well, with a particular focus on ensuring that the results our seven and 11 year-olds achieve at Key Stage 1 and Key Stage 2 improve faster than the national rate",
            leadOfficer: "Principal Adviser Primary"
          }
        ],
        actions: []
      },
      {
        plan: "Support for Towards 2010 – Target 22",
        targets: [
          {
            text: "T2010 Target 22: Establish a biennial Kent Youth Games and support Kent sports men and women to compete in the 2012 London Olympics and Paralympics",
            leadOfficer: "Danny O'Donovan"
          }
        ],
        actions: []
      },
      {
        plan: "Support for Towards 2010 Target 47",
        targets: [
          {
            text: "T2010 Target 47 : Create and launch initiatives that facilitate more competitive sport in schools, support after-school sports clubs and sponsor more interschool competitions and holiday sports programmes",
            leadOfficer: "Danny O'Donovan"
          }
        ],
        actions: []
      },
      {
        plan: "Support for CYPP Priority 2 (Action 7)",
        targets: [
          {
            text: "CYPP Priority 2: Improve Joint working between services and agencies to achieve the best outcomes for Children and Young People.",
            leadOfficer: ""
          }
        ],
        actions: [
          {
            number: "7",
            text: "Build on the Kent Compact to strengthen the role of voluntary and community sector and faith groups and support them in the effective management of resources and delivery of preventative and early intervention services.",
            leadOfficer: "Jennie Landsberg"
          }
        ]
      },
      {
        plan: "Support for CYPP Priority 5 (Lead on action 02)",
        targets: [
          {
            text: "CYPP Priority 5: With partners ensure that services continue to be developed to improve and promote healthy lifestyle outcomes for Children.",
            leadOfficer: ""
          }
        ],
        actions: [
          {
            number: "20",
            text: "Implement a PSHE strategy to improve the delivery of PSHE and build resilience in children and young people to deal with stress, bullying, domestic violence and other pressures in their lives",
            leadOfficer: "Allan Foster (supporting Health)"
          }
        ],
        note: "Row split by a page break: \"Support for CYPP Priority 5\" / \"(Lead on action\" / \"02)\", and the target \"… to improve and promote\" / \"healthy lifestyle outcomes for Children.\"; rejoined. \"02)\" is printed two lines lower, beside action 59, and is read as the end of this Plan cell; it is likely a misprint of \"20)\", the only action listed. Action 20 and the next row's target \"CYPP Priority 13: Transforming Secondary Education\" are printed in one cell; split."
      },
      {
        plan: "Support for CYPP Priority 13 (Lead on actions: 59, 60 & 62)",
        targets: [
          {
            text: "CYPP Priority 13: Transforming Secondary Education to develop creative and autonomous learners who have access to the best learning opportunities that suit their needs irrespective of background.",
            leadOfficer: ""
          }
        ],
        actions: [
          {
            number: "59",
            text: "Support schools in developing personalised learning by offering a wide range of learning opportunities and teaching methodologies, including enhanced project based learning.",
            leadOfficer: "Don Garman/Peggy Harris"
          },
          {
            number: "60",
            text: "Implement the key strands of the national secondary strategy.",
            leadOfficer: "Don Garman/Peggy Harris"
          },
          {
            number: "62",
            text: "Enhance the school workforce to enable a breadth of learning opportunities and the widespread and effective use of technology",
            leadOfficer: "Carrir Beech",
            note: "\"Carrir Beech\" as printed: a misprint of Carrie Beech (Unit Business Plan Contact, lead on action 72)."
          }
        ],
        note: "\"Support for\" is printed on the line above the rest of the Plan cell, and the target begins in the previous row's action cell (\"… lives  CYPP Priority 13: Transforming Secondary Education\"); rejoined."
      },
      {
        plan: "Support for CYPP Priority 14 (Lead on actions 63, 64, 67, 68, 70 & 72)",
        targets: [
          {
            text: "CYPP Priority 14: Ensure the effectiveness of provision for all children and young people.",
            leadOfficer: ""
          }
        ],
        actions: [
          {
            number: "63",
            text: "Co-ordinate the development of a single cross phase strategy to improve literacy and numeracy skills",
            leadOfficer: "Don Garman"
          },
          {
            number: "64",
            text: "Develop an overarching action plan to narrow the attainment gap between boys and girls across all key stages",
            leadOfficer: "Don Garman/Peggy Harris"
          },
          {
            number: "67",
            text: "Increase the number of schools achieving floor targets in key stages 1 – 4",
            leadOfficer: "Don Garman/Peggy Harris"
          },
          {
            number: "68",
            text: "Enhance the ICT infrastructure and embed in all curriculum areas",
            leadOfficer: "Helen Smith"
          },
          {
            number: "70",
            text: "Improve the quality of leadership of schools within the schools and through collaborative arrangements",
            leadOfficer: "Peggy Harris"
          },
          {
            number: "72",
            text: "Improve the quality of strategic leadership of governors",
            leadOfficer: "Carrie Beech"
          }
        ],
        note: "Cells printed over several lines; rejoined."
      },
      {
        plan: "Support for CYPP Priority 15 (LAA 7) (Action 77)",
        targets: [
          {
            text: "CYPP Priority 15 (LAA 7): Improve participation and engagement by all children and young people and their families in youth, cultural and community activities.",
            leadOfficer: "Alan Foster"
          }
        ],
        actions: [
          {
            number: "77",
            text: "Support Children and Young People to develop their potential by developing life skills, citizenship and spirituality and supporting their cultural and moral development.",
            leadOfficer: "Pamela Draycott"
          }
        ],
        note: "\"Alan Foster\" as printed (the CYPP Priority 5 row prints \"Allan Foster\")."
      },
      {
        plan: "Support for CYPP Priority 17 (LAA6) (Lead on actions 90 & 91) (Support for actions 81, 82 & 87)",
        targets: [
          {
            text: "CYPP Priority 17 (LAA6): Increase the number of young people who have the skills and vocational qualifications for work through implementation of the",
            leadOfficer: "Principal Adviser Secondary"
          }
        ],
        actions: [
          {
            number: "81",
            text: "Work with schools to develop curriculum models to support vocationally related qualifications at levels 1, 2 and 3 and beyond and support the development of communication and interpersonal skills for the workplace",
            leadOfficer: "Richard Wallis/Anthony Smith"
          },
          {
            number: "90",
            text: "Set targets focusing on vulnerable and excluded groups",
            leadOfficer: "Don Garman"
          }
        ],
        note: "Plan cell split by a page break; rejoined. The target text breaks off at \"implementation of the\" and its continuation is not printed. Actions 82, 87 and 91 are named in the Plan cell but not printed."
      },
      {
        plan: "Support for CYPP 21 (LAA 3) (Actions 99 & 101)",
        targets: [
          {
            text: "CYPP Priority 21 (LAA 3): To improve the education of Looked After Children.",
            leadOfficer: "Peggy Harris"
          }
        ],
        actions: [
          {
            number: "99",
            text: "Implement the corporate action plan including the deployment of resources to better meet the needs of children, including prevention of our of county placements and achieving improvements in educational standards for looked after children in line with LAA",
            leadOfficer: ""
          }
        ],
        note: "Target and action 99 are printed in one cell with one Lead Officer (\"Peggy Harris\"), kept on the target. Action 101 is named in the Plan cell but not printed. \"our of county\" as printed (out of county)."
      },
      {
        plan: "Support for CYPP Priority 25 (Target 117 and 122)",
        targets: [
          {
            text: "CYPP P25",
            leadOfficer: "Diana Robinson"
          }
        ],
        actions: [
          {
            number: "117",
            text: "Continue to monitor the educational progress of young people who are disabled or those with learning difficulties to ensure that specific and targeted support is commissioned for under achieving groups.",
            leadOfficer: ""
          },
          {
            number: "122",
            text: "Further develop and improve the co-ordination of multi-agency planning mechanisms to ensure support at all-important phases of transition",
            leadOfficer: ""
          }
        ],
        note: "Target and actions 117 and 122 are printed in one cell with one Lead Officer (\"Diana Robinson\"), kept on the target."
      }
    ]
  },
  budgets: {
    secondary: {
      unit: "Secondary",
      printedText: "CHILDREN FAMILIES & FDUCATION 2008/09 BUDGET Children, Families and Educational Achievement Advisory Service Kent - Secondary 2007-08 2008-09 FTE Controllable FTE Activity Employee Running Costs Contracts & Gross External Internal Controllable Cabinet Expenditure Projects Expenditure Costs £000's Income Income Expenditure Member f.000's f.000's f.000's f.000's f.000's f.000's f.000's 1.116.9 13.4 Curriculum support and widening 19.6 944.4 341.8 1.286.2 -160.0 1.126.2 CW opportunities- base 409.5 47.0 CW 446.5 6.0 Senior secondary advisers 6.0 456.5 0.0 456.5 159.7 0.0 14-19 - standards fund 0.0 0.0 0.0 0.0 0.0 MD 0.0 0.0 CW 0.0 0.0 School intervention project -102.4 102.4 0.0 102.4 0.0 standards fund (ABG) 19.0 Secondary strategy - standards 1.496.4 19.0 1.345.1 159.4 1.504.5 0.0 1.504.5 CW fund (ABG and base) 38.4 Controllable Totals 44.6 2.699.0 3.189.6 -16003.219.5 6506 0.0 3.349.6 0.0 Memorandum Items",
      headings: [
        "CHILDREN FAMILIES & FDUCATION 2008/09 BUDGET",
        "Children, Families and Educational Achievement",
        "Advisory Service Kent - Secondary"
      ],
      lines: [
        {
          activity: "Curriculum support and widening opportunities- base",
          valuesAsPrinted: [
            "1.116.9",
            "13.4",
            "19.6",
            "944.4",
            "341.8",
            "1.286.2",
            "-160.0",
            "1.126.2",
            "CW"
          ],
          note: "Label printed in two parts around the values (\"Curriculum support and widening\" … \"opportunities- base\"). Evident reading (\".\" printed for the thousands comma): 2007-08 controllable 1,116.9, FTE 13.4; 2008-09 FTE 19.6, employee 944.4, running 341.8, gross 1,286.2 (= 944.4 + 341.8), external income -160.0, controllable 1,126.2 (= 1,286.2 - 160.0), cabinet member CW."
        },
        {
          activity: "Senior secondary advisers",
          valuesAsPrinted: [
            "409.5",
            "47.0",
            "CW",
            "446.5",
            "6.0",
            "6.0",
            "456.5",
            "0.0",
            "456.5"
          ],
          note: "Evident reading: 2007-08 controllable 446.5, FTE 6.0; 2008-09 FTE 6.0, employee 409.5, running 47.0 (printed before the label), gross 456.5 (= 409.5 + 47.0), external 0.0, controllable 456.5, CW."
        },
        {
          activity: "14-19 - standards fund",
          valuesAsPrinted: [
            "159.7",
            "0.0",
            "0.0",
            "0.0",
            "0.0",
            "0.0",
            "0.0",
            "MD"
          ],
          note: "Reading: 2007-08 controllable 159.7, FTE 0.0; all 2008-09 values 0.0; cabinet member MD (the total of 2007-08 controllable, 3.219.5, needs 159.7 here)."
        },
        {
          activity: "School intervention project standards fund (ABG)",
          valuesAsPrinted: [
            "0.0",
            "0.0",
            "CW",
            "0.0",
            "0.0",
            "-102.4",
            "102.4",
            "0.0",
            "102.4",
            "0.0"
          ],
          note: "Label printed in two parts (\"School intervention project\" … \"standards fund (ABG)\"), with \"0.0 0.0 CW\" before the first part. Partial reading from the totals: 2007-08 controllable 0.0, FTE 0.0, 2008-09 FTE 0.0, running costs 102.4 (the running costs total 650.6 needs it), gross 102.4, controllable 102.4. \"-102.4\" is printed where employee costs would be; no evident reading (employee costs total 2,699.0 needs 0.0 here), kept as printed."
        },
        {
          activity: "Secondary strategy - standards fund (ABG and base)",
          valuesAsPrinted: [
            "19.0",
            "1.496.4",
            "19.0",
            "1.345.1",
            "159.4",
            "1.504.5",
            "0.0",
            "1.504.5",
            "CW"
          ],
          note: "Label printed in two parts with \"19.0\" before it. Evident reading: 2007-08 controllable 1,496.4, FTE 19.0; 2008-09 FTE 19.0, employee 1,345.1, running 159.4, gross 1,504.5 (= 1,345.1 + 159.4), external 0.0, controllable 1,504.5, CW. The print shows \"19.0\" once before the label and once after \"1.496.4\"."
        },
        {
          activity: "Controllable Totals",
          valuesAsPrinted: [
            "38.4",
            "44.6",
            "2.699.0",
            "3.189.6",
            "-16003.219.5",
            "6506",
            "0.0",
            "3.349.6",
            "0.0"
          ],
          note: "Evident reading (the column sums agree): 2007-08 FTE 38.4, 2007-08 controllable 3,219.5; 2008-09 FTE 44.6, employee 2,699.0, running 650.6 (printed \"6506\"), contracts 0.0, gross 3,349.6, external -160.0, internal 0.0, controllable 3,189.6. \"-16003.219.5\" runs together -160.0 (external income) and 3.219.5 (2007-08 controllable)."
        },
        {
          activity: "Memorandum Items",
          valuesAsPrinted: []
        }
      ],
      trailingAsPrinted: [
        "650.6",
        "3.349.6",
        "-160.0",
        "0.0",
        "34.3",
        "55.9",
        "3.279.8",
        "0.0",
        "44.6",
        "2.699.0",
        "217.6",
        "53.8",
        "3.490.9",
        "Central Overheads",
        "Capital Charges",
        "38.4 Total Cost of Unit",
        "Directorate Overheads"
      ],
      reading: {
        reason: "The Secondary budget is printed garbled (one run of text and stray numbers, \".\" for the thousands comma); these values are its evident reading, in which every column of the activity lines sums to the printed Controllable Totals and gross \u2212 income = controllable on every activity line and the totals. The printed text is kept (printedText, each line's valuesAsPrinted).",
        lines: [
          {
            kind: "activity",
            activity: "Curriculum support and widening opportunities- base",
            controllable2007_08: "1,116.9",
            fte2007_08: "13.4",
            fte2008_09: "19.6",
            employeeCosts: "944.4",
            runningCosts: "341.8",
            contractsAndProjects: "",
            grossExpenditure: "1,286.2",
            externalIncome: "-160.0",
            internalIncome: "",
            controllable2008_09: "1,126.2",
            cabinetMember: "CW",
            note: "Printed 1.116.9 13.4 19.6 944.4 341.8 1.286.2 -160.0 1.126.2 CW: every value in print order; gross 1,286.2 = 944.4 + 341.8, controllable 1,126.2 = 1,286.2 - 160.0."
          },
          {
            kind: "activity",
            activity: "Senior secondary advisers",
            controllable2007_08: "446.5",
            fte2007_08: "6.0",
            fte2008_09: "6.0",
            employeeCosts: "409.5",
            runningCosts: "47.0",
            contractsAndProjects: "",
            grossExpenditure: "456.5",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "456.5",
            cabinetMember: "CW",
            note: "Printed 409.5 47.0 CW 446.5 6.0 6.0 456.5 0.0 456.5: employee 409.5 and running 47.0 printed before the label; gross 456.5 = 409.5 + 47.0."
          },
          {
            kind: "activity",
            activity: "14-19 - standards fund",
            controllable2007_08: "159.7",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "0.0",
            contractsAndProjects: "",
            grossExpenditure: "0.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "MD",
            note: "Printed 159.7 0.0 0.0 0.0 0.0 0.0 0.0 MD: the 2007-08 controllable total 3,219.5 needs 159.7 here; every 2008-09 value is 0.0."
          },
          {
            kind: "activity",
            activity: "School intervention project standards fund (ABG)",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "",
            runningCosts: "102.4",
            contractsAndProjects: "",
            grossExpenditure: "102.4",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "102.4",
            cabinetMember: "CW",
            note: "Printed 0.0 0.0 CW 0.0 0.0 -102.4 102.4 0.0 102.4 0.0: running costs 102.4 (the running costs total 650.6 needs it), gross and controllable 102.4. \"-102.4\" is printed where employee costs would be and fits no column (the employee costs total 2,699.0 needs nothing here): employee costs and income left unread."
          },
          {
            kind: "activity",
            activity: "Secondary strategy - standards fund (ABG and base)",
            controllable2007_08: "1,496.4",
            fte2007_08: "19.0",
            fte2008_09: "19.0",
            employeeCosts: "1,345.1",
            runningCosts: "159.4",
            contractsAndProjects: "",
            grossExpenditure: "1,504.5",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "1,504.5",
            cabinetMember: "CW",
            note: "Printed 19.0 1.496.4 19.0 1.345.1 159.4 1.504.5 0.0 1.504.5 CW: gross 1,504.5 = 1,345.1 + 159.4."
          },
          {
            kind: "controllableTotals",
            activity: "Controllable Totals",
            controllable2007_08: "3,219.5",
            fte2007_08: "38.4",
            fte2008_09: "44.6",
            employeeCosts: "2,699.0",
            runningCosts: "650.6",
            contractsAndProjects: "0.0",
            grossExpenditure: "3,349.6",
            externalIncome: "-160.0",
            internalIncome: "0.0",
            controllable2008_09: "3,189.6",
            cabinetMember: "",
            note: "Printed 38.4 44.6 2.699.0 3.189.6 -16003.219.5 6506 0.0 3.349.6 0.0: \"-16003.219.5\" runs together external income -160.0 and the 2007-08 controllable 3,219.5; running costs printed \"6506\" (650.6); every column equals the sum of the activity lines."
          },
          {
            kind: "memorandumHeading",
            activity: "Memorandum Items",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Central Overheads",
            controllable2007_08: "217.6",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "34.3",
            cabinetMember: "",
            note: "Read from the values printed after the run (34.3 for 2008-09, 217.6 for 2007-08): Total Cost of Unit 3,279.8 = 3,189.6 + 34.3 + 55.9 and 3,490.9 = 3,219.5 + 217.6 + 53.8."
          },
          {
            kind: "memorandum",
            activity: "Directorate Overheads",
            controllable2007_08: "53.8",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "55.9",
            cabinetMember: "",
            note: "Read from the values printed after the run (55.9 for 2008-09, 53.8 for 2007-08), as the Total Cost of Unit sums show."
          },
          {
            kind: "memorandum",
            activity: "Capital Charges",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: "",
            note: "Printed as a label only (\"Capital Charges\"), with no value."
          },
          {
            kind: "totalCostOfUnit",
            activity: "Total Cost of Unit",
            controllable2007_08: "3,490.9",
            fte2007_08: "38.4",
            fte2008_09: "44.6",
            employeeCosts: "2,699.0",
            runningCosts: "650.6",
            contractsAndProjects: "",
            grossExpenditure: "3,349.6",
            externalIncome: "-160.0",
            internalIncome: "0.0",
            controllable2008_09: "3,279.8",
            cabinetMember: "",
            note: "Printed \"38.4 Total Cost of Unit\" and values after the run: 2007-08 3,490.9, 2008-09 3,279.8, repeating FTE 38.4 / 44.6, employee 2,699.0, running 650.6, gross 3,349.6, external -160.0, internal 0.0."
          }
        ]
      },
      note: "The Secondary budget is printed as one run of text (a heading line) followed by values and labels on their own lines; columns cannot be recovered from the print, so values are kept in print order per activity and readings are in notes. Trailing lines, evident reading: 2008-09 Central Overheads 34.3, Directorate Overheads 55.9, Total Cost of Unit 3,279.8 (= 3,189.6 + 34.3 + 55.9); 2007-08 Central Overheads 217.6, Directorate Overheads 53.8, Total Cost of Unit 3,490.9 (= 3,219.5 + 217.6 + 53.8); the Total Cost of Unit row repeats FTE 38.4 (2007-08) and 44.6 (2008-09), employee 2,699.0, running 650.6, gross 3,349.6, external -160.0, internal 0.0."
    },
    units: [
      {
        unit: "Primary",
        headings: [
          "Children, Families and Educational Achievement",
          "Advisory Service Kent - Primary"
        ],
        columnHeadings: [
          "2007-08",
          "200",
          "08-09",
          "Controllable Expenditure £000's",
          "FTE",
          "Activity",
          "FTE",
          "Employee Costs £000's",
          "Running Costs £000's",
          "Contracts Gross & Projects Expenditure £000's £000's",
          "External Income £000's",
          "Internal Income £000's",
          "Controllable Expenditure £000's",
          "Cabinet Member"
        ],
        lines: [
          {
            kind: "activity",
            activity: "Primary ASTs",
            controllable2007_08: "591.5",
            fte2007_08: "10.0",
            fte2008_09: "14.6",
            employeeCosts: "570.2",
            runningCosts: "105.6",
            contractsAndProjects: "",
            grossExpenditure: "675.8",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "675.8",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Quest - PRG",
            controllable2007_08: "0.0",
            fte2007_08: "10.0",
            fte2008_09: "10.0",
            employeeCosts: "0.0",
            runningCosts: "0.0",
            contractsAndProjects: "",
            grossExpenditure: "0.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Primary strategy - base",
            controllable2007_08: "168.6",
            fte2007_08: "0.0",
            fte2008_09: "3.0",
            employeeCosts: "193.3",
            runningCosts: "0.0",
            contractsAndProjects: "",
            grossExpenditure: "193.3",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "193.3",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Primary strategy - standards fund (ABG and base)",
            controllable2007_08: "1,702.1",
            fte2007_08: "27.0",
            fte2008_09: "27.2",
            employeeCosts: "858.7",
            runningCosts: "257.8",
            contractsAndProjects: "",
            grossExpenditure: "1,116.5",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "1,116.5",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Primary languages - standards fund (ABG and Base)",
            controllable2007_08: "250.7",
            fte2007_08: "0.5",
            fte2008_09: "0.5",
            employeeCosts: "101.7",
            runningCosts: "24.0",
            contractsAndProjects: "",
            grossExpenditure: "125.7",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "125.7",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Hands on support - standards fund (ABG)",
            controllable2007_08: "170.0",
            fte2007_08: "6.0",
            fte2008_09: "4.0",
            employeeCosts: "151.0",
            runningCosts: "24.0",
            contractsAndProjects: "",
            grossExpenditure: "175.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "175.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "ICT infrastructure and Whiteboard - standards fund (ABG)",
            controllable2007_08: "325.2",
            fte2007_08: "",
            fte2008_09: "4.8",
            employeeCosts: "249.0",
            runningCosts: "51.2",
            contractsAndProjects: "",
            grossExpenditure: "300.2",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "300.2",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Reading recovery - base",
            controllable2007_08: "235.0",
            fte2007_08: "2.0",
            fte2008_09: "2.0",
            employeeCosts: "0.0",
            runningCosts: "235.0",
            contractsAndProjects: "",
            grossExpenditure: "235.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "235.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "School intervention project - standards fund (ABG)",
            controllable2007_08: "409.6",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "307.2",
            contractsAndProjects: "",
            grossExpenditure: "307.2",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "307.2",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "School improvement partners - standards fund (ABG)",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "0.2",
            employeeCosts: "232.5",
            runningCosts: "194.9",
            contractsAndProjects: "",
            grossExpenditure: "427.4",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "427.4",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Advisory headteachers (locums) - base",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "11.2",
            employeeCosts: "510.2",
            runningCosts: "51.5",
            contractsAndProjects: "",
            grossExpenditure: "561.7",
            externalIncome: "-150.0",
            internalIncome: "",
            controllable2008_09: "411.7",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "School improvement advisers - base",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "10.0",
            employeeCosts: "618.4",
            runningCosts: "37.1",
            contractsAndProjects: "",
            grossExpenditure: "655.5",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "655.5",
            cabinetMember: "CW"
          },
          {
            kind: "controllableTotals",
            activity: "Controllable Totals",
            controllable2007_08: "3,852.7",
            fte2007_08: "58.5",
            fte2008_09: "87.5",
            employeeCosts: "3,485.0",
            runningCosts: "1,288.3",
            contractsAndProjects: "0.0",
            grossExpenditure: "4,773.3",
            externalIncome: "-150.0",
            internalIncome: "0.0",
            controllable2008_09: "4,623.3",
            cabinetMember: "",
            note: "Contracts & Projects and Gross Expenditure are printed in one merged column, here as \"0.0 4,773.3\"; split."
          },
          {
            kind: "memorandumHeading",
            activity: "Memorandum Items",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Central Overheads",
            controllable2007_08: "260.4",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "48.9",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Directorate Overheads",
            controllable2007_08: "64.4",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "79.7",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Capital Charges",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "totalCostOfUnit",
            activity: "Total Cost of Unit",
            controllable2007_08: "4,177.5",
            fte2007_08: "58.5",
            fte2008_09: "87.5",
            employeeCosts: "3,485.0",
            runningCosts: "1,288.3",
            contractsAndProjects: "0.0",
            grossExpenditure: "4,773.3",
            externalIncome: "-150.0",
            internalIncome: "0.0",
            controllable2008_09: "4,751.9",
            cabinetMember: "",
            note: "Contracts & Projects and Gross Expenditure are printed in one merged column, here as \"0.0 4,773.3\"; split."
          }
        ],
        note: "The printed header merges \"Contracts & Projects\" and \"Gross Expenditure\" into one column (\"Contracts Gross & Projects Expenditure £000's £000's\"); activity lines print one value there, read as Gross Expenditure (it equals employee + running costs); the totals print two. The year heading \"2008-09\" is printed split in two cells, \"200\" / \"08-09\"; kept as printed."
      },
      {
        unit: "Early Years",
        headings: [
          "Children, Families and Educational Achievement",
          "Advisory Service Kent - Early Years"
        ],
        columnHeadings: [
          "2007-08",
          "2008-09",
          "Controllable Expenditure £000's",
          "FTE",
          "Activity",
          "FTE",
          "Employee Costs £000's",
          "Running Costs £000's",
          "Contracts & Projects £000's",
          "Gross Expenditure £000's",
          "External Income £000's",
          "Internal Income £000's",
          "Controllable Expenditure £000's",
          "Cabinet Member"
        ],
        lines: [
          {
            kind: "activity",
            activity: "Graduate Leader Fund - sure start grant",
            controllable2007_08: "2,174.0",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "522.9",
            runningCosts: "522.8",
            contractsAndProjects: "",
            grossExpenditure: "1,045.7",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "1,045.7",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "West Kent treasure chest - sure start grant",
            controllable2007_08: "0.0",
            fte2007_08: "2.0",
            fte2008_09: "2.0",
            employeeCosts: "40.0",
            runningCosts: "25.0",
            contractsAndProjects: "",
            grossExpenditure: "65.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "65.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Childcare playbus - sure start grant",
            controllable2007_08: "0.0",
            fte2007_08: "1.0",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "0.0",
            contractsAndProjects: "",
            grossExpenditure: "0.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Aylesham treasure chest - sure start grant",
            controllable2007_08: "0.0",
            fte2007_08: "4.0",
            fte2008_09: "3.8",
            employeeCosts: "110.0",
            runningCosts: "10.0",
            contractsAndProjects: "",
            grossExpenditure: "120.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "120.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Early years - sure start grant",
            controllable2007_08: "1,392.3",
            fte2007_08: "14.0",
            fte2008_09: "9.2",
            employeeCosts: "716.3",
            runningCosts: "654.9",
            contractsAndProjects: "",
            grossExpenditure: "1,371.2",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "1,371.2",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Early years training and quality team - base",
            controllable2007_08: "1,218.8",
            fte2007_08: "12.0",
            fte2008_09: "16.3",
            employeeCosts: "557.8",
            runningCosts: "1,253.6",
            contractsAndProjects: "",
            grossExpenditure: "1,811.4",
            externalIncome: "-11.5",
            internalIncome: "",
            controllable2008_09: "1,799.9",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Early years leadership and management team - base",
            controllable2007_08: "1,053.2",
            fte2007_08: "",
            fte2008_09: "19.1",
            employeeCosts: "1,029.4",
            runningCosts: "79.4",
            contractsAndProjects: "",
            grossExpenditure: "1,108.8",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "1,108.8",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Out of school - sure start grant",
            controllable2007_08: "92.4",
            fte2007_08: "6.0",
            fte2008_09: "1.4",
            employeeCosts: "106.0",
            runningCosts: "153.0",
            contractsAndProjects: "",
            grossExpenditure: "259.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "259.0",
            cabinetMember: "CW"
          },
          {
            kind: "controllableTotals",
            activity: "Controllable Totals",
            controllable2007_08: "5,930.7",
            fte2007_08: "45.0",
            fte2008_09: "51.8",
            employeeCosts: "3,082.4",
            runningCosts: "2,698.7",
            contractsAndProjects: "0.0",
            grossExpenditure: "5,781.1",
            externalIncome: "-11.5",
            internalIncome: "0.0",
            controllable2008_09: "5,769.6",
            cabinetMember: ""
          },
          {
            kind: "memorandumHeading",
            activity: "Memorandum Items",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Central Overheads",
            controllable2007_08: "400.8",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "59.2",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Directorate Overheads",
            controllable2007_08: "99.2",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "96.5",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Capital Charges",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "totalCostOfUnit",
            activity: "Total Cost of Unit",
            controllable2007_08: "6,430.7",
            fte2007_08: "45.0",
            fte2008_09: "51.8",
            employeeCosts: "3,082.4",
            runningCosts: "2,698.7",
            contractsAndProjects: "0.0",
            grossExpenditure: "5,781.1",
            externalIncome: "-11.5",
            internalIncome: "0.0",
            controllable2008_09: "5,925.3",
            cabinetMember: ""
          }
        ]
      },
      {
        unit: "Improvement Partnerships",
        headings: [
          "Children, Families and Educational Achievement",
          "Advisory Service Kent - Improvement Partnerships"
        ],
        columnHeadings: [
          "2007-08",
          "200",
          "8-09",
          "Controllable Expenditure £000's",
          "FTE",
          "Activity",
          "FTE",
          "Employ ee Costs £000's",
          "Running Costs £000's",
          "Contracts & Projects £000's",
          "Gross Expenditu re £000's",
          "External Income £000's",
          "Internal Income £000's",
          "Controllable Expenditure £000's",
          "Cabinet Member"
        ],
        lines: [
          {
            kind: "activity",
            activity: "Leadership advisers - base",
            controllable2007_08: "361.1",
            fte2007_08: "3.0",
            fte2008_09: "9.0",
            employeeCosts: "334.9",
            runningCosts: "51.0",
            contractsAndProjects: "",
            grossExpenditure: "385.9",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "385.9",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Secondary ASTs - base",
            controllable2007_08: "626.6",
            fte2007_08: "9.0",
            fte2008_09: "6.2",
            employeeCosts: "545.6",
            runningCosts: "94.1",
            contractsAndProjects: "",
            grossExpenditure: "639.7",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "639.7",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "School based ASTs - standards fund (ABG)",
            controllable2007_08: "45.3",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "45.3",
            contractsAndProjects: "",
            grossExpenditure: "45.3",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "45.3",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Secondary transformation - base",
            controllable2007_08: "1,120.0",
            fte2007_08: "9.0",
            fte2008_09: "9.0",
            employeeCosts: "1,117.6",
            runningCosts: "79.7",
            contractsAndProjects: ",",
            grossExpenditure: "1,197.3",
            externalIncome: "-1,197.3",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW",
            note: "The Contracts & Projects cell prints a stray \",\"; kept as printed."
          },
          {
            kind: "activity",
            activity: "Primary excellence project - base",
            controllable2007_08: "1,838.6",
            fte2007_08: "23.0",
            fte2008_09: "26.0",
            employeeCosts: "1,581.6",
            runningCosts: "136.3",
            contractsAndProjects: "",
            grossExpenditure: "1,717.9",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "1,717.9",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Local Learning Networks",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "3.0",
            employeeCosts: "100.0",
            runningCosts: "0.0",
            contractsAndProjects: "",
            grossExpenditure: "100.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "100.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Inclusion, achievement and gifted and talented - base",
            controllable2007_08: "0.0",
            fte2007_08: "",
            fte2008_09: "7.2",
            employeeCosts: "504.2",
            runningCosts: "78.8",
            contractsAndProjects: "",
            grossExpenditure: "583.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "583.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Inclusion, achievement and gifted and talented - standards fund (ABG and base)",
            controllable2007_08: "0.0",
            fte2007_08: "",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "14.0",
            contractsAndProjects: "",
            grossExpenditure: "14.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "14.0",
            cabinetMember: "CW"
          },
          {
            kind: "controllableTotals",
            activity: "Controllable Totals",
            controllable2007_08: "3,991.6",
            fte2007_08: "44.0",
            fte2008_09: "60.4",
            employeeCosts: "4,183.9",
            runningCosts: "499.2",
            contractsAndProjects: "0.0",
            grossExpenditure: "4,683.1",
            externalIncome: "-1,197.3",
            internalIncome: "0.0",
            controllable2008_09: "3,485.8",
            cabinetMember: ""
          },
          {
            kind: "memorandumHeading",
            activity: "Memorandum Items",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Central Overheads",
            controllable2007_08: "269.8",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "48.0",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Directorate Overheads",
            controllable2007_08: "66.7",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "78.2",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Capital Charges",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "totalCostOfUnit",
            activity: "Total Cost of Unit",
            controllable2007_08: "4,328.1",
            fte2007_08: "44.0",
            fte2008_09: "60.4",
            employeeCosts: "4,183.9",
            runningCosts: "499.2",
            contractsAndProjects: "0.0",
            grossExpenditure: "4,683.1",
            externalIncome: "-1,197.3",
            internalIncome: "0.0",
            controllable2008_09: "3,612.0",
            cabinetMember: ""
          }
        ],
        note: "The year heading \"2008-09\" is printed split in two cells, \"200\" / \"8-09\"; kept as printed."
      },
      {
        unit: "Professional Development",
        headings: [
          "Children, Families and Educational Achievement",
          "Advisory Service Kent - Professional Development"
        ],
        columnHeadings: [
          "2007-08",
          "2008-09",
          "Controllable Expenditure £000's",
          "FTE",
          "Activity",
          "FTE",
          "Employee Costs £000's",
          "Running Costs £000's",
          "Contracts & Projects £000's",
          "Gross Expenditure £000's",
          "External Income £000's",
          "Internal Income £000's",
          "Controllable Expenditure £000's",
          "Cabinet Member"
        ],
        lines: [
          {
            kind: "activity",
            activity: "East Malling centre",
            controllable2007_08: "205.7",
            fte2007_08: "0.0",
            fte2008_09: "2.9",
            employeeCosts: "82.6",
            runningCosts: "135.9",
            contractsAndProjects: "",
            grossExpenditure: "218.5",
            externalIncome: "-10.9",
            internalIncome: "",
            controllable2008_09: "207.6",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Teaching assistants training and development Folkestone centre (inc. ABG)",
            controllable2007_08: "60.0",
            fte2007_08: "",
            fte2008_09: "2.1",
            employeeCosts: "98.0",
            runningCosts: "42.0",
            contractsAndProjects: "",
            grossExpenditure: "140.0",
            externalIncome: "-80.0",
            internalIncome: "",
            controllable2008_09: "60.0",
            cabinetMember: "CW",
            note: "Activity as printed in one cell, 2007-08 FTE empty; it may run two activities together (\"Teaching assistants training and development\", \"Folkestone centre (inc. ABG)\") with one set of values; not split."
          },
          {
            kind: "activity",
            activity: "Early professional development (+ TDA grant)",
            controllable2007_08: "73.6",
            fte2007_08: "1.0",
            fte2008_09: "3.1",
            employeeCosts: "109.1",
            runningCosts: "544.5",
            contractsAndProjects: "",
            grossExpenditure: "653.6",
            externalIncome: "-580.0",
            internalIncome: "",
            controllable2008_09: "73.6",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "School workforce development - TDA grant",
            controllable2007_08: "0.0",
            fte2007_08: "1.0",
            fte2008_09: "3.0",
            employeeCosts: "155.0",
            runningCosts: "122.0",
            contractsAndProjects: "",
            grossExpenditure: "277.0",
            externalIncome: "-277.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Higher level teaching assistants - TDA grant",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "1.0",
            employeeCosts: "40.0",
            runningCosts: "415.0",
            contractsAndProjects: "",
            grossExpenditure: "455.0",
            externalIncome: "-455.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Returning teachers - TDA grant",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "0.0",
            contractsAndProjects: "",
            grossExpenditure: "0.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Support work in Schools - TDA grant",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "0.0",
            runningCosts: "129.1",
            contractsAndProjects: "",
            grossExpenditure: "129.1",
            externalIncome: "-129.1",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Divisional management",
            controllable2007_08: "955.1",
            fte2007_08: "9.0",
            fte2008_09: "12.4",
            employeeCosts: "838.6",
            runningCosts: "95.2",
            contractsAndProjects: "",
            grossExpenditure: "933.8",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "933.8",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Curriculum development fund",
            controllable2007_08: "159.1",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "18.1",
            runningCosts: "62.0",
            contractsAndProjects: "",
            grossExpenditure: "80.1",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "80.1",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "ASK business management",
            controllable2007_08: "542.4",
            fte2007_08: "53.4",
            fte2008_09: "21.5",
            employeeCosts: "445.4",
            runningCosts: "151.8",
            contractsAndProjects: "",
            grossExpenditure: "597.2",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "597.2",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Governor training",
            controllable2007_08: "40.0",
            fte2007_08: "1.0",
            fte2008_09: "3.0",
            employeeCosts: "183.5",
            runningCosts: "46.5",
            contractsAndProjects: "",
            grossExpenditure: "230.0",
            externalIncome: "-190.0",
            internalIncome: "",
            controllable2008_09: "40.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Training and development",
            controllable2007_08: "522.4",
            fte2007_08: "16.0",
            fte2008_09: "9.0",
            employeeCosts: "598.6",
            runningCosts: "371.5",
            contractsAndProjects: "",
            grossExpenditure: "970.1",
            externalIncome: "-300.0",
            internalIncome: "",
            controllable2008_09: "670.1",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Improving together network",
            controllable2007_08: "1.4",
            fte2007_08: "0.0",
            fte2008_09: "1.0",
            employeeCosts: "35.4",
            runningCosts: "66.0",
            contractsAndProjects: "",
            grossExpenditure: "101.4",
            externalIncome: "-100.0",
            internalIncome: "",
            controllable2008_09: "1.4",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Youth sports trust project - grant",
            controllable2007_08: "0.0",
            fte2007_08: "0.6",
            fte2008_09: "1.0",
            employeeCosts: "38.5",
            runningCosts: "101.5",
            contractsAndProjects: "",
            grossExpenditure: "140.0",
            externalIncome: "-140.0",
            internalIncome: "",
            controllable2008_09: "0.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Five acre wood centre",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "1.0",
            employeeCosts: "25.0",
            runningCosts: "55.0",
            contractsAndProjects: "",
            grossExpenditure: "80.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "80.0",
            cabinetMember: "CW"
          },
          {
            kind: "activity",
            activity: "Competitive sport in schools",
            controllable2007_08: "0.0",
            fte2007_08: "0.0",
            fte2008_09: "0.0",
            employeeCosts: "30.0",
            runningCosts: "120.0",
            contractsAndProjects: "",
            grossExpenditure: "150.0",
            externalIncome: "0.0",
            internalIncome: "",
            controllable2008_09: "150.0",
            cabinetMember: "CW"
          },
          {
            kind: "controllableTotals",
            activity: "Controllable Totals",
            controllable2007_08: "2,559.7",
            fte2007_08: "86.6",
            fte2008_09: "61.0",
            employeeCosts: "2,697.8",
            runningCosts: "2,458.0",
            contractsAndProjects: "0.0",
            grossExpenditure: "5,155.8",
            externalIncome: "-2,262.0",
            internalIncome: "0.0",
            controllable2008_09: "2,893.8",
            cabinetMember: ""
          },
          {
            kind: "memorandumHeading",
            activity: "Memorandum Items",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Central Overheads",
            controllable2007_08: "318.3",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "52.8",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Directorate Overheads",
            controllable2007_08: "78.7",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "86.1",
            cabinetMember: ""
          },
          {
            kind: "memorandum",
            activity: "Capital Charges",
            controllable2007_08: "",
            fte2007_08: "",
            fte2008_09: "",
            employeeCosts: "",
            runningCosts: "",
            contractsAndProjects: "",
            grossExpenditure: "",
            externalIncome: "",
            internalIncome: "",
            controllable2008_09: "",
            cabinetMember: ""
          },
          {
            kind: "totalCostOfUnit",
            activity: "Total Cost of Unit",
            controllable2007_08: "2,956.7",
            fte2007_08: "86.6",
            fte2008_09: "61.0",
            employeeCosts: "2,697.8",
            runningCosts: "2,458.0",
            contractsAndProjects: "0.0",
            grossExpenditure: "5,155.8",
            externalIncome: "-2,262.0",
            internalIncome: "0.0",
            controllable2008_09: "3,032.7",
            cabinetMember: ""
          }
        ]
      }
    ]
  },
  risks: {
    heading: "Risks",
    intro: "The following high level strategic risks have been identified as having specific relevance to the work of Standards and Achievement Division.",
    columnHeadings: [
      "Event",
      "Planned Outcomes",
      "Account able Manger",
      "Existing controls & accountable offers",
      "New tasks/action plans & accountable officers",
      "Curre nt Rating"
    ],
    rows: [
      {
        event: "Primary Attainment: Proposed strategies do not result in raising primary attainment",
        plannedOutcomes: "Ensure resources are focused on raising attainment and proposed strategies are in place",
        accountableManagers: "Don Garman Principal Adviser Primary",
        existingControls: [
          "Six weekly impact reports provided by Principal Adviser to the Director, Standards & Achievement",
          "Primary strategy programmes fully employed and monitored",
          "Targeted support to 176 schools with greatest needs from September 2007",
          "School Improvement Strategy revised and implemented",
          "School Improvement partners in place for all schools.",
          "Primary Challenge Board established"
        ],
        newTasks: [
          "LAA Target and Action Plan",
          "Towards 2010 Action Plan",
          "Implementation of a primary strategic plan",
          "Establishment of role of senior primary managers on a regional basis – working with Area Education Officers to challenge under Performance",
          "Bi-termly tracking of progress of intensive support schools against targets set.",
          "Principal Adviser challenge visits to schools causing concern.",
          "Enhanced monitoring schedule",
          "Monthly review of targeted support by teams to evaluate impact in schools – and redeployment of resources where necessary",
          "Further analysis of data including CVA to inform deployment of resources",
          "Information on school progress towards targets gathered three times per year by school improvement partners",
          "Enhanced programme for schools in need of Intensive Support – RAYS (19 schools); ISP (20 schools); Ensuring Success (ES) (57) schools",
          "Cluster progress challenge – all schools and focus specifically on 127 general and substantial schools",
          "Participation in pilots for CLLD, Every Child Counts and Reading Recovery",
          "Greater use of LA powers of Intervention"
        ],
        currentRating: "I = 4 L = 4 Score = 16 HIGH",
        impact: 4,
        likelihood: 4,
        score: 16,
        note: "Row split by a page break: both lists continue on the next page (\"and monitored\", \"Performance\"); the split items are rejoined (\"Primary strategy programmes fully employed and monitored\"; \"… to challenge under Performance\", presumably \"underperformance\"). Impact, likelihood and score read from \"I = 4 L = 4 Score = 16 HIGH\"."
      },
      {
        event: "Early Years Standards: Proposed strategies do not result in raising standards in Early Years and also leads to failure to achieve local and national targets",
        plannedOutcomes: "Ensure resources are focused on raising attainment and proposed strategies are in place",
        accountableManagers: "Carol Parsons Ian Craig Joanna Wainwrig ht",
        existingControls: [
          "Developing approach to assess quality of Early Years provision and providing support to improve quality",
          "PSA2 Target and action plan with working group",
          "Regular Monitoring"
        ],
        newTasks: [
          "Refresh PSA2 action plans: Focus on Early Years and attendance",
          "Re-focus the EY team to support and challenge.",
          "Develop a Setting Improvement Partner programme",
          "Improve networking between schools and promote the Kent record of transfer",
          "Increase the reliability of FSP moderation",
          "Use the ECERS audit to support setting self-evaluation and action planning",
          "Recruit an additional 52 Cluster Leading Early Years Teachers"
        ],
        currentRating: "I = 4 L = 4 Score = 16 HIGH",
        impact: 4,
        likelihood: 4,
        score: 16,
        note: "\"Joanna Wainwrig ht\" as printed (Joanna Wainwright, the name split by the column width). Impact, likelihood and score read from \"I = 4 L = 4 Score = 16 HIGH\"."
      }
    ]
  },
  consultations: {
    heading: "CONSULTATION EXERCISES, SATISFACTION SURVEYS, REVIEWS",
    intro: [
      "Any planned work (it does not need be a surveys) that will give the residents of Kent an opportunity to consider and give its views on issues so that those views can be taken into account before decisions affecting policies or services are taken. This can be a nil return.",
      "Please see the following example"
    ],
    columnHeadings: [
      "Name",
      "Start and End Date",
      "Feedb ack Date",
      "Target Group/ Sample Size",
      "Target area (Kent, Town, district, ward etc)",
      "External contract or being used",
      "What we want to find out and how we will use the information",
      "Statutory Yes/No",
      "Contact name and details."
    ],
    rows: [
      {
        name: "Consultation on the Integrated Support Strategy for schools and settings",
        startAndEndDate: "April 2008 - Dec 2008",
        feedbackDate: "Jan 2009",
        targetGroupSampleSize: "Schools, Settings and Multi- agency partners",
        targetArea: "Sample of schools and settings",
        externalContract: "No",
        whatWeWantToFindOut: [
          "How existing resources can be co- ordinated to best meet the needs of children and young people"
        ],
        statutory: "No",
        contact: "Kelly. matthews@ke nt.gov.uk",
        note: "Contact as printed; reads Kelly.matthews@kent.gov.uk (spaces from the column width). \"Multi- agency\" and \"co- ordinated\" as printed."
      },
      {
        name: "Survey of school leaders and settings' managers on the work of improvement partners",
        startAndEndDate: "Jan 2008 – March 2008",
        feedbackDate: "March 2009",
        targetGroupSampleSize: "All schools and settings with Improve ment partners",
        targetArea: "Sample of schools and settings",
        externalContract: "No",
        whatWeWantToFindOut: [
          "How effective the work of SIPs is in terms of challenge and support"
        ],
        statutory: "No",
        contact: "Tracey.ben n@kent.go v.uk",
        note: "Contact as printed; reads Tracey.benn@kent.gov.uk. \"Improve ment\" as printed (Improvement). Feedback date \"March 2009\" follows an end date of March 2008, as printed."
      },
      {
        name: "All CPD activities including conferences, bespoke sessions and tailored programmes",
        startAndEndDate: "Ongoing for all activitie s",
        feedbackDate: "Sept 2008 & March 2008",
        targetGroupSampleSize: "All delegates at events",
        targetArea: "Sample of delegates",
        externalContract: "No",
        whatWeWantToFindOut: [
          "Quality of CPD programme in meeting the needs of school settings and clusters",
          "Information regarding future CPD requirements",
          "Impact of CPD on raising standards of achievement",
          "Effectiveness in supporting CPD leadership in schools and settings"
        ],
        statutory: "",
        contact: "Karen.jesti n@kent.go v.uk",
        note: "Row split by a page break: name \"All CPD activities including conferences, bespoke sessions and\" / \"tailored programmes\" and the item \"Impact of CPD on raising standards\" / \"of achievement\" rejoined. Statutory not printed. Contact as printed; reads Karen.jestin@kent.gov.uk. \"activitie s\" as printed (activities). Feedback date \"Sept 2008 & March 2008\" as printed."
      },
      {
        name: "Single CFE CPD Strategy",
        startAndEndDate: "June 2008 – Sept 2008",
        feedbackDate: "Oct 2008 & March 2009",
        targetGroupSampleSize: "All schools and settings",
        targetArea: "Sample of schools and settings",
        externalContract: "No",
        whatWeWantToFindOut: [
          "How schools and settings would like to access professional development and training.",
          "Views of online booking and local access"
        ],
        statutory: "",
        contact: "Dale.evans @kent.gov. uk",
        note: "Statutory not printed. Contact as printed; reads Dale.evans@kent.gov.uk."
      }
    ]
  },
  staffing: {
    heading: "STAFFING",
    capacitySkills: [
      {
        heading: "Capacity, Skills and Developmental Planning",
        paragraphs: [
          "Standards and Achievement Division Staff Development",
          "Key priorities for 2008/9 will include:"
        ],
        bullets: [
          "Ensure equalities and diversity training is completed by all members of staff.",
          "Positive action on recruitment training completed by managers so that all recruitment processes include a panel member who has completed the recruitment training.",
          "ICT training needs analysis completed and a training programme in place to improve ICT skills.",
          "Induction programme continues to strengthen and feedback shows high quality induction for ASK and within individual teams.",
          "Team learning and development plans include key priorities in Business Plan and meet development needs related to performance management objectives.",
          "Succession planning for ASK to identify opportunities for development and job shadowing to prepare key staff for future leadership roles. Age profile of senior management team shows that around 20% of key staff are over the age of 55.",
          "Explore extending partnership with Higher Education to link professional development opportunities to gaining further accreditation or qualifications.",
          "Ensure all teams are prepared to support the new curriculum requirements for Early Years Foundation Stage, Primary and Secondary school new curriculum.",
          "Prepare staff for integrated working and service delivery in order to work effectively within the new Local Children's Services Partnerships."
        ]
      }
    ],
    equalities: [
      {
        heading: "Equalities and Diversity",
        paragraphs: [
          "The Standards and Achievement Division aims to reflect the diverse community of Kent and is committed to and proactive in promoting equality. A safe and accessible working environment is provided, as is fair access to learning & development opportunities to enable all staff to reach their full potential.",
          "The principles of tolerance, understanding and respect for others are paramount. The diversity of all groups are fully acknowledged (relating to social circumstance, gender, race, disability, sexuality, age and faith).",
          "Good practice in equality and diversity will continue to inform all our development activity within Standards and Achievement Division, from basic awareness-raising e.g. during induction programmes, through to the provision of targeted training for those who require a more detailed understanding of equality and diversity agendas."
        ],
        bullets: []
      },
      {
        heading: "Actions:",
        paragraphs: [
          "Standards and Achievement Division has a lead officer who represents the Division on the CFE Equality & Diversity Strategy Group. The CFE Equality and Diversity Strategy group is responsible for ensuring that the Directorate's polices, practices and services are compliant with relevant legislation across the 6 equality strands of age, ethnicity/race, disability, religion/beliefs, gender and sexuality including:",
          "Race Relations (Amendment) Act 2000 Disability Discrimination Act 2005 Equality Act 2006",
          "The Standards and Achievement Division will continue to:"
        ],
        bullets: [
          "Ensure and support the training of staff for interview panels positive recruitment",
          "Follow two ticks in recruitment and positive action",
          "Ensure staff with disability or impairment have the support they require to conduct their work.",
          "Consider and promote equal opportunities when planning training events or allocating spaces oon courses etc"
        ]
      }
    ],
    tableHeading: "Staffing",
    columnHeadings: [
      "",
      "2007 -2008",
      "2008 - 2009"
    ],
    rows: [
      {
        category: "Pt13 and above or equivalent (FTEs)",
        fte2007_08: "196.5",
        fte2008_09: "199.7* (181.5)",
        note: "\"*\" refers to the footnote; the bracketed figure presumably the FTE after September 2008."
      },
      {
        category: "Pt12 and below (FTEs)",
        fte2007_08: "105.6",
        fte2008_09: "105.6**(103.6)",
        note: "\"**\" refers to the second footnote, printed at the very end of the document (after Section 3)."
      },
      {
        category: "TOTAL",
        fte2007_08: "302.1",
        fte2008_09: "305.3"
      },
      {
        category: "Of the above total, the estimated FTE which are externally funded",
        fte2007_08: "58.8",
        fte2008_09: "87.9",
        note: "Category printed over two lines (\"… externally\" / \"funded\"); rejoined."
      }
    ],
    footnotes: [
      {
        marker: "*",
        text: "In September 2008, FTE will be reduced as PEP headteachers and AST are devolved to Clusters"
      },
      {
        marker: "**",
        text: "In September 2008, FTE will be reduced as 2 PEP support staff are devolved to Clusters"
      }
    ],
    note: "The first column heading is empty in the print. The \"**\" footnote is printed at the end of the document, after Section 3; it is kept here with the table it annotates."
  },
  monitoringAndReview: [
    {
      heading: "SECTION 3: MONITORING AND REVIEW - HOW DO WE KNOW WE ARE THERE?",
      paragraphs: [
        "The work and impact of the Standards and Achievement Division is regularly monitored and evaluated by a cross-party group of Members of the County Council along with the three Diocesan Directors. Reports on improvements in terms of pupil standards and achievement and outcomes from inspections are thoroughly scrutinised. Actions and changes to service delivery are critically reviewed in terms of the risk to individual children in the most vulnerable communities across the county.",
        "The divisional management team ensures that central and local funding is used effectively and efficiently and that the Standards and Achievement Division:"
      ],
      bullets: [
        "staff are highly skilled to support a significant step-change in standards in primary schools",
        "include highly skilled practitioners with recent school experience",
        "has sufficient leadership experience and subject knowledge to support effective implementation of the National Primary and Secondary Strategies (including the national school improvement partner programme in all phases)",
        "staff are able to keep abreast of significant national and local developments to support innovative practice"
      ]
    },
    {
      heading: "SECTION 3: MONITORING AND REVIEW - HOW DO WE KNOW WE ARE THERE?",
      continuation: true,
      paragraphs: [
        "External monitoring is undertaken at an annual Standards Meeting by the Regional Directors of the National Strategies who provide feedback on the strengths of our work and identify areas for further development. An Annual Priorities Meeting is conducted and focuses on the wider ECM agenda. This feedback is used to inform our self-evaluation as part of the evidence base for the Annual Performance Assessment."
      ],
      bullets: []
    }
  ]
};
