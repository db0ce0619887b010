import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** The tenant: everything below it (strategies, plans, actions) belongs to exactly one partnership. */
@ObjectType('Partnership')
export class Partnership {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field({ description: 'IANA timezone in which "today" is reckoned.' })
  timezone: string;

  @Field(() => Int, { description: 'An open action with no update for longer than this is stale (NO_RECENT_UPDATE).' })
  staleAfterDays: number;

  @Field(() => Int, { description: 'An open action due within this many days is due soon.' })
  dueSoonDays: number;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to updatePartnership to refuse a stale edit (CONFLICT).' })
  version: number;
}
