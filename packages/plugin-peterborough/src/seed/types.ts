/**
 * The shape of Peterborough's Education Action Plan as the council prints it.
 *
 * The seed file beside this one transcribes the 2019/20 document into these types,
 * cell by cell, so that nothing the council wrote is lost. Text is kept exactly as
 * printed (typos included); only the extraction's layout noise (bullet glyphs, list
 * markup, page headers repeated after a page break, words split across a page break)
 * is removed.
 */

/** One step of a row's Implementation column, in printed order. */
export interface ImplementationStepSeed {
  /** The step as printed, without its bullet glyph. */
  text: string;
  /**
   * The Timescale entry printed beside this step, when the Timescale column lists one
   * entry per step (e.g. "November 19"). Absent when the row has a single timescale
   * for the whole row.
   */
  timescale?: string;
}

/** One row of a workstream's Intent / Implementation / Impact / Timescale / RAG table. */
export interface ActionRowSeed {
  /** The Intent cell. */
  intent: string;
  /**
   * Text printed in the Implementation cell before its list of steps, e.g.
   * "Consider new approaches including –". Absent when the cell is only steps.
   */
  implementationIntro?: string;
  /** The Implementation cell as steps. A cell that is one paragraph is one step. */
  steps: ImplementationStepSeed[];
  /** The Impact cell, one entry per paragraph or bullet; [] when the cell is empty. */
  impact: string[];
  /**
   * The Timescale cell as printed, one entry per line or bullet. When it pairs with the
   * steps one to one, the same entries also appear on the steps.
   */
  timescale: string[];
  /** The RAG / Progress cell as printed; null when the cell is empty. */
  ragProgress: string | null;
}

/** A workstream: a heading row spanning the table, followed by its rows. */
export interface WorkstreamSeed {
  title: string;
  rows: ActionRowSeed[];
}

/** An item of a themes section (numbered "1.", lettered "a.", or a bullet). */
export interface ThemeItemSeed {
  /** The printed number or letter without punctuation ("1", "a"); absent for bullets and paragraphs. */
  code?: string;
  text: string;
  children?: ThemeItemSeed[];
}

/** A section of themes printed without the action table. */
export interface ThemeSectionSeed {
  title: string;
  /** Paragraph printed under the heading, before any items or subsections. */
  intro?: string;
  items?: ThemeItemSeed[];
  subsections?: ThemeSectionSeed[];
}

/** The whole document. */
export interface PeterboroughPlanSeed {
  /** The file in `source/` this was transcribed from. */
  sourceFile: string;
  /** The document's heading, e.g. "Appendix 2 – Education Action Plan Academic Year 2019/20". */
  heading: string;
  /** The table's column headings as printed. */
  columns: string[];
  workstreams: WorkstreamSeed[];
  themeSections: ThemeSectionSeed[];
  /** Printed lines that carry no plan content (e.g. "This page is intentionally left blank"). */
  ignoredLines: string[];
}
