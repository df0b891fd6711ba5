// The parsers on their own: every distinct timescale, money and indicator-value string of
// the five seeds reads as the table says (tests/support/seed-values.ts), a few rules are
// checked directly, and fuzzing (random strings, long strings, odd Unicode, near-miss
// timescales) never makes a parser throw or return an interval that ends before it starts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUnparsed, parseIndicatorValue, parseMoney, parseThousandsOfPounds, parseTimescale, type TimescaleParse as Timescale } from '@council-plans/core';
import { BUDGET_AMOUNTS, INDICATOR_VALUES, MONEY, PLANS, TIMESCALES, summariseFlat, summariseTimescale } from './support/seed-values';

describe('seed timescales', () => {
  it.each(TIMESCALES)('%s: %j reads as %s', (plan, text, expected) => {
    expect(summariseTimescale(parseTimescale(text, PLANS[plan]))).toBe(expected);
  });

  it('says which years it took from the plan', () => {
    const r = parseTimescale('Term 3', PLANS.kentPartnership) as Timescale;
    expect(r.yearInferred).toBe(true);
    expect(r.assumptions).toEqual(['"term 3": year 2009 taken from the plan\'s period']);
    expect((parseTimescale('Spring 20', PLANS.peterborough) as Timescale).yearInferred).toBe(false);
  });

  it('does not guess a year when the plan cannot fix one', () => {
    // Worcestershire's plan spans three academic years: "Term 3" could be any of them.
    expect(parseTimescale('Term 3', PLANS.worcestershire)).toMatchObject({ unparsed: expect.stringContaining('holds 3 of them') });
    expect(parseTimescale('Term 3', PLANS.plymouth)).toMatchObject({ unparsed: expect.stringContaining('no period') });
    expect(parseTimescale('2008-9')).toMatchObject({ unparsed: expect.stringContaining('academic or financial') });
  });

  it('keeps several dates of one text as parts, in printed order', () => {
    const r = parseTimescale('Sept 2008 Dec 2008 March 2009', PLANS.kentOperational) as Timescale;
    expect(r.parts.map((p) => [p.start, p.end])).toEqual([
      ['2008-09-01', '2008-09-30'],
      ['2008-12-01', '2008-12-31'],
      ['2009-03-01', '2009-03-31'],
    ]);
  });

  it('reads the school calendar as documented: terms, seasons, academic and financial years', () => {
    const range = (text: string) => {
      const r = parseTimescale(text) as Timescale;
      return `${r.start}..${r.end}`;
    };
    expect(range('Term 1 2019')).toBe('2019-09-01..2019-10-31');
    expect(range('Term 4 2020')).toBe('2020-03-01..2020-03-31');
    expect(range('Term 6 2020')).toBe('2020-06-01..2020-08-31');
    expect(range('Autumn 2019')).toBe('2019-09-01..2019-12-31');
    expect(range('Spring 2020')).toBe('2020-01-01..2020-03-31');
    expect(range('Summer 2020')).toBe('2020-04-01..2020-08-31');
    expect(range('2019/20 academic year')).toBe('2019-09-01..2020-08-31');
    expect(range('financial year 2008/09')).toBe('2008-04-01..2009-03-31');
    expect(range('February 2024')).toBe('2024-02-01..2024-02-29');
  });
});

describe('seed money', () => {
  it.each(MONEY)('%j reads as %s', (text, expected) => {
    expect(summariseFlat(parseMoney(text), ['amountPence'])).toBe(expected);
  });

  it('gives the amount exactly, in pence and as a decimal', () => {
    expect(parseMoney('£374,000 funding secured. Two years.')).toMatchObject({ amount: '374000.00', amountPence: 37_400_000, currency: 'GBP', secured: true, durationMonths: 24 });
    expect(parseMoney('£0.10 per school per year')).toMatchObject({ amount: '0.10', amountPence: 10, perSchool: true, perYear: true });
    expect(parseMoney('£1.2m')).toMatchObject({ amount: '1200000.00', amountPence: 120_000_000 });
  });

  it('refuses what it cannot read without guessing', () => {
    expect(parseMoney('£5,000 or £3,000')).toMatchObject({ unparsed: expect.stringContaining('2 amounts') });
    expect(parseMoney('To be determined')).toMatchObject({ unparsed: 'no amount and no funding source' });
  });
});

describe("seed budget cells (£000's)", () => {
  it.each(BUDGET_AMOUNTS)('%j reads as %s', (text, expected) => {
    const r = parseThousandsOfPounds(text);
    expect(isUnparsed(r) ? `unparsed: ${r.unparsed}` : r.amount).toBe(expected);
    if (!isUnparsed(r)) expect(r).toMatchObject({ currency: 'GBP', amountPence: Math.round(Number(text.replace(/,/g, '')) * 100_000) });
  });
});

describe('seed indicator values', () => {
  it.each(INDICATOR_VALUES)('%j reads as %s', (text, expected) => {
    expect(summariseFlat(parseIndicatorValue(text))).toBe(expected);
  });

  it('reads points and flags percentages that cannot be', () => {
    expect(parseIndicatorValue('27.5 points')).toMatchObject({ value: '27.5', unit: 'points', suspect: false });
    expect(parseIndicatorValue('-3%')).toMatchObject({ suspect: true, suspectReason: 'a negative percentage' });
  });
});

// Strings built from the parsers' own vocabulary, so the fuzzing reaches deep paths.
const WORDS = ['Term', 'term', 'Terms', '1', '2', '3', '4', '5', '6', '7', '0', '2008', '2009', '19', '20', '-', '/', ',', '.', 'and', 'then', 'ongoing', 'On- going', 'onwards', 'By', 'end of', 'from', 'to begin in', 'Autumn', 'Spring', 'Summer', 'Sept', 'March', 'Feb', 'academic year', 'financial year', '2019/20', '2008-9', '9999', '1800', 'Termly', 'Meet 6x a year', 'In place', '12 Month project begun in', '18 month project', 'Two years', '£', '£5,000', 'Up to', 'per school', 'funded', '%', '(2008)', 'Not set', '\n', ' ', 'é', '\u200b', '😀', 'İ'];
const vocabulary = fc.array(fc.constantFrom(...WORDS), { maxLength: 20 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), vocabulary);
const planPeriod = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...Object.values(PLANS)),
  fc.record({ start: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), end: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }) }),
);

function checkInterval(start: string | null, end: string | null): void {
  if (start != null) expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (end != null) expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (start != null && end != null) expect(end >= start).toBe(true);
}

describe('fuzzing', () => {
  it('parseTimescale never throws and never ends before it starts', () => {
    fc.assert(
      fc.property(anyText, planPeriod, (text, plan) => {
        const r = parseTimescale(text, plan);
        if (isUnparsed(r)) {
          expect(typeof r.unparsed).toBe('string');
          return;
        }
        checkInterval(r.start, r.end);
        for (const p of r.parts) checkInterval(p.start, p.end);
      }),
      { numRuns: 3000 },
    );
  });

  it('no parser throws on long or odd input', () => {
    const long = ['Term 3 '.repeat(5000), '£'.repeat(100_000), '9'.repeat(100_000), 'Sept 2008 '.repeat(90), '\u0000\uffff\ud800', 'ǅ'.repeat(1000)];
    for (const text of long) {
      for (const parse of [(t: string) => parseTimescale(t, PLANS.kentPartnership), parseMoney, parseIndicatorValue]) expect(() => parse(text)).not.toThrow();
    }
    expect(parseTimescale('Sept 2008 '.repeat(90), PLANS.kentOperational)).toMatchObject({ start: '2008-09-01', end: '2008-09-30' });
  });

  it('parseMoney and parseIndicatorValue never throw and give exact amounts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const m = parseMoney(text);
        if (!isUnparsed(m) && m.amount != null) {
          expect(m.amount).toMatch(/^\d+\.\d{2}$/);
          expect(m.amountPence).toBe(Number(m.amount.replace('.', '')));
        }
        const v = parseIndicatorValue(text);
        if (!isUnparsed(v) && v.value != null) expect(Number.isFinite(Number(v.value))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any printed amount back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 99_999_999_999_99n }), (pence) => {
        const pounds = pence / 100n;
        const text = `£${pounds.toLocaleString('en-GB')}.${String(pence % 100n).padStart(2, '0')}`;
        expect(parseMoney(text)).toMatchObject({ amountPence: Number(pence) });
      }),
    );
  });
});
