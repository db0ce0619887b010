import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, GraphQLDate, Loaders, mapAwaitable, NoArgs, Permission, present, requestedFields } from '@app/common';
import { User, UserService } from '@app/identity';
import { Agency, Partnership, PartnershipService } from '@app/partnership';
import { ActionEntity } from './entities/action.entity';
import { DeliveryPlanEntity } from './entities/delivery-plan.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { Pillar } from '@app/domain';
import { ObjectiveEntity } from './entities/objective.entity';
import { StrategyEntity } from './entities/strategy.entity';
import {
  AddMilestoneInput,
  CreateActionInput,
  CreateDeliveryPlanInput,
  CreateObjectiveInput,
  CreateStrategyInput,
  UpdateActionInput,
  UpdateDeliveryPlanInput,
  UpdateMilestoneInput,
  UpdateObjectiveInput,
  UpdateStrategyInput,
} from './inputs/planning.inputs';
import { PlanningService } from './planning.service';
import { PlanningWriteService } from './planning-write.service';
import { Action, DeliveryPlan, DueDateRevision, Milestone, Objective, Strategy } from './types/planning.types';

/** `String.prototype.localeCompare` with one collator made once, not one per comparison. */
const byName = new Intl.Collator().compare;

@Resolver(() => Partnership)
export class PartnershipStrategiesResolver {
  constructor(private readonly planning: PlanningService) {}

  @ResolveField(() => [Strategy])
  strategies(partnership: Partnership, _args: NoArgs, ctx: GqlContext): Awaitable<StrategyEntity[]> {
    return this.planning.loadStrategiesOf(ctx.loaders, partnership.id);
  }
}

@Resolver(() => Strategy)
export class StrategyResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly writes: PlanningWriteService,
    private readonly partnerships: PartnershipService,
  ) {}

  @Query(() => Strategy, { nullable: true })
  @Allow(Permission.PartnershipRead)
  strategy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<StrategyEntity> {
    return this.planning.getStrategy(actor, id);
  }

  @Mutation(() => Strategy)
  @Allow(Permission.PlanWrite)
  createStrategy(@CurrentActor() actor: Actor, @Args('input') input: CreateStrategyInput): Promise<StrategyEntity> {
    return this.writes.createStrategy(actor, input);
  }

  @Mutation(() => Strategy, { description: 'Title, period and status (DRAFT, ACTIVE, ARCHIVED); its plans must stay within its period.' })
  @Allow(Permission.PlanWrite)
  updateStrategy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateStrategyInput): Promise<StrategyEntity> {
    return this.writes.updateStrategy(actor, id, input);
  }

  @ResolveField(() => Partnership)
  partnership(strategy: StrategyEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Partnership> {
    return present(this.partnerships.loadPartnership(ctx.loaders, strategy.partnershipId));
  }

  @ResolveField(() => [Objective], { description: "In strategy order: by pillar in the 4 P's order, then position." })
  objectives(strategy: StrategyEntity, _args: NoArgs, ctx: GqlContext): Awaitable<ObjectiveEntity[]> {
    return this.planning.loadObjectivesOf(ctx.loaders, strategy.id);
  }

  @ResolveField(() => [DeliveryPlan])
  deliveryPlans(strategy: StrategyEntity, _args: NoArgs, ctx: GqlContext): Awaitable<DeliveryPlanEntity[]> {
    return this.planning.loadPlansOf(ctx.loaders, strategy.id);
  }
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly writes: PlanningWriteService,
  ) {}

  @Mutation(() => Objective)
  @Allow(Permission.PlanWrite)
  createObjective(@CurrentActor() actor: Actor, @Args('input') input: CreateObjectiveInput): Promise<ObjectiveEntity> {
    return this.writes.createObjective(actor, input);
  }

  @Mutation(() => Objective, { description: 'Pillar, code and title take effect from `input.effectiveFrom`; reports as of earlier days keep the earlier values.' })
  @Allow(Permission.PlanWrite)
  updateObjective(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateObjectiveInput): Promise<ObjectiveEntity> {
    return this.writes.updateObjective(actor, id, input);
  }

  @Mutation(() => Boolean, { description: 'Retires the objective from `effectiveFrom`; refused (BAD_USER_INPUT) while actions in the plan use it.' })
  @Allow(Permission.PlanWrite)
  removeObjective(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('effectiveFrom', { type: () => GraphQLDate, nullable: true, description: "Default today in the partnership's timezone; never in the future." })
    effectiveFrom?: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'When given, must be the current version (else CONFLICT).' }) version?: number | null,
  ): Promise<boolean> {
    return this.writes.removeObjective(actor, id, effectiveFrom, version);
  }

  @ResolveField(() => Strategy)
  strategy(objective: ObjectiveEntity, _args: NoArgs, ctx: GqlContext): Awaitable<StrategyEntity> {
    return present(this.planning.loadStrategy(ctx.loaders, objective.strategyId));
  }

  @ResolveField(() => Int, { description: 'Order within its pillar.' })
  position(objective: ObjectiveEntity): number {
    return objective.position;
  }
}

@Resolver(() => DeliveryPlan)
export class DeliveryPlanResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly writes: PlanningWriteService,
    private readonly partnerships: PartnershipService,
    private readonly users: UserService,
  ) {}

  @Query(() => DeliveryPlan, { nullable: true })
  @Allow(Permission.PartnershipRead)
  deliveryPlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DeliveryPlanEntity> {
    return this.planning.getPlan(actor, id);
  }

  @Mutation(() => DeliveryPlan)
  @Allow(Permission.PlanWrite)
  createDeliveryPlan(@CurrentActor() actor: Actor, @Args('input') input: CreateDeliveryPlanInput): Promise<DeliveryPlanEntity> {
    return this.writes.createDeliveryPlan(actor, input);
  }

  @Mutation(() => DeliveryPlan, { description: "Title and period (within the strategy's period)." })
  @Allow(Permission.PlanWrite)
  updateDeliveryPlan(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDeliveryPlanInput,
  ): Promise<DeliveryPlanEntity> {
    return this.writes.updateDeliveryPlan(actor, id, input);
  }

  @ResolveField(() => Strategy)
  strategy(plan: DeliveryPlanEntity, _args: NoArgs, ctx: GqlContext): Awaitable<StrategyEntity> {
    return present(this.planning.loadStrategy(ctx.loaders, plan.strategyId));
  }

  @ResolveField(() => Partnership)
  partnership(plan: DeliveryPlanEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Partnership> {
    return present(this.partnerships.loadPartnership(ctx.loaders, plan.partnershipId));
  }

  @ResolveField(() => [Action], { description: 'Every action of the plan, by ref. For filters and paging use `actions`.' })
  async actions(plan: DeliveryPlanEntity, _args: NoArgs, ctx: GqlContext, info: GraphQLResolveInfo): Promise<ActionEntity[]> {
    const actions = await this.planning.loadActionsOf(ctx.loaders, plan.id);
    await this.loadRelations(ctx.loaders, plan, actions, requestedFields(info));
    return actions;
  }

  /**
   * Loads, before the list is returned, the relations the client selected on its actions: the
   * same batched statements their field resolvers would issue, but then every one of those
   * resolvers finds its rows at hand and answers synchronously, and graphql-js completes the
   * 150 actions and their milestones without a promise per field (docs/performance.md).
   */
  private async loadRelations(loaders: Loaders, plan: DeliveryPlanEntity, actions: readonly ActionEntity[], fields: ReadonlySet<string>): Promise<void> {
    const each = <T>(ids: Iterable<string | null>, load: (id: string) => Awaitable<T>): Promise<T[]> =>
      Promise.all([...new Set(ids)].filter((id): id is string => id !== null).map(load));
    await Promise.all([
      // An action's objective is one of its strategy's: read them as `strategy { objectives }` does
      // (one statement for both when the client asks for both), then the actions' by id from cache.
      fields.has('objective') || fields.has('pillar')
        ? Promise.resolve(this.planning.loadObjectivesOf(loaders, plan.strategyId)).then(() =>
            each(
              actions.map((a) => a.objectiveId),
              (id) => this.planning.loadObjective(loaders, id),
            ),
          )
        : null,
      fields.has('leadAgency')
        ? each(
            actions.map((a) => a.leadAgencyId),
            (id) => this.partnerships.loadAgency(loaders, id),
          )
        : null,
      fields.has('supportingAgencies')
        ? each(
            actions.map((a) => a.id),
            (id) => this.planning.loadSupportingAgencyIds(loaders, id),
          ).then((lists) => each(lists.flat(), (id) => this.partnerships.loadAgency(loaders, id)))
        : null,
      fields.has('leadOfficer')
        ? each(
            actions.map((a) => a.leadOfficerId),
            (id) => this.users.loadUser(loaders, id),
          )
        : null,
      fields.has('milestones')
        ? each(
            actions.map((a) => a.id),
            (id) => this.planning.loadMilestonesOf(loaders, id),
          )
        : null,
    ]);
  }
}

@Resolver(() => Action)
export class ActionResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly writes: PlanningWriteService,
    private readonly partnerships: PartnershipService,
    private readonly users: UserService,
  ) {}

  @Query(() => Action, { nullable: true })
  @Allow(Permission.PartnershipRead)
  action(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ActionEntity> {
    return this.planning.getAction(actor, id);
  }

  @Mutation(() => Action)
  @Allow(Permission.PlanWrite)
  createAction(@CurrentActor() actor: Actor, @Args('input') input: CreateActionInput): Promise<ActionEntity> {
    return this.writes.createAction(actor, input);
  }

  @Mutation(() => Action, { description: 'Fails with CONFLICT when `version` is not the current one.' })
  @Allow(Permission.PlanWrite)
  updateAction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateActionInput,
  ): Promise<ActionEntity> {
    return this.writes.updateAction(actor, id, version, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Takes an action entered by mistake out of the plan from `effectiveFrom` (default today): reports as of that day or later ' +
      'leave it out, earlier ones keep it. Not a cancellation (report a CANCELLED update for that).',
  })
  @Allow(Permission.PlanWrite)
  removeAction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('effectiveFrom', { type: () => GraphQLDate, nullable: true, description: "Default today in the partnership's timezone; never in the future." })
    effectiveFrom?: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'When given, must be the current version (else CONFLICT).' }) version?: number | null,
  ): Promise<boolean> {
    return this.writes.removeAction(actor, id, reason, effectiveFrom, version);
  }

  @ResolveField(() => DeliveryPlan)
  deliveryPlan(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<DeliveryPlanEntity> {
    return present(this.planning.loadPlan(ctx.loaders, action.deliveryPlanId));
  }

  @ResolveField(() => Objective)
  objective(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<ObjectiveEntity> {
    return present(this.planning.loadObjective(ctx.loaders, action.objectiveId));
  }

  @ResolveField(() => Pillar)
  pillar(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Pillar> {
    return mapAwaitable(present(this.planning.loadObjective(ctx.loaders, action.objectiveId)), (objective) => objective.pillar);
  }

  @ResolveField(() => Agency)
  leadAgency(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Agency> {
    return present(this.partnerships.loadAgency(ctx.loaders, action.leadAgencyId));
  }

  @ResolveField(() => [Agency])
  supportingAgencies(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Agency[]> {
    const sorted = (agencies: Agency[]) => agencies.sort((a, b) => byName(a.name, b.name));
    const ids = this.planning.loadSupportingAgencyIds(ctx.loaders, action.id);
    const agenciesOf = (list: string[]): Awaitable<Agency[]> => {
      const agencies = list.map((id) => present(this.partnerships.loadAgency(ctx.loaders, id)));
      // eslint-disable-next-line @typescript-eslint/await-thenable -- loaders answer a value or a promise (Awaitable); Promise.all takes both
      return agencies.some((a) => a instanceof Promise) ? Promise.all(agencies).then(sorted) : sorted(agencies as Agency[]);
    };
    return ids instanceof Promise ? ids.then(agenciesOf) : agenciesOf(ids);
  }

  @ResolveField(() => User, { nullable: true })
  leadOfficer(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<User | null> {
    return action.leadOfficerId ? this.users.loadUser(ctx.loaders, action.leadOfficerId) : null;
  }

  @ResolveField(() => GraphQLDate, { description: 'The due date before any move (re-baseline): the first revision\'s "from", else today\'s due date.' })
  originalDueDate(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<string> {
    return mapAwaitable(this.planning.loadDueDateRevisions(ctx.loaders, action.id), (revisions) => revisions[0]?.from ?? action.dueDate);
  }

  @ResolveField(() => [DueDateRevision], { description: 'Every move of the due date, in the order they were made.' })
  dueDateRevisions(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<DueDateRevision[]> {
    return this.planning.loadDueDateRevisions(ctx.loaders, action.id);
  }

  @ResolveField(() => [Milestone], { description: 'By position (the order they were added).' })
  milestones(action: ActionEntity, _args: NoArgs, ctx: GqlContext): Awaitable<MilestoneEntity[]> {
    return this.planning.loadMilestonesOf(ctx.loaders, action.id);
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly writes: PlanningWriteService,
  ) {}

  @Mutation(() => Milestone)
  @Allow(Permission.PlanWrite)
  addMilestone(@CurrentActor() actor: Actor, @Args('input') input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.writes.addMilestone(actor, input);
  }

  @Mutation(() => Milestone, {
    description: 'Title, due date and position; title and due date take effect from `input.effectiveFrom`. Refused for a milestone of a cancelled action.',
  })
  @Allow(Permission.PlanWrite)
  updateMilestone(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.writes.updateMilestone(actor, id, input);
  }

  @Mutation(() => Boolean, { description: 'Takes a milestone out of the plan from `effectiveFrom` (default today); earlier reports still count it.' })
  @Allow(Permission.PlanWrite)
  removeMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('effectiveFrom', { type: () => GraphQLDate, nullable: true, description: "Default today in the partnership's timezone; never in the future." })
    effectiveFrom?: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'When given, must be the current version (else CONFLICT).' }) version?: number | null,
  ): Promise<boolean> {
    return this.writes.removeMilestone(actor, id, effectiveFrom, version);
  }

  @ResolveField(() => Action)
  action(milestone: MilestoneEntity, _args: NoArgs, ctx: GqlContext): Awaitable<ActionEntity> {
    return present(this.planning.loadAction(ctx.loaders, milestone.actionId));
  }
}

@Resolver(() => DueDateRevision)
export class DueDateRevisionResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => User, { nullable: true, description: 'Who moved it (null when made outside the API).' })
  changedBy(revision: DueDateRevision, _args: NoArgs, ctx: GqlContext): Awaitable<User | null> {
    return revision.changedById ? this.users.loadUser(ctx.loaders, revision.changedById) : null;
  }
}
