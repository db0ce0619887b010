import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '@app/common';

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

  @Field({ description: 'At least 10 characters.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  agencyId?: string;

  @Field({ nullable: true, description: 'Only an admin may create an admin.' })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;
}
