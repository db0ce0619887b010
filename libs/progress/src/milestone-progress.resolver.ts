import { Args, Context, ID, Int, ResolveField, Resolver, Mutation } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, GraphQLDate, mapAwaitable, NoArgs, Permission } from '@app/common';
import { Milestone, MilestoneEntity } from '@app/planning';
import { ActionStateService } from './action-state.service';
import { ProgressService } from './progress.service';
import { isMilestoneOverdue } from './rules/action-state.rule';

@Resolver(() => Milestone)
export class MilestoneProgressResolver {
  constructor(
    private readonly states: ActionStateService,
    private readonly progress: ProgressService,
  ) {}

  @Mutation(() => Milestone, {
    description:
      "Marks a milestone complete on `completedOn` (default today in the partnership's timezone, never in the future). " +
      'Completing it again moves the date. Refused for a milestone of a CANCELLED action.',
  })
  @Allow(Permission.ProgressReportAny, Permission.ProgressReportOwn)
  async completeMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
    @Args('completedOn', { type: () => GraphQLDate, nullable: true }) completedOn?: string | null,
  ): Promise<MilestoneEntity> {
    const milestone = await this.progress.completeMilestone(actor, id, completedOn);
    ctx.loaders.clearAll();
    return milestone;
  }

  @Mutation(() => Milestone, {
    description:
      'Reopens a completed milestone from `effectiveFrom` (default today, never in the future); reports as of earlier days keep ' +
      'its completion. Allowed to whoever may complete it. Refused for a milestone that is not complete or of a CANCELLED action.',
  })
  @Allow(Permission.ProgressReportAny, Permission.ProgressReportOwn)
  async reopenMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
    @Args('effectiveFrom', { type: () => GraphQLDate, nullable: true }) effectiveFrom?: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'When given, must be the current version (else CONFLICT).' }) version?: number | null,
  ): Promise<MilestoneEntity> {
    const milestone = await this.progress.reopenMilestone(actor, id, effectiveFrom, version);
    ctx.loaders.clearAll();
    return milestone;
  }

  @ResolveField(() => Boolean, { description: 'As of today: not complete, due before today, and its action not CANCELLED.' })
  overdue(milestone: MilestoneEntity, _args: NoArgs, ctx: GqlContext): Awaitable<boolean> {
    // The action's state as of today comes from the batched SQL loader; the milestone row is at hand.
    return mapAwaitable(this.states.today(ctx.loaders, milestone.actionId), (state) => state !== null && isMilestoneOverdue(milestone, state.status, state.asOf));
  }
}
