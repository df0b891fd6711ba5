// Kent operational plan 2008/9, units 3 to 5 (Secondary, Professional Development,
// Improvement Partnerships): the hand-typed seed against the real extracted source.
// Faithful: every string the transcription holds is printed in the source's units 3-5
// range (rejoined strings part by part). Complete: every printed cell of every content
// line of that range is held by the transcription. Counted: the objectives and action
// rows per unit and per objective, as counted from the document.
// No server here: this is the seed against the file in source/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationalPlanUnits3to5 as units } from '../src/seed/operational-plan-units-3-5';
import type { KentActionRowSeed, KentUnitSeed } from '../src/seed/operational-plan-units-types';

const SOURCE_PATH = path.resolve(__dirname, '../source/001_ac97e373afde824a.txt');
const source = fs.readFileSync(SOURCE_PATH, 'utf8');
const allLines = source.split(/\r?\n/);

/**
 * Removes the extraction's layout noise and nothing else: the HTML entity &amp;,
 * superscript markup ("21 <sup>st</sup>" is "21st"), list markup, bullet glyphs, markdown
 * heading marks, bold and italic markers, a leading "- " list marker, runs of whitespace.
 * Typos, dashes and quotes stay.
 */
function normalise(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/\s*<sup>(.*?)<\/sup>/gi, '$1')
    .replace(/<\/?(ul|li)\b[^>]*>/gi, ' ')
    .replace(/•/g, ' ')
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*([^*\s][^*]*?[^*\s])\*\*/g, '$1')
    .replace(/(^|\s)\*([^*\s][^*]*?[^*\s])\*(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^- +/, '');
}

// ---------------------------------------------------------------------------------------
// The source's units 3-5 range, found by its headings: from the unit 3 core services
// heading up to the line before "## Risks".

const FIRST = allLines.findIndex((l) => /^#+\s*\**UNIT 3: SECONDARY CORE SERVICES/.test(l));
const AFTER = allLines.findIndex((l, i) => i > FIRST && /^##\s+Risks\s*$/.test(l));

interface SourceLine {
  line: number; // 1-based
  raw: string;
  cells: string[]; // the tab-separated cells, normalised, empty ones kept
}

const rangeLines: SourceLine[] = allLines.slice(FIRST, AFTER).map((raw, i) => ({
  line: FIRST + i + 1,
  raw,
  cells: raw.split('\t').map(normalise),
}));

/** The table header row, repeated (and often mangled) after every page break. */
const isHeaderRow = (raw: string) => raw.includes('key action') && raw.includes('Deliverables or outcomes planned for 2007/08');
const isBlank = (raw: string) => raw.trim() === '';

/** A row as extracted: its cells trimmed, trailing empty cells dropped, joined with " | " (as in `printed`). */
function asPrinted(raw: string): string {
  const cells = raw.split('\t').map((c) => c.trim());
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells.join(' | ');
}

/**
 * The unit heading rows of the three tables, whose names are read as follows (the unit
 * name is the reading; the row is printed as given).
 */
const UNIT_TABLE_ROWS: { unit: number; printed: string; name: string }[] = [
  // "3. Se" is lost; only "condary" is printed.
  { unit: 3, printed: ' | condary', name: 'Secondary' },
  { unit: 4, printed: '4. Pro | fessional Development', name: 'Professional Development' },
  // "lm" is the extraction's reading of "Im".
  { unit: 5, printed: '5. lm | provement Partnerships', name: 'Improvement Partnerships' },
];

/** Whole lines that are extraction noise, not content. */
const NOISE_LINES: { startsWith: string; why: string; garbledFragments?: string[] }[] = [
  {
    startsWith: 'S:\\moder\tngov\\data\\published\\Intranet',
    why: 'the page footer (file path and page number 33) printed into the table',
  },
  {
    startsWith: '\tTo design and implement a training programme for mentors of new headteachers  Design',
    why:
      'after rows 5.6.5-5.6.9 the extraction prints one line repeating fragments of those rows several times over; ' +
      'each fragment (cells split at runs of 2+ spaces) must still be held by the transcription, except the one ' +
      'fragment the extraction garbled by splicing two rows together',
    garbledFragments: ['Develop a consultancy and training project with CFE and Communities Directorate'],
  },
];

/** Single cells that are noise in an otherwise content line. */
const NOISE_CELLS: { lineIncludes: string; cell: string; why: string }[] = [
  {
    lineIncludes: 'LLNs and Training Schools in Kent.',
    cell: 'Manager',
    why: 'the repeated header above this line leaves its manager column empty; its word "Manager" lands in this row',
  },
];

// ---------------------------------------------------------------------------------------
// The transcription, as every string it holds, each with where it is held: an action
// row's field as "<code> <field>" (a code printed twice gets "#2" on its second row), a
// core services paragraph as 'unit <n> "<heading>" paragraphs[<i>]'.

interface Transcribed {
  where: string;
  text: string;
}

const ACTION_FIELDS = ['action', 'accountableManager', 'links', 'targetDates'] as const;

/** Each action row with its "where" key. */
function actionRows(data: KentUnitSeed[]): { key: string; row: KentActionRowSeed }[] {
  const seen = new Map<string, number>();
  return data.flatMap((u) =>
    u.objectives.flatMap((o) =>
      o.actions.map((row) => {
        const n = (seen.get(row.code) ?? 0) + 1;
        seen.set(row.code, n);
        return { key: n === 1 ? row.code : `${row.code}#${n}`, row };
      }),
    ),
  );
}

function transcribedStrings(data: KentUnitSeed[]): Transcribed[] {
  const out: Transcribed[] = [];
  for (const u of data) {
    out.push({ where: `unit ${u.number} heading`, text: u.heading });
    u.coreServices.forEach((c) => {
      if (c.heading !== '') out.push({ where: `unit ${u.number} "${c.heading}" heading`, text: c.heading });
      c.paragraphs.forEach((text, i) => out.push({ where: `unit ${u.number} "${c.heading}" paragraphs[${i}]`, text }));
    });
    for (const o of u.objectives) {
      // Titles and tags are checked only where the row needed no interpretation; rows
      // with `printed` are checked through `printed` instead.
      if (o.printed === undefined) {
        out.push({ where: `${o.code} title`, text: o.title });
        if (o.ecmTag !== undefined) out.push({ where: `${o.code} ecmTag`, text: o.ecmTag });
      }
    }
  }
  for (const { key, row } of actionRows(data)) {
    for (const f of ACTION_FIELDS) if (row[f] !== '') out.push({ where: `${key} ${f}`, text: row[f] });
    row.deliverables.forEach((text, i) => out.push({ where: `${key} deliverables[${i}]`, text }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Strings the transcription rejoins from cells printed on two or more physical lines (a
// cell continued after a page break, a row wrapped over several lines, a list item split
// by a page break). Each is checked part by part: the parts, joined (with a space unless
// said), are the transcribed string; the first part ends a source cell, each next part
// starts a cell a few lines further down, a middle part is a whole cell.

interface KnownRejoin {
  where: string;
  parts: string[];
  joiner?: string;
}

const KNOWN_REJOINS: KnownRejoin[] = [
  {
    where: '3.1.3 deliverables[8]',
    parts: [
      'Notes of Visit indicate where AfL is having a positive',
      'impact on progress towards targets',
    ],
  },
  {
    where: '3.3.2 action',
    parts: [
      'Develop and trial a leadership team training product that enables a school to demonstrate a secure',
      'evidence base for student progress',
    ],
  },
  {
    where: '3.5.1 action',
    parts: [
      'Develop new curriculum models 11-19 to include ECM outcomes and further develop',
      'effective transition from Key Stage 2',
    ],
  },
  {
    where: '3.5.1 links',
    parts: [
      'KCC Annual Plan, CYPP 13 (59/',
      '60), 14 (68/69), 17 (81/86) Kent Secondary Strategy Towards 2010 LPSA 2 (6) SIP National Strategies Standards Fund 2007/08 (Grant 108 – support for underperforming pupils) ASK Units 2 and 5',
    ],
    joiner: '',
  },
  {
    where: '3.5.3 action',
    parts: [
      'Work with Key Partners to:',
      'assist 14-19 planning forums to develop curriculum models for areas enable consortia/planning forums to achieve the gateway standards for Information, Advice and Guidance, employer engagement, collaboration and staffing support consortia and individual schools in the implementation of new 14-19 curriculum',
    ],
  },
  {
    where: '3.5.3 accountableManager',
    parts: [
      'Jennie',
      'Thomas',
    ],
  },
  {
    where: '3.5.3 links',
    parts: [
      'KCC Annual',
      'Plan, LAA Outcome 6, CYPP 13 (59/ 60), 14 (68/ 69), 17 (81) Kent Secondary Strategy Towards 2010 LPSA 2 (6) SIP National Strategies Standards Fund 2007/08 (Grant 108 – support for underperforming pupils)',
    ],
  },
  {
    where: '3.5.3 targetDates',
    parts: [
      'Ongoing',
      'Nov 2009 Ongoing',
    ],
  },
  {
    where: '3.5.3 deliverables[0]',
    parts: [
      'Schools, clusters and networks (including 14-19 Planning',
      'Forums) are implementing curriculum change to meet learner need more effectively, evidenced through learner voice and quantitative outcomes/results',
    ],
  },
  {
    where: '4.3.1 action',
    parts: [
      'Provide high quality employment based initial teacher training for primary',
      'and secondary phases in Kent schools, and particularly in shortage secondary subjects',
    ],
  },
  {
    where: '4.3.1 deliverables[1]',
    parts: [
      'Professional tutor team drawn from school staff offered',
      'CPD opportunities and strengthening school mentor support and training',
    ],
  },
  {
    where: '4.4.1 action',
    parts: [
      'With partners develop a whole school workforce development',
      "strategy which fits with the wider Children's Workforce",
      'Strategy',
    ],
  },
  {
    where: '4.4.1 links',
    parts: [
      'Extended Schools Team',
      'BP ASK Units',
      '1,2,3,5 CYPP 13 action 63',
    ],
  },
  {
    where: '4.4.1 deliverables[0]',
    parts: [
      "The School Workforce Development Strategy is linked to the wider Kent Children's Workforce Development",
      'Strategy so that coherent plans are in place to develop and support the whole school workforce',
    ],
  },
  {
    where: '4.4.2 action',
    parts: [
      'Ensure the whole school workforce has access to high quality training and information about Performance',
      'Management. Monitor the implementation of the regulations for Performance Management.',
    ],
  },
  {
    where: '4.4.3 action',
    parts: [
      'Ensure that the professional development programme takes',
      'into account the needs of the growing whole school workforce, particularly in the light of the developing Local',
      "Children's Services Partnerships",
    ],
  },
  {
    where: '4.4.3 links',
    parts: [
      'LCYPP ASK Unit 5',
      'CYPP 13 action 63',
    ],
  },
  {
    where: '4.4.3 targetDates',
    parts: [
      'March 2009',
      'Sept 2008',
      '2000',
    ],
  },
  {
    where: '4.4.4 action',
    parts: [
      'Engage with the Training and Development Agency (TDA) to ensure Kent remains at the',
      'cutting edge of WFD initiatives',
    ],
  },
  {
    where: '4.4.4 deliverables[2]',
    parts: [
      'Kent is able to demonstrate how it meets and sustains',
      'the national remodelling agreements',
    ],
  },
  {
    where: '4.5.4 action',
    parts: [
      'TDA (Training Development Agency) National Priorities bid successful for developing CPD leadership networks. Lead and manage the CPD leadership networks project working with',
      'LLNs and Training Schools in Kent.',
    ],
  },
  {
    where: '4.5.4 targetDates',
    parts: [
      'Dec 2008 June 2008',
      'March 2009',
    ],
  },
  {
    where: '5.2.1 action',
    parts: [
      'Maximise children and young peoples engagement in local and national PE and Sport activities to promote and sustain a',
      'range of physical activity events and competitions',
    ],
  },
  {
    where: '5.2.1 links',
    parts: [
      'Towards 2010 Targets 22 and 47',
      '2010 (22 & 47) Kent School Games Kent Campaign for 2012 games DCS 2012 Education Plan The Kent Partnerships Agreement Community Directorate Business Plan ****** (PESSCL) Healthy Schools',
    ],
  },
  {
    where: '5.4.2 action',
    parts: [
      'Implement the Inclusion Development Programme on dyslexia and speech,',
      'language and communication needs in partnership with Primary and Secondary Strategies consultants, Specialist Teaching Service and Speech and Language Therapists.',
    ],
  },
  {
    where: '5.4.2 accountableManager',
    parts: [
      'Chris Berry',
      '(I&A)',
    ],
  },
  {
    where: '5.4.2 links',
    parts: [
      'ASK unit 1, 2 and 3',
      'Commissioning Division Plan CYPP 25 (123)',
    ],
  },
  {
    where: '5.4.2 deliverables[0]',
    parts: [
      'Residuals for children with Specific Learning Difficulties (SpLD), speech and',
      'language and communication difficulties have improved their average point score',
    ],
  },
  {
    where: 'unit 4 "Workforce Development:" paragraphs[0]',
    parts: [
      "Working with the support of a Schools Workforce Development Steering Group and linked to the Children's Workforce Strategy, the primary purpose of this area of work is to ensure a high quality workforce in all of our schools. The Training Development Agency (TDA) has set key priorities relating to the implementation of the statutory remodelling agreements. The new Performance Management arrangements for headteachers and teachers has been implemented in the last year with over 90% of schools taking part in the initial training and with over 60% of schools taking advantage of additional training and development opportunities for staff. There will be a continuing focus on headteacher and teacher Performance Management to ensure compliance with the national requirements. The development of the wider workforce, including teaching assistants, midday supervisors and other support staff in schools, is key to raising standards. There is a",
      'programme of accredited and developmental courses to support statutory requirements and high quality teaching and learning, including accreditation routes such as the Higher Level Teaching Assistant status, and NVQs for Support Work in Schools. With an increasing diversity of staff roles and increasing numbers of support staff in schools a review of all professional development needs and the current programme will be undertaken in 2008-9.',
    ],
  },
  {
    where: 'unit 5 "Secondary Transformation Team" paragraphs[8]',
    parts: [
      'facilitating networks of specialist schools to provide countywide subject leadership and',
      'professional development',
    ],
  },
];

/** Source cells of the range, normalised, non-empty, with their line. */
const sourceCells = rangeLines.flatMap((l) => l.cells.filter((c) => c !== '').map((text) => ({ line: l.line, text })));
const inSource = (text: string) => sourceCells.some((c) => c.text.includes(text));

/** How far below the previous part the next part of a rejoin may be printed. */
const MAX_REJOIN_GAP = 5;

/** Why a known rejoin does not hold, or []. */
function rejoinProblems(rejoin: KnownRejoin, strings: Transcribed[]): string[] {
  const label = rejoin.where;
  const problems: string[] = [];
  const held = strings.find((s) => s.where === rejoin.where);
  if (!held) return [`${label}: nothing transcribed there`];
  const joined = normalise(rejoin.parts.join(rejoin.joiner ?? ' '));
  if (joined !== normalise(held.text)) {
    problems.push(`${label}: holds ${JSON.stringify(held.text)}, its parts join into ${JSON.stringify(joined)}`);
  }
  let previousLines: number[] | undefined;
  rejoin.parts.forEach((rawPart, k) => {
    const part = normalise(rawPart);
    const first = k === 0;
    const last = k === rejoin.parts.length - 1;
    const cells = sourceCells.filter(
      (c) => c.text.includes(part) && (first || c.text.startsWith(part)) && (last || c.text.endsWith(part)),
    );
    const placed = previousLines
      ? cells.filter((c) => previousLines!.some((p) => c.line > p && c.line - p <= MAX_REJOIN_GAP))
      : cells;
    if (cells.length === 0) problems.push(`${label}: part ${JSON.stringify(rawPart)} is not printed (as a cell's end/start) in units 3-5`);
    else if (placed.length === 0) problems.push(`${label}: part ${JSON.stringify(rawPart)} is not printed just below part ${k}`);
    previousLines = placed.map((c) => c.line);
  });
  return problems;
}

/** Transcribed strings not printed in the source range (known rejoins checked part by part). */
function faithfulnessMisses(data: KentUnitSeed[]): string[] {
  const strings = transcribedStrings(data);
  const misses: string[] = [];
  for (const { where, text } of strings) {
    if (KNOWN_REJOINS.some((r) => r.where === where)) continue;
    const n = normalise(text);
    if (n === '') misses.push(`${where}: empty string`);
    else if (!inSource(n)) misses.push(`${where}: ${JSON.stringify(text)}`);
  }
  for (const rejoin of KNOWN_REJOINS) misses.push(...rejoinProblems(rejoin, strings));
  return misses;
}

// ---------------------------------------------------------------------------------------
// Completeness: every non-empty cell of every content line of the range is a substring
// of the transcription, laid out in document order as one segment per heading, paragraph,
// objective and action row (a row's cells joined, its deliverables joined), separated by
// newlines, which no normalised cell holds.

function haystack(data: KentUnitSeed[]): string {
  const segments: string[] = [];
  for (const u of data) {
    segments.push(u.heading);
    for (const c of u.coreServices) segments.push(c.heading, ...c.paragraphs);
    segments.push(`${u.number}. ${u.name}`);
    for (const o of u.objectives) {
      segments.push([o.code, o.title, o.ecmTag ?? ''].join(' '));
      for (const a of o.actions) {
        segments.push([a.code, a.action, a.accountableManager, a.links, ...a.deliverables, a.targetDates].join(' '));
      }
    }
  }
  return segments.map(normalise).filter((s) => s !== '').join('\n');
}

/** Printed lines held in objectives' `printed` (each physical line of it). */
const printedRows = (data: KentUnitSeed[]) =>
  new Set(data.flatMap((u) => u.objectives.flatMap((o) => (o.printed === undefined ? [] : o.printed.split('\n')))));

function coverageMisses(data: KentUnitSeed[]): string[] {
  const hay = haystack(data);
  const printed = printedRows(data);
  const unitRows = new Set(UNIT_TABLE_ROWS.map((r) => r.printed));
  const misses: string[] = [];
  for (const { line, raw, cells } of rangeLines) {
    if (isBlank(raw) || isHeaderRow(raw)) continue;
    const asRow = asPrinted(raw);
    if (printed.has(asRow) || unitRows.has(asRow)) continue;
    const noise = NOISE_LINES.find((n) => raw.startsWith(n.startsWith));
    if (noise) {
      if (noise.garbledFragments) {
        for (const fragment of raw.split(/\t|\s{2,}/).map(normalise)) {
          if (fragment !== '' && !hay.includes(fragment) && !noise.garbledFragments.includes(fragment)) {
            misses.push(`line ${line} (noise line): fragment ${JSON.stringify(fragment)} not held`);
          }
        }
      }
      continue;
    }
    for (const cell of cells) {
      if (cell === '') continue;
      if (NOISE_CELLS.some((n) => n.cell === cell && raw.includes(n.lineIncludes))) continue;
      if (hay.includes(cell)) continue;
      // Name the list items of the cell that are missing, when it is a list.
      const rawCell = raw.split('\t').find((c) => normalise(c) === cell) ?? '';
      const items = [...rawCell.matchAll(/<li>([^<]*)/g)].map((m) => normalise(m[1])).filter((s) => s !== '');
      const missingItems = items.filter((s) => !hay.includes(s));
      misses.push(
        `line ${line}: ${JSON.stringify(cell)}` +
          (missingItems.length ? `   (items not held: ${JSON.stringify(missingItems)})` : '') +
          `   (in: ${JSON.stringify(raw)})`,
      );
    }
  }
  return misses;
}

// ---------------------------------------------------------------------------------------

/** The outcome numbers a tag names: "(ECM 1,2,3)" or, once, outcome names. */
const ECM_NAMES: Record<string, number> = {
  'be healthy': 1,
  'stay healthy': 1,
  'stay safe': 2,
  'enjoy and achieve': 3,
  'make a positive contribution': 4,
  'achieve economic well-being': 5,
};
function outcomesOf(tag: string): number[] {
  const inner = tag.replace(/^\(ECM\s*/, '').replace(/\)$/, '');
  const numbers = inner.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const read = numbers.map((s) => (/^\d$/.test(s) ? Number(s) : ECM_NAMES[s.toLowerCase()] ?? NaN));
  return [...read].sort((a, b) => a - b);
}

describe('Kent operational plan 2008/9, units 3-5: transcription against its source', () => {
  it('finds the units 3-5 range by its headings', () => {
    expect(FIRST).toBeGreaterThan(0);
    expect(AFTER).toBeGreaterThan(FIRST);
    expect(units.map((u) => u.number)).toEqual([3, 4, 5]);
  });

  it('prints each unit heading exactly as the source does, in the range', () => {
    const headings = rangeLines.filter((l) => /^#/.test(l.raw)).map((l) => normalise(l.raw));
    expect(units.map((u) => u.heading).filter((h) => !headings.includes(h))).toEqual([]);
  });

  it('reads the unit table heading rows as listed, each printed in the range', () => {
    const rows = rangeLines.map((l) => asPrinted(l.raw));
    expect(UNIT_TABLE_ROWS.filter((r) => !rows.includes(r.printed)).map((r) => r.printed)).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(UNIT_TABLE_ROWS.map((r) => r.name));
  });

  it('keeps `printed` values that are rows of the range, as extracted', () => {
    const rows = rangeLines.map((l) => asPrinted(l.raw));
    const missing = units.flatMap((u) =>
      u.objectives.flatMap((o) =>
        o.printed === undefined ? [] : o.printed.split('\n').filter((p) => !rows.includes(p)).map((p) => `${o.code}: ${JSON.stringify(p)}`),
      ),
    );
    expect(missing).toEqual([]);
    // Every interpreted objective row says why.
    expect(units.flatMap((u) => u.objectives.filter((o) => o.printed !== undefined && !o.note).map((o) => o.code))).toEqual([]);
  });

  it('ignores only noise the range prints: one footer line, one garbled line, one header word', () => {
    const found = NOISE_LINES.map((n) => rangeLines.filter((l) => l.raw.startsWith(n.startsWith)).length);
    expect(found).toEqual(NOISE_LINES.map(() => 1));
    const cells = NOISE_CELLS.map((n) => rangeLines.filter((l) => l.raw.includes(n.lineIncludes) && l.cells.includes(n.cell)).length);
    expect(cells).toEqual(NOISE_CELLS.map(() => 1));
  });

  it('holds text without layout noise (no markup, entities, doubled whitespace, list markers)', () => {
    const noisy = transcribedStrings(units)
      .filter(({ text }) => {
        // A list inside an action cell is held with " • " between its items.
        const t = text.replace(/ • /g, ' ');
        return normalise(t) !== t;
      })
      .map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
    expect(noisy).toEqual([]);
  });

  it('is faithful: every transcribed string is printed in the units 3-5 range', () => {
    expect(faithfulnessMisses(units)).toEqual([]);
  });

  it('rejoins only where listed, each part printed in order a few lines apart', () => {
    const strings = transcribedStrings(units);
    expect(KNOWN_REJOINS.flatMap((r) => rejoinProblems(r, strings))).toEqual([]);
  });

  it('is complete: every printed cell of every content line of the range is held by the transcription', () => {
    expect(coverageMisses(units)).toEqual([]);
  });

  it('reads ECM outcomes from the ECM tags, [] without a tag', () => {
    const wrong = units.flatMap((u) =>
      u.objectives
        .filter((o) => JSON.stringify(o.ecmTag === undefined ? [] : outcomesOf(o.ecmTag)) !== JSON.stringify(o.ecmOutcomes))
        .map((o) => `${o.code}: ${o.ecmTag} -> ${JSON.stringify(o.ecmOutcomes)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every interpreted code a note, and every action a code under its objective', () => {
    const rows = units.flatMap((u) => u.objectives.flatMap((o) => o.actions.map((a) => ({ o, a }))));
    expect(rows.filter(({ a }) => a.codeAsPrinted !== undefined && !a.note).map(({ a }) => a.code)).toEqual([]);
    expect(rows.filter(({ o, a }) => !a.code.startsWith(`${o.code}.`)).map(({ a }) => a.code)).toEqual([]);
  });

  it('has the objectives and action rows counted from the document', () => {
    // Counted by hand from the source (units 3-5 tables): objective rows, and the action
    // rows under each, in order. 3.5.4 is printed twice (two rows); 5.6.5-5.6.9 are
    // printed without codes (five rows, codes by position).
    const shape = Object.fromEntries(
      units.map((u) => [u.number, Object.fromEntries(u.objectives.map((o) => [o.code, o.actions.map((a) => a.code)]))]),
    );
    expect(shape).toEqual({
      3: {
        '3.1': ['3.1.1', '3.1.2', '3.1.3', '3.1.4'],
        '3.2': ['3.2.1', '3.2.2', '3.2.3'],
        '3.3': ['3.3.1', '3.3.2'],
        '3.4': ['3.4.1', '3.4.2'],
        '3.5': ['3.5.1', '3.5.2', '3.5.3', '3.5.4', '3.5.4', '3.5.5'],
      },
      4: {
        '4.1': ['4.1.1', '4.1.2', '4.1.3', '4.1.4'],
        '4.2': ['4.2.1', '4.2.2', '4.2.3', '4.2.4', '4.2.5'],
        '4.3': ['4.3.1', '4.3.2', '4.3.3', '4.3.4'],
        '4.4': ['4.4.1', '4.4.2', '4.4.3', '4.4.4'],
        '4.5': ['4.5.1', '4.5.2', '4.5.3', '4.5.4', '4.5.5', '4.5.6'],
      },
      5: {
        '5.1': ['5.1.1', '5.1.2', '5.1.3', '5.1.4'],
        '5.2': ['5.2.1', '5.2.2'],
        '5.3': ['5.3.1', '5.3.2'],
        '5.4': ['5.4.1', '5.4.2'],
        '5.5': ['5.5.1', '5.5.2'],
        '5.6': ['5.6.1', '5.6.2', '5.6.3', '5.6.4', '5.6.5', '5.6.6', '5.6.7', '5.6.8', '5.6.9', '5.6.10'],
      },
    });
    // Counted from the document: per unit, objectives / action rows / deliverable entries
    // (list items, nested ones flattened; plain-text cells one each; items split by a page
    // break counted once) / core services paragraphs (list items one each; a paragraph or
    // item split by a page break counted once).
    const counts = units.map((u) => ({
      unit: u.number,
      objectives: u.objectives.length,
      actions: u.objectives.reduce((n, o) => n + o.actions.length, 0),
      deliverables: u.objectives.reduce((n, o) => n + o.actions.reduce((m, a) => m + a.deliverables.length, 0), 0),
      coreServiceSections: u.coreServices.length,
      paragraphs: u.coreServices.reduce((n, c) => n + c.paragraphs.length, 0),
    }));
    expect(counts).toEqual([
      { unit: 3, objectives: 5, actions: 17, deliverables: 79, coreServiceSections: 4, paragraphs: 8 },
      { unit: 4, objectives: 5, actions: 23, deliverables: 64, coreServiceSections: 5, paragraphs: 10 },
      { unit: 5, objectives: 6, actions: 22, deliverables: 52, coreServiceSections: 7, paragraphs: 26 },
    ]);
  });
});
