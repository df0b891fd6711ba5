// Plymouth's transcription against its source: the hand-typed seed data of the April 2018
// action plan must be faithful to the extracted text (every string it holds is printed
// in the source, rows split by a page break rejoined only where listed) and complete
// (every cell the source prints is held by the transcription), so that serving the seed
// serves every row with nothing lost. No server here: this is the seed against the real
// file in source/.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionPlan2018 } from '@council-plans/plugin-plymouth';
import type { PartyCellSeed, PlymouthPlanSeed, PlymouthRowSeed } from '@council-plans/plugin-plymouth';

const doc: PlymouthPlanSeed = actionPlan2018;

const SOURCE_FILE = '004_c17579714ac7a451.txt';
const SOURCE_PATH = path.resolve(__dirname, '../source', SOURCE_FILE);
const source = fs.readFileSync(SOURCE_PATH, 'utf8');

/** The two header rows the tables print (the first two themes say "Objectives" / "Actions"). */
const HEADER_ROWS = [
  'Objectives\tActions\tResponsible\tTimescale/ Resources\tSuccess Criteria\tMonitoring\tEvaluation',
  'Objective\tAction\tResponsible\tTimescale/ Resources\tSuccess Criteria\tMonitoring\tEvaluation',
];

/**
 * Removes the extraction's layout noise and nothing else: list markup (`<ol …>`, `<p>`)
 * and runs of whitespace. Quotes, dashes, stray spaces before a full stop and typos stay.
 */
function normalise(text: string): string {
  return text
    .replace(/<ol\b[^>]*>|<\/ol\s*>|<\/?p\s*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------
// The source, as lines and tab-separated cells (with their column).

interface SourceCell {
  line: number; // 1-based
  column: number; // 0-based
  text: string; // normalised
}

const sourceLines = source.split(/\r?\n/);

const sourceCells: SourceCell[] = sourceLines.flatMap((raw, index) =>
  raw
    .split('\t')
    .map((cell, column) => ({ line: index + 1, column, text: normalise(cell) }))
    .filter((cell) => cell.text !== ''),
);

/** A table's separator line, e.g. "---\t---\t-----…": dashes only. */
const isSeparator = (raw: string) => raw.trim() !== '' && raw.split('\t').every((c) => /^-*$/.test(c.trim()));
const isLayout = (raw: string) => raw.trim() === '' || HEADER_ROWS.includes(raw) || isSeparator(raw);

const inSource = (text: string) => sourceCells.some((cell) => cell.text.includes(text));

// ---------------------------------------------------------------------------------------
// The transcription, as every string it holds, each with where it is held.

interface Transcribed {
  where: string;
  text: string;
}

const CELLS = ['monitoring', 'evaluation', 'responsible'] as const;

function rowStrings(row: PlymouthRowSeed, r: string): Transcribed[] {
  const out: Transcribed[] = [];
  if (row.objective !== null) out.push({ where: `${r}.objective`, text: row.objective });
  row.actions.forEach((text, k) => out.push({ where: `${r}.actions[${k}]`, text }));
  row.timescaleResources.forEach((entry, k) => {
    out.push({ where: `${r}.timescaleResources[${k}].printed`, text: entry.printed });
    entry.parts.forEach((part, p) => out.push({ where: `${r}.timescaleResources[${k}].parts[${p}].text`, text: part.text }));
  });
  row.successCriteria.forEach((text, k) => out.push({ where: `${r}.successCriteria[${k}]`, text }));
  for (const cell of CELLS) row[cell].entries.forEach((text, k) => out.push({ where: `${r}.${cell}.entries[${k}]`, text }));
  return out;
}

function transcribedStrings(plan: PlymouthPlanSeed): Transcribed[] {
  const out: Transcribed[] = [
    { where: 'heading', text: plan.heading },
    { where: 'purpose', text: plan.purpose },
    ...plan.context.map((text, i) => ({ where: `context[${i}]`, text })),
  ];
  plan.themes.forEach((theme, t) => {
    out.push({ where: `themes[${t}].title`, text: theme.title });
    theme.rows.forEach((row, i) => out.push(...rowStrings(row, `themes[${t}].rows[${i}]`)));
  });
  return out;
}

/** A list cell as printed: "1. a 2. b" for a numbered row's lists, the entries side by side otherwise. */
const printedCell = (row: PlymouthRowSeed, entries: string[]) =>
  row.numbered && entries.length > 1 ? entries.map((e, i) => `${i + 1}. ${e}`).join(' ') : entries.join(' ');

/**
 * The transcription as one string, in document order, one segment per printed cell, so
 * that any source cell, or fragment of a cell split by a page break, is a substring of
 * one segment. Segments are separated by a newline, which no normalised cell holds.
 */
function haystack(plan: PlymouthPlanSeed): string {
  const segments: string[] = [plan.heading, `${plan.purposeLabel} ${plan.purpose}`, `${plan.contextLabel} ${plan.context[0]}`, ...plan.context.slice(1)];
  for (const theme of plan.themes) {
    segments.push(theme.title);
    for (const row of theme.rows) {
      if (row.objective !== null) segments.push(row.objective);
      segments.push(printedCell(row, row.actions));
      segments.push(printedCell(row, row.responsible.entries));
      segments.push(printedCell(row, row.timescaleResources.map((e) => e.printed)));
      segments.push(printedCell(row, row.successCriteria));
      segments.push(printedCell(row, row.monitoring.entries));
      segments.push(printedCell(row, row.evaluation.entries));
    }
  }
  return segments.map(normalise).filter((s) => s !== '').join('\n');
}

// ---------------------------------------------------------------------------------------
// Strings the transcription rejoins across a page break. Each is checked part by part:
// the parts, joined with a space, are the transcribed string; the first part ends a
// source cell, the next starts a cell of the same column further down, and only blank
// lines lie between them (that is the break).

interface KnownRejoin {
  where: string[];
  text: string;
  parts: string[];
}

const rejoin = (where: string | string[], parts: string[]): KnownRejoin => ({
  where: Array.isArray(where) ? where : [where],
  text: parts.join(' '),
  parts,
});

const T0 = 'themes[0].rows';
const T1 = 'themes[1].rows';
const T2 = 'themes[2].rows';
const T4 = 'themes[4].rows';

const KNOWN_REJOINS: KnownRejoin[] = [
  rejoin([`${T0}[1].timescaleResources[0].printed`, `${T0}[1].timescaleResources[0].parts[0].text`], ['Refer to Public Health linked success', 'criteria sets.']),
  rejoin(`${T0}[1].monitoring.entries[0]`, ['Raising Attainment and Narrowing the Gap Lead', 'Officer.']),
  rejoin(`${T1}[3].objective`, ['Improve the quality of', 'teaching and learning experienced by disadvantaged pupils (2.)']),
  rejoin(`${T1}[3].actions[0]`, [
    'Schools to work with an Education Specialist in',
    'raising attainment of disadvantaged pupils and to work with high performing schools to improve classroom practice and learning strategies.',
  ]),
  rejoin(`${T1}[3].responsible.entries[0]`, ['Head Teachers', 'from participating Schools.']),
  rejoin(`${T1}[3].successCriteria[0]`, ['Gaps in attainment and progress', 'between disadvantaged and non-disadvantaged pupils will narrow.']),
  rejoin(`${T1}[3].monitoring.entries[0]`, ['Regional School', "Commissioner's Office."]),
  rejoin(`${T1}[5].objective`, ['Assessment To carry out', 'statutory duty in assessment monitoring and moderation.']),
  rejoin(`${T1}[5].actions[0]`, [
    'Provide training for schools to ensure all',
    'teachers understand how to carry out assessments in line with national standards. To manage statutory test monitoring and external moderation.',
  ]),
  rejoin(`${T1}[5].responsible.entries[0]`, ['Leadership Adviser', 'responsible for assessment.']),
  rejoin([`${T1}[5].timescaleResources[0].printed`, `${T1}[5].timescaleResources[0].parts[0].text`], [
    'Annual training for schools and',
    'traded for academies Annual test monitoring and assessment moderation for school and traded to academies. Reporting to the DfE/STA.',
  ]),
  rejoin(`${T1}[5].successCriteria[0]`, [
    'All schools are able to carry out',
    'accurate assessment which impacts on planning for future learning. All assessment reported at the end of Y1, KS1/2 is accurate and supports school action planning for learning.',
  ]),
  rejoin(`${T1}[5].monitoring.entries[0]`, ['DfE/STA regular', 'annual monitoring of LA planning and practice.']),
  rejoin(`${T1}[5].evaluation.entries[0]`, ['Head of School', 'Improvement.']),
  rejoin(`${T2}[1].responsible.entries[0]`, ['Plymouth Teaching Schools Alliance lead on this. Supported by other teaching schools and', 'LA. MATs and LA']),
  rejoin(`${T2}[4].objective`, [
    'Target support to schools where pupils with SEND make less than nationally-expected progress and / or where leadership and management of SEND is',
    'identified as requiring improvement',
  ]),
  rejoin(`${T2}[4].successCriteria[0]`, [
    'Under performing schools are identified and response is formalised with relevant Head Teacher aware. Identified schools take action to ensure SEND pupils make expected progress Key trends identified and addressed through',
    'SENCO briefings.',
  ]),
  rejoin(`${T2}[7].actions[0]`, [
    'Deliver the National Award for SEN Coordination in partnership with Plymouth University Design and update relevant training sessions',
    'and disseminate across the city. Provide training for school leaders, including Governors and new HTs around statutory duties and LA SEND Inspection framework Provide responsive support as required to schools and settings.',
  ]),
  rejoin(`${T2}[7].successCriteria[0]`, [
    'All Plymouth SENCOs have their practice underpinned by relevant up to date research. SEN audits demonstrate',
    'consistency of practice including specific training outcomes.',
  ]),
  rejoin(`${T4}[1].successCriteria[0]`, [
    'Attainment in GCSE English and maths will increase by at least 5% by 2019. A focus on positive mental health is maintained by all providers and employers. A model for transition for the city as a whole is in place. Reduction in the',
    "numbers of NEETs and 'Not Knowns'.",
  ]),
];

/** Why a known rejoin does not hold, or [] when its parts are printed either side of a break. */
function rejoinProblems(known: KnownRejoin, strings: Transcribed[]): string[] {
  const problems: string[] = [];
  const label = JSON.stringify(known.text);
  for (const where of known.where) {
    const held = strings.find((s) => s.where === where);
    if (!held) problems.push(`${label}: nothing transcribed at ${where}`);
    else if (held.text !== known.text) problems.push(`${label}: ${where} holds ${JSON.stringify(held.text)}`);
  }
  // Lines strictly between two cells' lines: there must be some, all blank.
  const brokenBetween = (before: SourceCell, after: SourceCell) => {
    const between = sourceLines.slice(before.line, after.line - 1);
    return after.column === before.column && after.line > before.line && between.length > 0 && between.every((l) => l.trim() === '');
  };
  let previous: SourceCell[] | undefined;
  known.parts.forEach((part, k) => {
    const first = k === 0;
    const last = k === known.parts.length - 1;
    // The first part ends a cell, the last is a whole cell (the continuation line), any middle part is a whole cell.
    const cells = sourceCells.filter((c) => (first ? c.text.endsWith(part) : c.text === part) && (last || c.text.endsWith(part)));
    const afterBreak = previous ? cells.filter((c) => previous!.some((p) => brokenBetween(p, c))) : cells;
    if (cells.length === 0) problems.push(`${label}: part ${JSON.stringify(part)} is not printed in the source (where a break could split it)`);
    else if (afterBreak.length === 0) problems.push(`${label}: part ${JSON.stringify(part)} does not follow part ${k} across a page break`);
    previous = afterBreak;
  });
  return problems;
}

/** Transcribed strings not printed in the source (known rejoins checked part by part). */
function faithfulnessMisses(plan: PlymouthPlanSeed): string[] {
  const strings = transcribedStrings(plan);
  const misses: string[] = [];
  for (const { where, text } of strings) {
    const n = normalise(text);
    if (n === '') misses.push(`${where}: empty string`);
    else if (KNOWN_REJOINS.some((r) => r.where.includes(where))) continue;
    else if (!inSource(n)) misses.push(`${where}: ${JSON.stringify(text)}`);
  }
  for (const known of KNOWN_REJOINS) misses.push(...rejoinProblems(known, strings));
  return misses;
}

/** Source cells whose text the transcription does not hold. */
function coverageMisses(plan: PlymouthPlanSeed): string[] {
  const hay = haystack(plan);
  const misses: string[] = [];
  sourceLines.forEach((raw, index) => {
    if (isLayout(raw)) return;
    for (const cell of raw.split('\t')) {
      const text = normalise(cell);
      if (text !== '' && !hay.includes(text)) misses.push(`line ${index + 1}: ${JSON.stringify(text)}   (in: ${JSON.stringify(raw)})`);
    }
  });
  return misses;
}

const allRows = () => doc.themes.flatMap((theme, t) => theme.rows.map((row, i) => ({ row, where: `themes[${t}].rows[${i}]` })));
const partyCells = () =>
  allRows().flatMap(({ row, where }) => CELLS.map((cell) => ({ cell: row[cell] as PartyCellSeed, where: `${where}.${cell}` })));

// ---------------------------------------------------------------------------------------

describe('Plymouth action plan April 2018: transcription against its source', () => {
  it('is transcribed from the source file the test reads, which is the shared seed document', () => {
    expect(doc.sourceFile).toBe(SOURCE_FILE);
    // The SHA-256 of shared/seeds/{SOURCE_FILE} as delivered: the repository's copy is that document,
    // checked without needing shared/ beside the checkout.
    expect(createHash('sha256').update(source).digest('hex')).toBe('2876ab2c613bd68315268030d3c1dfcb34a980727c7ff741f22a467de7c2ed3b');
  });

  it('prints the heading, purpose and context as the source does', () => {
    const lines = sourceLines.map((l) => l.trim());
    expect(lines).toContain(doc.heading);
    expect(lines).toContain(`${doc.purposeLabel} ${doc.purpose}`);
    expect(lines).toContain(`${doc.contextLabel} ${doc.context[0]}`);
    // The paragraph after the context is part of it: it follows the context line directly.
    const at = lines.indexOf(`${doc.contextLabel} ${doc.context[0]}`);
    expect(lines.slice(at + 1).find((l) => l !== '')).toBe(doc.context[1]);
    expect(doc.heading).toContain(doc.issuedText);
  });

  it("prints each theme's title followed by the theme's header row", () => {
    const lines = sourceLines.map((l) => l.replace(/\t+$/, ''));
    for (const theme of doc.themes) {
      const at = lines.indexOf(theme.title);
      expect(at, theme.title).toBeGreaterThan(0);
      expect(lines.slice(at + 1).find((l) => l.trim() !== '')).toBe(theme.columns.join('\t'));
    }
  });

  it('holds text without layout noise (no markup, list numbers or stray whitespace)', () => {
    const noisy = transcribedStrings(doc)
      .filter(({ text }) => normalise(text) !== text || /^\d+\.\s/.test(text))
      .map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
    expect(noisy).toEqual([]);
  });

  it('is faithful: every transcribed string is printed in the source', () => {
    expect(faithfulnessMisses(doc)).toEqual([]);
  });

  it('rejoins across page breaks only where listed, each part printed either side of the break', () => {
    for (const known of KNOWN_REJOINS) expect(rejoinProblems(known, transcribedStrings(doc)), known.text).toEqual([]);
  });

  it('is complete: every printed cell of every content line is held by the transcription', () => {
    expect(coverageMisses(doc)).toEqual([]);
  });

  it('splits each Timescale / Resources entry only into pieces that join back into it', () => {
    const bad = allRows().flatMap(({ row, where }) =>
      row.timescaleResources
        .filter((entry) => entry.parts.map((p) => p.text).join(' ') !== entry.printed)
        .map((entry) => `${where}: ${JSON.stringify(entry)}`),
    );
    expect(bad).toEqual([]);
  });

  it('links each party as printed in its cell, and names each party as one of its printed forms', () => {
    const misprinted = partyCells().flatMap(({ cell, where }) =>
      cell.parties.filter((link) => !cell.entries.join(' ').includes(link.printed)).map((link) => `${where}: ${link.printed}`),
    );
    expect(misprinted).toEqual([]);
    const links = partyCells().flatMap(({ cell }) => cell.parties);
    const unknown = links.filter((link) => !(link.party in doc.parties)).map((l) => l.party);
    expect(unknown).toEqual([]);
    for (const [key, party] of Object.entries(doc.parties)) {
      const printed = links.filter((l) => l.party === key).map((l) => l.printed.toLowerCase());
      expect(printed.length, `${key} is never linked`).toBeGreaterThan(0);
      expect(printed, key).toContain(party.name.toLowerCase());
    }
  });

  it('treats the Plymouth Education Board as one body however it is printed, and keeps different boards apart', () => {
    const links = partyCells().flatMap(({ cell }) => cell.parties);
    const printedAs = (key: string) => [...new Set(links.filter((l) => l.party === key).map((l) => l.printed))].sort();
    expect(printedAs('PEB')).toEqual(['PEB', 'Plymouth Education Board', 'Plymouth Education Board (PEB)']);
    expect(printedAs('PTSA_OPERATIONAL')).toEqual(['PTSA Operational Board']);
    expect(printedAs('PTSA_STRATEGIC')).toEqual(['PTSA Strategic Board']);
    expect(printedAs('S2S_OPERATIONAL')).toEqual(['School to School Operational Board']);
    expect(printedAs('S2S_STRATEGIC')).toEqual(['School to School Strategic Board']);
  });

  it('has the shape of the document: 5 themes of 2, 6, 8, 5 and 3 rows, 6 of them continuing the objective above', () => {
    expect(doc.themes.map((t) => t.rows.length)).toEqual([2, 6, 8, 5, 3]);
    expect(doc.themes[0].rows[0].objective).not.toBeNull();
    expect(doc.themes.every((t) => t.rows[0].objective !== null)).toBe(true);
    expect(allRows().filter(({ row }) => row.objective === null).map(({ where }) => where)).toEqual([
      'themes[2].rows[1]',
      'themes[2].rows[2]',
      'themes[2].rows[3]',
      'themes[3].rows[1]',
      'themes[3].rows[2]',
      'themes[3].rows[3]',
    ]);
    // One row prints numbered lists (EMAT), two items in each list cell.
    const numbered = allRows().filter(({ row }) => row.numbered);
    expect(numbered.map(({ where }) => where)).toEqual(['themes[1].rows[4]']);
    const emat = numbered[0].row;
    expect([emat.actions.length, emat.timescaleResources.length, emat.successCriteria.length, emat.monitoring.entries.length]).toEqual([2, 2, 2, 2]);
  });
});
