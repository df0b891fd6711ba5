// Issue 17: the join keys other systems use, as API types. A budget code names many
// funding lines, so it cannot be a key of FundingLine; `Budget` is the entity a finance
// subgraph shares instead (key `code`): from a funding line to its budget (plans →
// finance) and from a budget to its funding lines (finance → plans).
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { FundingLine } from '../../generated/type-graphql';
import type { Context } from '../context';
import { fundingLineById } from '../by-id';

/** Descriptions of the types and fields other subgraphs share with this one (README "For integrators"): copy them verbatim, or leave yours undescribed. */
export const SHARED_DESCRIPTIONS = {
  ResponsibleParty: 'Someone who leads, delivers, owns, monitors or partners in plans and actions.',
  'ResponsibleParty.staffId': "Staff identifier in the council's HR system.",
  'ResponsibleParty.email': 'E-mail address.',
  FundingLine: 'Money or funding attached to a plan or an action, as printed, e.g. "Up to £5,000".',
  'FundingLine.budgetCode': "Budget code in the council's finance system.",
  'FundingLine.costCentre': "Cost centre in the council's finance system.",
  Budget: "A budget in the council's finance system, by its code.",
  'Budget.code': 'Budget code in the council\'s finance system.',
} as const;

@ObjectType({ description: SHARED_DESCRIPTIONS.Budget })
export class Budget {
  @Field(() => String, { description: SHARED_DESCRIPTIONS['Budget.code'] })
  code!: string;
}

@Resolver(() => Budget)
export class BudgetResolver {
  @FieldResolver(() => [FundingLine], { description: 'The funding lines with this budget code, readable by the caller (drafts of other councils left out), in id order.' })
  fundingLines(@Root() budget: Budget, @Ctx() ctx: Context): Promise<FundingLine[]> {
    return ctx.loaders
      .many('FundingLine.byBudgetCode', (codes: readonly string[]) => ctx.prisma.fundingLine.findMany({ where: { budgetCode: { in: [...codes] } }, orderBy: { id: 'asc' } }), (f) => f.budgetCode!)
      .load(budget.code) as Promise<FundingLine[]>;
  }
}

@Resolver(() => FundingLine)
export class FundingLineBudgetResolver {
  @FieldResolver(() => Budget, { nullable: true, description: 'The budget the money is booked to (by `budgetCode`); null when no budget code is set.' })
  async budget(@Root() line: FundingLine, @Ctx() ctx: Context): Promise<Budget | null> {
    // A row from the one-statement nested read may not carry the column: read it then.
    const code = line.budgetCode !== undefined ? line.budgetCode : (await fundingLineById(ctx).load(line.id))?.budgetCode;
    return code ? { code } : null;
  }
}
