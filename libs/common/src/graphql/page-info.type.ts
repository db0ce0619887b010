import { Field, ObjectType } from '@nestjs/graphql';

/** Relay-style paging state shared by every connection. */
@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
