import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '@app/common';
import { AgencyKind } from '@app/domain';

@InputType()
export class CreateAgencyInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind: AgencyKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Also add the new agency to this partnership, which owns it: other partnerships do not see it unless it is shared.',
  })
  @IsOptional()
  partnershipId?: string;

  @Field({ nullable: true, description: 'Admins only: visible to every coordinator. Default: true for an agency of no partnership, else false.' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}
