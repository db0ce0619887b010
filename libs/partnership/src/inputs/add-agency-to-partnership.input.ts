import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddAgencyToPartnershipInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => ID)
  agencyId: string;
}
