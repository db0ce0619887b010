import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Role } from '@app/domain';

@InputType()
export class SetMembershipInput {
  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  partnershipId: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}
