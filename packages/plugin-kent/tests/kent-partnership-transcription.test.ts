// Kent's schools partnership plan (source/000_cd368782f3c1da4c.txt) against its
// transcription: every printed line is held by the seed (complete), every string the
// seed holds is printed (faithful), the sizes counted from the document match, and the
// Lead / Cost / Target Dates columns pair with the bullets only where the counts allow.
// No server here: this is the seed against the real file in source/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairColumn, partnershipPlan2008 as doc } from '@council-plans/plugin-kent';

const source = fs.readFileSync(path.resolve(__dirname, '../source/000_cd368782f3c1da4c.txt'), 'utf8');

/** Layout noise only: tabs, bullet glyphs, runs of whitespace. */
const normalise = (s: string) => s.replace(/·/g, ' ').replace(/\s+/g, ' ').trim();

const keyAreas = doc.priorities.flatMap((p) => p.keyAreas);

/** Every string the transcription holds that is printed text. */
function printedStrings(): string[] {
  const out: string[] = [...doc.columns];
  for (const p of doc.priorities) {
    out.push(p.heading, p.priority, ...p.successCriteria);
    for (const a of p.keyAreas) {
      out.push(`${a.code} ${a.title}`, ...a.leads.map((l) => l.text), ...a.costs, ...a.targetDates, ...(a.notes ?? []), ...a.links.map((l) => l.text));
      if (a.separatePlan) out.push(a.separatePlan);
      for (const b of a.bullets) out.push(b.text, ...(b.subPoints ?? []));
    }
  }
  return out;
}

describe('Kent partnership plan transcription', () => {
  const held = printedStrings().map(normalise);
  const haystack = held.join('\n');
  const printed = normalise(source.split('\n').join(' '));

  it('holds every printed line', () => {
    const structural = new Set(['Priority:', 'Success Criteria']);
    const missing = source
      .split('\n')
      .map((line) => normalise(line).replace(/^(\d\.\d\d)(?=\S)/, '$1 '))
      .filter((line) => line && !structural.has(line))
      .filter((line) => !haystack.includes(line));
    expect(missing).toEqual([]);
  });

  it('holds nothing that is not printed', () => {
    // Each held string appears in the source once its line breaks are joined.
    const invented = held.filter((s) => !printed.includes(s) && !printed.includes(s.replace(/^(\d\.\d\d) /, '$1')));
    expect(invented).toEqual([]);
  });

  it('has the sizes counted from the document', () => {
    expect(doc.priorities).toHaveLength(2);
    expect(keyAreas.map((a) => a.code)).toEqual([
      '1.01', '1.02', '1.03', '1.04', '1.05', '1.06', '1.07', '1.08', '1.09', '1.10', '1.11', '1.12',
      '2.01', '2.02', '2.03', '2.04', '2.05', '2.06', '2.07', '2.08',
    ]);
    expect(doc.priorities.map((p) => p.successCriteria.length)).toEqual([5, 5]);
    // Bullets per key area as printed ("·"), plus the three "SEE SEPARATE PLAN" cells standing alone.
    expect(Object.fromEntries(keyAreas.map((a) => [a.code, a.bullets.length]))).toEqual({
      '1.01': 6, '1.02': 3, '1.03': 3, '1.04': 3, '1.05': 3, '1.06': 5, '1.07': 1, '1.08': 1, '1.09': 3, '1.10': 1, '1.11': 3, '1.12': 7,
      '2.01': 7, '2.02': 3, '2.03': 4, '2.04': 1, '2.05': 4, '2.06': 4, '2.07': 4, '2.08': 2,
    });
    const bullets = keyAreas.flatMap((a) => a.bullets);
    expect(bullets.filter((b) => b.bulletPrinted)).toHaveLength(65);
    expect(bullets.filter((b) => !b.bulletPrinted).map((b) => b.text)).toEqual([
      'SEE SEPARATE PLAN (HANDS ON SUPPORT PLAN 2008-10)',
      'SEE SEPARATE PLAN (LED BY BARTON COURT)',
      'SEE SEPARATE PLAN LED BY SENCO GROUP (CURRENTLY BEING WRITTEN)',
    ]);
    expect(bullets.flatMap((b) => b.subPoints ?? [])).toHaveLength(19);
    expect(keyAreas.flatMap((a) => a.leads)).toHaveLength(44);
    expect(keyAreas.flatMap((a) => a.costs)).toHaveLength(29);
    expect(keyAreas.flatMap((a) => a.targetDates)).toHaveLength(60);
    expect(keyAreas.flatMap((a) => a.links.filter((l) => l.toPlanName === 'LCSP CYP Plan'))).toHaveLength(8);
    expect(keyAreas.filter((a) => a.separatePlan)).toHaveLength(4);
  });

  it('keeps each column per key area as printed: 1.06', () => {
    const ga = keyAreas.find((a) => a.code === '1.06')!;
    expect(ga.title).toBe('Gifted and talented pupils');
    expect(ga.leads.map((l) => l.text)).toEqual(['PEP HT']);
    expect(ga.costs).toEqual(['£50', '£500', '£600', '£800', '£50']);
    expect(ga.targetDates).toEqual(['Term 2 onwards', 'Term 5', 'Term6', 'Term6', 'Term1 -2009']);
    expect(ga.bullets[0].subPoints).toEqual([
      '1. Updating Policy',
      '2.Identification of pupils',
      '3. Implications for planning- support for subject leaders',
      '3. implementation of additional materials',
      '4. Supporting talent in the partnership',
    ]);
  });

  it('pairs a column with the bullets only where the counts allow', () => {
    expect(pairColumn('Cost', 5, 5)).toMatchObject({ paired: true, byAction: [[0], [1], [2], [3], [4]] });
    expect(pairColumn('Cost', 2, 6)).toMatchObject({ paired: false, byAction: [[], [], [], [], [], []], note: 'Cost: 2 entries for 6 actions, not paired' });
    expect(pairColumn('Cost', 1, 3)).toMatchObject({ paired: false });
    expect(pairColumn('Lead', 1, 5)).toMatchObject({ paired: true, byAction: [[0], [0], [0], [0], [0]] });
    expect(pairColumn('Lead', 2, 1)).toMatchObject({ paired: true, byAction: [[0, 1]] });
    expect(pairColumn('Target Dates', 5, 6)).toMatchObject({ paired: false });
    expect(pairColumn('Cost', 0, 3)).toMatchObject({ paired: false, note: 'Cost: nothing printed' });
    // Key areas whose columns cannot be paired, as counted from the document.
    const unpaired = (column: 'Lead' | 'Cost' | 'Target Dates', pick: (a: (typeof keyAreas)[number]) => unknown[]) =>
      keyAreas.filter((a) => pick(a).length > 0 && !pairColumn(column, pick(a).length, a.bullets.length).paired).map((a) => a.code);
    expect(unpaired('Lead', (a) => a.leads)).toEqual(['1.02', '1.11', '1.12', '2.06']);
    expect(unpaired('Cost', (a) => a.costs)).toEqual(['1.01', '1.03', '1.04', '1.05', '1.12', '2.01', '2.02', '2.03']);
    expect(unpaired('Target Dates', (a) => a.targetDates)).toEqual(['1.01', '1.12', '2.03']);
  });
});
