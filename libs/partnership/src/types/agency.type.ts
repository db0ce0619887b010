import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyKind } from '@app/domain';

@ObjectType('Agency')
export class Agency {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field({ description: 'Visible to every coordinator on the platform; otherwise only to the partnership that made it and those it was added to.' })
  shared: boolean;
}
