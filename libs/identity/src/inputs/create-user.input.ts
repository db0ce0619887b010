import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '@app/common';
import { Role } from '@app/domain';
import { IsNewPassword, PASSWORD_RULE } from './password.rule';

@InputType()
export class CreateUserInput {
  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ description: PASSWORD_RULE })
  @IsNewPassword()
  password: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  agencyId?: string;

  @Field({ nullable: true, description: 'Only an admin may create an admin.' })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'With `role`: also make the account a member of this partnership (one the caller manages).',
  })
  @IsOptional()
  partnershipId?: string | null;

  @Field(() => Role, { nullable: true, description: 'With `partnershipId`: the role in that partnership.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;
}
