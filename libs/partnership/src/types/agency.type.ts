import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyKind } from '../entities/agency.entity';

registerEnumType(AgencyKind, { name: 'AgencyKind' });

@ObjectType('Agency')
export class Agency {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;
}
