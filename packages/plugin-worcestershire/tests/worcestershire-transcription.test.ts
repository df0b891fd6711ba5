// Worcestershire's transcription against its source: the hand-typed seed data of the LAA
// 2008-11 delivery plan must be faithful to the extracted text (every string it holds is
// printed in the source), complete (every cell the source prints is held), and, read
// back line by line, must reprint the document's content lines cell for cell. Where the
// activity plan's cells sit under the wrong heading, the reading of each cell into its
// column must account for every printed cell.
// No server here: this is the seed against the real file in source/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laaDeliveryPlan2008 } from '@council-plans/plugin-worcestershire';
import type { PersonSeed, WorcestershireDeliveryPlanSeed } from '@council-plans/plugin-worcestershire';

const doc: WorcestershireDeliveryPlanSeed = laaDeliveryPlan2008;

const SOURCE_FILE = '002_00f61bf9dd842e75.txt';
const SOURCE_PATH = path.resolve(__dirname, '../source', SOURCE_FILE);
const source = fs.readFileSync(SOURCE_PATH, 'utf8');

/**
 * Removes the extraction's layout noise and nothing else: HTML paragraph, italic and
 * list markup, bullet glyphs, runs of whitespace. Quotes, punctuation and typos stay.
 */
function normalise(text: string): string {
  return text
    .replace(/<\/?(?:p|i|ul|li)\b[^>]*>/gi, ' ')
    .replace(/[•○]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const sourceLines = source.split(/\r?\n/);
const ignored = new Set(doc.ignoredLines);

/** The source's content lines, each as its normalised tab-separated cells (empty cells kept). */
const contentLines: { line: number; cells: string[] }[] = sourceLines
  .map((raw, index) => ({ raw, line: index + 1 }))
  .filter(({ raw }) => raw.trim() !== '' && !ignored.has(raw))
  .map(({ raw, line }) => ({ line, cells: raw.split('\t').map(normalise) }));

const sourceCells = contentLines.flatMap((l) => l.cells).filter((c) => c !== '');
const inSource = (text: string) => sourceCells.some((cell) => cell.includes(normalise(text)));

// ---------------------------------------------------------------------------------------
// The transcription read back as the document's lines, in printed order.

function reprint(plan: WorcestershireDeliveryPlanSeed): string[][] {
  const { header, summary, indicator, considerations: c, activityPlan } = plan;
  return [
    [plan.heading],
    [header.preparedByLabel, header.preparedBy.text, header.dateLabel, header.date],
    [summary.sourceSection],
    summary.columns,
    [summary.theme, summary.priority, summary.themeGroup, summary.managementGroupLead.text, summary.partnersText, summary.crossCuttingTheme],
    indicator.columns,
    [indicator.code, indicator.description, indicator.purpose, indicator.lead.text],
    indicator.valueColumns,
    [indicator.baseline.value, ...indicator.targets.map((t) => t.value), indicator.targetStatus],
    [c.sourceSection],
    [c.priorityDependencies.question, ...c.priorityDependencies.columns],
    ...c.priorityDependencies.rows.map((r) => ['', r.laaPriority, r.themeGroup, r.arrangement]),
    [c.equality.question, c.equality.answer],
    [c.risks.question, ...c.risks.columns],
    ...c.risks.rows.map((r) => ['', r.risk, r.currentImpact, r.currentLikelihood, r.howManaged]),
    [c.policyDependencies.question, ...c.policyDependencies.columns],
    ...c.policyDependencies.rows.map((r) => ['', r.policy, r.responsible, r.arrangement]),
    [c.performanceManagement.question, c.performanceManagement.answer],
    [activityPlan.sourceSection],
    activityPlan.columns,
    ...activityPlan.rows.map((row) => row.cells.map((cell) => cell.text.join(' '))),
  ].map((cells) => cells.map(normalise));
}

// ---------------------------------------------------------------------------------------
// Every string the transcription holds, with where it is held.

interface Transcribed {
  where: string;
  text: string;
}

function personStrings(p: PersonSeed, where: string): Transcribed[] {
  const out = [{ where: `${where}.text`, text: p.text }, { where: `${where}.name`, text: p.name }];
  if (p.title !== undefined) out.push({ where: `${where}.title`, text: p.title });
  if (p.organisation !== undefined) out.push({ where: `${where}.organisation`, text: p.organisation });
  return out;
}

function transcribedStrings(plan: WorcestershireDeliveryPlanSeed): Transcribed[] {
  const out: Transcribed[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text !== undefined) out.push({ where, text });
  };
  const addAll = (where: string, list: string[]) => list.forEach((text, i) => add(`${where}[${i}]`, text));
  add('heading', plan.heading);
  add('periodText', plan.periodText);
  add('header.preparedByLabel', plan.header.preparedByLabel);
  out.push(...personStrings(plan.header.preparedBy, 'header.preparedBy'));
  add('header.dateLabel', plan.header.dateLabel);
  add('header.date', plan.header.date);

  const s = plan.summary;
  add('summary.sourceSection', s.sourceSection);
  addAll('summary.columns', s.columns);
  add('summary.theme', s.theme);
  add('summary.priority', s.priority);
  add('summary.themeGroup', s.themeGroup);
  out.push(...personStrings(s.managementGroupLead, 'summary.managementGroupLead'));
  add('summary.partnersText', s.partnersText);
  s.partners.forEach((p, i) => add(`summary.partners[${i}]`, p.printedAs ?? p.name));
  add('summary.crossCuttingTheme', s.crossCuttingTheme);

  const ind = plan.indicator;
  addAll('indicator.columns', ind.columns);
  add('indicator.code', ind.code);
  add('indicator.family', ind.family);
  add('indicator.description', ind.description);
  add('indicator.purpose', ind.purpose);
  out.push(...personStrings(ind.lead, 'indicator.lead'));
  addAll('indicator.valueColumns', ind.valueColumns);
  [ind.baseline, ...ind.targets].forEach((v, i) => {
    add(`indicator.values[${i}].column`, v.column);
    add(`indicator.values[${i}].period`, v.period);
    add(`indicator.values[${i}].value`, v.value);
  });
  add('indicator.targetStatusColumn', ind.targetStatusColumn);
  add('indicator.targetStatus', ind.targetStatus);

  const c = plan.considerations;
  add('considerations.sourceSection', c.sourceSection);
  for (const key of ['priorityDependencies', 'risks', 'policyDependencies'] as const) {
    const table = c[key];
    add(`considerations.${key}.question`, table.question);
    addAll(`considerations.${key}.columns`, table.columns);
    table.rows.forEach((row, i) => Object.entries(row).forEach(([field, text]) => add(`considerations.${key}.rows[${i}].${field}`, text as string)));
  }
  for (const key of ['equality', 'performanceManagement'] as const) {
    add(`considerations.${key}.question`, c[key].question);
    add(`considerations.${key}.answer`, c[key].answer);
  }

  const a = plan.activityPlan;
  add('activityPlan.sourceSection', a.sourceSection);
  addAll('activityPlan.columns', a.columns);
  a.rows.forEach((row, r) => {
    const w = `activityPlan.rows[${r}]`;
    row.cells.forEach((cell, i) => {
      add(`${w}.cells[${i}].column`, cell.column);
      addAll(`${w}.cells[${i}].text`, cell.text);
    });
    add(`${w}.action`, row.action);
    add(`${w}.who`, row.who);
    row.parties.forEach((p, i) => add(`${w}.parties[${i}]`, p.printedAs ?? p.name));
    add(`${w}.milestonesIntro`, row.milestonesIntro);
    addAll(`${w}.milestones`, row.milestones);
    addAll(`${w}.when`, row.when);
    addAll(`${w}.resourceImplications`, row.resourceImplications);
    addAll(`${w}.commentary`, row.commentary);
  });
  return out;
}

/** The cells of a row, read into their columns, in column order. */
const readRow = (row: WorcestershireDeliveryPlanSeed['activityPlan']['rows'][number]) => [
  row.action,
  row.who,
  ...(row.milestonesIntro !== undefined ? [row.milestonesIntro] : []),
  ...row.milestones,
  ...row.when,
  ...row.resourceImplications,
  ...row.commentary,
];

/** Cells printed twice in a row, read once (row index, printed cell index of the repeat). */
const KNOWN_REPEATS = [{ row: 2, cell: 3 }];

// ---------------------------------------------------------------------------------------

describe('Worcestershire LAA 2008-11 delivery plan: transcription against its source', () => {
  it('is transcribed from the source file the test reads', () => {
    expect(doc.sourceFile).toBe(SOURCE_FILE);
    expect(sourceLines.map((l) => l.trim())).toContain(doc.heading);
  });

  it('ignores only separator lines the source prints whole', () => {
    expect(doc.ignoredLines.filter((l) => !sourceLines.includes(l))).toEqual([]);
    expect(doc.ignoredLines.every((l) => /^[-\t]+$/.test(l))).toBe(true);
  });

  it('holds text without layout noise (no markup, bullet glyphs or stray whitespace)', () => {
    const noisy = transcribedStrings(doc)
      .filter(({ text }) => normalise(text) !== text)
      .map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
    expect(noisy).toEqual([]);
  });

  it('is faithful: every transcribed string is printed in the source', () => {
    const misses = transcribedStrings(doc)
      .filter(({ text }) => text === '' || !inSource(text))
      .map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
    expect(misses).toEqual([]);
  });

  it('is complete: read back line by line, it reprints every content line of the source, cell for cell', () => {
    expect(reprint(doc)).toEqual(contentLines.map((l) => l.cells));
  });

  it('reads every printed activity cell into exactly one column, repeats read once', () => {
    doc.activityPlan.rows.forEach((row, r) => {
      expect(row.cells.map((c) => c.column), `row ${r}`).toEqual(doc.activityPlan.columns);
      const printed = row.cells.flatMap((cell, i) => (KNOWN_REPEATS.some((k) => k.row === r && k.cell === i) ? [] : cell.text));
      expect(readRow(row), `row ${r}`).toEqual(printed);
    });
    // The repeat is a repeat: the cell equals the one before it.
    for (const { row, cell } of KNOWN_REPEATS) {
      expect(doc.activityPlan.rows[row].cells[cell].text).toEqual(doc.activityPlan.rows[row].cells[cell - 1].text);
    }
  });

  it('records an interpretation on every row whose cells are not all in their own column', () => {
    doc.activityPlan.rows.forEach((row, r) => {
      const byColumn = (column: string) => row.cells.find((c) => c.column === column)!.text;
      const inPlace =
        JSON.stringify(byColumn('When')) === JSON.stringify(row.when) &&
        JSON.stringify(byColumn('Resource Implications')) === JSON.stringify(row.resourceImplications) &&
        JSON.stringify(byColumn('Commentary')) === JSON.stringify(row.commentary);
      expect(row.interpretation.length > 0, `row ${r}`).toBe(!inPlace);
    });
  });

  it('keeps the values table in step with its headings', () => {
    const ind = doc.indicator;
    expect([ind.baseline, ...ind.targets].map((v) => v.column)).toEqual(ind.valueColumns.slice(0, -1));
    expect(ind.targetStatusColumn).toBe(ind.valueColumns.at(-1));
    for (const t of ind.targets) expect(t.column).toBe(`${t.period} Target`);
    expect(ind.baseline.value).toContain(`(${ind.baseline.period})`);
  });

  it('lists the partners the Partners cell names, in printed order', () => {
    const names = doc.summary.partners.map((p) => p.name);
    expect(doc.summary.partnersText.split(',').map((s) => s.trim()).filter(Boolean)).toEqual(names);
  });

  it('has the expected shape: 3 risks, 1 LAA dependency, 1 policy row, 4 activity rows, 14 milestones, 3 targets', () => {
    const rows = doc.activityPlan.rows;
    expect({
      risks: doc.considerations.risks.rows.length,
      priorityDependencies: doc.considerations.priorityDependencies.rows.length,
      policyDependencies: doc.considerations.policyDependencies.rows.length,
      activityRows: rows.length,
      milestones: rows.flatMap((r) => r.milestones).length,
      cells: rows.flatMap((r) => r.cells).length,
      targets: doc.indicator.targets.length,
      partners: doc.summary.partners.length,
    }).toEqual({ risks: 3, priorityDependencies: 1, policyDependencies: 1, activityRows: 4, milestones: 14, cells: 24, targets: 3, partners: 3 });
  });
});
