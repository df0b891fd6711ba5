/**
 * The five units of Kent County Council's Standards and Achievement Division
 * operational plan 2008/9 (source/001_ac97e373afde824a.txt), as printed: each unit's
 * core services prose, its objectives (tagged with Every Child Matters outcomes) and
 * every project / development / key action row.
 *
 * The extraction splits cells across columns and pages and misprints codes
 * ("2.1." for 2.1.1). Values are kept as printed; where a value had to be
 * interpreted, the interpreted value goes in the field and `note` says what was
 * printed and why it was read that way.
 */

/** One row of a unit's "Project / development / key action" table. */
export interface KentActionRowSeed {
  /** The action's code, e.g. "1.1.1". When the print is damaged ("2.1." for the first row of 2.1), the code the row's position implies. */
  code: string;
  /** The code exactly as printed, when it differs from `code` (e.g. "2.1.", "2.1. 7"). */
  codeAsPrinted?: string;
  /** The "Project / development / key action" cell: the action, as printed, list items joined by " • " when the cell is a list. */
  action: string;
  /** The "Accountable Manager" cell as printed (may name several people or roles, e.g. "Rosemary Ferguson/ Diana Robinson"); "" when empty. */
  accountableManager: string;
  /** The "Links to other plans" cell as printed, e.g. "Towards 2010 - 10 LAA 1 CYPP Priority 10 LAA 4 LA FS targets"; "" when empty. */
  links: string;
  /** The "Deliverables or outcomes planned for 2008/09" cell, one entry per list item in printed order (a nested list's items follow their parent); [] when empty. */
  deliverables: string[];
  /** Lists printed nested under a deliverable: indexes into `deliverables` of the parent item and of its sub-items. Absent when the cell has no nested list. */
  deliverableNesting?: { parent: number; children: number[] }[];
  /** The "Target dates" cell as printed, e.g. "Sept 2008 Dec 2008 March 2009", "Termly", "On- going March 2009"; "" when empty. */
  targetDates: string;
  /** Where and why a value was interpreted (merged cells, a row continued after a page break, a misprint). */
  note?: string;
}

/** An objective row of a unit table, e.g. "1.3 Increase partnership, collaborative working and help to build cluster capacity (ECM 1,2,4)". */
export interface KentObjectiveSeed {
  /** e.g. "1.3". */
  code: string;
  /** The objective's text with the extraction's cell splits rejoined, without the ECM tag. */
  title: string;
  /** The ECM tag exactly as printed, e.g. "(ECM 1,2,4)", "(ECM 3)"; absent when the objective has none. */
  ecmTag?: string;
  /** The Every Child Matters outcome numbers the tag names (1 be healthy, 2 stay safe, 3 enjoy and achieve, 4 make a positive contribution, 5 achieve economic well-being); [] without a tag. */
  ecmOutcomes: number[];
  /** The objective row as extracted (cells joined with " | "), when rejoining needed interpretation. */
  printed?: string;
  note?: string;
  actions: KentActionRowSeed[];
}

/** A prose part of a unit's "Core services and forecast activity levels", e.g. "1. Out of School Team (Extended Services)". */
export interface KentCoreServiceSeed {
  /** The heading as printed; "" for the unit's opening paragraphs. */
  heading: string;
  /** The paragraphs under it, in order. */
  paragraphs: string[];
}

export interface KentUnitSeed {
  /** 1 to 5. */
  number: number;
  /** The unit's name in its table heading, e.g. "Early Years", "Primary", "Improvement Partnerships". */
  name: string;
  /** The core services heading as printed, e.g. "UNIT 1: EARLY YEARS AND CHILDCARE". */
  heading: string;
  coreServices: KentCoreServiceSeed[];
  objectives: KentObjectiveSeed[];
}
