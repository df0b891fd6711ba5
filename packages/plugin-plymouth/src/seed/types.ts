/**
 * The shape of Plymouth's action plan as the council prints it.
 *
 * The seed file beside this one transcribes the April 2018 document into these types,
 * cell by cell, so that nothing the council wrote is lost. Text is kept exactly as
 * printed (typos and stray spaces included); only the extraction's layout noise (list
 * markup, rows split across a page break, repeated header rows, separator lines) is
 * removed.
 */

/** A body or officer the document names, one per real body however it is printed. */
export interface PlymouthPartySeed {
  kind: 'PERSON' | 'ROLE' | 'ORGANISATION' | 'GROUP';
  /** The name the party is stored under (its fullest printed form). */
  name: string;
}

/** A party named in a cell, with the name as printed there. */
export interface PartyLinkSeed {
  /** Key into the document's `parties`. */
  party: string;
  /** The name as printed in the cell, e.g. "PEB". */
  printed: string;
  /**
   * For the Responsible cell: the core ActionRole. RESPONSIBLE unless the cell says
   * otherwise ("Supported by …" is SUPPORT).
   */
  role?: 'RESPONSIBLE' | 'SUPPORT';
}

/** A cell that names parties: its text as printed and the parties it names. */
export interface PartyCellSeed {
  /** The cell, one entry per numbered item or paragraph; a plain cell is one entry. */
  entries: string[];
  /**
   * The bodies and officers the cell names, in printed order. A cell that names a
   * mechanism rather than a body ("Arrow Meetings.", "Training evaluations.") links none.
   */
  parties: PartyLinkSeed[];
}

/** How a piece of a Timescale / Resources entry is filed in the core action. */
export type ResourcePartKind = 'TIMESCALE' | 'FUNDING' | 'RESOURCES' | 'UNSPLIT';

/** One piece of a Timescale / Resources entry. */
export interface ResourcePartSeed {
  kind: ResourcePartKind;
  /** The piece as printed. */
  text: string;
}

/** One entry of the Timescale / Resources cell (the whole cell, or one numbered item or paragraph). */
export interface TimescaleResourcesEntrySeed {
  /** The entry as printed. */
  printed: string;
  /**
   * The entry split where the printed text separates timescale from money or other
   * resources (e.g. "£374,000 funding secured." + "Two years."); an entry that does not
   * separate them clearly is one UNSPLIT part (or one FUNDING part when it is all about
   * money, e.g. "Dependent on funding from business sector. Refer to CP plan.").
   * The parts, in printed order, joined with a space, give the entry back.
   */
  parts: ResourcePartSeed[];
}

/** One row of a theme's Objective / Action / … / Evaluation table. */
export interface PlymouthRowSeed {
  /** The Objective cell; null when the cell is empty and the row continues the objective above. */
  objective: string | null;
  /** The Action cell, one entry per numbered item or paragraph; a plain cell is one entry. */
  actions: string[];
  /** True when the row's list cells are printed as numbered lists ("1.", "2."). */
  numbered?: boolean;
  /** The Responsible cell (one entry). */
  responsible: PartyCellSeed;
  /** The Timescale / Resources cell; [] when empty. */
  timescaleResources: TimescaleResourcesEntrySeed[];
  /** The Success Criteria cell, one entry per numbered item or paragraph; [] when empty. */
  successCriteria: string[];
  /** Rows the Success Criteria cell is printed across (a cell merged over this row and the next ones of the objective): every row it spans gets its criteria, marked shared. Absent for a cell of one row. */
  successCriteriaSpan?: number;
  /** The Monitoring cell. */
  monitoring: PartyCellSeed;
  /** The Evaluation cell (one entry). */
  evaluation: PartyCellSeed;
}

/** A theme: a heading printed above its own table, then its rows. */
export interface PlymouthThemeSeed {
  title: string;
  /** The table's header row as printed under this theme ("Objectives" / "Objective"…). */
  columns: string[];
  rows: PlymouthRowSeed[];
}

/** The whole document. */
export interface PlymouthPlanSeed {
  /** The file in `source/` this was transcribed from. */
  sourceFile: string;
  /** The document's heading as printed. */
  heading: string;
  /** The date printed in the heading, e.g. "April, 2018". */
  issuedText: string;
  /** The label printed before the purpose, e.g. "Overall purpose:". */
  purposeLabel: string;
  /** The overall purpose, without its label. */
  purpose: string;
  /** The label printed before the context, e.g. "Context:". */
  contextLabel: string;
  /** The context, one entry per paragraph, without its label (the paragraph after it belongs to the context too). */
  context: string[];
  /** The bodies and officers named in the Responsible, Monitoring and Evaluation cells, by key. */
  parties: Record<string, PlymouthPartySeed>;
  themes: PlymouthThemeSeed[];
}
