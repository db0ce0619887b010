import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLDate, Trimmed } from '@app/common';
import { Pillar, REF_PATTERN, REF_RULE, StrategyStatus, TEXT_MAX, TITLE_MAX } from '@app/domain';

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
  @Matches(REF_PATTERN, { message: `code must be ${REF_RULE}` })
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

const IN_PLAN_SINCE =
  "The day it entered the plan (default today in the partnership's timezone, never in the future); reports as of an earlier " +
  'date leave it out. Set it earlier when entering a plan that has run for a while, as back-dated returns are.';
const EFFECTIVE_FROM =
  "The day the change takes effect (default today in the partnership's timezone, never in the future): reports as of an " +
  'earlier day keep the values before it. A back-dated day corrects history from that day on (audited as such).';

const REF_MESSAGE = `ref must be ${REF_RULE}, e.g. "2.3"`;

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => ID, { description: "An objective of the plan's strategy." })
  objectiveId: string;

  @Field({ description: 'Unique within the plan, e.g. "2.3".' })
  @Trimmed()
  @IsString()
  @Matches(REF_PATTERN, { message: REF_MESSAGE })
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

  @Field(() => GraphQLDate, { nullable: true, description: IN_PLAN_SINCE })
  @IsOptional()
  inPlanSince?: string | null;
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
  @Matches(REF_PATTERN, { message: REF_MESSAGE })
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

  @Field(() => GraphQLDate, { nullable: true, description: EFFECTIVE_FROM })
  @IsOptional()
  effectiveFrom?: string | null;
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

  @Field(() => GraphQLDate, { nullable: true, description: IN_PLAN_SINCE })
  @IsOptional()
  inPlanSince?: string | null;
}

/** Only the fields given change. */
@InputType()
export class UpdateStrategyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Its delivery plans' periods must stay within the strategy's." })
  @IsOptional()
  startDate?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'On or after startDate.' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => StrategyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(StrategyStatus)
  status?: StrategyStatus | null;

  @Field(() => Int, { nullable: true, description: 'When given, must be the current version (else CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

/** Only the fields given change. */
@InputType()
export class UpdateObjectiveInput {
  @Field(() => Pillar, { nullable: true })
  @IsOptional()
  @IsEnum(Pillar)
  pillar?: Pillar | null;

  @Field(() => String, { nullable: true, description: 'Unique within the strategy.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(REF_PATTERN, { message: `code must be ${REF_RULE}` })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true, description: '`null` clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order within its pillar (1 or more).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: EFFECTIVE_FROM })
  @IsOptional()
  effectiveFrom?: string | null;

  @Field(() => Int, { nullable: true, description: 'When given, must be the current version (else CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

/** Only the fields given change. */
@InputType()
export class UpdateDeliveryPlanInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Within the strategy's period." })
  @IsOptional()
  startDate?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "On or after startDate, within the strategy's period." })
  @IsOptional()
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'When given, must be the current version (else CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

/** Only the fields given change. */
@InputType()
export class UpdateMilestoneInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order within its action (1 or more).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: EFFECTIVE_FROM })
  @IsOptional()
  effectiveFrom?: string | null;

  @Field(() => Int, { nullable: true, description: 'When given, must be the current version (else CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
