// Kent's Standards and Achievement Division operational plan 2008/9: the hand-checked seed of
// everything outside the five units' core services and project tables (header, contents,
// narrative, KPIs, National Indicators, environment tables, key responsibilities, lead roles,
// budgets, risks, consultations, staffing, monitoring) against the extracted PDF text.
// (a) faithful: every string the seed holds is printed in the source (or is a listed rejoin
//     of printed parts); (b) complete: every cell the source prints in this part is held by
//     the seed; (c) the row counts per table, counted by hand from the document.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationalPlanTables as seed } from '../src/seed/operational-plan-tables';

const SOURCE_PATH = path.resolve(__dirname, '../source/001_ac97e373afde824a.txt');
const source = fs.readFileSync(SOURCE_PATH, 'utf8');
const lines = source.split('\n');

/** The units' range (transcribed elsewhere): from the core services heading up to, not including, "## Risks". */
const UNITS_START_HEADING = '#### CORE SERVICES AND FORECAST ACTIVITY LEVELS';
const UNITS_END_HEADING = '## Risks';
const unitsStart = lines.findIndex((l) => l.trim() === UNITS_START_HEADING);
const unitsEnd = lines.findIndex((l) => l.trim() === UNITS_END_HEADING);

/** 1-based numbers of the source lines in this part (everything outside the units' range). */
const partLineNumbers: number[] = lines
  .map((_, i) => i)
  .filter((i) => i < unitsStart || i >= unitsEnd)
  .map((i) => i + 1);

/**
 * Removes layout noise only: HTML markup, markdown heading marks, bold/italic asterisks (all
 * asterisks, on both sides of every comparison, since the extraction escapes some and uses
 * others for emphasis), "&amp;", a leading "- " list marker, bullet glyphs, the space bold
 * markup leaves before ")" in "<b>47</b> )", and runs of whitespace.
 */
function normalise(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/^\s*#+\s+/gm, '')
    .replace(/^\s*- /gm, '')
    .replace(/\\\*/g, '*')
    .replace(/\*/g, '')
    .replace(/•/g, ' ')
    .replace(/(\d)\s+\)/g, '$1)')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised text of this part of the source, all lines joined (so a paragraph or cell continued on the next line reads on). */
const normalisedPart = normalise(partLineNumbers.map((n) => lines[n - 1]).join('\n'));

// ---------------------------------------------------------------------------------------
// The seed's strings.

/**
 * Keys whose values are not printed text: interpretations and enumerations. The garbled
 * Secondary budget's `reading` is checked against its print below (printed → reading).
 */
const NOT_PRINTED_KEYS = new Set(['note', 'kind', 'sourceFile', 'reading']);

/** Every printed string of the seed, with its path, in the seed's order. */
function collectStrings(value: unknown, at: string, out: { at: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => collectStrings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!NOT_PRINTED_KEYS.has(k)) collectStrings(v, `${at}.${k}`, out);
    }
  }
}

/**
 * The transcription rendered back as printed text, in the seed's order (which follows the
 * document's): a KPI row prints "code – qualifier" then its values, a lead role action
 * "47) text", a numbered item "2. text" when its number is printed; everything else is its
 * strings in key order.
 */
function render(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return NOT_PRINTED_KEYS.has(key) ? [] : [value];
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => render(v));
  const o = value as Record<string, unknown>;
  if ('actual2006_07' in o) {
    const code = [o.code, o.separator, o.qualifier].filter((x) => typeof x === 'string' && x !== '').join(' ');
    return [code, o.actual2006_07, o.estimated2007_08, o.target2008_09, ...((o.garbledValues as string[]) ?? []), o.description] as string[];
  }
  if ('number' in o && 'text' in o && typeof o.number === 'string') {
    return [`${o.number}) ${o.text}`, o.leadOfficer as string, ...((o.strayText as string[]) ?? [])];
  }
  if ('role' in o && 'name' in o) return [`${o.role}: ${o.name}`];
  if ('numberPrinted' in o) return [o.numberPrinted ? `${o.number}. ${o.text}` : (o.text as string)];
  return Object.entries(o).flatMap(([k, v]) => render(v, k));
}

/** The transcription of some parts of the seed, rendered and normalised, to search a source cell in. */
const haystackOf = (...parts: unknown[]): string => normalise(parts.flatMap((p) => render(p)).join('\n'));

/**
 * The sections of this part of the source, each found by the text of its first line (a
 * heading), with the part of the seed that transcribes it: a source cell must be held by its
 * own section's transcription, not merely somewhere in the seed.
 */
const SECTIONS: { startsWith: string; haystack: string }[] = [
  { startsWith: 'Children, Families and Education Directorate', haystack: haystackOf(seed.header, seed.contents) },
  { startsWith: '# Standards and Achievement Division ANNUAL OPERATING PLAN', haystack: haystackOf(seed.header.operatingPlanHeading, seed.narrative) },
  { startsWith: '# **Key Performance Indicators**', haystack: haystackOf(seed.kpis) },
  { startsWith: '## **National Indicator Dataset:**', haystack: haystackOf(seed.nationalIndicators) },
  { startsWith: '#### Achievements/Outcomes 2007-8', haystack: haystackOf(seed.narrative, seed.statisticalNeighbours) },
  { startsWith: 'Corporate Environmental Performance and Climate Change Adaptation', haystack: haystackOf(seed.environmentalPerformance) },
  { startsWith: '#### **SECTION 2: PRIORITIES AND OBJECTIVES**', haystack: haystackOf(seed.keyResponsibilities) },
  { startsWith: '## **LEAD ROLES**', haystack: haystackOf(seed.leadRoles) },
  { startsWith: '#### CHILDREN FAMILIES & FDUCATION 2008/09 BUDGET', haystack: haystackOf(seed.budgets) },
  // (the units' range, transcribed elsewhere, sits here)
  { startsWith: UNITS_END_HEADING, haystack: haystackOf(seed.risks) },
  { startsWith: '## **CONSULTATION EXERCISES, SATISFACTION SURVEYS, REVIEWS**', haystack: haystackOf(seed.consultations) },
  { startsWith: '#### **STAFFING**', haystack: haystackOf(seed.staffing) },
  // The "**" footnote of the staffing table is printed at the very end, after Section 3.
  { startsWith: '#### SECTION 3: MONITORING AND REVIEW', haystack: haystackOf(seed.monitoringAndReview, seed.staffing.footnotes) },
];
/** 1-based first line of each section, each searched after the previous one (0 when not found). */
const sectionStarts: number[] = [];
for (const s of SECTIONS) {
  const after = sectionStarts.length ? sectionStarts[sectionStarts.length - 1] : 0;
  const i = lines.findIndex((l, j) => j >= after && l.startsWith(s.startsWith));
  sectionStarts.push(i + 1);
}

/** The section a 1-based source line belongs to: the last one starting at or before it. */
function sectionOf(lineNumber: number): (typeof SECTIONS)[number] {
  let found = SECTIONS[0];
  sectionStarts.forEach((start, i) => {
    if (start > 0 && start <= lineNumber) found = SECTIONS[i];
  });
  return found;
}

// ---------------------------------------------------------------------------------------
// (a) Known rejoins: seed strings made of printed parts that the print separates (other
// columns' cells, a page break or a garbled value in between). Each part must be printed,
// and the parts must make up the string (whitespace aside).

const REJOINS: { text: string; parts: string[] }[] = [
  { text: "Percentage of 14 year olds achieving Level 5 or above in English", parts: ["Percentage of 14 year olds achieving Level 5 or above in", "English"] },
  { text: "Percentage of 14 year olds achieving Level 5 or above in Mathematics", parts: ["Percentage of 14 year olds achieving Level 5 or above in", "Mathematics"] },
  { text: "Research paper presented to ASK DMT on alternative and effective communication technologies", parts: ["Research paper presented to ASK DMT on alternative and", "effective communication technologies"] },
  { text: "Review all systems to ensure that they meet e-government targets related to non-paper based systems.", parts: ["Review all", "systems to", "ensure that", "they meet e-", "government", "targets related", "to non-paper", "based", "systems."] },
  { text: "Reduction of paper based systems", parts: ["Reduction of", "paper based", "systems"] },
  { text: "Entering documents once electronically and then using the information for several purposes", parts: ["Entering documents", "once electronically and", "then using the", "information for several", "purposes"] },
  { text: "Review the sustainability of the buildings, including the infrastructure, cabling and networks to ensure it meets the needs of service delivery", parts: ["Review the", "sustainability of the", "buildings, including the", "infrastructure, cabling and networks to ensure", "it meets the needs of", "service delivery"] },
  { text: "Explore password protected area to ASK webpages for easy access to key documents and information by December 2008", parts: ["Explore password protected area to", "ASK webpages for easy access to key", "documents and information by", "December 2008"] },
  { text: "Work with ISG to look at developing share point options for files and folders as shared documentation to reduce electronic storage by March 2009", parts: ["Work with ISG to look at developing", "share point options for files and folders", "as shared documentation to reduce", "electronic storage by March 2009"] },
  { text: "Implement the key recommendations of the Cap Gemini review working with Management Information to streamline information trails and manage risk effectively", parts: ["Implement the key recommendations", "of the Cap Gemini review working with", "Management Information to streamline information trails and manage risk effectively"] },
  { text: "Lead on Local Area Agreement Outcome 1 (LPSA 1.3, 1.4)", parts: ["Lead on Local", "Area Agreement", "Outcome 1", "(LPSA 1.3, 1.4)"] },
  { text: "LAA Outcome 1 : To promote the physical, emotional, social and intellectual development of young children so they flourish at home and at school.", parts: ["LAA Outcome 1 : To promote the physical, emotional,", "social and intellectual development of young children", "so they flourish at home and at school."] },
  { text: "CYPP 10 (Actions 47 & 49)", parts: ["CYPP 10", "(Actions 47 &", "49)"] },
  { text: "CYPP 10: To promote the physical, emotional, social and intellectual development of young children so they flourish at home and at school.", parts: ["CYPP 10: To promote the physical, emotional, social", "and intellectual development of young children so they", "flourish at home and at school."] },
  { text: "Improve the quality of early years provision through training and support to pre schools, quality assurance, the development of Children's Centres and integration of sure Start Local Programmes.", parts: ["Improve the quality of early years provision through", "training and support to pre schools, quality assurance, the development of Children's Centres and integration of sure Start Local Programmes."] },
  { text: "Improve early education outcomes for children through interventions over a 3-year period to enhance personal, social and emotional development and communication, language and literacy.", parts: ["Improve early education outcomes for children", "through interventions over a 3-year period to enhance", "personal, social and emotional development and communication, language and literacy."] },
  { text: "Lead on Local Area Agreement Outcome 2 (LPSA 2.1, 2.2)/CYPP Priority 11 (Lead on actions: 50, 51, 52)", parts: ["Lead on Local Area Agreement Outcome 2", "(LPSA 2.1, 2.2)/CYPP Priority 11 (Lead", "on actions: 50, 51, 52)"] },
  { text: "Support for Local Area Agreement Outcome 5 (LPSA 5) CYPP 12 (Action 56)", parts: ["Support for Local Area Agreement Outcome 5", "(LPSA 5) CYPP 12 (Action 56)"] },
  { text: "Support for CYPP Priority 5 (Lead on action 02)", parts: ["Support for CYPP Priority 5", "(Lead on action", "02)"] },
  { text: "CYPP Priority 5: With partners ensure that services continue to be developed to improve and promote healthy lifestyle outcomes for Children.", parts: ["CYPP Priority 5: With partners ensure that services continue to be developed to improve and promote", "healthy lifestyle outcomes for Children."] },
  { text: "Support for CYPP Priority 13 (Lead on actions: 59, 60 & 62)", parts: ["Support for", "CYPP Priority 13 (Lead on actions: 59, 60 & 62)"] },
  { text: "CYPP Priority 13: Transforming Secondary Education to develop creative and autonomous learners who have access to the best learning opportunities that suit their needs irrespective of background.", parts: ["CYPP Priority 13: Transforming Secondary Education", "to develop creative and autonomous learners who have access to the best learning opportunities that suit their needs irrespective of background."] },
  { text: "Support for CYPP Priority 14 (Lead on actions 63, 64, 67, 68, 70 & 72)", parts: ["Support for CYPP Priority 14 (Lead on", "actions 63, 64, 67, 68, 70 & 72)"] },
  { text: "Support for CYPP Priority 17 (LAA6) (Lead on actions 90 & 91) (Support for actions 81, 82 & 87)", parts: ["Support for CYPP Priority 17 (LAA6) (Lead", "on actions 90 & 91) (Support for actions 81, 82 & 87)"] },
  { text: "Curriculum support and widening opportunities- base", parts: ["Curriculum support and widening", "opportunities- base"] },
  { text: "School intervention project standards fund (ABG)", parts: ["School intervention project", "standards fund (ABG)"] },
  { text: "Secondary strategy - standards fund (ABG and base)", parts: ["Secondary strategy - standards", "fund (ABG and base)"] },
  { text: "Primary strategy programmes fully employed and monitored", parts: ["Primary strategy programmes fully employed", "and monitored"] },
  { text: "Establishment of role of senior primary managers on a regional basis – working with Area Education Officers to challenge under Performance", parts: ["Establishment of role of senior primary managers on a regional basis – working with Area Education Officers to challenge under", "Performance"] },
  { text: "All CPD activities including conferences, bespoke sessions and tailored programmes", parts: ["All CPD activities including conferences, bespoke sessions and", "tailored programmes"] },
  { text: "Impact of CPD on raising standards of achievement", parts: ["Impact of CPD on raising standards", "of achievement"] },
  { text: "Of the above total, the estimated FTE which are externally funded", parts: ["Of the above total, the estimated FTE which are externally", "funded"] },
];

// ---------------------------------------------------------------------------------------
// (b) Source lines deliberately not transcribed, matched by their whole text, with the reason.

const LEFT_OUT: { line: string; reason: string }[] = [
  { line: '\t•\t\t\t', reason: 'contents page: a stray bullet glyph after the last entry (page furniture)' },
];

/** A source line's cells: tab-separated, then list items and runs of 2+ spaces (the extraction's joins inside a cell). */
function fragments(raw: string): string[] {
  return raw
    .split('\t')
    .flatMap((cell) => cell.split(/<\/?li>|<\/?ul>/))
    .flatMap((piece) => piece.split(/ {2,}/))
    .map((piece) => normalise(piece))
    .filter((piece) => piece !== '');
}

describe('Kent operational plan 2008/9: tables and narrative outside the units, against the source', () => {
  it('finds its part of the source by its headings', () => {
    expect(unitsStart).toBeGreaterThan(0);
    expect(unitsEnd).toBeGreaterThan(unitsStart);
    expect(lines[unitsEnd].trim()).toBe(UNITS_END_HEADING);
    // every section heading is found, in document order, and the units' range sits between budgets and risks
    expect(sectionStarts.every((s) => s > 0), JSON.stringify(sectionStarts)).toBe(true);
    expect(sectionStarts[0]).toBe(1);
    const budgets = SECTIONS.findIndex((s) => s.startsWith.startsWith('#### CHILDREN FAMILIES'));
    expect(sectionStarts[budgets]).toBeLessThan(unitsStart + 1);
    expect(sectionStarts[budgets + 1]).toBe(unitsEnd + 1);
  });

  it('(a) faithful: every transcribed string is printed in the source, or is a listed rejoin of printed parts', () => {
    const strings: { at: string; text: string }[] = [];
    collectStrings(seed, 'seed', strings);
    const misses: string[] = [];
    const used = new Set<string>();
    for (const { at, text } of strings) {
      const n = normalise(text);
      if (n === '' || normalisedPart.includes(n)) continue;
      const rejoin = REJOINS.find((r) => r.text === text);
      if (!rejoin) {
        misses.push(`${at}: not printed: ${JSON.stringify(text)}`);
        continue;
      }
      used.add(rejoin.text);
      for (const part of rejoin.parts) {
        if (!normalisedPart.includes(normalise(part))) misses.push(`${at}: rejoin part not printed: ${JSON.stringify(part)}`);
      }
      const squash = (s: string) => normalise(s).replace(/\s+/g, '');
      if (squash(rejoin.parts.join(' ')) !== squash(text)) misses.push(`${at}: rejoin parts do not make up ${JSON.stringify(text)}`);
    }
    for (const r of REJOINS) if (!used.has(r.text)) misses.push(`unused rejoin (not in the seed, or printed whole): ${JSON.stringify(r.text)}`);
    expect(misses, misses.join('\n')).toEqual([]);
  });

  it('reads the garbled Secondary budget: printed values → the evident reading in columns', () => {
    const reading = seed.budgets.secondary.reading!.lines;
    const line = (activity: string) => reading.find((l) => l.activity === activity)!;
    const cells = (l: (typeof reading)[number]) => [l.controllable2007_08, l.fte2007_08, l.fte2008_09, l.employeeCosts, l.runningCosts, l.contractsAndProjects, l.grossExpenditure, l.externalIncome, l.internalIncome, l.controllable2008_09, l.cabinetMember];
    // [printed values, in print order] → [2007-08 controllable, FTE, 2008-09 FTE, employee, running, contracts, gross, external, internal, controllable, cabinet member]
    const CASES: [string, string, string[]][] = [
      ['Curriculum support and widening opportunities- base', '1.116.9 13.4 19.6 944.4 341.8 1.286.2 -160.0 1.126.2 CW', ['1,116.9', '13.4', '19.6', '944.4', '341.8', '', '1,286.2', '-160.0', '', '1,126.2', 'CW']],
      ['Senior secondary advisers', '409.5 47.0 CW 446.5 6.0 6.0 456.5 0.0 456.5', ['446.5', '6.0', '6.0', '409.5', '47.0', '', '456.5', '0.0', '', '456.5', 'CW']],
      ['School intervention project standards fund (ABG)', '0.0 0.0 CW 0.0 0.0 -102.4 102.4 0.0 102.4 0.0', ['0.0', '0.0', '0.0', '', '102.4', '', '102.4', '', '', '102.4', 'CW']],
      ['Controllable Totals', '38.4 44.6 2.699.0 3.189.6 -16003.219.5 6506 0.0 3.349.6 0.0', ['3,219.5', '38.4', '44.6', '2,699.0', '650.6', '0.0', '3,349.6', '-160.0', '0.0', '3,189.6', '']],
    ];
    for (const [activity, printed, expected] of CASES) {
      expect(seed.budgets.secondary.lines.find((l) => l.activity === activity)!.valuesAsPrinted.join(' '), activity).toBe(printed);
      expect(cells(line(activity)), activity).toEqual(expected);
    }
    // The memorandum lines are read from the values printed after the run.
    expect(seed.budgets.secondary.trailingAsPrinted).toEqual(expect.arrayContaining(['34.3', '55.9', '3.279.8', '217.6', '53.8', '3.490.9']));
    expect([line('Central Overheads'), line('Directorate Overheads'), line('Total Cost of Unit')].map((l) => [l.controllable2007_08, l.controllable2008_09])).toEqual([['217.6', '34.3'], ['53.8', '55.9'], ['3,490.9', '3,279.8']]);
  });

  it('(b) complete: every cell printed in this part of the source is held by the transcription', () => {
    const misses: string[] = [];
    for (const n of partLineNumbers) {
      const raw = lines[n - 1];
      if (raw.trim() === '') continue;
      if (LEFT_OUT.some((x) => x.line === raw)) continue;
      const { haystack, startsWith } = sectionOf(n);
      for (const fragment of fragments(raw)) {
        if (!haystack.includes(fragment)) misses.push(`line ${n} (section "${startsWith}"): ${JSON.stringify(fragment)}\n    in: ${raw.slice(0, 300)}`);
      }
    }
    for (const x of LEFT_OUT) {
      if (!partLineNumbers.some((n) => lines[n - 1] === x.line)) misses.push(`left-out line not in the source: ${JSON.stringify(x.line)}`);
    }
    expect(misses, misses.join('\n')).toEqual([]);
  });

  it('(c) holds every row, counted from the document', () => {
    expect(seed.header.owners).toHaveLength(3); // Cabinet Member, Director, Unit Business Plan Contact
    expect(seed.contents.entries).toHaveLength(42); // "Purpose of the Service" … "Monitoring and Review", one a line
    expect(seed.narrative).toHaveLength(31); // 29 headings from PURPOSE OF THE SERVICE to Equalities "Actions:", plus 2 continuations after a list
    expect(seed.statisticalNeighbours).toHaveLength(10); // Essex … Bedfordshire
    expect(seed.kpis.rows).toHaveLength(11); // BVPI 41, 194a, 40, 194b, 181a-d, 38, 39, and the uncoded points score row
    expect(seed.nationalIndicators.lists.map((l) => l.length)).toEqual([19, 1]); // NI 74 … NI 101; NI 57
    expect(seed.environmentalPerformance.objectives).toHaveLength(5); // ISO 14001 … reduce travel costs
    expect(seed.environmentalPerformance.actions).toHaveLength(2); // training programme; review all systems
    expect(seed.keyResponsibilities.coreObjectives).toHaveLength(9);
    expect(seed.keyResponsibilities.plannedOutcomes).toHaveLength(9);
    expect(seed.leadRoles.rows).toHaveLength(17); // LAA 1 … CYPP Priority 25
    expect(seed.leadRoles.rows.flatMap((r) => r.actions)).toHaveLength(22); // 47, 49, 50, 51, 56, 7, 20, 59, 60, 62, 63, 64, 67, 68, 70, 72, 77, 81, 90, 99, 117, 122
    expect(seed.budgets.secondary.lines).toHaveLength(7); // 5 activities, Controllable Totals, Memorandum Items
    expect(seed.budgets.secondary.trailingAsPrinted).toHaveLength(17); // 13 values, 4 labels on their own lines
    expect(seed.budgets.units.map((u) => [u.unit, u.lines.length])).toEqual([
      ['Primary', 18], // 12 activities + totals + memorandum heading + 3 memorandum + total cost of unit
      ['Early Years', 14], // 8 activities + 6
      ['Improvement Partnerships', 14], // 8 activities + 6
      ['Professional Development', 22], // 16 activities + 6
    ]);
    expect(seed.risks.rows).toHaveLength(2); // Primary Attainment; Early Years Standards
    expect(seed.risks.rows.map((r) => [r.existingControls.length, r.newTasks.length])).toEqual([
      [6, 14],
      [3, 7],
    ]);
    expect(seed.consultations.rows).toHaveLength(4);
    expect(seed.staffing.capacitySkills.flatMap((s) => s.bullets)).toHaveLength(9);
    expect(seed.staffing.rows).toHaveLength(4); // Pt13+, Pt12-, TOTAL, externally funded
    expect(seed.staffing.footnotes).toHaveLength(2); // "*" after the table, "**" at the very end of the document
    expect(seed.monitoringAndReview.flatMap((s) => s.bullets)).toHaveLength(4);
  });

  it('keeps printed values exactly, misprints included', () => {
    const kpi = (code: string) => seed.kpis.rows.find((r) => r.code === code);
    expect(kpi('BVPI 41')).toMatchObject({ qualifier: 'KS2', actual2006_07: '77%', estimated2007_08: '77%', target2008_09: '80%' });
    expect(kpi('BVPI 181a')?.garbledValues).toEqual(['1270', '1370', '00 %']);
    expect(kpi('BVPI 38')?.garbledValues).toEqual(['00.00/', '040/', '000/']);
    expect(seed.kpis.rows[10]).toMatchObject({ code: '', actual2006_07: '392.5%', estimated2007_08: '380%', target2008_09: '' });
    expect(seed.nationalIndicators.lists[1][0]).toEqual({ code: 'NI 57', title: "Children and young people's participation in high-quality PE and sport" });
    expect(seed.risks.rows.map((r) => r.currentRating)).toEqual(['I = 4 L = 4 Score = 16 HIGH', 'I = 4 L = 4 Score = 16 HIGH']);
    expect(seed.leadRoles.rows.flatMap((r) => r.actions).find((a) => a.number === '62')?.leadOfficer).toBe('Carrir Beech');
    expect(seed.staffing.rows[0]).toMatchObject({ fte2007_08: '196.5', fte2008_09: '199.7* (181.5)' });
    const primaryTotals = seed.budgets.units[0].lines.find((l) => l.kind === 'controllableTotals');
    expect(primaryTotals).toMatchObject({ controllable2007_08: '3,852.7', contractsAndProjects: '0.0', grossExpenditure: '4,773.3', controllable2008_09: '4,623.3' });
  });
});
