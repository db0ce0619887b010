import { Args, Context, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, GraphQLDate, mapAwaitable, NoArgs, Permission, present } from '@app/common';
import { Agency, PartnershipService } from '@app/partnership';
import { DueDateRevision, Objective, ObjectiveEntity, PlanningService } from '@app/planning';
import { BoardReportService } from './board-report.service';
import { ActionFilter } from './inputs/action-filter.input';
import { ActionConnection, ActionRow, AgencyRollUp, BoardReport } from './types/board-report.types';

@Resolver(() => BoardReport)
export class BoardReportResolver {
  constructor(private readonly reports: BoardReportService) {}

  @Query(() => ActionConnection, {
    description:
      "A plan's actions in natural ref order (1.2 before 1.10), filtered; status, RAG and overdue as of today in the " +
      "partnership's timezone. `first` defaults to 50 (at most 200); `after` is an edge's cursor.",
  })
  @Allow(Permission.PartnershipRead)
  async actions(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string,
    // Typed `ActionFilter`, not `ActionFilter | null`: a union is emitted as `Object` in the parameter
    // metadata, and the validation pipe skips `Object`, which left `search` unbounded.
    @Args('filter', { type: () => ActionFilter, nullable: true }) filter?: ActionFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ActionConnection> {
    const page = await this.reports.actions(actor, ctx.loaders, deliveryPlanId, filter, first, after);
    return {
      edges: page.edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [ActionRow], {
    description:
      "Actions overdue as of `asOf` (default today in the partnership's timezone), most days overdue first, then by ref. " +
      'With `agencyId`, only actions that agency leads or supports.',
  })
  @Allow(Permission.PartnershipRead)
  overdueActions(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string,
    @Args('asOf', { type: () => GraphQLDate, nullable: true }) asOf?: string | null,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
  ): Promise<ActionRow[]> {
    return this.reports.overdueActions(actor, ctx.loaders, deliveryPlanId, asOf, agencyId);
  }

  @Query(() => BoardReport, {
    description:
      "The board report as of `asOf` (default today in the partnership's timezone; a future date projects today's state " +
      'forward). With `since` (before asOf): what changed between the two dates and the updates reported in (since, asOf].',
  })
  @Allow(Permission.PartnershipRead)
  boardReport(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string,
    @Args('asOf', { type: () => GraphQLDate, nullable: true }) asOf?: string | null,
    @Args('since', { type: () => GraphQLDate, nullable: true }) since?: string | null,
  ): Promise<BoardReport> {
    return this.reports.boardReport(actor, ctx.loaders, deliveryPlanId, asOf, since);
  }
}

@Resolver(() => ActionRow)
export class ActionRowResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly partnerships: PartnershipService,
  ) {}

  @ResolveField(() => Objective)
  objective(row: ActionRow, _args: NoArgs, ctx: GqlContext): Awaitable<ObjectiveEntity> {
    return row.objectiveEntity ? row.objectiveEntity : present(this.planning.loadObjective(ctx.loaders, row.objectiveId));
  }

  @ResolveField(() => Agency)
  leadAgency(row: ActionRow, _args: NoArgs, ctx: GqlContext): Awaitable<Agency> {
    return present(this.partnerships.loadAgency(ctx.loaders, row.leadAgencyId));
  }

  @ResolveField(() => [DueDateRevision], { description: "Moves of the due date in effect by the report's date, in the order they were made." })
  dueDateRevisions(row: ActionRow, _args: NoArgs, ctx: GqlContext): Awaitable<DueDateRevision[]> {
    return mapAwaitable(this.planning.loadDueDateRevisions(ctx.loaders, row.action.id), (all) => all.filter((r) => r.effectiveFrom <= row.asOf));
  }

  @ResolveField(() => GraphQLDate, {
    description: 'The due date before any move in effect by the report\'s date ("due 31 Jan 2027, originally 30 Sep 2026"); the row\'s dueDate when none.',
  })
  originalDueDate(row: ActionRow, _args: NoArgs, ctx: GqlContext): Awaitable<string> {
    return mapAwaitable(this.dueDateRevisions(row, _args, ctx), (revisions) => revisions[0]?.from ?? row.dueDate);
  }
}

@Resolver(() => AgencyRollUp)
export class AgencyRollUpResolver {
  constructor(private readonly partnerships: PartnershipService) {}

  @ResolveField(() => Agency)
  agency(row: AgencyRollUp, _args: NoArgs, ctx: GqlContext): Awaitable<Agency> {
    return present(this.partnerships.loadAgency(ctx.loaders, row.agencyId));
  }
}
