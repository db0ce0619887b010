import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { Partnership } from '@app/partnership';

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  isAdmin: boolean;

  @Field(() => Date, { nullable: true, description: 'When the account was deactivated (it can no longer sign in); null while active.' })
  deactivatedAt?: Date | null;
}

@ObjectType('Membership')
export class Membership {
  @Field(() => Partnership)
  partnership: Partnership;

  @Field(() => Role)
  role: Role;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => User)
  user: User;

  @Field({ description: 'When the token stops working (ISO 8601).' })
  expiresAt: Date;
}
