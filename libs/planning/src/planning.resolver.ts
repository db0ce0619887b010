import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, GqlContext, Permission } from '@app/common';
import { User, UserService } from '@app/identity';
import { Agency, Partnership, PartnershipService } from '@app/partnership';
import { ActionEntity } from './entities/action.entity';
import { DeliveryPlanEntity } from './entities/delivery-plan.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity, Pillar } from './entities/objective.entity';
import { StrategyEntity } from './entities/strategy.entity';
import {
  AddMilestoneInput,
  CreateActionInput,
  CreateDeliveryPlanInput,
  CreateObjectiveInput,
  CreateStrategyInput,
  UpdateActionInput,
} from './inputs/planning.inputs';
import { PlanningService } from './planning.service';
import { Action, DeliveryPlan, Milestone, Objective, Strategy } from './types/planning.types';

async function found<T>(value: Promise<T | null>): Promise<T> {
  // Relations point at rows of the same partnership, which the parent's reader may already see.
  return (await value)!;
}

@Resolver(() => Partnership)
export class PartnershipStrategiesResolver {
  constructor(private readonly planning: PlanningService) {}

  @ResolveField(() => [Strategy])
  strategies(@Parent() partnership: Partnership, @Context() ctx: GqlContext): Promise<StrategyEntity[]> {
    return this.planning.loadStrategiesOf(ctx.loaders, partnership.id);
  }
}

@Resolver(() => Strategy)
export class StrategyResolver {
  constructor(
    private readonly planning: PlanningService,
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
    return this.planning.createStrategy(actor, input);
  }

  @ResolveField(() => Partnership)
  partnership(@Parent() strategy: StrategyEntity, @Context() ctx: GqlContext): Promise<Partnership> {
    return found(this.partnerships.loadPartnership(ctx.loaders, strategy.partnershipId));
  }

  @ResolveField(() => [Objective], { description: "In strategy order: by pillar in the 4 P's order, then position." })
  objectives(@Parent() strategy: StrategyEntity, @Context() ctx: GqlContext): Promise<ObjectiveEntity[]> {
    return this.planning.loadObjectivesOf(ctx.loaders, strategy.id);
  }

  @ResolveField(() => [DeliveryPlan])
  deliveryPlans(@Parent() strategy: StrategyEntity, @Context() ctx: GqlContext): Promise<DeliveryPlanEntity[]> {
    return this.planning.loadPlansOf(ctx.loaders, strategy.id);
  }
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  constructor(private readonly planning: PlanningService) {}

  @Mutation(() => Objective)
  @Allow(Permission.PlanWrite)
  createObjective(@CurrentActor() actor: Actor, @Args('input') input: CreateObjectiveInput): Promise<ObjectiveEntity> {
    return this.planning.createObjective(actor, input);
  }

  @ResolveField(() => Strategy)
  strategy(@Parent() objective: ObjectiveEntity, @Context() ctx: GqlContext): Promise<StrategyEntity> {
    return found(this.planning.loadStrategy(ctx.loaders, objective.strategyId));
  }

  @ResolveField(() => Int, { description: 'Order within its pillar.' })
  position(@Parent() objective: ObjectiveEntity): number {
    return objective.position;
  }
}

@Resolver(() => DeliveryPlan)
export class DeliveryPlanResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly partnerships: PartnershipService,
  ) {}

  @Query(() => DeliveryPlan, { nullable: true })
  @Allow(Permission.PartnershipRead)
  deliveryPlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DeliveryPlanEntity> {
    return this.planning.getPlan(actor, id);
  }

  @Mutation(() => DeliveryPlan)
  @Allow(Permission.PlanWrite)
  createDeliveryPlan(@CurrentActor() actor: Actor, @Args('input') input: CreateDeliveryPlanInput): Promise<DeliveryPlanEntity> {
    return this.planning.createDeliveryPlan(actor, input);
  }

  @ResolveField(() => Strategy)
  strategy(@Parent() plan: DeliveryPlanEntity, @Context() ctx: GqlContext): Promise<StrategyEntity> {
    return found(this.planning.loadStrategy(ctx.loaders, plan.strategyId));
  }

  @ResolveField(() => Partnership)
  partnership(@Parent() plan: DeliveryPlanEntity, @Context() ctx: GqlContext): Promise<Partnership> {
    return found(this.partnerships.loadPartnership(ctx.loaders, plan.partnershipId));
  }

  @ResolveField(() => [Action], { description: 'Every action of the plan, by ref. For filters and paging use `actions`.' })
  actions(@Parent() plan: DeliveryPlanEntity, @Context() ctx: GqlContext): Promise<ActionEntity[]> {
    return this.planning.loadActionsOf(ctx.loaders, plan.id);
  }
}

@Resolver(() => Action)
export class ActionResolver {
  constructor(
    private readonly planning: PlanningService,
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
    return this.planning.createAction(actor, input);
  }

  @Mutation(() => Action, { description: 'Fails with CONFLICT when `version` is not the current one.' })
  @Allow(Permission.PlanWrite)
  updateAction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateActionInput,
  ): Promise<ActionEntity> {
    return this.planning.updateAction(actor, id, version, input);
  }

  @ResolveField(() => DeliveryPlan)
  deliveryPlan(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<DeliveryPlanEntity> {
    return found(this.planning.loadPlan(ctx.loaders, action.deliveryPlanId));
  }

  @ResolveField(() => Objective)
  objective(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<ObjectiveEntity> {
    return found(this.planning.loadObjective(ctx.loaders, action.objectiveId));
  }

  @ResolveField(() => Pillar)
  async pillar(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<Pillar> {
    return (await found(this.planning.loadObjective(ctx.loaders, action.objectiveId))).pillar;
  }

  @ResolveField(() => Agency)
  leadAgency(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<Agency> {
    return found(this.partnerships.loadAgency(ctx.loaders, action.leadAgencyId));
  }

  @ResolveField(() => [Agency])
  async supportingAgencies(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<Agency[]> {
    const ids = await this.planning.loadSupportingAgencyIds(ctx.loaders, action.id);
    const agencies = await Promise.all(ids.map((id) => found(this.partnerships.loadAgency(ctx.loaders, id))));
    return agencies.sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => User, { nullable: true })
  leadOfficer(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<User | null> {
    return action.leadOfficerId ? this.users.loadUser(ctx.loaders, action.leadOfficerId) : Promise.resolve(null);
  }

  @ResolveField(() => [Milestone], { description: 'By position (the order they were added).' })
  milestones(@Parent() action: ActionEntity, @Context() ctx: GqlContext): Promise<MilestoneEntity[]> {
    return this.planning.loadMilestonesOf(ctx.loaders, action.id);
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  constructor(private readonly planning: PlanningService) {}

  @Mutation(() => Milestone)
  @Allow(Permission.PlanWrite)
  addMilestone(@CurrentActor() actor: Actor, @Args('input') input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.planning.addMilestone(actor, input);
  }

  @ResolveField(() => Action)
  action(@Parent() milestone: MilestoneEntity, @Context() ctx: GqlContext): Promise<ActionEntity> {
    return found(this.planning.loadAction(ctx.loaders, milestone.actionId));
  }
}
