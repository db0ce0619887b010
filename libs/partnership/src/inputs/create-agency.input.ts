import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '@app/common';
import { AgencyKind } from '../entities/agency.entity';

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

  @Field(() => ID, { nullable: true, description: 'Also add the new agency to this partnership.' })
  @IsOptional()
  partnershipId?: string;
}
