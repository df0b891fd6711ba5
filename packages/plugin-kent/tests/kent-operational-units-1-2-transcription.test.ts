// Kent's operational plan 2008/9, units 1 (Early Years and Childcare) and 2 (Primary):
// the hand-typed seed data must be faithful to the extracted PDF text (every string it
// holds is printed in the source, or is a listed rejoin / reading of printed pieces) and
// complete (every cell the source prints between the units' headings is held by the
// transcription). No server here: this is the seed against the real file in source/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationalPlanUnits1to2 } from '../src/seed/operational-plan-units-1-2';
import type {
  KentActionRowSeed,
  KentObjectiveSeed,
  KentUnitSeed,
} from '../src/seed/operational-plan-units-types';

const units: KentUnitSeed[] = operationalPlanUnits1to2;

const SOURCE_PATH = path.resolve(__dirname, '../source/001_ac97e373afde824a.txt');
const sourceLines = fs.readFileSync(SOURCE_PATH, 'utf8').split(/\r?\n/);

/** Units 1 and 2: from the core services heading up to the line before the Unit 3 heading. */
const START = sourceLines.findIndex((l) => /^#+\s*CORE SERVICES AND FORECAST ACTIVITY LEVELS\s*$/.test(l));
const END = sourceLines.findIndex((l, i) => i > START && /UNIT 3: SECONDARY CORE SERVICES/.test(l));
const range = sourceLines.slice(START, END).map((text, i) => ({ lineNo: START + i + 1, text }));

/**
 * Removes the extraction's layout noise and nothing else: list and emphasis markup
 * (<ul>, <li>, <u>, **, *), heading marks, bullet glyphs, runs of whitespace. Typos,
 * dashes and quotes stay. (A prose line's leading "- " list marker: see `cellsOf`.)
 */
function normalise(text: string): string {
  return text
    .replace(/<\/?(?:ul|li|u|b|i)\b[^>]*>/gi, ' ')
    .replace(/^\s*#+\s*/, '')
    .replace(/\*+/g, '')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The table's header row, printed again (often mangled) after every page break. */
const isHeaderRow = (line: string): boolean =>
  /development\/key action/i.test(line) && /Accounta|Deliverables or outcomes/i.test(line);

/** Headings of the whole section and of the tables, which the unit types have no field for. */
const SECTION_HEADINGS = ['CORE SERVICES AND FORECAST ACTIVITY LEVELS', 'PROJECTS, DEVELOPMENTS, KEY ACTIONS'];

/** A line's cells, normalised; a prose line (no tab) is one cell, without its leading "- " list marker. */
const cellsOf = (line: string): string[] =>
  line.includes('\t') ? line.split('\t').map(normalise) : [normalise(line.replace(/^\s*-\s+/, ''))];

/** An objective row as the seed's `printed` gives it: cells joined with " | ", trailing empty cells dropped. */
function printedRow(line: string): string {
  const cells = cellsOf(line);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join(' | ');
}

/** Every non-empty cell in the range (prose lines are one cell), with its line number. */
const sourceCells = range.flatMap(({ lineNo, text }) =>
  cellsOf(text)
    .filter((c) => c !== '')
    .map((cell) => ({ lineNo, cell })),
);
const inSource = (text: string): boolean => {
  const t = normalise(text);
  return t !== '' && sourceCells.some(({ cell }) => cell.includes(t));
};

/**
 * Strings the transcription rejoins from pieces printed apart (a cell continued after a
 * page break, or on a following line without a code; a paragraph split by a page break).
 * Each piece must be printed in the source; the transcription holds the pieces joined.
 */
const KNOWN_REJOINS: { where: string; parts: string[] }[] = [
  {
    where: 'Unit 1 core services, "2. Resource and Support teams": paragraph split by a page break',
    parts: [
      'The Early Years Team also includes the two small \'Treasure Chest\' loan facilities for settings (including out of school provision) and schools. These resources have recently been re-focused to reflect key priorities within the Local Authority and offer resources for Foundation Stage and Key Stage One. The previous "playbus" has been refurbished as a training bus with ICT equipment and',
      'provides mobile training facilitates across the country, easing access for pre-school practitioners.',
    ],
  },
  {
    where: '1.5.1 action, continued on the next line (no code)',
    parts: [
      'Ensure effective implementation of Early Years Foundation Stage (EYFS) across schools, settings and out of school provision',
      'Monitor National Child Minding Association (NCMA) in implementing EYFS in child minding provision linked to their contract for service delivery',
    ],
  },
  { where: '1.5.1 links, continued on the next line', parts: ['Early Years Outcomes Duties', 'NCMA'] },
  {
    where: '2.1.3 action, across a page break',
    parts: ['Provide professional advice and', 'support for schools to achieve or exceed their agreed targets'],
  },
  { where: '2.1.3 accountable manager, across a page break', parts: ['Principal', 'Adviser Primary'] },
  {
    where: '2.1.3 links, across a page break',
    parts: [
      'BV40',
      'BV41 Towards 2010 target 11 LAA 2 Outcome 2 Kent Primary Strategy Action Plan 28,29,33,47 CYPP 50, 51, 52, 63,64,67, 101',
    ],
  },
  {
    where: '2.1.3 deliverable, across a page break',
    parts: [
      'Increase the proportion of schools achieving and',
      'exceeding their aspirational targets for level 4 at Key Stage 2 from 37% in mathematics to 42% and from 63% in English to 68%.',
    ],
  },
  { where: '2.1.3 target dates, across a page break', parts: ['Aug', '2008'] },
  {
    where: '2.1.7 action, across a page break',
    parts: ['Further develop the Communication, Language and', 'Literacy Development Programme in 25 schools and settings'],
  },
  {
    where: '2.1.11 action, across a page break',
    parts: [
      'Provide a regional overview and quality assurance to support school improvement in all primary schools. Monitor the',
      'progress of schools in each patch and secure resources to meet targets.',
    ],
  },
  {
    where: '2.1.11 accountable manager, across a page break',
    parts: [
      'Area 1- Chris Davies Area 2 –',
      'Rosemary Ferguson Area 3 – Julia Power Area 4 – Keith Ransom Area 5 – Diana Robinson Area 6 – Sheila Wilding',
    ],
  },
  {
    where: '2.2.1 action, across a page break',
    parts: [
      'Further develop the implementation of the Renewed Frameworks for literacy and numeracy in primary schools through a multi-layered programme of training including',
      'the Assessing Pupil Progress (APP) pilot',
    ],
  },
  {
    where: '2.3.1 links: "28,29,33,47" printed after the page break at the start of 2.3.2\'s links cell',
    parts: [
      'LAA 2 Outcome 2 BV40 BV41 CYPP 50,51,52, 63,64,67,101 Towards 2010 Target 11 Kent Primary Strategy',
      '28,29,33,47',
    ],
  },
  {
    where: '2.3.2 links, without the moved "28,29,33,47", continued on the next line (no code)',
    parts: [
      'LAA 2 Outcome 2 CYPP 50,51,52, 63,64,67,101 Towards 2010',
      'Target Kent Primary Strategy 28,29,33,47',
    ],
  },
  {
    where: '2.5.2 action, across a page break',
    parts: ['Provide guidance and advice to', 'a pilot programme for BSF in primary schools'],
  },
  { where: '2.5.2 accountable manager, across a page break', parts: ['Chris', 'Davies'] },
  { where: '2.5.2 links, across a page break', parts: ['Kent Primary', 'Strategy 45 CYPP 69'] },
  {
    where: '2.5.2 deliverable, across a page break',
    parts: [
      '2 schools in the pilot programme for BSF receive',
      'guidance and support to develop innovative approaches to learning to maximise learning out comes for children',
    ],
  },
  { where: '2.5.2 target dates, across a page break', parts: ['March', '2009'] },
];

/** Words garbled by the extraction and read back: the printed text and the transcription's reading of it. */
const KNOWN_READINGS: { where: string; printed: string; reading: string }[] = [
  { where: '1.5.7 (printed "1.0.7") accountable manager', printed: 'ouc ognvic', reading: 'Sue Ogilvie' },
  {
    where: '1.5.7 (printed "1.0.7") first deliverable',
    printed:
      'A ment of training provided for clusters that can be commissioned and delivered locally – a total of 3 sessions per year',
    reading:
      'A menu of training provided for clusters that can be commissioned and delivered locally – a total of 3 sessions per year',
  },
];

/** Source cells whose pieces the transcription holds in different fields (moved across a page break). */
const KNOWN_SPLIT_CELLS: { where: string; cell: string; pieces: string[] }[] = [
  {
    where: '2.3.2 links cell; its first piece continues 2.3.1\'s links across the page break',
    cell: '28,29,33,47 LAA 2 Outcome 2 CYPP 50,51,52, 63,64,67,101 Towards 2010',
    pieces: ['28,29,33,47', 'LAA 2 Outcome 2 CYPP 50,51,52, 63,64,67,101 Towards 2010'],
  },
];

const allObjectives = (): KentObjectiveSeed[] => units.flatMap((u) => u.objectives);
const allActions = (): KentActionRowSeed[] => allObjectives().flatMap((o) => o.actions);

/** Every string the transcription holds that must be printed in the source, labelled for error messages. */
function transcribedStrings(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (const u of units) {
    out.push({ label: `unit ${u.number} heading`, text: u.heading });
    out.push({ label: `unit ${u.number} name`, text: u.name });
    for (const cs of u.coreServices) {
      if (cs.heading !== '') out.push({ label: `unit ${u.number} core service heading`, text: cs.heading });
      cs.paragraphs.forEach((p, i) =>
        out.push({ label: `unit ${u.number} core service "${cs.heading}" paragraph ${i + 1}`, text: p }),
      );
    }
    for (const o of u.objectives) {
      if (o.printed === undefined) out.push({ label: `objective ${o.code} title`, text: o.title });
      if (o.ecmTag !== undefined) out.push({ label: `objective ${o.code} ecmTag`, text: o.ecmTag });
      for (const a of o.actions) {
        const fields: [string, string][] = [
          ['action', a.action],
          ['accountableManager', a.accountableManager],
          ['links', a.links],
          ['targetDates', a.targetDates],
          ...a.deliverables.map((d, i): [string, string] => [`deliverable ${i + 1}`, d]),
        ];
        for (const [name, text] of fields) {
          if (text !== '') out.push({ label: `${a.code} ${name}`, text });
        }
      }
    }
  }
  return out;
}

/** The transcription in document order, one normalised field per line (a row's deliverables joined). */
function haystack(): string {
  const fields: string[] = [];
  for (const u of units) {
    fields.push(u.heading);
    for (const cs of u.coreServices) fields.push(cs.heading, ...cs.paragraphs);
    fields.push(`${u.number}. ${u.name}`);
    for (const o of u.objectives) {
      fields.push(o.code, o.title, o.ecmTag ?? '', o.printed ?? '');
      for (const a of o.actions) {
        fields.push(
          a.codeAsPrinted ?? a.code,
          a.action,
          a.accountableManager,
          a.links,
          a.deliverables.join(' '),
          a.targetDates,
        );
      }
    }
  }
  return fields.map(normalise).join('\n');
}

describe('Kent operational plan 2008/9, units 1-2: transcription against the source', () => {
  it('finds the unit 1-2 range by its headings', () => {
    expect(START).toBeGreaterThanOrEqual(0);
    expect(END).toBeGreaterThan(START);
    expect(range.some(({ text }) => normalise(text) === 'UNIT 1: EARLY YEARS AND CHILDCARE')).toBe(true);
    expect(range.some(({ text }) => normalise(text) === 'UNIT 2: PRIMARY CORE SERVICES AND FORECAST ACTIVITY LEVELS')).toBe(
      true,
    );
  });

  it('(a) faithful: every transcribed string is printed in the unit 1-2 range', () => {
    const misses: string[] = [];
    const usedRejoins = new Set<number>();
    const usedReadings = new Set<number>();
    for (const { label, text } of transcribedStrings()) {
      const t = normalise(text);
      const rejoin = KNOWN_REJOINS.findIndex((r) => normalise(r.parts.join(' ')) === t);
      if (rejoin >= 0) {
        usedRejoins.add(rejoin);
        continue; // its parts are checked below
      }
      const reading = KNOWN_READINGS.findIndex((r) => normalise(r.reading) === t);
      if (reading >= 0) {
        usedReadings.add(reading);
        continue;
      }
      if (!inSource(text)) misses.push(`${label}: ${text}`);
    }
    KNOWN_REJOINS.forEach((r, i) => {
      for (const part of r.parts) if (!inSource(part)) misses.push(`rejoin "${r.where}": part not printed: ${part}`);
      if (!usedRejoins.has(i)) misses.push(`rejoin "${r.where}" is held nowhere in the transcription`);
    });
    KNOWN_READINGS.forEach((r, i) => {
      if (!inSource(r.printed)) misses.push(`reading "${r.where}": not printed: ${r.printed}`);
      if (!usedReadings.has(i)) misses.push(`reading "${r.where}" is held nowhere in the transcription`);
    });
    expect(misses).toEqual([]);
  });

  it('(a) objective rows: `printed` is the row as extracted, the ECM tag is printed in it', () => {
    const misses: string[] = [];
    const rows = range.map(({ text }) => printedRow(text));
    for (const o of allObjectives()) {
      if (o.printed !== undefined && rows.filter((r) => r === o.printed).length !== 1) {
        misses.push(`objective ${o.code}: printed is not one source row: ${o.printed}`);
      }
      const row = rows.find((r) => r.split(' | ')[0].replace(/\.$/, '') === o.code) ?? '';
      if (row === '') misses.push(`objective ${o.code}: no source row`);
      if (o.ecmTag !== undefined && !row.includes(o.ecmTag)) misses.push(`objective ${o.code}: tag ${o.ecmTag} not in: ${row}`);
      if (o.ecmTag === undefined && /\(ECM/.test(row)) misses.push(`objective ${o.code}: the row has a tag: ${row}`);
      const numbers = o.ecmTag === undefined ? [] : (o.ecmTag.match(/\d/g) ?? []).map(Number);
      if (JSON.stringify(numbers) !== JSON.stringify(o.ecmOutcomes)) {
        misses.push(`objective ${o.code}: ecmOutcomes ${JSON.stringify(o.ecmOutcomes)} for ${o.ecmTag ?? 'no tag'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('(b) complete: every cell printed in the range is held by the transcription', () => {
    const hay = haystack();
    const printedObjectives = new Set(allObjectives().flatMap((o) => (o.printed === undefined ? [] : [o.printed])));
    const misses: string[] = [];
    for (const { lineNo, text } of range) {
      if (text.trim() === '' || isHeaderRow(text)) continue;
      if (SECTION_HEADINGS.includes(normalise(text))) continue;
      if (printedObjectives.has(printedRow(text))) continue;
      for (const cell of cellsOf(text)) {
        if (cell === '' || hay.includes(cell)) continue;
        const read = KNOWN_READINGS.reduce(
          (c, r) => c.split(normalise(r.printed)).join(normalise(r.reading)),
          cell,
        );
        if (read !== cell && hay.includes(read)) continue;
        const split = KNOWN_SPLIT_CELLS.find((s) => normalise(s.cell) === cell);
        if (
          split !== undefined &&
          normalise(split.pieces.join(' ')) === cell &&
          split.pieces.every((p) => hay.includes(normalise(p)))
        ) {
          continue;
        }
        misses.push(`line ${lineNo}: ${cell}`);
      }
    }
    for (const heading of SECTION_HEADINGS) {
      if (!range.some(({ text }) => normalise(text) === heading)) misses.push(`section heading not in range: ${heading}`);
    }
    expect(misses).toEqual([]);
  });

  it('(b) rows: the codes printed in the first column match the transcription, in order', () => {
    // Source: every first cell that starts like a code ("1.1", "1.4.", "2.1.", "2.1. 7", "1.0.7").
    const printedCodes = range
      .filter(({ text }) => text.includes('\t') && !isHeaderRow(text))
      .map(({ text }) => normalise(text.split('\t')[0]))
      .filter((c) => /^\d\.\d/.test(c));
    const transcribed = allObjectives().flatMap((o) => [
      { code: o.code, codeAsPrinted: undefined as string | undefined },
      ...o.actions.map((a) => ({ code: a.code, codeAsPrinted: a.codeAsPrinted })),
    ]);
    const matches = (printed: string, t: { code: string; codeAsPrinted?: string }): boolean =>
      [t.code, `${t.code}.`, t.codeAsPrinted, t.codeAsPrinted?.split(' ')[0]].includes(printed);
    const misses: string[] = [];
    const n = Math.max(printedCodes.length, transcribed.length);
    for (let i = 0; i < n; i++) {
      const p = printedCodes[i];
      const t = transcribed[i];
      if (p === undefined || t === undefined || !matches(p, t)) {
        misses.push(`#${i + 1}: printed ${p ?? '(none)'}, transcribed ${t ? (t.codeAsPrinted ?? t.code) : '(none)'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('(c) counts: objectives and action rows per unit, deliverables and paragraphs', () => {
    // Counted by hand from the document (source lines between the two headings): objective
    // rows 1.1-1.5 and 2.1-2.6; action rows per objective, a row continued across a page
    // break or onto an uncoded line counted once; codes 1.1.7, 1.2.7, 1.3.7 and 2.6.3 are
    // not printed; "1.0.7" is counted as 1.5.7.
    const EXPECTED: Record<number, Record<string, number>> = {
      1: { '1.1': 9, '1.2': 7, '1.3': 11, '1.4': 4, '1.5': 8 },
      2: { '2.1': 13, '2.2': 6, '2.3': 2, '2.4': 2, '2.5': 5, '2.6': 3 },
    };
    // Deliverables: one per list item or plain-text cell (cells rejoined across a break
    // counted once); core-service paragraphs including the seven bullet points of Unit 2.
    const EXPECTED_DELIVERABLES: Record<number, number> = { 1: 109, 2: 51 };
    const EXPECTED_PARAGRAPHS: Record<number, number> = { 1: 11, 2: 21 };

    expect(units.map((u) => u.number)).toEqual([1, 2]);
    for (const u of units) {
      expect(Object.fromEntries(u.objectives.map((o) => [o.code, o.actions.length]))).toEqual(EXPECTED[u.number]);
      expect(u.objectives.flatMap((o) => o.actions).length).toBe(
        Object.values(EXPECTED[u.number]).reduce((a, b) => a + b, 0),
      );
      expect(u.objectives.flatMap((o) => o.actions).flatMap((a) => a.deliverables).length).toBe(
        EXPECTED_DELIVERABLES[u.number],
      );
      expect(u.coreServices.flatMap((c) => c.paragraphs).length).toBe(EXPECTED_PARAGRAPHS[u.number]);
    }
  });

  it('keeps the data clean: no markup, no doubled or edge whitespace, action codes under their objective', () => {
    const misses: string[] = [];
    for (const { label, text } of transcribedStrings()) {
      if (/<[a-z/]/i.test(text) || text !== text.replace(/\s+/g, ' ').trim()) misses.push(`${label}: ${text}`);
    }
    for (const o of allObjectives()) {
      for (const a of o.actions) {
        if (!a.code.startsWith(`${o.code}.`)) misses.push(`${a.code} under ${o.code}`);
        if (a.codeAsPrinted !== undefined && a.note === undefined) misses.push(`${a.code}: codeAsPrinted without a note`);
      }
      if (o.printed !== undefined && o.note === undefined) misses.push(`${o.code}: printed without a note`);
    }
    const codes = allActions().map((a) => a.code);
    if (new Set(codes).size !== codes.length) misses.push('duplicate action codes');
    expect(misses).toEqual([]);
  });
});
