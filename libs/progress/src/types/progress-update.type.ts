import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@app/common';
import { ActionStatus, Rag } from '@app/domain';

/** One append-only progress report; relations (action, author, agency) are field resolvers. */
@ObjectType('ProgressUpdate')
export class ProgressUpdate {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLDate, { description: 'The date the report speaks for (may be back-dated, never in the future).' })
  reportedOn: string;

  @Field()
  narrative: string;

  @Field(() => Int)
  percentComplete: number;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "The reporter's own RAG, if given." })
  rag: Rag | null;

  @Field({ description: 'True for a return that confirms "no change" since the last one (its narrative is a fixed text saying so).' })
  noChange: boolean;

  @Field(() => GraphQLDate, { description: "The day the return was recorded, in the partnership's timezone (reporting rounds judge returns on it)." })
  recordedOn: string;

  @Field({ description: 'When the report was recorded.' })
  createdAt: Date;
}
