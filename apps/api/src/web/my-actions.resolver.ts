import { Args, Context, Field, InputType, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Actor, Allow, Awaitable, Clock, CurrentActor, GqlContext, GraphQLDate, NoArgs, PerCaller, Permission, PolicyService } from '@app/common';
import { BoardReportService } from '@app/board-report';
import { Partnership, PartnershipEntity } from '@app/partnership';
import { Action, ActionEntity } from '@app/planning';
import { ActionStateService } from '@app/progress';

@InputType('MyActionsFilter', { description: 'Every criterion set to true must hold (AND); all as of today in each partnership.' })
export class MyActionsFilter {
  @Field(() => Boolean, { nullable: true, description: 'Open and due before today.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Open and due within the partnership's dueSoonDays from today." })
  @IsOptional()
  @IsBoolean()
  dueSoon?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Open with no update within the partnership's staleAfterDays (NO_RECENT_UPDATE)." })
  @IsOptional()
  @IsBoolean()
  noRecentUpdate?: boolean | null;
}

@ObjectType('MyAction', { description: "An action the caller's agency leads or supports." })
export class MyAction {
  @Field(() => Action)
  action: ActionEntity;

  @PerCaller()
  @Field(() => Boolean, { description: "True when the caller's agency leads the action, false when it supports it." })
  leads: boolean;
}

const PAGE = 200;

/**
 * Queries and fields for the web app (apps/web): "My actions" for partners, today's date in a
 * partnership, and whether the caller may report on an action (so the app offers only what is allowed).
 */
@Resolver()
export class MyActionsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: BoardReportService,
    private readonly states: ActionStateService,
  ) {}

  @Query(() => [MyAction], {
    description:
      "Actions the caller's agency leads or supports, in every delivery plan of the partnerships the caller belongs to: " +
      'those it leads first, then by partnership, plan and natural ref order. Status, progress, RAG and lastReportedOn ' +
      'on each action are as of today. Empty for an account with no agency.',
  })
  @Allow(Permission.PartnershipRead)
  @PerCaller()
  async myActions(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('filter', { type: () => MyActionsFilter, nullable: true }) filter?: MyActionsFilter,
  ): Promise<MyAction[]> {
    if (!actor.agencyId) return [];
    const partnershipIds = [...actor.memberships.keys()];
    if (partnershipIds.length === 0) return [];
    const plans: { id: string }[] = await this.db.query(
      `SELECT dp.id FROM delivery_plan dp JOIN partnership p ON p.id = dp.partnership_id
        WHERE dp.partnership_id = ANY($1::uuid[]) ORDER BY p.name, dp.title, dp.id`,
      [partnershipIds],
    );
    const found: ActionEntity[] = [];
    for (const plan of plans) {
      let after: string | null = null;
      for (;;) {
        const page = await this.reports.actions(actor, ctx.loaders, plan.id, { agencyId: actor.agencyId }, PAGE, after);
        found.push(...page.edges.map((e) => e.node));
        if (!page.hasNextPage) break;
        after = page.edges.at(-1)!.cursor;
      }
    }
    const rows: MyAction[] = [];
    for (const action of found) {
      // Primed by the page read above: no further statement.
      const state = await this.states.today(ctx.loaders, action.id);
      if (!state) continue;
      if (filter?.overdue && !state.overdue) continue;
      if (filter?.dueSoon && !state.dueSoon) continue;
      if (filter?.noRecentUpdate && !state.stale) continue;
      rows.push({ action, leads: action.leadAgencyId === actor.agencyId });
    }
    // Stable sort: led first, each group in the order read.
    return rows.sort((a, b) => Number(b.leads) - Number(a.leads));
  }
}

@Resolver(() => Partnership)
export class PartnershipTodayResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => GraphQLDate, { description: "Today's date in the partnership's timezone (the default as-of date of its reports)." })
  today(partnership: PartnershipEntity, _args: NoArgs, _ctx: GqlContext): string {
    return this.clock.today(partnership.timezone);
  }
}

@Resolver(() => Action)
export class ActionCanReportResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the caller may report progress on this action (coordinators: any; partners: actions their agency leads or supports).',
  })
  @PerCaller()
  canReportProgress(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<boolean> {
    const actor = ctx.actor!;
    if (this.policy.can(actor, Permission.ProgressReportAny, action.partnershipId)) return true;
    if (!actor.agencyId || !this.policy.can(actor, Permission.ProgressReportOwn, action.partnershipId)) return false;
    if (action.leadAgencyId === actor.agencyId) return true;
    return this.db
      .query(`SELECT 1 FROM action_supporting_agency WHERE action_id = $1 AND agency_id = $2`, [action.id, actor.agencyId])
      .then((rows: unknown[]) => rows.length > 0);
  }
}

/** The web app's resolvers (also used to print the schema without a database). */
export const WEB_RESOLVERS = [MyActionsResolver, PartnershipTodayResolver, ActionCanReportResolver];
