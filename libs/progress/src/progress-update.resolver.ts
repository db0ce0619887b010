import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, NoArgs, Permission, present } from '@app/common';
import { User, UserService } from '@app/identity';
import { Agency, PartnershipService } from '@app/partnership';
import { Action, ActionEntity, PlanningService } from '@app/planning';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ReportProgressInput } from './inputs/report-progress.input';
import { ProgressService } from './progress.service';
import { ProgressUpdate } from './types/progress-update.type';

@Resolver(() => ProgressUpdate)
export class ProgressUpdateResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly planning: PlanningService,
    private readonly users: UserService,
    private readonly partnerships: PartnershipService,
  ) {}

  @Mutation(() => ProgressUpdate, {
    description:
      'Appends a progress update; the action then shows the latest update as of any date. Coordinators: any action; ' +
      'partners: actions their agency leads or supports.',
  })
  @Allow(Permission.ProgressReportAny, Permission.ProgressReportOwn)
  async reportProgress(@CurrentActor() actor: Actor, @Args('input') input: ReportProgressInput, @Context() ctx: GqlContext): Promise<ProgressUpdateEntity> {
    const update = await this.progress.reportProgress(actor, input);
    // States this request already read are out of date now.
    ctx.loaders.clearAll();
    return update;
  }

  @ResolveField(() => Action)
  action(update: ProgressUpdateEntity, _args: NoArgs, ctx: GqlContext): Awaitable<ActionEntity> {
    return present(this.planning.loadAction(ctx.loaders, update.actionId));
  }

  @ResolveField(() => User, { description: 'Who reported it.' })
  author(update: ProgressUpdateEntity, _args: NoArgs, ctx: GqlContext): Awaitable<User> {
    return present(this.users.loadUser(ctx.loaders, update.authorId));
  }

  @ResolveField(() => Agency, { nullable: true, description: "The author's agency when the update was reported." })
  agency(update: ProgressUpdateEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Agency | null> {
    return update.agencyId ? this.partnerships.loadAgency(ctx.loaders, update.agencyId) : null;
  }
}
