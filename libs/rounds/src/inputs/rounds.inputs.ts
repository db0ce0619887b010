import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLDate, Trimmed } from '@app/common';
import { DigestFrequency, RoundCadence } from '@app/domain';

@InputType()
export class CreateReportingRoundInput {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => String, { nullable: true, description: 'Default "Returns due <deadline>". 1 to 200 characters.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string | null;

  @Field(() => GraphQLDate)
  opensOn: string;

  @Field(() => GraphQLDate, { description: 'On or after opensOn.' })
  deadline: string;

  @Field(() => Int, { description: 'Working days of grace after the deadline, 0 to 60.' })
  @IsInt()
  @Min(0)
  @Max(60)
  graceWorkingDays: number;

  @Field(() => [ID], { nullable: true, description: 'The open actions of the plan to ask returns for; default every open action.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  actionIds?: string[] | null;
}

@InputType()
export class GenerateReportingRoundsInput {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => RoundCadence)
  @IsEnum(RoundCadence)
  cadence: RoundCadence;

  @Field(() => GraphQLDate, { description: 'The first round opens on this day; each later one a month (or three) after it.' })
  from: string;

  @Field(() => GraphQLDate, { description: 'Rounds opening after this day are not generated.' })
  until: string;

  @Field(() => Int, { description: 'Days each round stays open, its deadline the last (1 to 60; default 14).', defaultValue: 14 })
  @IsInt()
  @Min(1)
  @Max(60)
  openDays: number;

  @Field(() => Int, { description: 'Working days of grace after each deadline, 0 to 60 (default 5).', defaultValue: 5 })
  @IsInt()
  @Min(0)
  @Max(60)
  graceWorkingDays: number;
}

@InputType()
export class SetReminderSettingsInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => [Int], { description: 'Days before the deadline to remind (1 to 60 each, at most 5); empty to switch these off.' })
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(60, { each: true })
  daysBefore: number[];

  @Field()
  @IsBoolean()
  onDeadline: boolean;

  @Field()
  @IsBoolean()
  escalateAfterGrace: boolean;
}

export { DigestFrequency };
