import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate, PageInfo } from '@app/common';
import { Partnership } from '@app/partnership';
import { Action, ActionEntity, ActionStatus, DeliveryPlan, DeliveryPlanEntity, Milestone, MilestoneEntity, Objective, ObjectiveEntity, Pillar } from '@app/planning';
import { ProgressUpdate, ProgressUpdateEntity, RagEnum, RagReasonEnum } from '@app/progress';
import type { ActionStatus as RuleStatus, Rag, RagReason } from '@app/progress';
import type { PartnershipEntity } from '@app/partnership';

@ObjectType('ActionEdge')
export class ActionEdge {
  @Field()
  cursor: string;

  @Field(() => Action)
  node: ActionEntity;
}

@ObjectType('ActionConnection')
export class ActionConnection {
  @Field(() => [ActionEdge])
  edges: ActionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Actions matching the filter, on every page.' })
  totalCount: number;
}

/** One action in a report, with its values as of the report's date (not today). */
@ObjectType('ActionRow', { description: "An action's values as of the report's asOf date." })
export class ActionRow {
  @Field(() => Action, { description: 'The action itself; its own computed fields are as of today.' })
  action: ActionEntity;

  @Field()
  ref: string;

  @Field()
  title: string;

  /** Resolved by `ActionRowResolver` unless already at hand. */
  objectiveId: string;
  objectiveEntity?: ObjectiveEntity;

  @Field(() => Pillar)
  pillar: Pillar;

  /** Resolved by `ActionRowResolver`. */
  leadAgencyId: string;

  @Field(() => GraphQLDate)
  dueDate: string;

  @Field(() => ActionStatus)
  status: RuleStatus;

  @Field(() => Float)
  progress: number;

  @Field(() => RagEnum, { nullable: true })
  rag: Rag | null;

  @Field(() => [RagReasonEnum])
  ragReasons: RagReason[];

  @Field(() => Int)
  daysOverdue: number;
}

@ObjectType('MilestoneRow', { description: "A milestone overdue as of the report's asOf date." })
export class MilestoneRow {
  @Field(() => Milestone)
  milestone: MilestoneEntity;

  @Field(() => Action)
  action: ActionEntity;

  @Field(() => GraphQLDate)
  dueDate: string;

  @Field(() => Int)
  daysOverdue: number;
}

@ObjectType('StatusCounts', { description: 'Non-cancelled actions by status.' })
export class StatusCounts {
  @Field(() => Int)
  notStarted: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  onHold: number;

  @Field(() => Int)
  completed: number;
}

@ObjectType('RagCounts', { description: 'Non-cancelled actions by derived RAG.' })
export class RagCounts {
  @Field(() => Int)
  red: number;

  @Field(() => Int)
  amber: number;

  @Field(() => Int)
  green: number;

  @Field(() => Int)
  blue: number;
}

@ObjectType('RollUp', { description: 'Figures for a group of actions; cancelled actions are counted only in `cancelled`.' })
export class RollUpType {
  @Field(() => Int, { description: 'Actions other than cancelled ones.' })
  total: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  dueSoon: number;

  @Field(() => Int, { description: 'Open actions with no update within the partnership\'s staleAfterDays.' })
  stale: number;

  @Field(() => Float, { description: 'Mean progress of the non-cancelled actions, rounded half-up to one decimal; 0 when none.' })
  progress: number;

  @Field(() => StatusCounts)
  byStatus: StatusCounts;

  @Field(() => RagCounts)
  byRag: RagCounts;
}

@ObjectType('PillarRollUp')
export class PillarRollUp {
  @Field(() => Pillar)
  pillar: Pillar;

  @Field(() => RollUpType)
  rollUp: RollUpType;
}

@ObjectType('ObjectiveRollUp')
export class ObjectiveRollUp {
  @Field(() => Objective)
  objective: ObjectiveEntity;

  @Field(() => RollUpType)
  rollUp: RollUpType;
}

@ObjectType('AgencyRollUp', { description: 'Roll-up of the actions an agency leads.' })
export class AgencyRollUp {
  /** Resolved by `AgencyRollUpResolver`. */
  agencyId: string;

  @Field(() => RollUpType)
  rollUp: RollUpType;
}

@ObjectType('ActionChange', { description: "An action whose status or derived RAG differs between `since` and `asOf`." })
export class ActionChange {
  @Field(() => Action)
  action: ActionEntity;

  @Field()
  ref: string;

  @Field(() => ActionStatus)
  statusBefore: RuleStatus;

  @Field(() => ActionStatus)
  statusAfter: RuleStatus;

  @Field(() => RagEnum, { nullable: true })
  ragBefore: Rag | null;

  @Field(() => RagEnum, { nullable: true })
  ragAfter: Rag | null;
}

@ObjectType('BoardReport')
export class BoardReport {
  @Field(() => DeliveryPlan)
  deliveryPlan: DeliveryPlanEntity;

  @Field(() => Partnership)
  partnership: PartnershipEntity;

  @Field(() => GraphQLDate)
  asOf: string;

  @Field(() => GraphQLDate, { nullable: true })
  since: string | null;

  @Field(() => RollUpType)
  overall: RollUpType;

  @Field(() => [PillarRollUp], { description: "All four pillars in the 4 P's order, empty ones included." })
  byPillar: PillarRollUp[];

  @Field(() => [ObjectiveRollUp], { description: "Every objective of the plan's strategy, in strategy order, empty ones included." })
  byObjective: ObjectiveRollUp[];

  @Field(() => [AgencyRollUp], { description: 'Every agency leading at least one action of the plan (cancelled ones included), by name.' })
  byAgency: AgencyRollUp[];

  @Field(() => [ActionRow], { description: 'Most days overdue first, then by ref.' })
  overdueActions: ActionRow[];

  @Field(() => [MilestoneRow], { description: "Milestones overdue as of asOf (their action not cancelled), most days overdue first, then by the action's ref." })
  overdueMilestones: MilestoneRow[];

  @Field(() => [ActionRow], { description: 'Open actions due within dueSoonDays of asOf (inclusive), soonest first, then by ref.' })
  dueSoon: ActionRow[];

  @Field(() => [ActionRow], { description: 'Open actions with no update in the staleAfterDays before asOf, by ref.' })
  staleActions: ActionRow[];

  @Field(() => [ActionChange], { description: 'Empty unless `since` is given; by ref.' })
  changes: ActionChange[];

  @Field(() => [ProgressUpdate], { description: 'Updates with since < reportedOn ≤ asOf, by reportedOn then the order recorded; empty unless `since` is given.' })
  updatesSince: ProgressUpdateEntity[];
}
