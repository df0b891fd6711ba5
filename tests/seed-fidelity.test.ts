// Issue 19: the seed documents served exactly. Each misreading the audit found, by kind, as
// printed text → expected reading: first against the transcriptions and parsers (every
// instance in the documents, found from the source files, not only the audit's examples),
// then over HTTP on PGlite and PostgreSQL, as a user sees it.
//
// - a combined timescale keeps every part of its meaning ("July 2008 onwards Oct 2008"
//   stays open-ended); a misprinted part is left out with a flag, the clear parts read;
// - deliverables printed with a nested list keep it: a parent with its sub-items;
// - a cell merged across rows is attached to every row it spans, marked shared;
// - a garbled budget is served with its evident reading, flagged, beside the print;
// - names are neither split nor collapsed, and every party name is printed;
// - the Kent operational plan's funding total counts its budget tables.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnparsed, parseTimescale, refreshStructuredValues } from '@council-plans/core';
import { parsePlanLinks } from '../packages/plugin-kent/src/plan-links';
import { partiesInCell } from '../packages/plugin-kent/src/seed/common';
import { operationalPlanUnits1to2 } from '../packages/plugin-kent/src/seed/operational-plan-units-1-2';
import { operationalPlanUnits3to5 } from '../packages/plugin-kent/src/seed/operational-plan-units-3-5';
import { operationalPlanTables } from '../packages/plugin-kent/src/seed/operational-plan-tables';
import { actionPlan2018 } from '../packages/plugin-plymouth/src/seed/action-plan-2018';
import { databases, type TestServer } from './support/servers';

const KENT_OPS_SOURCE = fs.readFileSync(path.resolve(__dirname, '../packages/plugin-kent/source/001_ac97e373afde824a.txt'), 'utf8');
const OPERATIONAL = 'kent-standards-and-achievement-operational-plan-2008-9';
const PARTNERSHIP = 'kent-herne-bay-whitstable-enjoy-and-achieve-2008-9';
const PLYMOUTH = 'plymouth-action-plan-to-improve-pupil-outcomes-2018';
const KENT_PERIOD = { start: '2008-04-01', end: '2009-03-31' };

const squash = (s: string) => s.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** The list items of a printed cell with their depth (1 for the top level), in printed order. */
function listItems(cell: string): { text: string; depth: number }[] {
  const items: { text: string; depth: number }[] = [];
  let depth = 0;
  let current: { text: string; depth: number } | null = null;
  for (const token of cell.split(/(<\/?ul>|<\/?li>)/)) {
    if (token === '<ul>') depth++;
    else if (token === '</ul>') depth--;
    else if (token === '<li>') items.push((current = { text: '', depth }));
    else if (token === '</li>') current = null;
    else if (current) current.text += token;
    else if (items.length && token.trim()) items.at(-1)!.text += token;
  }
  return items.map((i) => ({ text: squash(i.text), depth: i.depth })).filter((i) => i.text);
}

describe('seed fidelity: the transcriptions and parsers', () => {
  it('keeps every nested deliverable list of the Kent operational plan nested, as printed', () => {
    // Every cell of the source with a list inside a list item, by its row's code.
    const printed = KENT_OPS_SOURCE.split('\n')
      .filter((line) => /<ul>(?:(?!<\/ul>).)*<ul>/.test(line))
      .map((line) => {
        const cells = line.split('\t');
        return { code: cells[0]!.trim(), items: listItems(cells.find((c) => /<ul>(?:(?!<\/ul>).)*<ul>/.test(c))!) };
      });
    expect(printed.map((p) => p.code)).toEqual(['1.1.1', '3.5.4', '3.5.5', '5.5.2']);
    const rows = [...operationalPlanUnits1to2, ...operationalPlanUnits3to5].flatMap((u) => u.objectives.flatMap((o) => o.actions));
    for (const { code, items } of printed) {
      const row = rows.find((r) => r.code === code && r.deliverables.length === items.length)!;
      expect(row.deliverables.map(squash), code).toEqual(items.map((i) => i.text));
      // Expected nesting: each depth-2 item under the depth-1 item before it.
      const expected: { parent: number; children: number[] }[] = [];
      items.forEach((item, i) => {
        if (item.depth === 1) return;
        let parent = i - 1;
        while (items[parent]!.depth !== 1) parent--;
        const group = expected.find((g) => g.parent === parent);
        if (group) group.children.push(i);
        else expected.push({ parent, children: [i] });
      });
      expect(row.deliverableNesting, code).toEqual(expected);
    }
    // And no other row claims a nesting the print does not show.
    expect(rows.filter((r) => r.deliverableNesting).length).toBe(printed.length);
  });

  it('reads combined timescales whole: "onwards" stays open-ended, a misprinted part is left out with a flag', () => {
    const onwards = parseTimescale('July 2008 onwards Oct 2008', KENT_PERIOD);
    expect(isUnparsed(onwards)).toBe(false);
    expect(onwards).toMatchObject({ start: '2008-07-01', end: null, openEnded: true, suspect: false, parts: [{ kind: 'FROM', start: '2008-07-01', end: null }, { kind: 'PERIOD', start: '2008-10-01', end: '2008-10-31' }] });
    // As "Sept 2008 onwards" elsewhere in the same plan.
    expect(parseTimescale('Sept 2008 onwards', KENT_PERIOD)).toMatchObject({ openEnded: true, end: null });
    // "from X Y" is still a range.
    expect(parseTimescale('from April 2008 March 2009', KENT_PERIOD)).toMatchObject({ start: '2008-04-01', end: '2009-03-31', openEnded: false });

    const misprint = parseTimescale('March 2009 Sept 2008 2000', KENT_PERIOD);
    expect(misprint).toMatchObject({ start: '2008-09-01', end: '2009-03-31', suspect: true, parts: [{ text: 'march 2009' }, { text: 'sept 2008' }] });
    expect((misprint as { suspectReason: string }).suspectReason).toMatch(/"2000" lies more than 3 years outside the plan's period/);
    // Nothing but a misprint: not read.
    expect(parseTimescale('2000', KENT_PERIOD)).toMatchObject({ unparsed: expect.stringMatching(/probably a misprint/) });
  });

  it('keeps the names of plans a links cell prints whole', () => {
    // Every "Links to other plans" cell naming "Local CYPP": one link, not "… Local" and "CYPP".
    const cells = [...operationalPlanUnits1to2, ...operationalPlanUnits3to5].flatMap((u) => u.objectives.flatMap((o) => o.actions.map((a) => a.links))).filter((l) => /Local CYPP/.test(l));
    expect(cells).toEqual(['Cluster Plans and Local CYPP ASK Unit 5', 'Cluster Plans and Local CYPP ASK Units 1,2,3']);
    expect(parsePlanLinks(cells[0]!)).toEqual([
      { toPlanName: null, target: null, text: 'Cluster Plans and Local CYPP' },
      { toPlanName: 'ASK Unit', target: '5', text: 'ASK Unit 5' },
    ]);
    expect(parsePlanLinks('Cluster Plans ASK Unit 5 ASK Unit 1').map((l) => l.text)).toEqual(['Cluster Plans', 'ASK Unit 5', 'ASK Unit 1']);
    // The county CYPP is still read.
    expect(parsePlanLinks('CYPP Priority 10')).toEqual([{ toPlanName: 'CYPP', target: 'Priority 10', text: 'CYPP Priority 10' }]);
  });

  it("keeps a label printed beside a person in one row as that row's, not the person's title", () => {
    const cell = 'Area 1- Chris Davies Area 2 – Rosemary Ferguson Area 3 – Julia Power Area 4 – Keith Ransom Area 5 – Diana Robinson Area 6 – Sheila Wilding';
    const parties = partiesInCell(cell);
    expect(parties.map((p) => [p.name, p.label, p.title])).toEqual([
      ['Chris Davies', 'Area 1', undefined],
      ['Rosemary Ferguson', 'Area 2', undefined],
      ['Julia Power', 'Area 3', undefined],
      ['Keith Ransom', 'Area 4', undefined],
      ['Diana Robinson', 'Area 5', undefined],
      ['Sheila Wilding', 'Area 6', undefined],
    ]);
    expect(partiesInCell('Chris Berry (I&A)')).toEqual([{ kind: 'PERSON', name: 'Chris Berry', label: 'I&A' }]);
  });

  it('gives the garbled Secondary budget its evident reading, which reconciles as printed', () => {
    const secondary = operationalPlanTables.budgets.secondary;
    const lines = secondary.reading!.lines;
    const n = (s: string) => (s === '' ? 0 : Math.round(Number(s.replace(/,/g, '')) * 10));
    const COLUMNS = ['controllable2007_08', 'fte2007_08', 'fte2008_09', 'employeeCosts', 'runningCosts', 'contractsAndProjects', 'grossExpenditure', 'externalIncome', 'internalIncome', 'controllable2008_09'] as const;
    const activities = lines.filter((l) => l.kind === 'activity');
    const totals = lines.find((l) => l.kind === 'controllableTotals')!;
    for (const c of COLUMNS) expect(activities.reduce((sum, l) => sum + n(l[c]), 0), c).toBe(n(totals[c]));
    // gross − income = controllable, on every activity line and the totals.
    for (const l of lines.filter((x) => x.grossExpenditure !== '' && x.kind !== 'totalCostOfUnit')) {
      expect(n(l.grossExpenditure) + n(l.externalIncome) + n(l.internalIncome), l.activity).toBe(n(l.controllable2008_09));
    }
    // Total Cost of Unit = controllable + overheads, both years.
    const memo = (a: string) => lines.find((l) => l.activity === a)!;
    for (const c of ['controllable2007_08', 'controllable2008_09'] as const) {
      expect(n(totals[c]) + n(memo('Central Overheads')[c]) + n(memo('Directorate Overheads')[c])).toBe(n(memo('Total Cost of Unit')[c]));
    }
    // Every figure read is printed in the run or after it ("." for the thousands comma).
    const printedNumbers = new Set([...secondary.printedText.matchAll(/-?[\d.]+/g), ...secondary.trailingAsPrinted.flatMap((t) => [...t.matchAll(/-?[\d.]+/g)])].map((m) => m[0]));
    // (A figure may be printed run into another: 3.219.5 in "-16003.219.5".)
    const unprinted = lines.flatMap((l) => COLUMNS.map((c) => l[c])).filter((v) => v !== '' && !printedNumbers.has(v.replace(/,/g, '.')) && !secondary.printedText.includes(v.replace(/,/g, '.')));
    expect(unprinted).toEqual([]);
    // Each printed line is read under its own activity.
    expect(secondary.lines.filter((l) => l.valuesAsPrinted.length).every((l) => lines.some((r) => r.activity === l.activity))).toBe(true);
  });

  it('marks the Plymouth Success Criteria cell printed once across four rows as spanning them', () => {
    const rows = actionPlan2018.themes.flatMap((t) => t.rows);
    const spanning = rows.filter((r) => (r.successCriteriaSpan ?? 1) > 1);
    expect(spanning.map((r) => [r.actions[0], r.successCriteriaSpan])).toEqual([['Establish and embed a Board of Education with key partners.', 4]]);
    const i = rows.indexOf(spanning[0]!);
    // The rows it spans continue its objective and print no criteria of their own.
    for (const r of rows.slice(i + 1, i + 4)) expect([r.objective, r.successCriteria]).toEqual([null, []]);
  });
});

describe.each(await databases())('seed fidelity over HTTP on $name', (database) => {
  let server: TestServer;
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

  const kentAction = async (code: string, fields: string) => {
    const data = await gql(`query($slug: String!) { plan(slug: $slug) { actions { code ${fields} } } }`, { slug: OPERATIONAL });
    return data.plan.actions.filter((a: any) => a.code === code);
  };

  it('serves "July 2008 onwards Oct 2008" open-ended, so actions due in January 2009 include it', async () => {
    const [row] = await kentAction('1.5.5', 'timescaleText timescale { start end openEnded suspect parts { kind start end } }');
    expect(row.timescale).toEqual({ start: '2008-07-01', end: null, openEnded: true, suspect: false, parts: [{ kind: 'FROM', start: '2008-07-01', end: null }, { kind: 'PERIOD', start: '2008-10-01', end: '2008-10-31' }] });
    const due = await gql(`{ actions(first: 500, filter: { authorityCode: "kent", due: { from: "2009-01-01", to: "2009-01-31" } }) { nodes { code timescaleText } } }`);
    expect(due.actions.nodes).toContainEqual({ code: '1.5.5', timescaleText: 'July 2008 onwards Oct 2008' });
  });

  it('reads the clear parts of a timescale with a misprinted year and flags it', async () => {
    const data = await gql(`query($slug: String!) { plan(slug: $slug) { actions { code timescaleText timescale { start end suspect suspectReason unparsedReason } } } }`, { slug: OPERATIONAL });
    const misprinted = data.plan.actions.filter((a: any) => a.timescaleText === 'March 2009 Sept 2008 2000');
    expect(misprinted.length).toBeGreaterThan(0);
    for (const a of misprinted) {
      expect(a.timescale).toMatchObject({ start: '2008-09-01', end: '2009-03-31', suspect: true, unparsedReason: null });
      expect(a.timescale.suspectReason).toMatch(/"2000"/);
    }
    // Nothing else in the plan is flagged.
    expect(data.plan.actions.filter((a: any) => a.timescale?.suspect).length).toBe(misprinted.length);
  });

  it('serves nested deliverables as a parent with its sub-items, in the milestones and the Kent row', async () => {
    const [row] = await kentAction('1.1.1', 'milestones { text parent { text } children { text parent { text } } } kentOperationalAction { deliverables deliverableItems { text subItems } }');
    expect(row.milestones.length).toBe(7);
    expect(row.milestones.map((m: any) => m.text)).not.toContain('reading');
    const parent = row.milestones[1];
    expect(parent.text).toBe('2008 FSP data continues to close the gap between National and Kent performance in');
    expect(parent.parent).toBeNull();
    expect(parent.children.map((c: any) => c.text)).toEqual(['emotional development', 'linking sounds to letters', 'reading', 'writing']);
    expect(parent.children.every((c: any) => c.parent.text === parent.text)).toBe(true);
    expect(row.milestones.filter((m: any) => m.children.length).length).toBe(1);
    expect(row.kentOperationalAction.deliverables.length).toBe(7);
    expect(row.kentOperationalAction.deliverableItems[1]).toEqual({ text: parent.text, subItems: ['emotional development', 'linking sounds to letters', 'reading', 'writing'] });
    const [five] = await kentAction('5.5.2', 'milestones { text children { text } }');
    expect(five.milestones.map((m: any) => [m.text, m.children.length])).toEqual([
      ['Learning Networks are established in priority areas on a model of curriculum development or action research. Lead conference / research lead', 0],
      ['Learning networks are able to demonstrate that improvements in curriculum provision increases', 3],
      ['Publish exemplars across a range of models of the curriculum', 0],
    ]);
  });

  it('attaches the Success Criteria cell merged across four Plymouth rows to every row, marked shared', async () => {
    const data = await gql(`query($slug: String!) { plan(slug: $slug) { actions { title successCriteria { text shared } } } }`, { slug: PLYMOUTH });
    const titles = ['Establish and embed a Board of Education with key partners.', 'Re-vamp arrangements for School to school challenge and support.', 'Establish regular MAT CEO/LA Meetings.', 'Establish regular meetings for Head Teachers of maintained Schools'];
    const rows = titles.map((t) => data.plan.actions.find((a: any) => a.title === t));
    for (const r of rows) {
      expect(r.successCriteria).toEqual([{ text: expect.stringMatching(/^Plymouth Education Board \(PEB\) establish with clear terms of reference/), shared: true }]);
    }
    const shared = data.plan.actions.flatMap((a: any) => a.successCriteria).filter((c: any) => c.shared);
    expect(shared.length).toBe(4);
  });

  it("serves the Secondary budget's evident reading, flagged, and counts the budgets in the plan's funding total", async () => {
    const data = await gql(`query($slug: String!) { plan(slug: $slug) { totalFunding { amount countedLines } kentOperationalPlan { budgets { unit garbled printedText lines { kind activity suspect suspectReason valuesAsPrinted controllable2008_09 amounts { column money { amount } } } } } } }`, { slug: OPERATIONAL });
    const budgets = data.plan.kentOperationalPlan.budgets;
    const secondary = budgets.find((b: any) => b.unit === 'Secondary');
    expect(secondary.garbled).toBe(true);
    expect(secondary.printedText).toMatch(/^CHILDREN FAMILIES & FDUCATION/);
    const totals = secondary.lines.find((l: any) => l.kind === 'CONTROLLABLE_TOTALS');
    expect(totals).toMatchObject({ activity: 'Controllable Totals', suspect: true, controllable2008_09: '3,189.6' });
    expect(totals.suspectReason).toMatch(/garbled/);
    expect(totals.valuesAsPrinted).toContain('-16003.219.5');
    const amount = (line: any, column: string) => Number(line.amounts.find((a: any) => a.column === column).money.amount ?? 0);
    const activities = secondary.lines.filter((l: any) => l.kind === 'ACTIVITY');
    expect(activities.length).toBe(5);
    for (const column of ['controllable2007_08', 'employeeCosts', 'runningCosts', 'grossExpenditure', 'externalIncome', 'controllable2008_09']) {
      expect(activities.reduce((s: number, l: any) => s + amount(l, column), 0).toFixed(2), column).toBe(amount(totals, column).toFixed(2));
    }
    // The other budgets are printed cells, not readings.
    expect(budgets.filter((b: any) => b.unit !== 'Secondary').flatMap((b: any) => b.lines).some((l: any) => l.suspect)).toBe(false);
    // The plan's total: every unit budget's 2008-09 Controllable Totals.
    const expected = budgets.reduce((s: number, b: any) => s + amount(b.lines.find((l: any) => l.kind === 'CONTROLLABLE_TOTALS'), 'controllable2008_09'), 0);
    expect(data.plan.totalFunding.countedLines).toBe(budgets.length);
    expect(Number(data.plan.totalFunding.amount).toFixed(2)).toBe(expected.toFixed(2));
    const found = await gql(`query($min: Decimal!, $max: Decimal!) { plans(filter: { totalFunding: { min: $min, max: $max } }) { nodes { slug } } }`, { min: String(expected - 1), max: String(expected + 1) });
    expect(found.plans.nodes.map((p: any) => p.slug)).toContain(OPERATIONAL);
  });

  it("keeps the budgets in Kent's total through every refresh: whole, per plan, per action (refresh-values)", async () => {
    const prisma = server.db.prisma;
    const total = async () => (await gql(`query($slug: String!) { plan(slug: $slug) { totalFunding { amount countedLines } } }`, { slug: OPERATIONAL })).plan.totalFunding;
    const before = await total();
    expect(before.countedLines).toBe(5);
    const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: OPERATIONAL }, select: { id: true } });
    const action = await prisma.action.findFirstOrThrow({ where: { planId: plan.id }, select: { id: true } });
    for (const scope of [{}, {}, { planIds: [plan.id] }, { actionIds: [action.id] }]) {
      await prisma.$transaction((tx: any) => refreshStructuredValues(tx, scope), { timeout: 60_000 });
      expect(await total(), JSON.stringify(scope)).toEqual(before);
    }
  });

  it('keeps names whole: "Cluster Plans and Local CYPP" one link, three risk owners, "LA Officers and partners."', async () => {
    const [link] = await kentAction('4.1.1', 'links { toPlanName target text }');
    expect(link.links.map((l: any) => l.text)).toEqual(['Cluster Plans and Local CYPP', 'ASK Unit 5']);
    const risks = await gql(`query($slug: String!) { plan(slug: $slug) { risks { title owner { name } owners { roleText party { name kind title } } } } }`, { slug: OPERATIONAL });
    const early = risks.plan.risks.find((r: any) => r.title.startsWith('Early Years Standards'));
    expect(early.owners.map((o: any) => o.party.name)).toEqual(['Carol Parsons', 'Ian Craig', 'Joanna Wainwright']);
    expect(early.owner.name).toBe('Carol Parsons');
    const primary = risks.plan.risks.find((r: any) => r.title.startsWith('Primary Attainment'));
    expect(primary.owners).toEqual([{ roleText: 'Principal Adviser Primary', party: { name: 'Don Garman', kind: 'PERSON', title: null } }]);
    const plymouth = await gql(`query($slug: String!) { plan(slug: $slug) { actions { title parties { party { name } } } } }`, { slug: PLYMOUTH });
    const board = plymouth.plan.actions.find((a: any) => a.title === 'Establish and embed a Board of Education with key partners.');
    expect(board.parties.map((p: any) => p.party.name)).toEqual(['LA Officers', 'Partners']);
  });

  it("keeps an area label beside a person as that row's label, not the person's title", async () => {
    const [row] = await kentAction('2.1.11', 'parties { roleText party { name title } }');
    expect(row.parties.map((p: any) => [p.party.name, p.roleText, p.party.title])).toEqual([
      ['Chris Davies', 'Area 1', null],
      ['Rosemary Ferguson', 'Area 2', null],
      ['Julia Power', 'Area 3', null],
      ['Keith Ransom', 'Area 4', null],
      ['Diana Robinson', 'Area 5', null],
      ['Sheila Wilding', 'Area 6', null],
    ]);
    // Elsewhere the same people carry no area.
    const [other] = await kentAction('5.6.1', 'parties { roleText party { name } }');
    expect(other.parties).toEqual([{ roleText: null, party: { name: 'Peggy Harris' } }]);
  });

  it('names every plan owner as its document prints it', async () => {
    const data = await gql(`{ plans(first: 50) { nodes { slug source { key } parties { role party { name } } } } }`);
    for (const plan of data.plans.nodes) {
      const dir = fs.readdirSync(path.resolve(__dirname, '../packages')).find((d) => d.startsWith('plugin-') && fs.existsSync(path.resolve(__dirname, '../packages', d, 'source', plan.source.key)))!;
      const text = squash(fs.readFileSync(path.resolve(__dirname, '../packages', dir, 'source', plan.source.key), 'utf8')).toLowerCase();
      for (const p of plan.parties.filter((x: any) => x.role === 'OWNER')) expect(text, `${plan.slug}: ${p.party.name}`).toContain(p.party.name.toLowerCase());
    }
    const partnership = data.plans.nodes.find((p: any) => p.slug === PARTNERSHIP);
    expect(partnership.parties).toEqual([{ role: 'OWNER', party: { name: 'Partnership schools' } }]);
  });
});
