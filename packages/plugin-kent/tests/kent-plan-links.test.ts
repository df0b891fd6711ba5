// Kent's "Links to other plans" cells read into plan references: cells exactly as printed
// in the operational plan 2008/9 (source/001_ac97e373afde824a.txt); every recognised
// reference becomes (plan family, target), and text that is not recognised is kept.
import { describe, expect, it } from 'vitest';
import { parsePlanLinks, partiesInCell } from '@council-plans/plugin-kent';

const refs = (cell: string) => parsePlanLinks(cell).map((l) => [l.toPlanName, l.target]);

describe('parsePlanLinks on the printed cells', () => {
  it('reads Towards 2010 targets however they are printed', () => {
    expect(refs('Towards 2010 - 10')).toEqual([['Towards 2010', '10']]);
    expect(refs('Towards 2010 target 11')).toEqual([['Towards 2010', '11']]);
    expect(refs('T2010 Target 11')).toEqual([['Towards 2010', '11']]);
    expect(refs('Towards 2010 – Target 11')).toEqual([['Towards 2010', '11']]);
    expect(refs('Towards 2010 Targets 22 and 47')).toEqual([
      ['Towards 2010', '22'],
      ['Towards 2010', '47'],
    ]);
    expect(refs('Towards 2010')).toEqual([['Towards 2010', null]]);
  });

  it('reads LAA outcomes, CYPP priorities and actions, BVPIs, LPSA and ASK units', () => {
    expect(refs('LAA 2 Outcome 2')).toEqual([['LAA', 'Outcome 2']]);
    expect(refs('LAA Outcome 6')).toEqual([['LAA', 'Outcome 6']]);
    expect(refs('CYPP 50, 51, 52')).toEqual([
      ['CYPP', '50'],
      ['CYPP', '51'],
      ['CYPP', '52'],
    ]);
    expect(refs('CYPP Priority 10')).toEqual([['CYPP', 'Priority 10']]);
    expect(refs('CYPP priority 10, CYPP Priority 2 (action 2)')).toEqual([
      ['CYPP', 'Priority 10'],
      ['CYPP', 'Priority 2 (action 2)'],
    ]);
    expect(refs('BV40 BV41')).toEqual([
      ['BVPI', '40'],
      ['BVPI', '41'],
    ]);
    expect(refs('BV 40')).toEqual([['BVPI', '40']]);
    expect(refs('LPSA2 (6)')).toEqual([['LPSA', '2 (6)']]);
    expect(refs('ASK Units 1,2,3')).toEqual([
      ['ASK Unit', '1'],
      ['ASK Unit', '2'],
      ['ASK Unit', '3'],
    ]);
  });

  it('keeps a plan name that contains a reference word whole: "Cluster Plans and Local CYPP"', () => {
    // "Local CYPP" is a local partnership's plan, not the county's CYPP: one link as printed.
    expect(parsePlanLinks('Cluster Plans and Local CYPP ASK Unit 5')).toEqual([
      { toPlanName: null, target: null, text: 'Cluster Plans and Local CYPP' },
      { toPlanName: 'ASK Unit', target: '5', text: 'ASK Unit 5' },
    ]);
    expect(parsePlanLinks('Cluster Plans and Local CYPP ASK Units 1,2,3').map((l) => l.text)).toEqual(['Cluster Plans and Local CYPP', 'ASK Units 1,2,3', 'ASK Units 1,2,3', 'ASK Units 1,2,3']);
  });

  it('splits a run naming several plans, each printed on its own elsewhere, into one link per plan', () => {
    expect(parsePlanLinks("CYPP P14 Kent Primary Strategy 4, 33, 36 – 40 Kent Secondary Strategy Chapter 5 The National Children's Plan Chapter 4 Leadership and Collaboration NCSL Succession Planning").map((l) => l.text)).toEqual([
      'CYPP P14',
      'Kent Primary Strategy 4, 33, 36 – 40',
      'Kent Secondary Strategy Chapter 5',
      "The National Children's Plan Chapter 4 Leadership and Collaboration",
      'NCSL Succession Planning',
    ]);
    expect(parsePlanLinks('Towards 2010 - 10 School and setting Improvement Strategy Leadership strategy').map((l) => l.text)).toEqual(['Towards 2010 - 10', 'School and setting Improvement Strategy', 'Leadership strategy']);
    expect(parsePlanLinks('Towards 2010 - 10 CYPP priority 10 Key action 31 LA FS targets').map((l) => l.text)).toEqual(['Towards 2010 - 10', 'CYPP priority 10', 'Key action 31', 'LA FS targets']);
    // A name at the start of a run, or inside a longer name, is not split.
    expect(parsePlanLinks('NCSL project with CFE and Communities Directorate').map((l) => l.text)).toEqual(['NCSL project with CFE and Communities Directorate']);
  });

  it('reads a whole cell in printed order and keeps what it does not recognise', () => {
    expect(parsePlanLinks('Towards 2010 - 10 LAA 1 CYPP Priority 10 LAA 4 LA FS targets ASK Unit 2')).toEqual([
      { toPlanName: 'Towards 2010', target: '10', text: 'Towards 2010 - 10' },
      { toPlanName: 'LAA', target: 'Outcome 1', text: 'LAA 1' },
      { toPlanName: 'CYPP', target: 'Priority 10', text: 'CYPP Priority 10' },
      { toPlanName: 'LAA', target: 'Outcome 4', text: 'LAA 4' },
      { toPlanName: null, target: null, text: 'LA FS targets' },
      { toPlanName: 'ASK Unit', target: '2', text: 'ASK Unit 2' },
    ]);
    expect(parsePlanLinks('BV40 BV41 Towards 2010 target 11 LAA 2 Outcome 2 CYPP 50,51,52, 63,64,67,101').map((l) => [l.toPlanName, l.target])).toEqual([
      ['BVPI', '40'],
      ['BVPI', '41'],
      ['Towards 2010', '11'],
      ['LAA', 'Outcome 2'],
      ['CYPP', '50'],
      ['CYPP', '51'],
      ['CYPP', '52'],
      ['CYPP', '63'],
      ['CYPP', '64'],
      ['CYPP', '67'],
      ['CYPP', '101'],
    ]);
    // "14-19" is the 14-19 Learner Strategy, not CYPP 14.
    expect(parsePlanLinks('CYPP 14-19 Learner Strategy CFE Policy')).toEqual([
      { toPlanName: 'CYPP', target: null, text: 'CYPP' },
      { toPlanName: null, target: null, text: '14-19 Learner Strategy' },
      { toPlanName: null, target: null, text: 'CFE Policy' },
    ]);
    expect(parsePlanLinks('School and setting Improvement Strategy')).toEqual([{ toPlanName: null, target: null, text: 'School and setting Improvement Strategy' }]);
    expect(parsePlanLinks('')).toEqual([]);
  });
});

describe('partiesInCell on the printed "Accountable Manager" cells', () => {
  it('finds each person or post a cell names', () => {
    expect(partiesInCell('Keith Ransom')).toEqual([{ kind: 'PERSON', name: 'Keith Ransom' }]);
    expect(partiesInCell('Principal Adviser Primary')).toEqual([{ kind: 'ROLE', name: 'Principal Adviser Primary' }]);
    expect(partiesInCell('Rosemary Ferguson/ Diana Robinson')).toEqual([
      { kind: 'PERSON', name: 'Rosemary Ferguson' },
      { kind: 'PERSON', name: 'Diana Robinson' },
    ]);
    expect(partiesInCell('Sue Duckworth, Principal Adviser Primary, Principal Adviser Secondary')).toEqual([
      { kind: 'PERSON', name: 'Sue Duckworth' },
      { kind: 'ROLE', name: 'Principal Adviser Primary' },
      { kind: 'ROLE', name: 'Principal Adviser Secondary' },
    ]);
    expect(partiesInCell('Jerry Owens and Bernard Clarke').map((p) => p.name)).toEqual(['Jerry Owens', 'Bernard Clarke']);
    // A label printed beside a person is the row's, not the person's title everywhere.
    expect(partiesInCell('Chris Berry (I&A)')).toEqual([{ kind: 'PERSON', name: 'Chris Berry', label: 'I&A' }]);
    expect(partiesInCell('Debbie Coslett Helen Tait').map((p) => p.name)).toEqual(['Debbie Coslett', 'Helen Tait']);
    expect(partiesInCell('Margo Barracloug h')).toEqual([{ kind: 'PERSON', name: 'Margo Barraclough' }]);
    expect(partiesInCell('Area 1- Chris Davies Area 2 – Rosemary Ferguson Area 3 – Julia Power Area 4 – Keith Ransom Area 5 – Diana Robinson Area 6 – Sheila Wilding')).toEqual([
      { kind: 'PERSON', name: 'Chris Davies', label: 'Area 1' },
      { kind: 'PERSON', name: 'Rosemary Ferguson', label: 'Area 2' },
      { kind: 'PERSON', name: 'Julia Power', label: 'Area 3' },
      { kind: 'PERSON', name: 'Keith Ransom', label: 'Area 4' },
      { kind: 'PERSON', name: 'Diana Robinson', label: 'Area 5' },
      { kind: 'PERSON', name: 'Sheila Wilding', label: 'Area 6' },
    ]);
    expect(partiesInCell('Sue Glanville/ Sheila Wilding Sue Duckworth with AEOs and Linda Lissimore')).toEqual([
      { kind: 'PERSON', name: 'Sue Glanville' },
      { kind: 'PERSON', name: 'Sheila Wilding' },
      { kind: 'PERSON', name: 'Sue Duckworth' },
      { kind: 'ROLE', name: 'AEOs' },
      { kind: 'PERSON', name: 'Linda Lissimore' },
    ]);
    expect(partiesInCell('')).toEqual([]);
  });
});
