import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { canonicalTimezone, isValidTimezone } from '@app/calendar';
import { IsTimezone, Trimmed } from '@app/common';

@InputType()
export class CreatePartnershipInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ description: 'Lower-case letters, digits and hyphens; unique.' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters, digits and single hyphens' })
  @MaxLength(80)
  slug: string;

  @Field({ nullable: true, description: 'IANA timezone; default Europe/London.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && isValidTimezone(value) ? (canonicalTimezone(value) ?? value) : value))
  @IsTimezone()
  timezone?: string;

  @Field(() => Int, { nullable: true, description: 'Default 30.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  staleAfterDays?: number;

  @Field(() => Int, { nullable: true, description: 'Default 30.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  dueSoonDays?: number;
}
