import { Context, Float, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext, GraphQLDate } from '@app/common';
import { Action, ActionEntity, ActionStatus } from '@app/planning';
import { ActionStateService } from './action-state.service';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ProgressService } from './progress.service';
import type { ActionStatus as RuleStatus, Rag, RagReason } from './rules/action-state.rule';
import { ActionStateRow } from './sql/action-state.sql';
import { ProgressUpdate } from './types/progress-update.type';
import { RagEnum, RagReasonEnum } from './types/rag.type';

/** The computed fields of `Action`, all as of today in the partnership's timezone (DESIGN.md "The rules"). */
@Resolver(() => Action)
export class ActionProgressResolver {
  constructor(
    private readonly states: ActionStateService,
    private readonly progressService: ProgressService,
  ) {}

  private async state(action: ActionEntity, ctx: GqlContext): Promise<ActionStateRow> {
    const state = await this.states.today(ctx.loaders, action.id);
    // The parent was read in this request; only a concurrent hard delete could lose it.
    if (!state) throw new Error(`No state for action ${action.id}`);
    return state;
  }

  @ResolveField(() => ActionStatus, { description: 'From the latest progress update reported on or before today; NOT_STARTED before any.' })
  async status(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<RuleStatus> {
    return (await this.state(action, ctx)).status;
  }

  @ResolveField(() => Float, { description: 'Percent complete; 100 when COMPLETED.' })
  async progress(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<number> {
    return (await this.state(action, ctx)).progress;
  }

  @ResolveField(() => GraphQLDate, { nullable: true, description: 'reportedOn of the update in force today.' })
  async lastReportedOn(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.state(action, ctx)).lastReportedOn;
  }

  @ResolveField(() => RagEnum, { nullable: true, description: 'Derived RAG; null for a CANCELLED action.' })
  async rag(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<Rag | null> {
    return (await this.state(action, ctx)).rag;
  }

  @ResolveField(() => [RagReasonEnum], { description: 'Every rule that fired, red reasons first; empty unless the action is open.' })
  async ragReasons(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<RagReason[]> {
    return (await this.state(action, ctx)).ragReasons;
  }

  @ResolveField(() => Boolean, { description: 'Open and due before today.' })
  async overdue(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.state(action, ctx)).overdue;
  }

  @ResolveField(() => Int, { description: 'Days since the due date when overdue, else 0.' })
  async daysOverdue(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<number> {
    return (await this.state(action, ctx)).daysOverdue;
  }

  @ResolveField(() => [ProgressUpdate], { description: 'Every update, newest first (reportedOn, then the later recorded).' })
  updates(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<ProgressUpdateEntity[]> {
    return this.progressService.loadUpdatesOf(ctx.loaders, action.id);
  }
}
