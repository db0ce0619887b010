import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { GraphQLDate, Trimmed } from '@app/common';
import { TITLE_MAX } from '@app/domain';

@ObjectType('BoardMeeting', { description: "A meeting of the partnership's board, past or planned." })
export class BoardMeeting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLDate, { description: 'The day of the meeting.' })
  date: string;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to refuse a stale edit (CONFLICT).' })
  version: number;
}

@InputType()
export class CreateBoardMeetingInput {
  @Field(() => ID)
  partnershipId: string;

  @Field({ description: 'E.g. "Board, Q3 2026".' })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => GraphQLDate, { description: 'Past or planned.' })
  date: string;
}

/** Only the fields given change. */
@InputType()
export class UpdateBoardMeetingInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  date?: string | null;

  @Field(() => Int, { nullable: true, description: 'When given, must be the current version (else CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
