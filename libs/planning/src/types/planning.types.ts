import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '@app/common';
import { ActionStatus } from '../entities/action.entity';
import { Pillar } from '../entities/objective.entity';
import { StrategyStatus } from '../entities/strategy.entity';

registerEnumType(Pillar, { name: 'Pillar', description: 'The 4 P\'s, always reported in this order.' });
registerEnumType(StrategyStatus, { name: 'StrategyStatus' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });

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
}
