import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate, PageInfo } from '@app/common';
import { ActionChangeKind, ActionStatus, Pillar, Rag, RagReason } from '@app/domain';
import { Partnership } from '@app/partnership';
import { Action, ActionEntity, DeliveryPlan, DeliveryPlanEntity, Milestone, MilestoneEntity, Objective, ObjectiveEntity } from '@app/planning';
import { ProgressUpdate, ProgressUpdateEntity } from '@app/progress';
import type { PartnershipEntity } from '@app/partnership';
import { BoardMeeting } from './board-meeting.type';

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
  status: ActionStatus;

  @Field(() => Float)
  progress: number;

  @Field(() => Rag, { nullable: true })
  rag: Rag | null;

  @Field(() => [RagReason])
  ragReasons: RagReason[];

  @Field(() => Int)
  daysOverdue: number;

  /** The report's date: the revisions shown are those in effect by then. */
  asOf: string;
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

  @Field(() => Int, { description: "Open actions with no update within the partnership's staleAfterDays." })
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

@ObjectType('ActionChange', {
  description:
    'An action that changed between `since` and `asOf`: status or derived RAG (with the reasons before and after), added to or ' +
    'removed from the plan, due date moved, or progress moved by 10 points or more without a RAG change. For an added action ' +
    'the "before" values are NOT_STARTED with no RAG; for a removed one the "after" values are its last ones in the plan with no RAG.',
})
export class ActionChange {
  @Field(() => [ActionChangeKind])
  kinds: ActionChangeKind[];

  @Field(() => [RagReason])
  ragReasonsBefore: RagReason[];

  @Field(() => [RagReason])
  ragReasonsAfter: RagReason[];

  @Field(() => Float, { nullable: true })
  progressBefore: number | null;

  @Field(() => Float, { nullable: true })
  progressAfter: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The due date in force at since (null for an added action).' })
  dueDateBefore: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The due date in force at asOf (null for a removed action).' })
  dueDateAfter: string | null;

  @Field(() => Action)
  action: ActionEntity;

  @Field()
  ref: string;

  @Field(() => ActionStatus)
  statusBefore: ActionStatus;

  @Field(() => ActionStatus)
  statusAfter: ActionStatus;

  @Field(() => Rag, { nullable: true })
  ragBefore: Rag | null;

  @Field(() => Rag, { nullable: true })
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

  @Field(() => BoardMeeting, {
    nullable: true,
    description: '`since` was omitted, so the report compares with this board meeting, the latest before asOf (`since` is its date).',
  })
  sinceBoardMeeting: BoardMeeting | null;

  @Field(() => Int, { description: "The partnership's staleAfterDays in force at asOf, which this report applies." })
  staleAfterDays: number;

  @Field(() => Int, { description: "The partnership's dueSoonDays in force at asOf, which this report applies." })
  dueSoonDays: number;

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
