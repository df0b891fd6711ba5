/**
 * The Herne Bay and Whitstable schools partnership's "Enjoy and Achieve" action plan
 * 2008-9, transcribed from source/000_cd368782f3c1da4c.txt cell by cell (see
 * partnership-plan-types.ts for the conventions). The Lead, Cost and Target Dates
 * columns are kept per key area exactly as printed; pairing them with the bullets is the
 * loader's job (seed/partnership-load.ts) and happens only where the counts allow it.
 */
import type { KentLeadEntrySeed, KentPartnershipPlanSeed } from './partnership-plan-types';

const PEP_HT: KentLeadEntrySeed = { text: 'PEP HT', parties: [{ kind: 'ROLE', name: 'PEP HT' }] };
const PEP_HT_KERRY_MILES: KentLeadEntrySeed = {
  text: 'PEP HT/ Kerry Miles',
  parties: [
    { kind: 'ROLE', name: 'PEP HT' },
    { kind: 'PERSON', name: 'Kerry Miles' },
  ],
};
const LCSP = 'LCSP CYP Plan';

export const partnershipPlan2008: KentPartnershipPlanSeed = {
  sourceFile: '000_cd368782f3c1da4c.txt',
  columns: ['Key Area', 'Actions/ outcomes planned for 2008-9 with costs', 'Lead', 'Cost', 'Target Dates'],
  priorities: [
    {
      number: 1,
      heading: 'Action plan: Enjoy and Achieve Priority 1',
      priority:
        'To improve further pupil progress and attainment across partnership schools and to reduce the gap in attainment between maths, science and literacy',
      successCriteria: [
        '% increase in FSP 6+ and 8+ PESD, CLL, MD and KOW',
        '% increase in Level 3 and 5 pupils',
        '% increase in pupils achieving maths and English at level 4',
        'KLZ in place and used in all schools',
        'All schools with KS2 are at level 3 or lower for MFL',
      ],
      keyAreas: [
        {
          code: '1.01',
          title: 'Early Years',
          bullets: [
            { text: 'EY partnership group project: “Gardening”', bulletPrinted: true },
            {
              text: 'Develop a resource bank to be given on CD to all Infant schools/ settings in the cluster for scooters and bikes role play. This to include maths ideas to support this key area.',
              bulletPrinted: true,
            },
            { text: 'Demonstration of mind mapping for nursery age pupils', bulletPrinted: true },
            { text: 'Develop a resource bank to be given on CD to all Infant schools/ settings in the cluster for ICT /curriculum links', bulletPrinted: true },
            { text: 'Useful planning and assessment proformas to be placed on the Partnership website for open access', bulletPrinted: true },
            {
              text: 'Develop the children centre hubs in Joy Lane, Briary, Swalecliffe and Parkside (Herne Bay) to provide local services to the surrounding areas',
              bulletPrinted: true,
            },
          ],
          links: [
            { text: 'LINKS TO LCSP: CYP PLAN ACHIEVE ECONOMIC WELLBEING TARGET 2.1', toPlanName: LCSP, target: 'ACHIEVE ECONOMIC WELLBEING TARGET 2.1', afterBullet: 6 },
          ],
          leads: [
            { text: 'Jeremy H', parties: [{ kind: 'PERSON', name: 'Jeremy H' }] },
            { text: 'SO’ L AST', parties: [{ kind: 'PERSON', name: 'SO’ L', title: 'AST' }] },
            { text: 'SO’ L AST', parties: [{ kind: 'PERSON', name: 'SO’ L', title: 'AST' }] },
            { text: 'SM AST', parties: [{ kind: 'PERSON', name: 'SM', title: 'AST' }] },
            { text: 'SM AST', parties: [{ kind: 'PERSON', name: 'SM', title: 'AST' }] },
            {
              text: 'PM and Board',
              parties: [
                { kind: 'ROLE', name: 'PM' },
                { kind: 'GROUP', name: 'Board' },
              ],
            },
          ],
          costs: ['£50', '£50'],
          targetDates: ['Term3', 'Term4', 'Term2', 'Term4', 'Term2'],
        },
        {
          code: '1.02',
          title: 'Core subjects: Maths- particular reference to KS2',
          bullets: [
            {
              text: 'New Maths network set up, open to all maths coordinators (including KS3/4) to share good practice through discussion and outside speakers (links to CCW as maths specialist school) with focus on',
              subPoints: ['1.problem solving,', '2.calculations', '3. assessment and impact on planning', '4. Schools challenge'],
              bulletPrinted: true,
            },
            { text: 'Introduction of Pennywise: finance/ PHSE for KS2 pupils:', bulletPrinted: true },
            { text: 'Links to G&T network: see 1.06', bulletPrinted: true },
          ],
          links: [],
          leads: [PEP_HT, { text: 'A F- Whit Juns', parties: [{ kind: 'PERSON', name: 'A F', organisation: 'Whit Juns' }] }],
          costs: ['£50', '£100', '£380'],
          targetDates: ['Term2 onwards', 'Term 3', 'Term 6'],
          note: '"A F- Whit Juns" is read as the person A F of "Whit Juns" (a Whitstable junior school).',
        },
        {
          code: '1.03',
          title: 'Writing at KS1 and 2',
          bullets: [
            {
              text: 'LLN commissioned training by ASK for literacy coordinators to develop of teaching of guided writing, the integrated teaching sequence and narrowing the gender gap during 2008-9',
              subPoints: [
                '1.Using IT/film to inspire and engage learners',
                '2.Cross curricular opportunities identified to inspire learners leading to high quality work for given audience',
                '3.Develop children’s skills relating to composition and effect',
              ],
              bulletPrinted: true,
            },
            { text: 'Investigate and make an informed decision on the MYST writing project as a possible partnership project Links to HOS plan', bulletPrinted: true },
            { text: 'Moderation and levelling at KS1 and 2 across partnership schools through literacy coordinators group', bulletPrinted: true },
          ],
          links: [],
          leads: [PEP_HT_KERRY_MILES, PEP_HT, { text: 'AST Literacy', parties: [{ kind: 'ROLE', name: 'AST Literacy' }] }],
          costs: ['ASK funded'],
          targetDates: ['Term 3', 'Term 2', 'ongoing'],
        },
        {
          code: '1.04',
          title: 'Reading',
          bullets: [
            { text: 'Promote the successful use of Reading Recovery at Briary School across the partnership schools', bulletPrinted: true },
            { text: 'Investigate the project Teacher as Readers and consider introduction in interested Partnership Schools', bulletPrinted: true },
            {
              text: 'LLN commissioned training by ASK for literacy coordinators to develop of teaching of guided reading, the integrated teaching sequence and narrowing the gender gap during 2008-9',
              subPoints: [
                '1.Using IT and other visual stimuli as well as print to inspire and engage learners and using professional story teller as an inspiration to launch the event',
                '2.Cross curricular opportunities identified to inspire learners leading to high quality outcomes in reading',
                '3. Develop the pupils’ skills in inference and deduction relating to comprehension skills.',
              ],
              bulletPrinted: true,
            },
          ],
          links: [],
          leads: [PEP_HT],
          costs: ['£500', 'ASK funded'],
          targetDates: ['Term 4', 'Term 3', 'Term3/4'],
        },
        {
          code: '1.05',
          title: 'Science KS1 and 2',
          bullets: [
            {
              text: 'LLN commissioned training by ASK for science coordinators',
              subPoints: [
                '1. to develop the process of levelling and moderation.',
                '2. Bringing enjoyment into the science curriculum.',
                '3. Use of ICT',
                '4. An overview of the Kent science scheme so that teachers can make informed decisions as to take up',
              ],
              bulletPrinted: true,
            },
            { text: 'Sharing good practice from two partnership schools through an “Snappy science ideas” publication', bulletPrinted: true },
            { text: 'Promote the use of the science support partner and encourage a further two partnership teachers to become support partners', bulletPrinted: true },
          ],
          links: [],
          leads: [PEP_HT_KERRY_MILES],
          costs: ['ASK funded', '£400'],
          targetDates: ['Term 2 and 3', 'Term4', 'Term3'],
        },
        {
          code: '1.06',
          title: 'Gifted and talented pupils',
          bullets: [
            {
              text: 'New G&T network set up, open to all G&T coordinators (including KS3/4) to share good practice through discussion and outside speakers (links to CCU) on',
              subPoints: [
                '1. Updating Policy',
                '2.Identification of pupils',
                '3. Implications for planning- support for subject leaders',
                '3. implementation of additional materials',
                '4. Supporting talent in the partnership',
              ],
              bulletPrinted: true,
            },
            { text: 'LLN G&T conference for Canterbury coastal and city partnerships', bulletPrinted: true },
            { text: 'Partnership schools lead and are involved in pupil projects in maths and ICT', bulletPrinted: true },
            { text: 'Artist in residence working with identified talented pupils', bulletPrinted: true },
            { text: '“Signposting for talented pupils” booklet distributed to every school', bulletPrinted: true },
          ],
          links: [],
          leads: [PEP_HT],
          costs: ['£50', '£500', '£600', '£800', '£50'],
          targetDates: ['Term 2 onwards', 'Term 5', 'Term6', 'Term6', 'Term1 -2009'],
        },
        {
          code: '1.07',
          title: 'HOS',
          separatePlan: 'SEE SEPARATE PLAN (HANDS ON SUPPORT PLAN 2008-10)',
          bullets: [{ text: 'SEE SEPARATE PLAN (HANDS ON SUPPORT PLAN 2008-10)', bulletPrinted: false }],
          links: [{ text: 'SEE SEPARATE PLAN (HANDS ON SUPPORT PLAN 2008-10)', toPlanName: 'Hands on Support Plan 2008-10', afterBullet: 0 }],
          leads: [PEP_HT],
          costs: ['£45011'],
          targetDates: ['Ongoing'],
        },
        {
          code: '1.08',
          title: 'MFL',
          separatePlan: 'SEE SEPARATE PLAN (LED BY BARTON COURT)',
          bullets: [{ text: 'SEE SEPARATE PLAN (LED BY BARTON COURT)', bulletPrinted: false }],
          links: [],
          leads: [
            {
              text: 'Barton Court- PEP HT',
              parties: [
                { kind: 'ORGANISATION', name: 'Barton Court' },
                { kind: 'ROLE', name: 'PEP HT' },
              ],
            },
          ],
          costs: ['£12800'],
          targetDates: ['Ongoing'],
        },
        {
          code: '1.09',
          title: 'Music',
          separatePlan: 'SEE SEPARATE PLAN (WIDER OPPORTUNITIES MUSIC PLAN)',
          bullets: [
            { text: 'Herne Bay schools participate in a Christmas Concert', bulletPrinted: true },
            { text: 'One day signing course for carols open to all schools', bulletPrinted: true },
            { text: 'Partnership schools to take part in a KS1 singing afternoon at a Herne Bay or Whitstable venue', bulletPrinted: true },
          ],
          links: [{ text: 'SEE SEPARATE PLAN (WIDER OPPORTUNITIES MUSIC PLAN)', toPlanName: 'Wider Opportunities Music Plan', afterBullet: 0 }],
          leads: [
            { text: 'R H', parties: [{ kind: 'PERSON', name: 'R H' }] },
            { text: 'D P', parties: [{ kind: 'PERSON', name: 'D P' }] },
            { text: 'ASTs music', parties: [{ kind: 'ROLE', name: 'ASTs music' }] },
          ],
          costs: [],
          targetDates: ['Term 2', 'Term2', 'Term 6'],
          note: 'The "SEE SEPARATE PLAN" line is printed without a bullet before the three bullets; the Cost cell is empty.',
        },
        {
          code: '1.10',
          title: 'Humanities',
          bullets: [
            {
              text: 'Set up a cross partnership group of Humanities coordinator/ interested teachers group with menu of events planned following audit (supported by a Chartered Geographer)',
              bulletPrinted: true,
            },
          ],
          links: [],
          leads: [
            { text: 'A C', parties: [{ kind: 'PERSON', name: 'A C' }] },
            { text: 'AST history', parties: [{ kind: 'ROLE', name: 'AST history' }] },
          ],
          costs: ['£600'],
          targetDates: ['Term 2 onwards'],
        },
        {
          code: '1.11',
          title: '20-12',
          bullets: [
            { text: 'Olympic sign up day sports', bulletPrinted: true },
            { text: 'Partnership games', bulletPrinted: true },
            {
              text: 'Raise 20-12 profile by choosing and working on a key focus across a group of schools. Work to be displayed on website, libraries and other Arts venues',
              bulletPrinted: true,
            },
          ],
          links: [],
          leads: [
            {
              text: 'LT-F, FO AST PE',
              parties: [
                { kind: 'PERSON', name: 'LT-F' },
                { kind: 'PERSON', name: 'FO', title: 'AST PE' },
              ],
            },
            { text: 'SSCo and above', parties: [{ kind: 'ROLE', name: 'SSCo' }] },
          ],
          costs: ['£50', '£50', '£500'],
          targetDates: ['Term 1', 'Term 6', 'Ongoing'],
        },
        {
          code: '1.12',
          title: 'Develop initiatives and systems that support children in transition/transfer from one Key Stage to another',
          bullets: [
            { text: 'Pre-School to reception Early Years booklet to be continued', bulletPrinted: true },
            { text: 'Vulnerable children Pre-School to Reception (children and parents) Project to continue', bulletPrinted: true },
            { text: 'County Pilot KS1 to KS2 Project', bulletPrinted: true },
            { text: 'Involvement in the KS2 County transition project by all partnership schools', bulletPrinted: true },
            { text: 'Vulnerable children KS2 to KS3 (children and parents) Project to continue', bulletPrinted: true },
            { text: 'KS2 to KS3 Transfer Booklet', bulletPrinted: true },
            { text: 'Produce DVD and support guidelines for multi-agency partners to support the transition of Minority Ethnic pupils', bulletPrinted: true },
          ],
          links: [{ text: 'LINKS TO LCSP CYP PLAN ENJOY AND ACHIEVE TARGET 1.5', toPlanName: LCSP, target: 'ENJOY AND ACHIEVE TARGET 1.5', afterBullet: 7 }],
          leads: [
            {
              text: 'Partnership Team plus Social Services & Health (when appropriate for individual Children)',
              parties: [
                { kind: 'GROUP', name: 'Partnership Team' },
                { kind: 'ORGANISATION', name: 'Social Services' },
                { kind: 'ORGANISATION', name: 'Health' },
              ],
            },
            { text: 'MCAS Team', parties: [{ kind: 'GROUP', name: 'MCAS Team' }] },
          ],
          costs: ['£1000', '£1000', '£1500'],
          targetDates: ['Ongoing', '2009'],
        },
      ],
    },
    {
      number: 2,
      heading: 'Action plan: Enjoy and Achieve Priority 2',
      priority: 'Further develop levels of leadership and management at all levels across the Partnership schools to support improved pupil progress and attainment',
      successCriteria: [
        'OFSTED inspections grade Leadership and Management as good or better',
        'Rate of teacher drop out is reduced.',
        'Each Headteacher is confident that foundation subject assessment is satisfactory or better in their school',
        'Higher % of pupils say they feel happy at school',
        'Total number of schools to achieve QES increased by 2',
      ],
      keyAreas: [
        {
          code: '2.01',
          title: 'Building capacity within the Partnership Schools',
          bullets: [
            { text: 'Inspirational Leadership- Partnership Conference – Contender Charlie- 2 venues', bulletPrinted: true },
            { text: 'A&DHT members to engage in the experience of seeing the development of a different primary system', bulletPrinted: true },
            { text: '121 meetings with interested A&DGTs to discuss future career at an individual level', bulletPrinted: true },
            { text: 'A&DHTs general course “Applying for a Headship”', bulletPrinted: true },
            { text: 'LLN commissioned training Pivotal (Middle) leaders Course led by CCCU', bulletPrinted: true },
            {
              text: 'Half day subject coordinator training- management and/ or strategic leadership offered to be tailored to individual/ groups of schools',
              bulletPrinted: true,
            },
            { text: 'NQTs to meet as a Partnership at Reculver, with additional visits to AST and outstanding schools planned', bulletPrinted: true },
          ],
          links: [],
          leads: [PEP_HT],
          costs: ['£ 5000', '£1000', '£50'],
          targetDates: ['Term 4,5', 'Term 5/6', 'Term2/3', 'Term3', 'Term 3', 'Ongoing', 'Ongoing'],
        },
        {
          code: '2.02',
          title: 'Identification and dissemination of Good Practice for Leaders',
          bullets: [
            {
              text: 'Focussed Learning Walks for practitioners who have taught between 1 and 4 years in LLN schools with outstanding OFSTED grade, ASTs and leading teachers. This to be undertaken in 1 week, each participant to annotate 10 photographs for dissemination.',
              bulletPrinted: true,
            },
            { text: 'HT group session: sharing SEFs and HT reports to GB', bulletPrinted: true },
            { text: 'Further development of the Partnership website and the HT newsletters', bulletPrinted: true },
          ],
          links: [],
          leads: [PEP_HT],
          costs: ['£5000- TDA monies'],
          targetDates: ['Term 6', 'Term 5', 'Ongoing'],
        },
        {
          code: '2.03',
          title: 'Pupils as leaders in their learning',
          bullets: [
            { text: 'Promotion of P4C across interested schools', bulletPrinted: true },
            { text: 'Raise the profile of pupil directed learning to relate to the creative curriculum through sharing practice links via PEP HT', bulletPrinted: true },
            { text: 'Further develop the role of the Partnership Schools Parliament to influence the CYP Plan', bulletPrinted: true },
            { text: 'Establish a network of PSHE co-ordinators across the Cluster to inform work with School Councils', bulletPrinted: true },
          ],
          links: [
            { text: 'LINKS TO LCSP CYP PLAN MAKING A POSITIVE CONTRIBUTION TARGET 1.1', toPlanName: LCSP, target: 'MAKING A POSITIVE CONTRIBUTION TARGET 1.1', afterBullet: 4 },
          ],
          leads: [
            { text: 'Herne B Inf', parties: [{ kind: 'ORGANISATION', name: 'Herne B Inf' }] },
            PEP_HT,
            { text: 'St Marys', parties: [{ kind: 'ORGANISATION', name: 'St Marys' }] },
            {
              text: 'ESDM/ CCC/ St Marys',
              parties: [
                { kind: 'ROLE', name: 'ESDM' },
                { kind: 'ORGANISATION', name: 'CCC' },
                { kind: 'ORGANISATION', name: 'St Marys' },
              ],
            },
          ],
          costs: ['£500'],
          targetDates: ['Term 1', 'Ongoing', 'Term 2-5'],
        },
        {
          code: '2.04',
          title: 'SENCo group',
          separatePlan: 'SEE SEPARATE PLAN LED BY SENCO GROUP (CURRENTLY BEING WRITTEN)',
          bullets: [{ text: 'SEE SEPARATE PLAN LED BY SENCO GROUP (CURRENTLY BEING WRITTEN)', bulletPrinted: false }],
          links: [],
          leads: [{ text: 'Sarah Symmonds', parties: [{ kind: 'PERSON', name: 'Sarah Symmonds' }] }],
          costs: [],
          targetDates: ['2008-9'],
          note: 'The Cost cell is empty.',
        },
        {
          code: '2.05',
          title: 'Management of Pupil Wellbeing with particular regard to Health, attendance and transition.',
          bullets: [
            { text: 'Partnership team support for schools to achieve Healthy Schools Award', bulletPrinted: true },
            { text: 'Partnership teams monitor and analyse termly attendance in all schools and deploy EWOs effectively to improve attendance', bulletPrinted: true },
            { text: 'EWOs to work closely with Partners when individuals known to Social Services/Police', bulletPrinted: true },
            { text: 'Expand programmes on Emotional Intelligence, including SEAL support for school to achieve attendance targets', bulletPrinted: true },
          ],
          links: [
            { text: 'LINKS TO LCSP CYP PLAN BEING HEALTHY TARGET 1.1', toPlanName: LCSP, target: 'BEING HEALTHY TARGET 1.1', afterBullet: 1 },
            { text: 'LINKS TO LCSP CYP PLAN ENJOY AND ACHIEVE TARGET 1.2', toPlanName: LCSP, target: 'ENJOY AND ACHIEVE TARGET 1.2', afterBullet: 4 },
          ],
          notes: ['Transition- See 1.12'],
          leads: [
            { text: 'ESDM', parties: [{ kind: 'ROLE', name: 'ESDM' }] },
            { text: 'Attendance Service/', parties: [{ kind: 'GROUP', name: 'Attendance Service' }] },
            {
              text: 'EWOs /PM',
              parties: [
                { kind: 'ROLE', name: 'EWOs' },
                { kind: 'ROLE', name: 'PM' },
              ],
            },
            { text: 'St. Mary’s', parties: [{ kind: 'ORGANISATION', name: 'St. Mary’s' }] },
          ],
          costs: [],
          targetDates: ['2009', '2008', '2009', '2009'],
          note: 'The Lead column prints four lines ("Attendance Service/" and "EWOs /PM" on separate lines), read as four entries; the Cost cell is empty.',
        },
        {
          code: '2.06',
          title: 'Management of extended services in schools to develop outward facing leadership',
          bullets: [
            { text: 'Targeted schools invited to attend Better Together Conference to jump start additional services', bulletPrinted: true },
            { text: 'Pilot project of dual visits by ESDM and SIP to develop extended services in 4 key schools', bulletPrinted: true },
            { text: 'Audit of parent courses across partnership schools and agreement by schools to promote to all parents.', bulletPrinted: true },
            { text: 'Bespoke governor training to ensure Governors understand the new ways of thinking across the partnership (Better Together)', bulletPrinted: true },
          ],
          links: [
            { text: 'LINKS TO LCSP CYP PLAN ECONOMIC CONTRIBUTION TARGET 1.1', toPlanName: LCSP, target: 'ECONOMIC CONTRIBUTION TARGET 1.1', afterBullet: 4 },
          ],
          leads: [
            { text: 'ESDM', parties: [{ kind: 'ROLE', name: 'ESDM' }] },
            { text: 'ESDM', parties: [{ kind: 'ROLE', name: 'ESDM' }] },
            { text: 'PEPHT', parties: [{ kind: 'ROLE', name: 'PEPHT' }] },
          ],
          costs: [],
          targetDates: ['Term2', 'Term2', 'Term 3', 'Term 5/6'],
          note: 'The Cost cell is empty.',
        },
        {
          code: '2.07',
          title: 'Behaviour Management : Improve behaviour and reduce exclusions',
          bullets: [
            {
              text: 'Agree and implement the Single Point of Access process, and align with the already established Cluster Based Reviews, DIF (see Staying Safe 1.1',
              bulletPrinted: true,
            },
            { text: 'Provide additional support to YP through the Alternative Curriculum Resource Centre', bulletPrinted: true },
            {
              text: 'Form a working party of HTs and interested parties to manage changes re: Alternative Curriculum and devolved money for out of school pupils',
              bulletPrinted: true,
            },
            { text: 'Continue to utilise protocols for sharing the placement and support of vulnerable pupils: In Year Fair Access Protocol', bulletPrinted: true },
          ],
          links: [{ text: 'LINKS TO LCSP CYP PLAN ENJOY AND ACHIEVE TARGET 1.1', toPlanName: LCSP, target: 'ENJOY AND ACHIEVE TARGET 1.1', afterBullet: 3 }],
          leads: [
            { text: 'Partnership Board', parties: [{ kind: 'GROUP', name: 'Partnership Board' }] },
            { text: 'CSS', parties: [{ kind: 'GROUP', name: 'CSS' }] },
            { text: 'PM', parties: [{ kind: 'ROLE', name: 'PM' }] },
            {
              text: 'PM and HT Reps',
              parties: [
                { kind: 'ROLE', name: 'PM' },
                { kind: 'ROLE', name: 'HT Reps' },
              ],
            },
          ],
          costs: [],
          targetDates: ['2008', '2008', '2008', 'Ongoing'],
          note: '"Partnership" and "Board" are printed on separate lines of the Lead column and read as one entry, "Partnership Board"; the fourth bullet continues on the next printed line ("vulnerable pupils: In Year Fair Access Protocol"); the Cost cell is empty.',
        },
        {
          code: '2.08',
          title: 'Further support management of tracking all vulnerable groups',
          bullets: [
            {
              text: 'As SIP, raise any issues arising from analysis of SAT outcomes for vulnerable groups including boys and girls, minority ethnic and looked after children with the school leadership team.',
              bulletPrinted: true,
            },
            { text: 'Ensure school staff are engaged in focussed pupil progress meetings - informed by tracking of target pupils.', bulletPrinted: true },
          ],
          links: [{ text: 'LINKS TO LCSP CYP PLAN LOOKED AFTER CHILDREN', toPlanName: LCSP, target: 'LOOKED AFTER CHILDREN', afterBullet: 2 }],
          leads: [
            {
              text: 'PEP HT/ AN',
              parties: [
                { kind: 'ROLE', name: 'PEP HT' },
                { kind: 'PERSON', name: 'AN' },
              ],
            },
          ],
          costs: [],
          targetDates: ['Term 2 ongoing'],
          note: 'The Cost cell is empty.',
        },
      ],
    },
  ],
};
