/**
 * Reads a "Links to other plans" cell of Kent's operational plan into references to
 * other plans and their targets, so that "every action serving Towards 2010 target 11"
 * is one query on the core PlanLink (toPlanName = the plan family, target = the target).
 *
 * Recognised references (case-insensitive, as printed in the 2008/9 plan):
 *
 * | printed                                              | toPlanName     | target                    |
 * | ---------------------------------------------------- | -------------- | ------------------------- |
 * | "Towards 2010 - 10", "Towards 2010 – Target 10",     | "Towards 2010" | "10"                      |
 * | "Towards 2010 target 11", "T2010 Target 11"          | "Towards 2010" | "11"                      |
 * | "Towards 2010 Targets 22 and 47"                     | "Towards 2010" | "22", "47" (two links)    |
 * | "Towards 2010" alone                                 | "Towards 2010" | null                      |
 * | "LAA 1", "LAA Outcome 6", "LAA 2 Outcome 2"          | "LAA"          | "Outcome 1", "Outcome 6", "Outcome 2" |
 * | "CYPP Priority 10", "CYPP P14"                       | "CYPP"         | "Priority 10", "Priority 14" |
 * | "CYPP 50, 51, 52"                                    | "CYPP"         | "50", "51", "52" (three)  |
 * | "CYPP 14 (67)", "CYPP13 action 63", "CYPP Priority 2 (action 7)" | "CYPP" | "14 (67)", "13 action 63", "Priority 2 (action 7)" |
 * | "CYPP" alone                                         | "CYPP"         | null                      |
 * | "BV40 BV41", "BV 40", "BVPI 40"                      | "BVPI"         | "40", "41"                |
 * | "LPSA2 (6)", "LPSA 2 (6)"                            | "LPSA"         | "2 (6)"                   |
 * | "ASK Unit 4", "ASK Units 1,2,3", "ASK Unit 5.1"      | "ASK Unit"     | "4"; "1", "2", "3"; "5.1" |
 *
 * Readings: in "LAA 2 Outcome 2" the first number is the agreement (Kent Agreement 2)
 * and the second the outcome; a bare "LAA n" is outcome n. A bare CYPP number is kept
 * as printed because the plan uses it both for priorities ("CYPP 10") and for actions
 * ("CYPP 50"); only "Priority" / "P" numbers are named "Priority n".
 *
 * "Local CYPP" (a local partnership's plan, not the county's CYPP) is not a CYPP reference:
 * "Cluster Plans and Local CYPP" stays one unrecognised link, as printed.
 *
 * Everything else in the cell (e.g. "School and setting Improvement Strategy",
 * "LA FS targets", "Unit 4") is kept as printed, one unrecognised link per run of text
 * between recognised references (toPlanName and target null), a run naming several plans
 * the document prints on their own elsewhere split before each (NAME_STARTS): nothing is
 * dropped except separators (spaces, commas, "and") between references. Each link's `text` is the
 * printed run it was read from; links of one printed run ("CYPP 50, 51, 52") share it.
 */
export interface ParsedPlanLink {
  /** The plan family as a stable name, e.g. "Towards 2010"; null for unrecognised text. */
  toPlanName: string | null;
  /** The target within the plan, e.g. "11", "Outcome 2", "Priority 10"; null when none is named. */
  target: string | null;
  /** The printed text the link was read from. */
  text: string;
}

const NUM_LIST = String.raw`\d+(?:\s*(?:,|and|&)\s*\d+)*`;
const CYPP_ITEM = String.raw`(?:(?:Priority|P)\s*)?\d+(?!\d|-\d)(?:\s*\([^)]*\)|\s+action\s+\d+)?`;
const UNIT_ITEM = String.raw`\d+(?:\.\d+)?`;

const PATTERN = new RegExp(
  [
    String.raw`(?<t2010>\b(?:Towards\s+2010|T2010)(?:\s*[-–:]?\s*(?:targets?\s*)?(?<t2010n>${NUM_LIST}))?)`,
    String.raw`(?<laa>\bLAA\s*(?:(?:\d+\s+)?Outcome\s*(?<laaOut>\d+)|(?<laaN>\d+)))`,
    // "Local CYPP" is a local partnership's own plan, not the county's CYPP: kept as printed.
    String.raw`(?<cypp>(?<!\bLocal\s+)\bCYPP\s*(?<cyppItems>${CYPP_ITEM}(?:\s*,\s*${CYPP_ITEM})*)?)`,
    String.raw`(?<bv>\bBV(?:PI)?\s*(?<bvN>\d+[a-z]?)\b)`,
    String.raw`(?<lpsa>\bLPSA\s*(?<lpsaN>\d+(?:\.\d+)?(?:\s*\(\d+\))?))`,
    String.raw`(?<ask>\bASK\s+units?\s*(?<askN>${UNIT_ITEM}(?:\s*(?:,|and|&)\s*${UNIT_ITEM})*))`,
  ].join('|'),
  'gi',
);

/**
 * Names of other plans and bodies the cells print one after another without a separator
 * ("School and setting Improvement Strategy Leadership strategy", "Kent Primary Strategy
 * 4, 33, 36 – 40 Kent Secondary Strategy Chapter 5 The National Children's Plan …"). Each
 * is printed on its own in other cells of the plan, so an unrecognised run is split before
 * each of them (never at the run's start): one link per name, with what follows it up to the
 * next name (its chapter or action numbers), as printed.
 */
const NAME_STARTS = [
  'School and setting Improvement Strategy',
  'Leadership strategy',
  'Commissioning and Operations divisions',
  'LA FS targets',
  'PSA targets',
  'Kent Primary Strategy',
  'Kent Secondary Strategy',
  "The National Children's Plan",
  "The Children's Plan",
  'NCSL',
  'NCMA',
  'KCC Annual Plan',
  'Governor Support Unit Plan',
  'Teacher Recruitment Plan',
  'Kent School Games',
  'Kent Campaign for 2012 games',
  'DCS 2012 Education Plan',
  'The Kent Partnerships Agreement',
  'Community Directorate Business Plan',
  'Healthy Schools',
  'BSF Transforming Schools Strategy',
  '14-19 Learner Strategy',
  'CFE Policy',
  'Specialist Teaching Services',
];
const NAME_START = new RegExp(`(?<=\\S)\\s+(?=(?:${NAME_STARTS.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b)`, 'g');

/** Runs of text that carry nothing but separators between references. */
const SEPARATOR_ONLY = /^(?:[\s,;/&.–-]|\band\b)*$/i;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const splitList = (s: string) => s.split(/\s*(?:,|\band\b|&)\s*/i).map(collapse).filter(Boolean);

function cyppTarget(item: string): string {
  return collapse(item)
    .replace(/^(?:priority|p)\s*(\d+)/i, 'Priority $1')
    .replace(/\(\s*action\s+/i, '(action ');
}

/** The references printed in one "Links to other plans" cell, in printed order. */
export function parsePlanLinks(cell: string): ParsedPlanLink[] {
  const links: ParsedPlanLink[] = [];
  const keepText = (raw: string) => {
    for (const piece of collapse(raw).split(NAME_START)) {
      const text = collapse(piece);
      if (text && !SEPARATOR_ONLY.test(text)) links.push({ toPlanName: null, target: null, text });
    }
  };
  let last = 0;
  for (const m of cell.matchAll(PATTERN)) {
    keepText(cell.slice(last, m.index));
    last = m.index! + m[0].length;
    const g = m.groups!;
    const text = collapse(m[0]);
    const add = (toPlanName: string, targets: (string | null)[]) => {
      for (const target of targets) links.push({ toPlanName, target, text });
    };
    if (g.t2010 !== undefined) add('Towards 2010', g.t2010n ? splitList(g.t2010n) : [null]);
    else if (g.laa !== undefined) add('LAA', [`Outcome ${g.laaOut ?? g.laaN}`]);
    else if (g.cypp !== undefined) {
      const items = g.cyppItems ? [...g.cyppItems.matchAll(new RegExp(CYPP_ITEM, 'gi'))].map((i) => cyppTarget(i[0])) : [null];
      add('CYPP', items);
    } else if (g.bv !== undefined) add('BVPI', [g.bvN]);
    else if (g.lpsa !== undefined) add('LPSA', [collapse(g.lpsaN)]);
    else if (g.ask !== undefined) add('ASK Unit', splitList(g.askN));
  }
  keepText(cell.slice(last));
  return links;
}
