/**
 * The shape of the Herne Bay and Whitstable schools partnership's "Enjoy and Achieve"
 * action plan 2008-9 (source/000_cd368782f3c1da4c.txt) as printed: two priorities, each
 * with success criteria and a table of key areas (1.01…) whose Actions column is a list
 * of bullets and whose Lead, Cost and Target Dates columns are separate printed lists.
 *
 * Text is kept as printed (typos included); only the extraction's layout noise is
 * removed: bullet glyphs, tabs, runs of spaces (collapsed to one), blank lines.
 */

/** A party named in a Lead entry, e.g. "PEP HT/ Kerry Miles" names the role "PEP HT" and the person "Kerry Miles". */
export interface KentLeadPartySeed {
  kind: 'PERSON' | 'ROLE' | 'ORGANISATION' | 'GROUP';
  /** The name as printed (initials stay initials: "Jeremy H", "SO’ L"). */
  name: string;
  /** A role printed with the name, e.g. "AST" in "SO’ L AST". */
  title?: string;
  /** An organisation printed with the name, e.g. "Whit Juns" in "A F- Whit Juns". */
  organisation?: string;
}

/** One entry of a key area's Lead column. */
export interface KentLeadEntrySeed {
  /** The entry as printed, e.g. "SO’ L AST", "PM and Board". */
  text: string;
  /** The parties it names, in printed order. */
  parties: KentLeadPartySeed[];
}

/** One entry of the Actions column. */
export interface KentBulletSeed {
  /** The action as printed, without its bullet glyph. */
  text: string;
  /** Numbered sub-points printed under the bullet, with their printed numbers ("1.problem solving,"). */
  subPoints?: string[];
  /**
   * False for a "SEE SEPARATE PLAN …" cell that is the key area's only entry in the
   * Actions column (printed without a bullet); it stands for the key area's actions.
   */
  bulletPrinted: boolean;
}

/** A "LINKS TO LCSP …" line, or a named separate plan, printed in a key area. */
export interface KentKeyAreaLinkSeed {
  /** The line as printed. */
  text: string;
  /** The linked plan as a stable name, e.g. "LCSP CYP Plan", "Hands on Support Plan 2008-10". */
  toPlanName: string;
  /** The target named, e.g. "ENJOY AND ACHIEVE TARGET 1.5"; absent when the line names none. */
  target?: string;
  /** How many of the key area's bullets are printed before the line. */
  afterBullet: number;
}

/** A key area row of a priority's table. */
export interface KentKeyAreaSeed {
  /** The printed number, e.g. "1.06". */
  code: string;
  /** The Key Area cell after the number, lines joined with a space, e.g. "Core subjects: Maths- particular reference to KS2". */
  title: string;
  /** "SEE SEPARATE PLAN …" as printed, when the Actions column refers to another plan. */
  separatePlan?: string;
  bullets: KentBulletSeed[];
  links: KentKeyAreaLinkSeed[];
  /** Text printed in the Actions column that is neither a bullet nor a link, e.g. "Transition- See 1.12". */
  notes?: string[];
  /** The Lead column, one entry per printed line (except where a name is evidently split over lines, see `note`). */
  leads: KentLeadEntrySeed[];
  /** The Cost column, one entry per printed line; [] when the cell is empty. */
  costs: string[];
  /** The Target Dates column, one entry per printed line. */
  targetDates: string[];
  /** Where the transcription had to interpret the print. */
  note?: string;
}

/** "Action plan: Enjoy and Achieve Priority n". */
export interface KentPrioritySeed {
  number: number;
  /** The heading as printed, e.g. "Action plan: Enjoy and Achieve Priority 1". */
  heading: string;
  /** The text printed after "Priority:". */
  priority: string;
  successCriteria: string[];
  keyAreas: KentKeyAreaSeed[];
}

/** The whole document. */
export interface KentPartnershipPlanSeed {
  /** The file in `source/` this was transcribed from. */
  sourceFile: string;
  /** The table's column headings as printed. */
  columns: string[];
  priorities: KentPrioritySeed[];
}
