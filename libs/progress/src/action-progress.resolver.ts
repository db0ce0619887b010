import { Float, Int, ResolveField, Resolver } from '@nestjs/graphql';
import { Awaitable, GqlContext, GraphQLDate, mapAwaitable, NoArgs } from '@app/common';
import { ActionStatus, Rag, RagReason } from '@app/domain';
import { Action, ActionEntity } from '@app/planning';
import { ActionStateService } from './action-state.service';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ProgressService } from './progress.service';
import { ActionStateRow } from './sql/action-state.sql';
import { ProgressUpdate } from './types/progress-update.type';

/** The computed fields of `Action`, all as of today in the partnership's timezone (DESIGN.md "The rules"). */
@Resolver(() => Action)
export class ActionProgressResolver {
  constructor(
    private readonly states: ActionStateService,
    private readonly progressService: ProgressService,
  ) {}

  /** `pick` of the action's state today: at once when a report or page of this request computed it. */
  private state<T>(action: ActionEntity, ctx: GqlContext, pick: (state: ActionStateRow) => T): Awaitable<T> {
    return mapAwaitable(this.states.today(ctx.loaders, action.id), (state) => {
      // The parent was read in this request; only a concurrent hard delete could lose it.
      if (!state) throw new Error(`No state for action ${action.id}`);
      return pick(state);
    });
  }

  @ResolveField(() => ActionStatus, { description: 'From the latest progress update reported on or before today; NOT_STARTED before any.' })
  status(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<ActionStatus> {
    return this.state(action, ctx, (s) => s.status);
  }

  @ResolveField(() => Float, { description: 'Percent complete; 100 when COMPLETED.' })
  progress(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<number> {
    return this.state(action, ctx, (s) => s.progress);
  }

  @ResolveField(() => GraphQLDate, { nullable: true, description: 'reportedOn of the update in force today.' })
  lastReportedOn(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<string | null> {
    return this.state(action, ctx, (s) => s.lastReportedOn);
  }

  @ResolveField(() => Rag, { nullable: true, description: 'Derived RAG; null for a CANCELLED action.' })
  rag(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Rag | null> {
    return this.state(action, ctx, (s) => s.rag);
  }

  @ResolveField(() => [RagReason], { description: 'Every rule that fired, red reasons first; empty unless the action is open.' })
  ragReasons(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<RagReason[]> {
    return this.state(action, ctx, (s) => s.ragReasons);
  }

  @ResolveField(() => Boolean, { description: 'Open and due before today.' })
  overdue(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<boolean> {
    return this.state(action, ctx, (s) => s.overdue);
  }

  @ResolveField(() => Int, { description: 'Days since the due date when overdue, else 0.' })
  daysOverdue(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<number> {
    return this.state(action, ctx, (s) => s.daysOverdue);
  }

  @ResolveField(() => [ProgressUpdate], { description: 'Every update, newest first (reportedOn, then the later recorded).' })
  updates(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Promise<ProgressUpdateEntity[]> {
    return this.progressService.loadUpdatesOf(ctx.loaders, action.id);
  }
}
