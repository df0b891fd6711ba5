import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, Plan, SourceDocument } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput, forbidden } from '../errors';
import { actorOf } from '../../write/unit';
import { follow, planById, sourceById } from '../by-id';
import { importPlan } from '../../import/importer';
import { withToday } from '../today';
import { DEFAULT_MAX_IMPORT_BYTES, FileRefused, decodeBase64Checked } from '../../import/read';
import { exportPlanCsv, exportPlanJson } from '../../import/export';
import { Bounds, UNBOUNDED_TEXT } from '../input-bounds';
import type { ImportLayout } from '../../import/layout';

export enum ImportFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  JSON = 'JSON',
}
registerEnumType(ImportFileFormat, {
  name: 'ImportFileFormat',
  description: 'The kind of file being imported.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values, UTF-8 (a byte-order mark is allowed); the first row is the header.' },
    XLSX: { description: 'An Excel workbook; one sheet is read (the first unless `sheet` names another), its first non-blank row is the header.' },
    JSON: {
      description:
        "A `Plan.export(format: JSON)` document: its rows of the council's layout are imported (rows numbered 2, 3… in document order), and the plan's own fields when the import creates the plan.",
    },
  },
});

export enum PlanExportFormat {
  JSON = 'JSON',
  CSV = 'CSV',
}
registerEnumType(PlanExportFormat, {
  name: 'PlanExportFormat',
  description: 'What to export a plan as.',
  valuesConfig: {
    JSON: { description: 'Everything of the plan, plugin rows included: `{ "format": "council-plans/plan", "version": 1, authority, plan, sections, actions }`.' },
    CSV: { description: "The plan's action table in its council's own column layout (the layout `importPlan` reads back unchanged)." },
  },
});

@InputType({ description: 'A council file to load into a plan.' })
export class ImportPlanInput {
  @Field(() => String, { description: 'The council plugin whose layout the file is in, e.g. "exampleshire".' })
  council!: string;

  @Field(() => String, { description: 'The plan to create or update, by slug.' })
  planSlug!: string;

  @Field(() => String, { nullable: true, description: 'Title of the plan when the import creates it; default: the file name without its extension.' })
  planTitle?: string;

  @Field(() => String, { description: 'The file name, recorded as the rows\' provenance, e.g. "action-plan-2020.xlsx".' })
  fileName!: string;

  @Field(() => ImportFileFormat, { description: 'Whether the file is CSV or XLSX.' })
  format!: ImportFileFormat;

  @Bounds(UNBOUNDED_TEXT)
  @Field(() => String, { description: "The file's bytes, base64-encoded; at most IMPORT_MAX_BYTES (10 MB by default) once decoded." })
  contentBase64!: string;

  @Field(() => String, { nullable: true, description: 'XLSX: the sheet to read; default the first.' })
  sheet?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check the file and count what would change, without writing anything.' })
  dryRun!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Publish the plan: a plan the import creates is PUBLISHED (readable by anyone) instead of a DRAFT, and an existing draft is published. By default an imported plan starts as a DRAFT, like `createPlan`.',
  })
  publish!: boolean;
}

@ObjectType({ description: 'Something wrong with an imported file, naming the row and column where it can.' })
export class ImportProblem {
  @Field(() => Int, { nullable: true, description: 'The row as a spreadsheet numbers it (the header row is 1); null for a problem with the whole file.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: "The column's heading; null when the problem is not one cell's." })
  column!: string | null;

  @Field(() => String, { description: 'What is wrong, in words.' })
  message!: string;

  @Field(() => String, {
    description:
      'Stable code: FILE_TOO_LARGE, ARCHIVE_TOO_LARGE (an XLSX that inflates too much), TOO_MANY_ROWS, TOO_MANY_COLUMNS, EMPTY_FILE, BROKEN_FILE, UNKNOWN_SHEET, MISSING_COLUMN, UNEXPECTED_COLUMN, DUPLICATE_COLUMN, REQUIRED_VALUE, INVALID_VALUE, VALUE_TOO_LONG, DUPLICATE_ROW, KEY_CONFLICT (a staff id or e-mail in the Staff ID / Email columns that another party has, or one party or funding line given two values), WRONG_COUNCIL, or TOO_MANY_PROBLEMS (the last one listed: how many more were found).',
  })
  code!: string;
}

@ObjectType({ description: 'What an import did, or, when it has problems, why it wrote nothing.' })
export class ImportReport {
  @Field(() => Boolean, { description: 'True when the file was accepted (no problems); false when nothing was written.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'True for a dry run: the counts say what would change; nothing was written.' })
  dryRun!: boolean;

  @Field(() => String, { nullable: true, description: 'The sheet read (the file name for CSV); null when the file could not be read.' })
  sheet!: string | null;

  @Field(() => Int, { description: 'Data rows in the file (the header not counted).' })
  rows!: number;

  @Field(() => Int, { description: 'Actions created.' })
  created!: number;

  @Field(() => Int, { description: 'Actions changed.' })
  updated!: number;

  @Field(() => Int, { description: "Actions deleted: the plan's rows of this layout the file no longer has." })
  deleted!: number;

  @Field(() => Int, { description: 'Rows identical to the database, left untouched.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows of the database written or removed (actions, their lists, plugin rows, sections), as recorded for the audit history.' })
  changeCount!: number;

  @Field(() => [ImportProblem], { description: 'Every problem found; empty when the file was accepted.' })
  problems!: ImportProblem[];

  planId!: number | null;
}

@ObjectType({ description: 'Where an action came from: the document, and for imported files the sheet and row.' })
export class ActionProvenance {
  @Field(() => SourceDocument, { nullable: true, description: 'The seed document or imported file.' })
  document!: SourceDocument | null;

  @Field(() => String, { nullable: true, description: 'The file name as given to the import (or the seed file).' })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'The sheet of the workbook (the file name for CSV); null for seeded actions.' })
  sheet!: string | null;

  @Field(() => Int, { nullable: true, description: 'The row as a spreadsheet numbers it (the header row is 1); null for seeded actions.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The heading (or section path) the row sat under.' })
  section!: string | null;
}

/**
 * Who may import into which council's plans. The one place the import's access control
 * goes: the lead adds issue 7's editor check (an editor of `layout.council`) here.
 */
export function authoriseImport(ctx: Context, layout: ImportLayout): void {
  // An editor or admin of the layout's council. The importer then refuses a plan slug
  // that belongs to another council (WRONG_COUNCIL), so the token's council bounds
  // every row the file can touch.
  ctx.access.requireEditor();
  if (!ctx.access.viewer.councils.includes(layout.authority.code)) {
    throw forbidden(`you may not import into ${layout.authority.code}'s plans: your token covers ${ctx.access.viewer.councils.join(', ') || 'no council'}`, 'input.council');
  }
}

function layoutOf(ctx: Context, council: string, argumentName: string): ImportLayout {
  const layout = ctx.layouts.find((l) => l.council === council);
  if (!layout) {
    const known = [...new Set(ctx.layouts.map((l) => l.council))];
    throw badInput(`no enabled council plugin "${council}" has an import layout; known: ${known.join(', ') || 'none'}`, argumentName);
  }
  return layout;
}

@Resolver(() => ImportReport)
export class ImportResolver {
  @Mutation(() => ImportReport, {
    description:
      "Creates or updates a plan from a council's CSV or XLSX file in its own column layout (a plan it creates is a DRAFT unless `publish` is true). Rows are matched by action code, or by their content where the layout has no code; re-importing the same file changes nothing; rows the file no longer has are deleted. Every layout also takes the optional join-key columns Staff ID, Email, Budget code and Cost centre (`<party name or funding line> = <key>`, one per line; README \"For integrators\"). A file with any problem writes nothing and the report names each problem's row and column.",
  })
  async importPlan(@Arg('input', () => ImportPlanInput, { description: 'The file and the plan to load it into.' }) input: ImportPlanInput, @Ctx() ctx: Context): Promise<ImportReport> {
    const layout = layoutOf(ctx, input.council, 'input.council');
    authoriseImport(ctx, layout);
    const maxBytes = ctx.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES;
    let content: Buffer;
    try {
      content = decodeBase64Checked(input.contentBase64, maxBytes);
    } catch (err) {
      if (!(err instanceof FileRefused)) throw err;
      return { ok: false, dryRun: input.dryRun, sheet: null, rows: 0, created: 0, updated: 0, deleted: 0, unchanged: 0, changeCount: 0, problems: err.problems, planId: null };
    }
    // The server's configured today, for the importer's date checks (a task done after today).
    const report = await withToday(ctx.today, () => importPlan(ctx.prisma, {
      layout,
      mayDefineAttributeTypes: ctx.access.viewer.role === 'admin',
      planSlug: input.planSlug,
      planTitle: input.planTitle,
      fileName: input.fileName,
      format: input.format,
      content,
      sheet: input.sheet,
      dryRun: input.dryRun,
      publish: input.publish,
      maxBytes,
      // Audited in the import's own transaction, under the caller's name.
      recordAs: actorOf(ctx, 'import'),
    }));
    // Rows read before the import are stale now (e.g. the report's plan).
    ctx.loaders.clear();
    ctx.access.forget();
    return { ...report, ok: report.problems.length === 0 };
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan imported into; null when the file was refused before the plan was read, or for a dry run that would create it.' })
  async plan(@Root() report: ImportReport, @Ctx() ctx: Context): Promise<Plan | null> {
    if (report.planId === null) return null;
    return (await follow(planById(ctx), report.planId)) as Plan | null;
  }
}

@Resolver(() => Plan)
export class PlanExportResolver {
  @FieldResolver(() => String, {
    description:
      "The plan exported: JSON (everything, plugin rows included; versioned `council-plans/plan` document) or CSV in its council's own column layout, which `importPlan` reads back without a change.",
  })
  async export(@Root() plan: Plan, @Arg('format', () => PlanExportFormat, { description: 'JSON or CSV.' }) format: PlanExportFormat, @Ctx() ctx: Context): Promise<string> {
    if (format === PlanExportFormat.JSON) return exportPlanJson(ctx.prisma, plan.id, ctx.pluginNames);
    const layout = ctx.layouts.find((l) => l.council === plan.format);
    if (!layout) throw badInput(`plan "${plan.slug}" has no council layout to export as CSV (format ${plan.format ?? 'none'})`, 'format');
    return exportPlanCsv(ctx.prisma, plan.id, layout);
  }
}

@Resolver(() => Action)
export class ActionProvenanceResolver {
  @FieldResolver(() => ActionProvenance, { description: 'Where the action came from: document, file name, sheet and row.' })
  async provenance(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionProvenance> {
    const document = (await follow(sourceById(ctx), action.sourceId)) as SourceDocument | null;
    return { document, fileName: document?.fileName ?? null, sheet: action.sourceSheet ?? null, row: action.sourceRow ?? null, section: action.sourceSection ?? null };
  }
}
