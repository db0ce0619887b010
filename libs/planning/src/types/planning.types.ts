import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@app/common';
import { Pillar, StrategyStatus } from '@app/domain';

@ObjectType('Strategy')
export class Strategy {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLDate)
  startDate: string;

  @Field(() => GraphQLDate)
  endDate: string;

  @Field(() => StrategyStatus)
  status: StrategyStatus;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to an update to refuse a stale edit (CONFLICT).' })
  version: number;
}

@ObjectType('Objective')
export class Objective {
  @Field(() => ID)
  id: string;

  @Field(() => Pillar)
  pillar: Pillar;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day it was retired from the strategy, or null.' })
  removedOn: string | null;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to an update to refuse a stale edit (CONFLICT).' })
  version: number;
}

@ObjectType('DeliveryPlan')
export class DeliveryPlan {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLDate)
  startDate: string;

  @Field(() => GraphQLDate)
  endDate: string;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to an update to refuse a stale edit (CONFLICT).' })
  version: number;
}

/** Computed fields (status, progress, rag...) are resolved by the progress feature, as of today. */
@ObjectType('Action')
export class Action {
  @Field(() => ID)
  id: string;

  @Field()
  ref: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  successMeasure: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  startDate: string | null;

  @Field(() => GraphQLDate)
  dueDate: string;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to updateAction.' })
  version: number;

  @Field(() => GraphQLDate, { description: 'The day it entered the plan; reports as of an earlier date leave it out.' })
  inPlanSince: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day it was taken out of the plan (entered by mistake), or null.' })
  removedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was taken out of the plan.' })
  removalReason: string | null;
}

@ObjectType('Milestone')
export class Milestone {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLDate)
  dueDate: string;

  @Field(() => GraphQLDate, { nullable: true })
  completedOn: string | null;

  @Field(() => Int, { description: 'Order within its action.' })
  position: number;

  @Field(() => GraphQLDate, { description: 'The day it entered the plan; reports as of an earlier date leave it out.' })
  inPlanSince: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day it was taken out of the plan, or null.' })
  removedOn: string | null;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to an update to refuse a stale edit (CONFLICT).' })
  version: number;
}

/** One move of an action's due date (a re-baseline), as recorded when it was made. */
@ObjectType('DueDateRevision', { description: "A move of an action's due date: when it was made, by whom, from → to, and from which day it applies." })
export class DueDateRevision {
  @Field(() => GraphQLDate)
  from: string;

  @Field(() => GraphQLDate)
  to: string;

  @Field(() => GraphQLDate, { description: 'The day the new due date took effect (earlier than changedAt for a back-dated correction).' })
  effectiveFrom: string;

  @Field(() => Date, { description: 'When the move was recorded.' })
  changedAt: Date;

  /** Resolved to `changedBy`; null for a move made outside the API (import defaults, seed). */
  changedById: string | null;
}
