import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '@app/common';
import { AgencyKind } from '@app/domain';

/** An admin's correction of an agency: every field optional, an omitted one is left as it is. */
@InputType()
export class UpdateAgencyInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;

  @Field({ nullable: true, description: 'Shared agencies are visible to every coordinator on the platform.' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}
