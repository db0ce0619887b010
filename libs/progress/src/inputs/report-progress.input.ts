import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLDate, Trimmed } from '@app/common';
import { ActionStatus, Rag, REPORTABLE_RAGS, TEXT_MAX } from '@app/domain';

@InputType()
export class ReportProgressInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: "Default today in the partnership's timezone; never in the future, nor before the delivery plan's start date. Back-dating is allowed.",
  })
  @IsOptional()
  reportedOn?: string | null;

  @Field({ description: '1 to 5,000 characters after trimming.' })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  narrative: string;

  @Field(() => Int, { description: '0 to 100; must be 100 when status is COMPLETED.' })
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete: number;

  @Field(() => ActionStatus, {
    description: 'COMPLETED and CANCELLED only by the lead agency, a coordinator or an admin: a supporting agency is FORBIDDEN.',
  })
  @IsEnum(ActionStatus)
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "The reporter's own RAG: RED, AMBER or GREEN (BLUE is derived, never reported)." })
  @IsOptional()
  @IsIn(REPORTABLE_RAGS, { message: 'rag must be RED, AMBER or GREEN' })
  rag?: Rag | null;
}
