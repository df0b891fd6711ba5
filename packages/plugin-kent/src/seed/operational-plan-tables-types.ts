/**
 * Everything of Kent County Council's Standards and Achievement Division "Annual Business
 * Unit Operational Plan 2008/9" (source/001_ac97e373afde824a.txt) outside the five units'
 * core services and project tables (those are in operational-plan-units-types.ts): the
 * header, contents, narrative sections, tables and staffing.
 *
 * Conventions, for every interface below:
 * - values are strings exactly as printed (misprints, OCR garbling, "%" on a points score,
 *   "Carrir Beech" included); only layout noise is removed (markdown / HTML markup,
 *   bullets, page-break header repeats, doubled whitespace);
 * - a cell the extraction split over several lines or pages is rejoined with single
 *   spaces, and the row's `note` says so;
 * - "" means the printed cell is empty; optional fields are absent when not printed;
 * - `note` holds interpretations (a reading of a garbled value, a rejoin); it is never
 *   printed text and never replaces the printed value.
 * Rows are arrays in document order.
 */

/** The cover: directorate, division, title and the named owners. */
export interface KentPlanHeaderSeed {
  /** "Children, Families and Education Directorate". */
  directorate: string;
  /** "Standards and Achievement Division". */
  division: string;
  /** "Annual Business Unit Operational Plan 2008/9". */
  title: string;
  /** The second title on the first content page, "Standards and Achievement Division ANNUAL OPERATING PLAN 2008 - 2009". */
  operatingPlanHeading: string;
  owners: KentPlanOwnerSeed[];
}

/** A named owner, e.g. { role: "Cabinet Member", name: "Chris Wells" }. */
export interface KentPlanOwnerSeed {
  role: string;
  name: string;
}

/** One entry of the contents list (page numbers are not printed). */
export interface KentContentsEntrySeed {
  title: string;
  /** 0 for a top-level entry, 1 for an entry printed as a list item or under a unit name (e.g. "Revenue Budget" under "Primary"). */
  level: number;
}

/** The contents page: its printed headings and entries. */
export interface KentContentsSeed {
  /** The page title and table headings as printed: "CONTENTS", "CONTENTS", "Contents", "Page Number". */
  headings: string[];
  entries: KentContentsEntrySeed[];
  /** The stray bullet "•" printed after the last entry is layout noise and is not kept. */
  note?: string;
}

/** A narrative section, e.g. "PURPOSE OF THE SERVICE", with its prose and bullet list items, in document order. */
export interface KentNarrativeSectionSeed {
  /** The heading as printed (case kept), e.g. "Key priorities:", "Local Plans and Agreements:". */
  heading: string;
  /** Paragraphs in order; a paragraph the extraction split over lines is rejoined. */
  paragraphs: string[];
  /** List items in order (the section's list follows its paragraphs unless `note` says otherwise). */
  bullets: string[];
  /** True when this entry continues the section above after its list (prose printed after the bullets); the heading is repeated. */
  continuation?: boolean;
  note?: string;
}

/** One row of the Key Performance Indicators table. */
export interface KentKpiRowSeed {
  /** The indicator code as printed, e.g. "BVPI 41", "BVPI 194a"; "" for the row printed without one (the points score row). */
  code: string;
  /** The qualifier after the dash, e.g. "KS2", "KS3", "GCSE"; absent when none is printed. */
  qualifier?: string;
  /** The dash between code and qualifier as printed ("–" or "-"), absent without a qualifier. */
  separator?: string;
  /** The indicator description, lines rejoined. */
  description: string;
  /** "Actual performance 2006/2007" as printed, e.g. "77%", "392.5%". */
  actual2006_07: string;
  /** "Estimated performance 2007/08" as printed. */
  estimated2007_08: string;
  /** "Target 2008/09" as printed ("" when empty). */
  target2008_09: string;
  /** Garbled OCR text printed within the row's cells (e.g. "1270", "1370", "00 %"), in print order: kept, never used as a value. */
  garbledValues?: string[];
  note?: string;
}

/** The Key Performance Indicators table. */
export interface KentKpiTableSeed {
  /** "Key Performance Indicators". */
  heading: string;
  /** The column headings as printed (multi-line headings rejoined). */
  columnHeadings: string[];
  rows: KentKpiRowSeed[];
}

/** One National Indicator, e.g. { code: "NI 74", title: "Achievement at level 5 … at Key Stage 3 (Threshold)" }. */
export interface KentNationalIndicatorSeed {
  code: string;
  /** The title with its continuation line(s) joined by a space. */
  title: string;
  note?: string;
}

/** The National Indicator Dataset section: intro text and the two printed lists ("Ref / Indicator"). */
export interface KentNationalIndicatorDatasetSeed {
  heading: string;
  intro: string;
  /** Column headings of each list as printed: ["Ref", "Indicator"]. */
  columnHeadings: string[];
  /** The lists in order: the Division's 19 indicators, then the separately printed list holding NI 57. */
  lists: KentNationalIndicatorSeed[][];
}

/** A row of the "Business Unit cross-cutting environmental objective" table. */
export interface KentEnvironmentalObjectiveSeed {
  objective: string;
  /** "" when the cell is empty. */
  leadOfficer: string;
  /** The "Deliverables / outcomes for 2008/09" cell, one entry per printed item. */
  deliverables: string[];
  /** "" when the cell is empty. */
  targetDate: string;
  note?: string;
}

/** A row of the environment "Project / development / key action" table; each cell a list of its printed paragraphs. */
export interface KentEnvironmentalActionSeed {
  action: string;
  /** "Evidence of compliance with KCC Environment Policy". */
  complianceEvidence: string;
  /** "Major climate change impacts on service delivery": its paragraphs. */
  climateImpacts: string[];
  /** "Adaptive action in 2008/09 (include lead and target date)": its paragraphs. */
  adaptiveActions: string[];
  note?: string;
}

/** Corporate Environmental Performance and Climate Change Adaptation: two tables. */
export interface KentEnvironmentalPerformanceSeed {
  heading: string;
  objectiveColumnHeadings: string[];
  objectives: KentEnvironmentalObjectiveSeed[];
  actionColumnHeadings: string[];
  actions: KentEnvironmentalActionSeed[];
}

/** A numbered item, e.g. a core objective. */
export interface KentNumberedItemSeed {
  /** The number as meant (1–9). */
  number: number;
  /** Whether the number is printed ("1. ") before the text; false when the list prints the item without it. */
  numberPrinted: boolean;
  text: string;
  note?: string;
}

/** Section 2: Key Responsibilities of the Service. */
export interface KentKeyResponsibilitiesSeed {
  sectionHeading: string;
  heading: string;
  coreObjectivesHeading: string;
  coreObjectives: KentNumberedItemSeed[];
  plannedOutcomesHeading: string;
  plannedOutcomes: KentNumberedItemSeed[];
  /** The paragraph printed after outcome 9. */
  closingParagraph: string;
}

/** A numbered directorate action under a Lead Roles target, e.g. "47) Improve the quality …". */
export interface KentLeadRoleActionSeed {
  /** The action number as printed, e.g. "47". */
  number: string;
  /** The action's text after "n) ", lines rejoined. */
  text: string;
  /** The Lead Officer cell as printed; "" when none printed against the action. */
  leadOfficer: string;
  /** Text printed in the cell that repeats the action garbled (e.g. "communication, language and illeracy."): kept, not part of `text`. */
  strayText?: string[];
  note?: string;
}

/** A target named in full in a Lead Roles row, e.g. "LAA Outcome 1 : To promote …", with the Lead Officer printed against it ("" when none). */
export interface KentLeadRoleTargetSeed {
  text: string;
  leadOfficer: string;
}

/** A row of a "Key Corporate/Directorate Targets" table. */
export interface KentLeadRoleSeed {
  /** The Plan column as printed, lines and pages rejoined, e.g. "Lead on Local Area Agreement Outcome 1 (LPSA 1.3, 1.4)". */
  plan: string;
  /** The targets in the "Name of Target in Full" column (one, or two when the Plan cell names two, e.g. LAA Outcome 2 and CYPP Priority 11). */
  targets: KentLeadRoleTargetSeed[];
  /** The numbered actions printed under the target(s). */
  actions: KentLeadRoleActionSeed[];
  note?: string;
}

/** The Lead Roles section. */
export interface KentLeadRolesSeed {
  heading: string;
  /** The table title as printed, "Key Corporate/Directorate Targets" (repeated on each page, kept once). */
  tableTitle: string;
  columnHeadings: string[];
  rows: KentLeadRoleSeed[];
  note?: string;
}

/** What a budget line is. */
export type KentBudgetLineKind =
  | 'activity'
  | 'controllableTotals'
  | 'memorandumHeading'
  | 'memorandum'
  | 'totalCostOfUnit';

/** One line of a unit's revenue budget (£000s; FTE in full-time equivalents). Every value as printed, "" when empty. */
export interface KentBudgetLineSeed {
  kind: KentBudgetLineKind;
  /** The Activity column, e.g. "Primary ASTs", "Controllable Totals", "Central Overheads". */
  activity: string;
  /** 2007-08 Controllable Expenditure £000's. */
  controllable2007_08: string;
  /** 2007-08 FTE. */
  fte2007_08: string;
  /** 2008-09 FTE. */
  fte2008_09: string;
  employeeCosts: string;
  runningCosts: string;
  contractsAndProjects: string;
  grossExpenditure: string;
  externalIncome: string;
  internalIncome: string;
  /** 2008-09 Controllable Expenditure £000's. */
  controllable2008_09: string;
  /** Cabinet Member initials, e.g. "CW". */
  cabinetMember: string;
  note?: string;
}

/** A unit's revenue budget printed as a table (Primary, Early Years, Improvement Partnerships, Professional Development). */
export interface KentUnitBudgetSeed {
  /** "Primary", "Early Years", "Improvement Partnerships", "Professional Development". */
  unit: string;
  /** The headings as printed: "Children, Families and Educational Achievement", "Advisory Service Kent - Primary". */
  headings: string[];
  /** The column headings as printed (the first header row's year labels, then the second row's cells). */
  columnHeadings: string[];
  lines: KentBudgetLineSeed[];
  note?: string;
}

/** One activity of the garbled Secondary budget: the values in print order, unassigned to columns. */
export interface KentGarbledBudgetLineSeed {
  /** The label, rejoined from its printed parts, e.g. "Curriculum support and widening opportunities- base". */
  activity: string;
  /** The numbers and initials printed around the label, in print order. */
  valuesAsPrinted: string[];
  /** A reading into columns, when the arithmetic makes it evident. */
  note?: string;
}

/** The Secondary budget, printed as one run of text and stray numbers (decimal commas printed as "."). */
export interface KentGarbledBudgetSeed {
  unit: string;
  /** The whole run as printed (markup removed), from "CHILDREN FAMILIES & FDUCATION 2008/09 BUDGET" to "Memorandum Items". */
  printedText: string;
  /** The headings read out of the run. */
  headings: string[];
  lines: KentGarbledBudgetLineSeed[];
  /** The values and labels printed on their own lines after the run, in order. */
  trailingAsPrinted: string[];
  /**
   * The evident reading of the whole table into the other units' columns (values written as
   * the other budgets print them, "1,116.9"), found by the document's own arithmetic (gross −
   * income = controllable; the activity lines sum to the printed totals). One line per
   * printed line, same activity, in order, then the memorandum lines read from the trailing
   * values. A column with no evident reading is "". Each line's `note` says how it was read.
   */
  reading?: { reason: string; lines: KentBudgetLineSeed[] };
  note?: string;
}

/** The revenue budgets: amounts are £000s. */
export interface KentBudgetsSeed {
  secondary: KentGarbledBudgetSeed;
  units: KentUnitBudgetSeed[];
}

/** A row of the Risks table. */
export interface KentRiskSeed {
  event: string;
  plannedOutcomes: string;
  /** "Accountable Manager" as printed, e.g. "Don Garman Principal Adviser Primary". */
  accountableManagers: string;
  /** "Existing controls & accountable offers": one entry per item. */
  existingControls: string[];
  /** "New tasks/action plans & accountable officers": one entry per item. */
  newTasks: string[];
  /** "Current Rating" as printed, e.g. "I = 4 L = 4 Score = 16 HIGH". */
  currentRating: string;
  /** Impact, likelihood and score read from the rating. */
  impact: number;
  likelihood: number;
  score: number;
  note?: string;
}

export interface KentRisksSeed {
  heading: string;
  intro: string;
  /** As printed, e.g. "Account able Manger", "Curre nt Rating". */
  columnHeadings: string[];
  rows: KentRiskSeed[];
}

/** A row of the consultation exercises table. */
export interface KentConsultationSeed {
  name: string;
  startAndEndDate: string;
  feedbackDate: string;
  targetGroupSampleSize: string;
  targetArea: string;
  externalContract: string;
  /** "What we want to find out and how we will use the information": one entry per printed item. */
  whatWeWantToFindOut: string[];
  /** "Yes"/"No" as printed; "" when empty. */
  statutory: string;
  /** "Contact name and details." as printed, e.g. "Kelly. matthews@ke nt.gov.uk". */
  contact: string;
  note?: string;
}

export interface KentConsultationsSeed {
  heading: string;
  /** "Any planned work …" and "Please see the following example". */
  intro: string[];
  columnHeadings: string[];
  rows: KentConsultationSeed[];
}

/** A row of the Staffing FTE table. */
export interface KentStaffingRowSeed {
  category: string;
  /** "2007 -2008" as printed. */
  fte2007_08: string;
  /** "2008 - 2009" as printed, e.g. "199.7* (181.5)". */
  fte2008_09: string;
  note?: string;
}

export interface KentFootnoteSeed {
  marker: string;
  text: string;
}

/** STAFFING: capacity and skills, equalities, the FTE table. */
export interface KentStaffingSeed {
  heading: string;
  capacitySkills: KentNarrativeSectionSeed[];
  equalities: KentNarrativeSectionSeed[];
  tableHeading: string;
  columnHeadings: string[];
  rows: KentStaffingRowSeed[];
  footnotes: KentFootnoteSeed[];
  note?: string;
}

/** The whole seed: every part of the plan outside the five units' core services and project tables. */
export interface KentOperationalPlanTablesSeed {
  /** The source file name, "001_ac97e373afde824a.txt". */
  sourceFile: string;
  header: KentPlanHeaderSeed;
  contents: KentContentsSeed;
  /** Narrative from "PURPOSE OF THE SERVICE" to the end of "Equalities and Diversity" (before the environment tables). */
  narrative: KentNarrativeSectionSeed[];
  /** The statistical neighbours named under "Service Comparisons", in printed order. */
  statisticalNeighbours: string[];
  kpis: KentKpiTableSeed;
  nationalIndicators: KentNationalIndicatorDatasetSeed;
  environmentalPerformance: KentEnvironmentalPerformanceSeed;
  keyResponsibilities: KentKeyResponsibilitiesSeed;
  leadRoles: KentLeadRolesSeed;
  budgets: KentBudgetsSeed;
  risks: KentRisksSeed;
  consultations: KentConsultationsSeed;
  staffing: KentStaffingSeed;
  /** "SECTION 3: MONITORING AND REVIEW - HOW DO WE KNOW WE ARE THERE?": its prose, list, and the prose after the list (a continuation entry). */
  monitoringAndReview: KentNarrativeSectionSeed[];
}
