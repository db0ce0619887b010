import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLDate } from '@app/common';
import { ActionStatus, Pillar, Rag } from '@app/domain';

/** Every criterion given must hold (AND). Computed criteria (status, rag, overdue) are as of today. */
@InputType('ActionFilter')
export class ActionFilter {
  @Field(() => Pillar, { nullable: true })
  @IsOptional()
  @IsEnum(Pillar)
  pillar?: Pillar | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  objectiveId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actions this agency leads.' })
  @IsOptional()
  leadAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actions this agency leads or supports.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => [ActionStatus], { nullable: true, description: 'Status as of today is any of these; an empty list does not filter.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ActionStatus, { each: true })
  status?: ActionStatus[] | null;

  @Field(() => [Rag], {
    nullable: true,
    description: 'Derived RAG as of today is any of these (cancelled actions have none, so never match); an empty list does not filter.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Rag, { each: true })
  rag?: Rag[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Overdue as of today (true) or not (false).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Due on or before this date (inclusive).' })
  @IsOptional()
  dueBefore?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Due on or after this date (inclusive).' })
  @IsOptional()
  dueAfter?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text in the ref, title or description; % and _ match themselves. Blank does not filter.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
