// Synthetic plans at national scale, for the benchmark (bench/) and for the tests that
// check the number of SQL statements does not grow with the number of rows.
//
// Deterministic from a seed: the same options give the same rows with the same ids, so
// two servers (or two runs) can be compared value for value. Rows are written with
// explicit ids into an empty database, in big batches through `json_populate_recordset`
// (one parameter per batch, so the same code loads PGlite and PostgreSQL quickly).
import type { RawSql } from '../db/database';
import type { PrismaClient } from '../db/prisma';
import { refreshStructuredValues } from '../values/refresh';

export interface SyntheticOptions {
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Number of authorities. Default 150. */
  authorities?: number;
  /** Plans per authority. Default 3. */
  plansPerAuthority?: number;
  /** Total number of actions, spread evenly over the plans. Default 100 000. */
  actions?: number;
  /** Top-level sections per plan. Default 6. */
  sectionsPerPlan?: number;
  /** Responsible parties per authority. Default 30. */
  partiesPerAuthority?: number;
  /** Indicator series per plan (each with a baseline, two targets and an actual). Default 5. */
  seriesPerPlan?: number;
  /** The plugins' generators of their own tables' rows (`CouncilPlugin.synthetic`). Default none. */
  plugins?: readonly (() => SyntheticPluginRows)[];
}

export interface SyntheticCounts {
  authorities: number;
  plans: number;
  sections: number;
  actions: number;
  actionParties: number;
  progressUpdates: number;
  fundingLines: number;
  indicatorSeries: number;
  indicatorValues: number;
  /** Rows the plugins' `synthetic` generators wrote, by table. */
  pluginRows: Record<string, number>;
}

/**
 * A plugin's part of the synthetic data set (`CouncilPlugin.synthetic`): it is told of
 * every action as it is generated, with the generator's random source (so the data stays
 * deterministic), and hands back its own tables' rows with explicit ids.
 */
export interface SyntheticPluginRows {
  forAction(actionId: number, index: number, random: () => number): void;
  tables(): [string, Record<string, unknown>[]][];
}

type Row = Record<string, unknown>;

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Improve', 'Raise', 'Extend', 'Review', 'Embed', 'Develop', 'Support', 'Monitor', 'Strengthen', 'Reduce'];
const OBJECTS = ['phonics teaching', 'attendance', 'KS2 writing outcomes', 'governor training', 'SEND provision', 'early years places', 'NEET follow-up', 'school leadership', 'transition to secondary', 'parental engagement'];
const TIMESCALES = ['Autumn term 2019', 'Spring 2020', 'By end of Summer 2020', 'Term 2 onwards', 'Ongoing', 'March 2021', '2019-20', 'Termly'];
const THEMES = ['Teaching and learning', 'Leadership', 'Inclusion', 'Early years', 'Post-16', 'Partnerships', 'Attendance', 'Governance'];
const RAG = ['RED', 'AMBER', 'GREEN', 'BLUE', null] as const;
const PARTY_KINDS = ['PERSON', 'ROLE', 'ORGANISATION', 'GROUP'] as const;
const ROLES = ['LEAD', 'RESPONSIBLE', 'SUPPORT', 'PARTNER'] as const;
const VALUE_KINDS = ['BASELINE', 'TARGET', 'TARGET', 'ACTUAL'] as const;
const INDICATORS = 40;

/** The rows of a synthetic data set, table by table, in insertion order. */
export function generateSynthetic(options: SyntheticOptions = {}): { tables: [string, Row[]][]; counts: SyntheticCounts } {
  const o = {
    seed: 1,
    authorities: 150,
    plansPerAuthority: 3,
    actions: 100_000,
    sectionsPerPlan: 6,
    partiesPerAuthority: 30,
    seriesPerPlan: 5,
    ...options,
  };
  const rand = prng(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (n: number) => Math.floor(rand() * n);
  const now = '2026-01-01T00:00:00.000Z';

  const authorities: Row[] = [];
  const parties: Row[] = [];
  const plans: Row[] = [];
  const sections: Row[] = [];
  const actions: Row[] = [];
  const actionParties: Row[] = [];
  const progress: Row[] = [];
  const funding: Row[] = [];
  const indicators: Row[] = [];
  const series: Row[] = [];
  const values: Row[] = [];
  const pluginParts = (o.plugins ?? []).map((make) => make());

  for (let i = 1; i <= INDICATORS; i++) {
    indicators.push({ id: i, code: `SYN ${i}`, family: 'Synthetic', title: `Synthetic indicator ${i}`, unit: '%', polarity: 'HIGHER_IS_BETTER' });
  }
  const planCount = o.authorities * o.plansPerAuthority;
  for (let a = 1; a <= o.authorities; a++) {
    authorities.push({ id: a, code: `syn-${a}`, name: `Synthetic Council ${a}`, kind: 'unitary authority', region: pick(['North East', 'London', 'South West', 'East of England']), createdAt: now, updatedAt: now });
    for (let p = 0; p < o.partiesPerAuthority; p++) {
      parties.push({ id: (a - 1) * o.partiesPerAuthority + p + 1, authorityId: a, kind: PARTY_KINDS[p % 4], name: `Party ${p} of council ${a}`, title: p % 3 ? `Officer ${p}` : null });
    }
  }
  let sectionId = 0;
  let actionId = 0;
  for (let n = 0; n < planCount; n++) {
    const planId = n + 1;
    const authorityId = Math.floor(n / o.plansPerAuthority) + 1;
    const year = 2008 + (n % o.plansPerAuthority);
    plans.push({
      id: planId,
      slug: `syn-${authorityId}-plan-${n % o.plansPerAuthority}`,
      authorityId,
      title: `Education Improvement Plan ${year}/${(year + 1) % 100} of council ${authorityId}`,
      periodText: `${year}/${(year + 1) % 100}`,
      periodStart: `${year}-09-01`,
      periodEnd: `${year + 1}-08-31`,
      status: 'PUBLISHED',
      format: 'synthetic',
      createdAt: now,
      updatedAt: now,
    });
    const firstSection = sectionId + 1;
    for (let s = 0; s < o.sectionsPerPlan; s++) {
      sectionId++;
      sections.push({ id: sectionId, planId, kind: 'THEME', code: String(s + 1), title: THEMES[s % THEMES.length], position: s });
    }
    // Spread the actions evenly (the first plans take the remainder).
    const inPlan = Math.floor(o.actions / planCount) + (n < o.actions % planCount ? 1 : 0);
    for (let k = 0; k < inPlan; k++) {
      actionId++;
      const section = firstSection + (k % o.sectionsPerPlan);
      const position = Math.floor(k / o.sectionsPerPlan);
      actions.push({
        id: actionId,
        planId,
        sectionId: section,
        code: `${(k % o.sectionsPerPlan) + 1}.${position + 1}`,
        title: `${pick(VERBS)} ${pick(OBJECTS)} (${actionId})`,
        position,
        timescaleText: pick(TIMESCALES),
        ragStatus: pick(RAG),
        createdAt: now,
        updatedAt: now,
      });
      const partyBase = (authorityId - 1) * o.partiesPerAuthority + 1;
      const first = int(o.partiesPerAuthority);
      const second = (first + 1 + int(o.partiesPerAuthority - 1)) % o.partiesPerAuthority;
      actionParties.push({ id: actionParties.length + 1, actionId, partyId: partyBase + first, role: 'LEAD', position: 0 });
      actionParties.push({ id: actionParties.length + 1, actionId, partyId: partyBase + second, role: pick(ROLES.slice(1)), position: 1 });
      for (let u = 0; u < 2; u++) {
        progress.push({
          id: progress.length + 1,
          actionId,
          recordedOn: `${year + u}-0${3 + int(6)}-1${int(9)}`,
          ragStatus: pick(RAG),
          narrative: `Update ${u + 1}: ${pick(VERBS).toLowerCase()}d ${pick(OBJECTS)}`,
          createdAt: now,
        });
      }
      for (const part of pluginParts) part.forAction(actionId, k, rand);
      if (k % 2 === 0) {
        funding.push({ id: funding.length + 1, planId, actionId, text: `£${(1 + int(200)) * 500} from ${pick(['DSG', 'Standards Fund', 'core budget'])}`, currency: 'GBP', position: 0 });
      }
    }
    for (let s = 0; s < o.seriesPerPlan; s++) {
      const id = series.length + 1;
      series.push({ id, indicatorId: ((n * o.seriesPerPlan + s) % INDICATORS) + 1, authorityId, planId, targetStatus: pick(['Stretch', 'Statutory', null]) });
      VALUE_KINDS.forEach((kind, position) => {
        values.push({ id: values.length + 1, seriesId: id, kind, periodText: `${year + position - 1}/${(year + position) % 100}`, valueText: `${50 + int(40)}%`, position });
      });
    }
  }

  const pluginTables = pluginParts.flatMap((part) => part.tables());
  return {
    tables: [
      ['Authority', authorities],
      ['ResponsibleParty', parties],
      ['Indicator', indicators],
      ['Plan', plans],
      ['PlanSection', sections],
      ['Action', actions],
      ['ActionParty', actionParties],
      ['ProgressUpdate', progress],
      ['FundingLine', funding],
      ['IndicatorSeries', series],
      ['IndicatorValue', values],
      ...pluginTables,
    ],
    counts: {
      authorities: authorities.length,
      plans: plans.length,
      sections: sections.length,
      actions: actions.length,
      actionParties: actionParties.length,
      progressUpdates: progress.length,
      fundingLines: funding.length,
      indicatorSeries: series.length,
      indicatorValues: values.length,
      pluginRows: Object.fromEntries(pluginTables.map(([table, rows]) => [table, rows.length])),
    },
  };
}

/**
 * Generates and writes a synthetic data set into a migrated, empty database (explicit
 * ids; the id sequences are moved past them so later inserts work).
 */
export async function loadSynthetic(sql: RawSql, options: SyntheticOptions = {}, batchSize = 5000, prisma?: PrismaClient): Promise<SyntheticCounts> {
  const { tables, counts } = generateSynthetic(options);
  for (const [table, rows] of tables) {
    if (!rows.length) continue;
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].map((c) => `"${c}"`).join(', ');
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = JSON.stringify(rows.slice(i, i + batchSize));
      await sql.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [batch]);
    }
    await sql.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
  // With a Prisma client, the data is made whole as a real write path leaves it: the
  // structured forms parsed and every search document built (refreshStructuredValues of
  // everything, with the registered plugins).
  if (prisma) await prisma.$transaction((tx) => refreshStructuredValues(tx, {}), { timeout: 600_000, maxWait: 60_000 });
  await sql.exec('ANALYZE');
  return counts;
}

/** The slug of the n-th synthetic plan (0-based), for queries. */
export function syntheticPlanSlug(n: number, plansPerAuthority = 3): string {
  return `syn-${Math.floor(n / plansPerAuthority) + 1}-plan-${n % plansPerAuthority}`;
}

/**
 * The query a front end loads a whole plan with: sections, actions, parties,
 * timescales, funding, progress and indicator targets. The benchmark and the
 * statements-per-request test use this one document.
 */
export const NESTED_PLAN_QUERY = /* GraphQL */ `
  query NestedPlan($slug: String!) {
    plan(slug: $slug) {
      slug
      title
      periodText
      status
      authority { code name }
      sections {
        code
        title
        kind
        position
        actions {
          code
          title
          timescaleText
          ragStatus
          parties { role position party { name kind } }
          funding { text }
          progressUpdates { recordedOn ragStatus narrative }
        }
      }
      indicatorSeries {
        targetStatus
        indicator { code title }
        values { kind periodText valueText }
      }
    }
  }
`;

/**
 * The national dashboard's query: a filtered page of actions across every council,
 * sorted by code, with the plan and authority of each.
 */
export const ACTIONS_PAGE_QUERY = /* GraphQL */ `
  query ActionsPage($after: String) {
    actions(first: 50, after: $after, filter: { ragStatus: [RED] }, orderBy: { by: CODE, direction: ASC }) {
      pageInfo { endCursor hasNextPage }
      nodes { code title ragStatus timescaleText plan { slug authority { code } } }
    }
  }
`;
