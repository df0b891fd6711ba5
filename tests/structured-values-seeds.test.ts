// Structured values end to end, on PGlite and PostgreSQL: the seeded database holds
// exactly the strings the table in tests/support/seed-values.ts reads (a new seed string
// without an expected reading fails here), the stored readings are the table's, and the
// GraphQL API serves them beside the printed text and filters on them: actions due in
// spring term 2020 for Peterborough, the total stated funding of Plymouth's plan, NI 94
// and the BVPI codes compared across authorities and Kent's statistical neighbours, and
// one shared catalogue row for every NI / BVPI code the documents print.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStructuredValues } from '@council-plans/core';
import { databases, type TestServer } from './support/servers';
import { BUDGET_AMOUNTS, INDICATOR_VALUES, MONEY, PLANS, TIMESCALES, summariseFlat, summariseTimescale, type PlanKey } from './support/seed-values';

const PLAN_KEY = new Map<string, PlanKey>(Object.entries(PLANS).map(([k, p]) => [p.slug, k as PlanKey]));
const EXPECTED_TIMESCALE = new Map(TIMESCALES.map(([plan, text, expected]) => [`${plan}|${text}`, expected]));
const EXPECTED_MONEY = new Map(MONEY);
const EXPECTED_INDICATOR = new Map(INDICATOR_VALUES);
const EXPECTED_BUDGET = new Map(BUDGET_AMOUNTS);
const BUDGET_COLUMNS = ['controllable2007_08', 'employeeCosts', 'runningCosts', 'contractsAndProjects', 'grossExpenditure', 'externalIncome', 'internalIncome', 'controllable2008_09'];
const BUDGET_STRINGS = `SELECT DISTINCT t FROM (SELECT unnest(ARRAY[${BUDGET_COLUMNS.map((c) => `"${c}"`).join(', ')}]) AS t FROM "KentBudgetLine") x`;

// Every column that prints a timescale, with its plan; copies of core columns (a
// plugin's paired Target Dates, Peterborough's Timescale cell lines, Plymouth's TIMESCALE
// pieces, Worcestershire's When cell) are included so that none escapes the table.
const TIMESCALE_STRINGS = `
SELECT DISTINCT p.slug, x.t FROM "Plan" p JOIN (
  SELECT "planId", "timescaleText" AS t FROM "Action" WHERE "timescaleText" IS NOT NULL
  UNION SELECT a."planId", m."timescaleText" FROM "Milestone" m JOIN "Action" a ON a.id = m."actionId" WHERE m."timescaleText" IS NOT NULL
  UNION SELECT a."planId", s."timescaleText" FROM "PeterboroughImplementationStep" s JOIN "PeterboroughActionRow" r ON r.id = s."rowId" JOIN "Action" a ON a.id = r."actionId" WHERE s."timescaleText" IS NOT NULL
  UNION SELECT a."planId", unnest(r.timescale) FROM "PeterboroughActionRow" r JOIN "Action" a ON a.id = r."actionId"
  UNION SELECT s."planId", unnest(k."targetDates") FROM "KentKeyArea" k JOIN "PlanSection" s ON s.id = k."sectionId"
  UNION SELECT a."planId", unnest(k."targetDates") FROM "KentPartnershipAction" k JOIN "Action" a ON a.id = k."actionId"
  UNION SELECT a."planId", k."targetDates" FROM "KentOperationalAction" k JOIN "Action" a ON a.id = k."actionId"
  UNION SELECT "planId", "targetDate" FROM "KentEnvironmentalItem" WHERE "table" = 'objective'
  UNION SELECT a."planId", r.text FROM "PlymouthResourcePart" r JOIN "PlymouthActionRow" w ON w.id = r."rowId" JOIN "Action" a ON a.id = w."actionId" WHERE r.kind = 'TIMESCALE'
  UNION SELECT a."planId", w."whenText" FROM "WorcestershireActivity" w JOIN "Action" a ON a.id = w."actionId" WHERE w."whenText" IS NOT NULL
) x ON x."planId" = p.id`;

const MONEY_STRINGS = `
SELECT DISTINCT t FROM (
  SELECT text AS t FROM "FundingLine"
  UNION SELECT unnest(costs) FROM "KentKeyArea"
  UNION SELECT unnest(costs) FROM "KentPartnershipAction"
  UNION SELECT text FROM "PlymouthResourcePart" WHERE kind = 'FUNDING'
) x`;

const INDICATOR_STRINGS = `
SELECT DISTINCT t FROM (
  SELECT "valueText" AS t FROM "IndicatorValue"
  UNION SELECT "targetStatus" FROM "IndicatorSeries" WHERE "targetStatus" IS NOT NULL
  UNION SELECT "actual2006_07" FROM "KentKpi"
  UNION SELECT "estimated2007_08" FROM "KentKpi"
  UNION SELECT "target2008_09" FROM "KentKpi"
) x`;

/** The NI and BVPI codes printed in the five documents, read from the files themselves. */
function codesInDocuments(): Set<string> {
  const codes = new Set<string>();
  const root = path.resolve(__dirname, '..', 'packages');
  for (const plugin of fs.readdirSync(root).filter((d) => d.startsWith('plugin-'))) {
    const dir = path.join(root, plugin, 'source');
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\b(NI|BVPI) ?(\d+[a-z]?)\b/g)) codes.add(`${m[1]} ${m[2]}`);
    }
  }
  return codes;
}

/** Whether [start, end] (null = unbounded; both null = undated) overlaps [from, to]. */
function overlaps(start: string | null, end: string | null, from: string, to: string): boolean {
  if (start == null && end == null) return false;
  return (start == null || start <= to) && (end == null || end >= from);
}

/** start and end of a table summary ("2019-11-01..2020-01-31 MONTH …"; "…" for none). */
function interval(summary: string): [string | null, string | null] {
  const m = /^(\S+)\.\.(\S+) /.exec(summary);
  if (!m) return [null, null];
  return [m[1] === '…' ? null : m[1]!, m[2] === '…' ? null : m[2]!];
}

describe.each(await databases())('structured values on $name', (database) => {
  let server: TestServer;
  const query = async (sql: string) => (await server.db.prisma.$queryRawUnsafe(sql)) as Record<string, any>[];
  const gql = async (q: string, v?: Record<string, unknown>) => {
    const r = await server.gql(q, v);
    expect(r.errors).toBeUndefined();
    return r.data as any;
  };
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('holds exactly the timescale, money and indicator strings the table reads', async () => {
    const timescales = (await query(TIMESCALE_STRINGS)).map((r) => `${PLAN_KEY.get(r.slug)}|${r.t}`);
    expect(new Set(timescales)).toEqual(new Set(EXPECTED_TIMESCALE.keys()));
    expect(new Set((await query(MONEY_STRINGS)).map((r) => r.t))).toEqual(new Set(EXPECTED_MONEY.keys()));
    expect(new Set((await query(INDICATOR_STRINGS)).map((r) => r.t))).toEqual(new Set(EXPECTED_INDICATOR.keys()));
    expect(new Set((await query(BUDGET_STRINGS)).map((r) => r.t))).toEqual(new Set(EXPECTED_BUDGET.keys()));
  });

  it("reads Kent's budgets in pounds, and each unit's activity lines add up to its printed Controllable Totals", async () => {
    const data = await gql(`{ plan(slug: "${PLANS.kentOperational.slug}") { kentOperationalPlan { budgets { unit garbled lines { kind activity amounts { column money { text amount amountPence unparsedReason } } } } } } }`);
    const budgets = data.plan.kentOperationalPlan.budgets;
    expect(budgets.length).toBeGreaterThan(0);
    let checked = 0;
    for (const budget of budgets) {
      for (const line of budget.lines) {
        expect(line.amounts.map((a: any) => a.column)).toEqual(BUDGET_COLUMNS);
        for (const a of line.amounts) {
          const expected = EXPECTED_BUDGET.get(a.money.text)!;
          if (expected.startsWith('unparsed')) expect(`unparsed: ${a.money.unparsedReason}`).toBe(expected);
          else expect(Number(a.money.amount).toFixed(2)).toBe(expected);
        }
      }
      // The document's own arithmetic (the garbled Secondary budget's evident reading too): the activity lines sum to the printed total, per column.
      const totals = budget.lines.find((l: any) => l.kind === 'CONTROLLABLE_TOTALS');
      for (const [i, column] of BUDGET_COLUMNS.entries()) {
        const sum = budget.lines.filter((l: any) => l.kind === 'ACTIVITY').reduce((acc: number, l: any) => acc + (l.amounts[i].money.amountPence ?? 0), 0);
        if (totals.amounts[i].money.amountPence == null) continue;
        expect(sum, `${budget.unit} ${column}`).toBe(totals.amounts[i].money.amountPence);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('stores the readings the table expects, read in each plan\'s period', async () => {
    const actions = await query(`SELECT p.slug, a."timescaleText" AS t, a."timescaleParsed" AS parsed, a."dueStart"::text AS s, a."dueEnd"::text AS e FROM "Action" a JOIN "Plan" p ON p.id = a."planId" WHERE a."timescaleText" IS NOT NULL`);
    expect(actions.length).toBeGreaterThan(200);
    for (const a of actions) {
      const expected = EXPECTED_TIMESCALE.get(`${PLAN_KEY.get(a.slug)}|${a.t}`);
      expect(summariseTimescale(a.parsed), a.t).toBe(expected);
      expect([a.s, a.e], a.t).toEqual(interval(expected!));
    }
    const steps = await query(
      `SELECT p.slug, s."timescaleText" AS t, s."timescaleParsed" AS parsed FROM "PeterboroughImplementationStep" s JOIN "PeterboroughActionRow" r ON r.id = s."rowId" JOIN "Action" a ON a.id = r."actionId" JOIN "Plan" p ON p.id = a."planId" WHERE s."timescaleText" IS NOT NULL`,
    );
    for (const s of steps) expect(summariseTimescale(s.parsed), s.t).toBe(EXPECTED_TIMESCALE.get(`${PLAN_KEY.get(s.slug)}|${s.t}`));
    const keyAreas = await query(`SELECT p.slug, k."targetDates" AS t, k."targetDatesParsed" AS parsed FROM "KentKeyArea" k JOIN "PlanSection" s ON s.id = k."sectionId" JOIN "Plan" p ON p.id = s."planId"`);
    for (const k of keyAreas) expect(k.parsed.map(summariseTimescale)).toEqual(k.t.map((t: string) => EXPECTED_TIMESCALE.get(`${PLAN_KEY.get(k.slug)}|${t}`)));
    for (const l of await query(`SELECT text, parsed, amount::text AS amount FROM "FundingLine"`)) {
      expect(summariseFlat(l.parsed, ['amountPence']), l.text).toBe(EXPECTED_MONEY.get(l.text));
      expect(l.amount, l.text).toBe(/amount=(\S+)/.exec(EXPECTED_MONEY.get(l.text)!)?.[1] ?? null);
    }
    for (const v of await query(`SELECT "valueText" AS t, parsed FROM "IndicatorValue"`)) expect(summariseFlat(v.parsed), v.t).toBe(EXPECTED_INDICATOR.get(v.t));
    for (const k of await query(`SELECT "actual2006_07" AS a, "valuesParsed" AS parsed FROM "KentKpi"`)) expect(summariseFlat(k.parsed.actual2006_07)).toBe(EXPECTED_INDICATOR.get(k.a));
  });

  it('refreshes set-based: the same few statements for every plan as for one', async () => {
    const prisma = server.db.prisma;
    const refresh = (scope: Parameters<typeof refreshStructuredValues>[1]) =>
      server.db.statements.measure(() => prisma.$transaction((tx: any) => refreshStructuredValues(tx, scope), { timeout: 60_000 }));
    const plans = await prisma.plan.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const one = await refresh({ planIds: [plans[0]!.id] });
    const all = await refresh({});
    const every = await refresh({ planIds: plans.map((p: { id: number }) => p.id) });
    // Several hundred rows (actions, steps, funding lines, values, Kent's rows) in each;
    // and the search documents of the plans and their actions (issue 21: an upsert and a
    // delete per entity).
    expect(all.statements).toBeLessThanOrEqual(29);
    expect(every.statements).toBe(all.statements);
    expect(one.statements).toBeLessThanOrEqual(all.statements);
  });

  it('recomputes an action from its new text when a write refreshes it', async () => {
    const prisma = server.db.prisma;
    const action = (await prisma.action.findFirst({ where: { plan: { slug: PLANS.peterborough.slug }, timescaleText: 'January 2020' } }))!;
    try {
      await prisma.$transaction(async (tx: any) => {
        await tx.action.update({ where: { id: action.id }, data: { timescaleText: 'Term 5' } });
        await refreshStructuredValues(tx, { actionIds: [action.id] });
      });
      const [row] = await query(`SELECT "dueStart"::text AS s, "dueEnd"::text AS e, "timescaleParsed"->>'text' AS t FROM "Action" WHERE id = ${action.id}`);
      // Term 5 of the plan's academic year 2019/20.
      expect(row).toEqual({ s: '2020-04-01', e: '2020-05-31', t: 'Term 5' });
    } finally {
      await prisma.$transaction(async (tx: any) => {
        await tx.action.update({ where: { id: action.id }, data: { timescaleText: 'January 2020' } });
        await refreshStructuredValues(tx, { actionIds: [action.id] });
      });
    }
  });

  it('lists the actions due in spring term 2020 for Peterborough', async () => {
    const window = { from: '2020-01-01', to: '2020-03-31' };
    const all = await gql(`{ actions(filter: { authorityCode: "peterborough" }, first: 500) { nodes { id timescaleText } } }`);
    // Expected from the table's hand-checked intervals and the documented overlap rule.
    const expected = all.actions.nodes
      .filter((a: any) => a.timescaleText != null && overlaps(...interval(EXPECTED_TIMESCALE.get(`peterborough|${a.timescaleText}`)!), window.from, window.to))
      .map((a: any) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.actions.nodes.length);
    const due = await gql(
      `query($due: DueFilter!) {
        actions(filter: { authorityCode: "peterborough", due: $due }, first: 500) { totalCount nodes { id timescaleText timescale { text start end precision openEnded parts { kind start end } } } }
        plan(slug: "${PLANS.peterborough.slug}") { actions(due: $due) { id } }
        peterboroughActions(filter: { core: { due: $due } }, first: 500) { nodes { id } }
      }`,
      { due: window },
    );
    expect(due.actions.nodes.map((a: any) => a.id)).toEqual(expected);
    expect(due.actions.totalCount).toBe(expected.length);
    expect(due.plan.actions.map((a: any) => a.id)).toEqual(expected);
    expect(due.peterboroughActions.nodes.map((a: any) => a.id)).toEqual(expected);
    // The printed text stays beside its reading.
    const spring = due.actions.nodes.find((a: any) => a.timescaleText.endsWith('Spring 20'));
    expect(spring.timescale).toMatchObject({ text: spring.timescaleText, start: '2019-09-01', end: null, precision: 'SEASON', openEnded: true });
    expect(spring.timescale.parts.at(-1)).toEqual({ kind: 'PERIOD', start: '2020-01-01', end: '2020-03-31' });
    // An action wholly in the autumn term is not due in spring.
    expect(due.actions.nodes.some((a: any) => a.timescaleText === 'September 2019\nBy end of Autumn 2019')).toBe(false);
    expect(all.actions.nodes.some((a: any) => a.timescaleText === 'September 2019\nBy end of Autumn 2019')).toBe(true);
    const backwards = await server.gql(`{ actions(filter: { due: { from: "2020-03-31", to: "2020-01-01" } }) { totalCount } }`);
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("totals the stated funding of Plymouth's plan and finds plans by their total", async () => {
    const data = await gql(`{ plan(slug: "${PLANS.plymouth.slug}") { totalFunding { amount currency countedLines uncountedLines } funding { text money { text amount amountPence currency qualifier perSchool perYear fundingSource unparsedReason } } } }`);
    const { totalFunding, funding } = data.plan;
    // The document's fixed sums: "£374,000 funding secured." and "£46,170 funding."; "Up to £5,000 …", "£15,000 per school."
    // and the lines without an amount are not summed.
    const counted = funding.filter((f: any) => f.money.amount != null && f.money.qualifier == null && !f.money.perSchool && !f.money.perYear);
    expect(counted.map((f: any) => f.text).sort()).toEqual(['£374,000 funding secured.', '£46,170 funding.']);
    expect(totalFunding).toEqual({ amount: String(374_000 + 46_170), currency: 'GBP', countedLines: 2, uncountedLines: funding.length - 2 });
    for (const f of funding) {
      const expected = EXPECTED_MONEY.get(f.text)!;
      expect(f.money.text).toBe(f.text);
      expect(f.money.amount == null ? null : Number(f.money.amount).toFixed(2), f.text).toBe(/amount=(\S+)/.exec(expected)?.[1] ?? null);
      expect(f.money.qualifier, f.text).toBe(/qualifier=(\S+)/.exec(expected)?.[1] ?? null);
      expect(f.money.perSchool, f.text).toBe(expected.includes('perSchool=true'));
      expect(f.money.unparsedReason).toBeNull();
    }
    const exact = await gql(`{ plans(filter: { totalFunding: { min: "420170", max: "420170" } }) { nodes { slug totalFunding { amount } } } }`);
    expect(exact.plans.nodes).toEqual([{ slug: PLANS.plymouth.slug, totalFunding: { amount: '420170' } }]);
    const below = await gql(`{ plans(filter: { totalFunding: { max: "420169.99" } }) { nodes { slug } } }`);
    expect(below.plans.nodes.map((p: any) => p.slug)).not.toContain(PLANS.plymouth.slug);
  });

  it('compares NI 94 across authorities and across Kent and its statistical neighbours', async () => {
    const data = await gql(`{
      all: indicatorComparison(code: "NI 94") { indicator { code title } rows { authority { code } isSubject neighbourRank series { values { kind valueText reading { value unit period status suspect } } } } }
      kent: authority(code: "kent") { id }
    }`);
    expect(data.all.indicator.code).toBe('NI 94');
    expect(data.all.rows.map((r: any) => r.authority.code)).toEqual(['worcestershire']);
    expect(data.all.rows[0].series[0].values).toEqual([
      { kind: 'BASELINE', valueText: '72% (2008)', reading: { value: '72', unit: '%', period: '2008', status: 'VALUE', suspect: false } },
      { kind: 'TARGET', valueText: '84%', reading: { value: '84', unit: '%', period: null, status: 'VALUE', suspect: false } },
      { kind: 'TARGET', valueText: '84%', reading: { value: '84', unit: '%', period: null, status: 'VALUE', suspect: false } },
      { kind: 'TARGET', valueText: 'Not set', reading: { value: null, unit: null, period: null, status: 'NOT_SET', suspect: false } },
    ]);
    const neighbours = await gql(
      `query($kent: ID!) { indicatorComparison(code: "NI 94", authority: $kent, includeNeighbours: true) { rows { authority { code } isSubject neighbourRank series { id } } } }`,
      { kent: data.kent.id },
    );
    const rows = neighbours.indicatorComparison.rows;
    // Kent's own plan names ten statistical neighbours, Worcestershire fifth.
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({ authority: { code: 'kent' }, isSubject: true, neighbourRank: null, series: [] });
    expect(rows.map((r: any) => r.neighbourRank)).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.filter((r: any) => r.series.length).map((r: any) => [r.authority.code, r.neighbourRank])).toEqual([['worcestershire', 5]]);
  });

  it('compares every BVPI code across authorities, with the readings of Kent\'s values', async () => {
    const { indicators } = await gql(`{ indicators(family: "BVPI") { code } }`);
    const codes = indicators.map((i: any) => i.code);
    expect(codes.length).toBe([...codesInDocuments()].filter((c) => c.startsWith('BVPI')).length);
    const fields = codes.map((c: string, i: number) => `c${i}: indicatorComparison(code: "${c}") { indicator { code } rows { authority { code } series { values { valueText reading { value unit status } } } } }`);
    const data = await gql(`{ ${fields.join('\n')} }`);
    for (const [i, code] of codes.entries()) {
      const comparison = data[`c${i}`];
      expect(comparison.indicator.code).toBe(code);
      expect(comparison.rows.map((r: any) => r.authority.code)).toEqual(['kent']);
      for (const v of comparison.rows[0].series[0].values) {
        expect(v.reading).toEqual({ value: v.valueText.replace('%', ''), unit: '%', status: 'VALUE' });
      }
    }
    const bvpi40 = data[`c${codes.indexOf('BVPI 40')}`].rows[0].series[0].values.map((v: any) => v.valueText);
    expect(bvpi40).toEqual(['72%', '73%', '82%']);
    // The KPI row without a code prints a points score with "%": kept, flagged.
    const kpis = await gql(`{ plan(slug: "${PLANS.kentOperational.slug}") { kentOperationalPlan { kpis { code actual2006_07 actualReading { value unit suspect suspectReason } targetReading { unparsedReason } } } } }`);
    const uncoded = kpis.plan.kentOperationalPlan.kpis.find((k: any) => k.code === '');
    expect(uncoded).toMatchObject({ actual2006_07: '392.5%', actualReading: { value: '392.5', unit: '%', suspect: true }, targetReading: { unparsedReason: 'nothing printed' } });
    expect(uncoded.actualReading.suspectReason).toMatch(/points score/);
  });

  it('has one catalogue indicator per NI and BVPI code the documents print, and plugin rows point to it', async () => {
    const data = await gql(`{
      indicators { code family title series { authority { code } } }
      plan(slug: "${PLANS.worcestershire.slug}") { worcestershire { priorityDependencies { laaPriority indicator { code title } } } }
    }`);
    expect(new Set(data.indicators.map((i: any) => i.code))).toEqual(codesInDocuments());
    expect(data.indicators).toHaveLength(codesInDocuments().size);
    // NI 73 is printed only as a dependency, with no title: its title is the code as printed.
    expect(data.plan.worcestershire.priorityDependencies).toEqual([{ laaPriority: 'NI 73', indicator: { code: 'NI 73', title: 'NI 73' } }]);
  });
});
