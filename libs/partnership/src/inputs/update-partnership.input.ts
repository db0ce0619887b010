import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { canonicalTimezone, isValidTimezone } from '@app/calendar';
import { GraphQLDate, IsTimezone, Trimmed } from '@app/common';

/** Only the fields given change. The two settings have history (docs/rules.md "The plan as of a date"). */
@InputType()
export class UpdatePartnershipInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA timezone.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && isValidTimezone(value) ? (canonicalTimezone(value) ?? value) : value))
  @IsTimezone()
  timezone?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 3650; takes effect from `effectiveFrom`.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  staleAfterDays?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 3650; takes effect from `effectiveFrom`.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  dueSoonDays?: number | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      "The day the settings take effect (default today in the partnership's timezone, never in the future): reports as of an " +
      'earlier day apply the settings in force then. A back-dated day corrects history from that day on (audited as such).',
  })
  @IsOptional()
  effectiveFrom?: string | null;

  @Field(() => Int, { nullable: true, description: 'When given, must be the current version (else CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
