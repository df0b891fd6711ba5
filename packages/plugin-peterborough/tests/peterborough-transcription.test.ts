// Peterborough's transcription against its source: the hand-typed seed data of the
// Education Action Plan 2019/20 must be faithful to the extracted PDF text (every string
// it holds is printed in the source) and complete (every cell the source prints is held
// by the transcription), so that serving the seed serves every row with nothing lost.
// No server here: this is the seed against the real file in source/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { educationActionPlan2019 } from '@council-plans/plugin-peterborough';
import type { PeterboroughPlanSeed, ThemeItemSeed, ThemeSectionSeed } from '@council-plans/plugin-peterborough';

const doc: PeterboroughPlanSeed = educationActionPlan2019;

const SOURCE_FILE = '003_332f2ca13cc6f6d9.txt';
const SOURCE_PATH = path.resolve(__dirname, '../source', SOURCE_FILE);
const source = fs.readFileSync(SOURCE_PATH, 'utf8');

/** The table's header row, printed again after every page break. */
const HEADER_ROW = 'Intent\tImplementation\tImpact\tTimescale\tRAG / Progress';

/**
 * Removes the extraction's layout noise and nothing else: list markup, bullet glyphs,
 * a leading "- " list marker, runs of whitespace. Curly quotes, dashes and typos stay.
 */
function normalise(text: string): string {
  return text
    .replace(/<ul\b[^>]*>|<\/ul\s*>|<\/?li\b[^>]*>/gi, ' ')
    .replace(/[•○]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^- +/, '');
}

// ---------------------------------------------------------------------------------------
// The source, as lines and tab-separated cells.

interface SourceCell {
  line: number; // 1-based
  raw: string; // the whole printed line
  text: string; // the cell, normalised
}

const sourceLines = source.split(/\r?\n/);

const sourceCells: SourceCell[] = sourceLines.flatMap((raw, index) =>
  raw
    .split('\t')
    .map((cell) => ({ line: index + 1, raw, text: normalise(cell) }))
    .filter((cell) => cell.text !== ''),
);

const isBlankOrHeader = (raw: string) => raw.trim() === '' || raw === HEADER_ROW;

const inSource = (text: string) => sourceCells.some((cell) => cell.text.includes(text));

// ---------------------------------------------------------------------------------------
// The transcription, as every string it holds, each with where it is held.

interface Transcribed {
  where: string;
  text: string;
}

/** A theme item as printed: "1. Governance", "a. Skills – …", or the bare text for a bullet. */
const printedItem = (item: ThemeItemSeed) => (item.code ? `${item.code}. ${item.text}` : item.text);

function themeStrings(section: ThemeSectionSeed, where: string): Transcribed[] {
  const out: Transcribed[] = [{ where: `${where}.title`, text: section.title }];
  if (section.intro !== undefined) out.push({ where: `${where}.intro`, text: section.intro });
  const items = (list: ThemeItemSeed[], at: string): void =>
    list.forEach((item, k) => {
      out.push({ where: `${at}[${k}]`, text: printedItem(item) });
      if (item.children) items(item.children, `${at}[${k}].children`);
    });
  if (section.items) items(section.items, `${where}.items`);
  section.subsections?.forEach((sub, j) => out.push(...themeStrings(sub, `${where}.subsections[${j}]`)));
  return out;
}

function transcribedStrings(plan: PeterboroughPlanSeed): Transcribed[] {
  const out: Transcribed[] = [{ where: 'heading', text: plan.heading }];
  plan.columns.forEach((text, i) => out.push({ where: `columns[${i}]`, text }));
  plan.workstreams.forEach((ws, i) => {
    const w = `workstreams[${i}]`;
    out.push({ where: `${w}.title`, text: ws.title });
    ws.rows.forEach((row, j) => {
      const r = `${w}.rows[${j}]`;
      out.push({ where: `${r}.intent`, text: row.intent });
      if (row.implementationIntro !== undefined) {
        out.push({ where: `${r}.implementationIntro`, text: row.implementationIntro });
      }
      row.steps.forEach((step, k) => {
        out.push({ where: `${r}.steps[${k}].text`, text: step.text });
        if (step.timescale !== undefined) {
          out.push({ where: `${r}.steps[${k}].timescale`, text: step.timescale });
        }
      });
      row.impact.forEach((text, k) => out.push({ where: `${r}.impact[${k}]`, text }));
      row.timescale.forEach((text, k) => out.push({ where: `${r}.timescale[${k}]`, text }));
      if (row.ragProgress !== null) out.push({ where: `${r}.ragProgress`, text: row.ragProgress });
    });
  });
  plan.themeSections.forEach((section, i) => out.push(...themeStrings(section, `themeSections[${i}]`)));
  return out;
}

/**
 * The transcription as one string, in document order, one segment per printed cell (a
 * row's steps, impact entries and timescale entries each joined with a space, as they
 * are printed in one cell), so that any source cell, or fragment of a cell split by a
 * page break, is a substring of one segment. Segments are separated by a newline, which
 * no normalised cell holds.
 */
function haystack(plan: PeterboroughPlanSeed): string {
  const segments: string[] = [];
  const section = (s: ThemeSectionSeed): void => {
    segments.push(s.title);
    if (s.intro !== undefined) segments.push(s.intro);
    const flat: string[] = [];
    const items = (list: ThemeItemSeed[]): void =>
      list.forEach((item) => {
        flat.push(printedItem(item));
        if (item.children) items(item.children);
      });
    if (s.items) items(s.items);
    if (flat.length) segments.push(flat.join(' '));
    s.subsections?.forEach(section);
  };
  for (const ws of plan.workstreams) {
    segments.push(ws.title);
    for (const row of ws.rows) {
      segments.push(row.intent);
      segments.push([row.implementationIntro, ...row.steps.map((s) => s.text)].filter((s) => s !== undefined).join(' '));
      segments.push(row.impact.join(' '));
      segments.push(row.timescale.join(' '));
      if (row.ragProgress !== null) segments.push(row.ragProgress);
    }
  }
  plan.themeSections.forEach(section);
  return segments.map(normalise).filter((s) => s !== '').join('\n');
}

// ---------------------------------------------------------------------------------------
// Strings the transcription rejoins across a page break. Each is checked part by part:
// the parts, joined with a space, are the transcribed string; the first part ends a
// source cell, each next part starts a cell further down, and only blank lines and
// repeated header rows lie between them (that is the break).

interface KnownRejoin {
  where: string[];
  text: string;
  parts: string[];
}

const KNOWN_REJOINS: KnownRejoin[] = [
  {
    // Implementation cell continued after a page break and the repeated header row.
    where: ['workstreams[2].rows[0].steps[1].text'],
    text: 'Develop further the context around schools to support the school on a page including social care interventions, mobility, SEND and inclusion.',
    parts: [
      'Develop further the context around schools to support the school on a page',
      'including social care interventions, mobility, SEND and inclusion.',
    ],
  },
  {
    // The pupil-premium row's third timescale: "• November" | page break | "2019".
    where: ['workstreams[5].rows[0].timescale[2]', 'workstreams[5].rows[0].steps[2].timescale'],
    text: 'November 2019',
    parts: ['November', '2019'],
  },
  {
    // Recruitment and Retention item 1 continues on a "- related to stress, etc, …" line.
    where: ['themeSections[0].subsections[2].items[0]'],
    text: '1. Carrying out an audit across schools to including information such as reasons teachers are leaving the profession, Absence data related to stress, etc, The age/career profile, Any unfilled vacancies incl. long-term supply, The extra demand for future teachers',
    parts: [
      '1. Carrying out an audit across schools to including information such as reasons teachers are leaving the profession, Absence data',
      'related to stress, etc, The age/career profile, Any unfilled vacancies incl. long-term supply, The extra demand for future teachers',
    ],
  },
];

/** Why a known rejoin does not hold, or [] when its parts are printed either side of a break. */
function rejoinProblems(rejoin: KnownRejoin, strings: Transcribed[]): string[] {
  const problems: string[] = [];
  const label = JSON.stringify(rejoin.text);
  for (const where of rejoin.where) {
    const held = strings.find((s) => s.where === where);
    if (!held) problems.push(`${label}: nothing transcribed at ${where}`);
    else if (held.text !== rejoin.text) problems.push(`${label}: ${where} holds ${JSON.stringify(held.text)}`);
  }
  if (rejoin.parts.join(' ') !== rejoin.text) problems.push(`${label}: its parts do not join into it`);
  // Lines strictly between two cells' lines: there must be some, all blank or header rows.
  const brokenBetween = (before: SourceCell, after: SourceCell) => {
    const between = sourceLines.slice(before.line, after.line - 1);
    return after.line > before.line && between.length > 0 && between.every(isBlankOrHeader);
  };
  let previous: SourceCell[] | undefined;
  rejoin.parts.forEach((part, k) => {
    const first = k === 0;
    const last = k === rejoin.parts.length - 1;
    // The first part ends a cell, the last starts one, any middle part is a whole cell.
    const cells = sourceCells.filter(
      (c) => c.text.includes(part) && (first || c.text.startsWith(part)) && (last || c.text.endsWith(part)),
    );
    const afterBreak = previous ? cells.filter((c) => previous!.some((p) => brokenBetween(p, c))) : cells;
    if (cells.length === 0) {
      problems.push(`${label}: part ${JSON.stringify(part)} is not printed in the source (where a break could split it)`);
    } else if (afterBreak.length === 0) {
      problems.push(`${label}: part ${JSON.stringify(part)} does not follow part ${k} across a page break`);
    }
    previous = afterBreak;
  });
  return problems;
}

/** Transcribed strings not printed in the source (known rejoins checked part by part). */
function faithfulnessMisses(plan: PeterboroughPlanSeed): string[] {
  const strings = transcribedStrings(plan);
  const misses: string[] = [];
  for (const { where, text } of strings) {
    if (KNOWN_REJOINS.some((r) => r.where.includes(where))) continue;
    const n = normalise(text);
    if (n === '') misses.push(`${where}: empty string`);
    else if (!inSource(n)) misses.push(`${where}: ${JSON.stringify(text)}`);
  }
  for (const rejoin of KNOWN_REJOINS) misses.push(...rejoinProblems(rejoin, strings));
  return misses;
}

/** Source cells whose text the transcription does not hold. */
function coverageMisses(plan: PeterboroughPlanSeed): string[] {
  const hay = haystack(plan);
  const skipped = new Set([normalise(plan.heading), ...plan.ignoredLines.map(normalise)]);
  const misses: string[] = [];
  sourceLines.forEach((raw, index) => {
    if (raw.trim() === '' || raw === HEADER_ROW || skipped.has(normalise(raw))) return;
    for (const cell of raw.split('\t')) {
      const text = normalise(cell);
      if (text !== '' && !hay.includes(text)) {
        misses.push(`line ${index + 1}: ${JSON.stringify(text)}   (in: ${JSON.stringify(raw)})`);
      }
    }
  });
  return misses;
}

// ---------------------------------------------------------------------------------------

describe('Peterborough Education Action Plan 2019/20: transcription against its source', () => {
  it('is transcribed from the source file the test reads', () => {
    expect(doc.sourceFile).toBe(SOURCE_FILE);
    expect(sourceLines.filter((l) => l === HEADER_ROW).length).toBeGreaterThan(1);
  });

  it('prints the heading and the columns exactly as the source does', () => {
    expect(sourceLines.map((l) => l.trim())).toContain(doc.heading);
    expect(doc.columns.join('\t')).toBe(HEADER_ROW);
  });

  it('ignores only lines the source prints whole', () => {
    const lines = sourceLines.map(normalise);
    expect(doc.ignoredLines.filter((l) => !lines.includes(normalise(l)))).toEqual([]);
  });

  it('holds text without layout noise (no markup, bullet glyphs, list markers or stray whitespace)', () => {
    const noisy = transcribedStrings(doc)
      .filter(({ text }) => normalise(text) !== text)
      .map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
    expect(noisy).toEqual([]);
  });

  it('is faithful: every transcribed string is printed in the source', () => {
    expect(faithfulnessMisses(doc)).toEqual([]);
  });

  it('rejoins across page breaks only where listed, each part printed either side of the break', () => {
    for (const rejoin of KNOWN_REJOINS) {
      expect(rejoinProblems(rejoin, transcribedStrings(doc)), rejoin.text).toEqual([]);
    }
  });

  it('is complete: every printed cell of every content line is held by the transcription', () => {
    expect(coverageMisses(doc)).toEqual([]);
  });

  it('has the expected shape: 6 workstreams, 16 rows, 48 steps (42 with a timescale), 3 theme sections', () => {
    const rows = doc.workstreams.flatMap((ws) => ws.rows);
    const steps = rows.flatMap((row) => row.steps);
    expect({
      workstreams: doc.workstreams.length,
      rows: rows.length,
      steps: steps.length,
      stepsWithTimescale: steps.filter((s) => s.timescale !== undefined).length,
      themeSections: doc.themeSections.length,
    }).toEqual({ workstreams: 6, rows: 16, steps: 48, stepsWithTimescale: 42, themeSections: 3 });
  });

  it("pairs step timescales with the row's Timescale column one to one, or not at all", () => {
    const mismatched = doc.workstreams.flatMap((ws, i) =>
      ws.rows.flatMap((row, j) => {
        const paired = row.steps.map((s) => s.timescale);
        if (paired.every((t) => t === undefined)) return [];
        return JSON.stringify(paired) === JSON.stringify(row.timescale)
          ? []
          : [`workstreams[${i}].rows[${j}]: steps ${JSON.stringify(paired)} vs timescale ${JSON.stringify(row.timescale)}`];
      }),
    );
    expect(mismatched).toEqual([]);
  });
});
