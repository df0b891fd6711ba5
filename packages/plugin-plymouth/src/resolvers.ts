import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { byId, type Context } from '@council-plans/core';
import * as models from './generated/type-graphql';
import { loaders } from './loaders';
import { PlymouthMutations } from './mutations';
import { PlymouthQueries } from './queries';

const { Action, ResponsibleParty, PlymouthActionRow, PlymouthActionOversight, PlymouthResourcePart } = models;
type Action = models.Action;
type ResponsibleParty = models.ResponsibleParty;
type PlymouthActionRow = models.PlymouthActionRow;
type PlymouthActionOversight = models.PlymouthActionOversight;
type PlymouthResourcePart = models.PlymouthResourcePart;

/** Plymouth's fields on the core Action type. */
@Resolver(() => Action)
export class PlymouthActionFields {
  @FieldResolver(() => PlymouthActionRow, {
    nullable: true,
    description:
      "The action as a row of Plymouth's Objective / Action / Responsible / Timescale-Resources / Success Criteria / Monitoring / Evaluation table, with who monitors and who evaluates it; null for other councils' actions.",
  })
  plymouth(@Root() action: Action, @Ctx() ctx: Context): Promise<PlymouthActionRow | null> {
    return loaders.rowByAction(ctx).load(action.id);
  }
}

@Resolver(() => PlymouthActionRow)
export class PlymouthActionRowFields {
  @FieldResolver(() => [PlymouthResourcePart], {
    description:
      'The Timescale / Resources cell split into timescale, money and other resources where the printed text separates them (what went into Action.timescaleText, Action.resourcesText and Action.funding), in printed order.',
  })
  timescaleResourcesParts(@Root() row: PlymouthActionRow, @Ctx() ctx: Context): Promise<PlymouthResourcePart[]> {
    return loaders.partsByRow(ctx).load(row.id);
  }

  @FieldResolver(() => [PlymouthActionOversight], {
    description: 'The bodies and officers named in the Monitoring cell, in printed order, each with its name as printed; empty when the cell names a mechanism (e.g. "Arrow Meetings.") rather than a body.',
  })
  async monitoredBy(@Root() row: PlymouthActionRow, @Ctx() ctx: Context): Promise<PlymouthActionOversight[]> {
    return (await loaders.oversightByAction(ctx).load(row.actionId!)).filter((o) => o.role === 'MONITORING');
  }

  @FieldResolver(() => [PlymouthActionOversight], {
    description: 'The bodies and officers named in the Evaluation cell, in printed order, each with its name as printed.',
  })
  async evaluatedBy(@Root() row: PlymouthActionRow, @Ctx() ctx: Context): Promise<PlymouthActionOversight[]> {
    return (await loaders.oversightByAction(ctx).load(row.actionId!)).filter((o) => o.role === 'EVALUATION');
  }

  @FieldResolver(() => Action, { description: 'The core action this row is.' })
  async action(@Root() row: PlymouthActionRow, @Ctx() ctx: Context): Promise<Action> {
    return (await byId.actionById(ctx).load(row.actionId!))!;
  }
}

@Resolver(() => PlymouthActionOversight)
export class PlymouthActionOversightFields {
  @FieldResolver(() => ResponsibleParty, { description: 'The body or officer: one party however the document prints its name.' })
  async party(@Root() row: PlymouthActionOversight, @Ctx() ctx: Context): Promise<ResponsibleParty> {
    return (await byId.partyById(ctx).load(row.partyId!))!;
  }

  @FieldResolver(() => Action, { description: 'The action monitored or evaluated.' })
  async action(@Root() row: PlymouthActionOversight, @Ctx() ctx: Context): Promise<Action> {
    return (await byId.actionById(ctx).load(row.actionId!))!;
  }
}

/** Plymouth's fields on the core ResponsibleParty type. */
@Resolver(() => ResponsibleParty)
export class PlymouthPartyFields {
  @FieldResolver(() => [Action], {
    description: "Every Plymouth action whose Monitoring cell names this party, in document order; empty for parties Plymouth's plans never name there.",
  })
  plymouthMonitors(@Root() party: ResponsibleParty, @Ctx() ctx: Context): Promise<Action[]> {
    return loaders.monitoredByParty(ctx).load(party.id);
  }

  @FieldResolver(() => [Action], {
    description: "Every Plymouth action whose Evaluation cell names this party, in document order; empty for parties Plymouth's plans never name there.",
  })
  plymouthEvaluates(@Root() party: ResponsibleParty, @Ctx() ctx: Context): Promise<Action[]> {
    return loaders.evaluatedByParty(ctx).load(party.id);
  }
}

export const resolvers = [
  PlymouthMutations,
  PlymouthQueries,
  PlymouthActionFields, PlymouthActionRowFields, PlymouthActionOversightFields, PlymouthPartyFields];
