/**
 * The shape of Worcestershire's Local Area Agreement delivery plan as the council
 * prints it.
 *
 * The seed file beside this one transcribes the 2008-11 delivery plan for NI 94 into
 * these types, cell by cell, so that nothing the council wrote is lost. Text is kept
 * exactly as printed (typos and stray punctuation included); only the extraction's
 * layout noise (HTML paragraph, italic and list markup, bullet glyphs, separator rows of
 * dashes) is removed. Where a cell is printed under the wrong column heading, the
 * printed cells are kept as they are (`cells`) and the reading is recorded
 * (`interpretation`).
 */

/** Every section of the document carries the heading it is printed under. */
export type SourceSection = 'HEADER' | 'SUMMARY' | 'CONSIDERATIONS' | 'ACTIVITY PLAN';

/** A person printed with a post or organisation, e.g. "Michael Hunter (WCVYS)". */
export interface PersonSeed {
  /** The cell exactly as printed. */
  text: string;
  /** The person's name as printed. */
  name: string;
  /** The post printed with the name, if any. */
  title?: string;
  /** The organisation printed with the name, if any. */
  organisation?: string;
}

/** A responsible party named in a cell: a body, a post or a team. */
export interface PartySeed {
  kind: 'PERSON' | 'ROLE' | 'ORGANISATION' | 'GROUP';
  /** The name the party is stored under: the same body named in several rows is one party. */
  name: string;
  /** The words the cell prints for it, when they differ from `name` (e.g. "EIAs", "SIP"). */
  printedAs?: string;
}

/** The "Prepared by … Date …" line above the summary. */
export interface HeaderSeed {
  sourceSection: 'HEADER';
  preparedByLabel: string;
  preparedBy: PersonSeed;
  dateLabel: string;
  date: string;
}

/** The SUMMARY table: theme, priority, theme group, lead, partners, cross-cutting theme. */
export interface SummarySeed {
  sourceSection: 'SUMMARY';
  /** The summary table's column headings as printed. */
  columns: string[];
  theme: string;
  priority: string;
  themeGroup: string;
  managementGroupLead: PersonSeed;
  /** The "Partners" cell exactly as printed (it starts with a stray comma). */
  partnersText: string;
  /** The partners the cell names, in printed order. */
  partners: PartySeed[];
  crossCuttingTheme: string;
}

/** One value of the indicator table: the baseline or a year's target. */
export interface IndicatorValueSeed {
  /** The column heading as printed, e.g. "2008/09 Target". */
  column: string;
  /** The period the value is for as printed, e.g. "2008/09"; for the baseline, the year printed in the value. */
  period: string;
  /** The value as printed, e.g. "72% (2008)", "Not set". */
  value: string;
}

/** The indicator the plan exists to move, with its baseline, targets and target status. */
export interface IndicatorSeed {
  sourceSection: 'SUMMARY';
  /** The indicator table's column headings as printed. */
  columns: string[];
  /** The printed code, e.g. "NI 94". */
  code: string;
  /** The family of the code: "NI" for a National Indicator. */
  family: string;
  /** The "Description" cell as printed. */
  description: string;
  /** The "Purpose" cell as printed. */
  purpose: string;
  /** The "Indicator Lead" cell. */
  lead: PersonSeed;
  /** The values table's column headings as printed. */
  valueColumns: string[];
  baseline: IndicatorValueSeed;
  targets: IndicatorValueSeed[];
  /** The last column of the values table ("Target"): the targets' status, e.g. "Designated". */
  targetStatusColumn: string;
  targetStatus: string;
}

/** A row of the LAA-priority dependency table. */
export interface PriorityDependencySeed {
  laaPriority: string;
  themeGroup: string;
  arrangement: string;
}

/** A row of the policy, plan or strategy dependency table. */
export interface PolicyDependencySeed {
  policy: string;
  responsible: string;
  arrangement: string;
}

/** The council's own risk scale, as printed in the risk matrix. */
export type RiskLevelText = 'High' | 'Medium' | 'Low' | 'Nil';

/** A row of the risk matrix. */
export interface RiskSeed {
  risk: string;
  currentImpact: RiskLevelText;
  currentLikelihood: RiskLevelText;
  howManaged: string;
}

/** A question of CONSIDERATIONS answered by a table. */
export interface QuestionTableSeed<Row> {
  /** The question as printed in the first column. */
  question: string;
  /** The table's column headings as printed beside the question. */
  columns: string[];
  rows: Row[];
}

/** A question of CONSIDERATIONS answered by a paragraph. */
export interface QuestionAnswerSeed {
  question: string;
  answer: string;
}

/** The CONSIDERATIONS section. */
export interface ConsiderationsSeed {
  sourceSection: 'CONSIDERATIONS';
  priorityDependencies: QuestionTableSeed<PriorityDependencySeed>;
  equality: QuestionAnswerSeed;
  risks: QuestionTableSeed<RiskSeed>;
  policyDependencies: QuestionTableSeed<PolicyDependencySeed>;
  performanceManagement: QuestionAnswerSeed;
}

/** One cell of an activity row where the document prints it. */
export interface PrintedCellSeed {
  /** The column heading the cell is printed under. */
  column: string;
  /** The cell's text: one entry per paragraph or bullet, in printed order; [] when the cell is empty. */
  text: string[];
}

/** A row of the activity plan: the printed cells, and what each column holds once read. */
export interface ActivitySeed {
  /** The six cells exactly as printed, under their printed column headings. */
  cells: PrintedCellSeed[];
  /** The "Action" cell. */
  action: string;
  /** The "Who" cell as printed. */
  who: string;
  /** The parties the "Who" cell names, each one party across rows. */
  parties: PartySeed[];
  /** Text printed before the milestone list, e.g. "Objectives: work with schools to;". */
  milestonesIntro?: string;
  /** Milestones / success measures: one entry per bullet or paragraph, in printed order. */
  milestones: string[];
  /** The "When" text: one entry per printed paragraph. */
  when: string[];
  /** The "Resource Implications" text; [] when empty. */
  resourceImplications: string[];
  /** The "Commentary" text; [] when empty. */
  commentary: string[];
  /** How cells printed under the wrong heading were read; [] when every cell is in its own column. */
  interpretation: string[];
}

/** The ACTIVITY PLAN section. */
export interface ActivityPlanSeed {
  sourceSection: 'ACTIVITY PLAN';
  /** The table's column headings as printed. */
  columns: string[];
  rows: ActivitySeed[];
}

/** The whole document. */
export interface WorcestershireDeliveryPlanSeed {
  /** The file in `source/` this was transcribed from. */
  sourceFile: string;
  /** The document's heading as printed. */
  heading: string;
  /** The period as printed in the heading. */
  periodText: string;
  header: HeaderSeed;
  summary: SummarySeed;
  indicator: IndicatorSeed;
  considerations: ConsiderationsSeed;
  activityPlan: ActivityPlanSeed;
  /** Printed lines that carry no plan content (separator rows of dashes). */
  ignoredLines: string[];
}
