import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { GraphQLDate, Trimmed } from '@app/common';
import { Pillar } from '../entities/objective.entity';
import { StrategyStatus } from '../entities/strategy.entity';

const TITLE_MAX = 300;
const TEXT_MAX = 5000;

@InputType()
export class CreateStrategyInput {
  @Field(() => ID)
  partnershipId: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => GraphQLDate)
  startDate: string;

  @Field(() => GraphQLDate, { description: 'On or after startDate.' })
  endDate: string;

  @Field(() => StrategyStatus, { nullable: true, description: 'Default DRAFT.' })
  @IsOptional()
  @IsEnum(StrategyStatus)
  status?: StrategyStatus;
}

@InputType()
export class CreateObjectiveInput {
  @Field(() => ID)
  strategyId: string;

  @Field(() => Pillar)
  @IsEnum(Pillar)
  pillar: Pillar;

  @Field({ description: 'Unique within the strategy, e.g. "PV1".' })
  @Trimmed()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,19}$/, { message: 'code must be 1-20 letters, digits, dots, hyphens or slashes' })
  code: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;
}

@InputType()
export class CreateDeliveryPlanInput {
  @Field(() => ID)
  strategyId: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => GraphQLDate)
  startDate: string;

  @Field(() => GraphQLDate, { description: 'On or after startDate.' })
  endDate: string;
}

const REF = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,19}$/;
const REF_MESSAGE = 'ref must be 1-20 letters, digits, dots, hyphens or slashes, e.g. "2.3"';

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => ID, { description: "An objective of the plan's strategy." })
  objectiveId: string;

  @Field({ description: 'Unique within the plan, e.g. "2.3".' })
  @Trimmed()
  @IsString()
  @Matches(REF, { message: REF_MESSAGE })
  ref: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  successMeasure?: string | null;

  @Field(() => ID, { description: 'An agency of the partnership.' })
  leadAgencyId: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  supportingAgencyIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  leadOfficerId?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => GraphQLDate, { description: 'On or after startDate.' })
  dueDate: string;
}

/** Only the fields given change; `null` clears an optional field. */
@InputType()
export class UpdateActionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  objectiveId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(REF, { message: REF_MESSAGE })
  ref?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  successMeasure?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  leadAgencyId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  supportingAgencyIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  leadOfficerId?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  dueDate?: string | null;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  actionId: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => GraphQLDate)
  dueDate: string;
}
