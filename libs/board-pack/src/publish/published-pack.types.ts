import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PackDifferenceKind, TEXT_MAX } from '@app/domain';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { GraphQLDate, Trimmed } from '@app/common';

@ObjectType({ description: 'One thing two versions of a board pack say differently.' })
export class PackDifference {
  @Field(() => PackDifferenceKind)
  kind: PackDifferenceKind;

  @Field({ description: '"overall.byRag.red", "PREVENT.progress", "1.2.status"; for an added or removed action, its ref.' })
  path: string;

  @Field(() => String, { nullable: true, description: 'The P of a PILLAR figure, the ref of an action; null for the whole plan.' })
  ref: string | null;

  @Field(() => String, { nullable: true, description: 'The value before, as text (lists joined by ", "); null when absent.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as text; null when absent.' })
  after: string | null;
}

@ObjectType({ description: 'One frozen file of a published board pack.' })
export class PublishedPackFile {
  @Field({ description: 'SHA-256 of the bytes, lower-case hex: the same for every download, forever.' })
  sha256: string;

  @Field(() => Int)
  bytes: number;

  @Field({ description: 'Where to download it with a bearer token (same permissions as the board report).' })
  path: string;
}

@ObjectType({ description: 'A board pack as published: its data and files frozen, with the rules and settings in force.' })
export class PublishedBoardPack {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => Int, { description: 'Starts at 1 for a plan, asOf and since; a republication of the same dates is the next version (the old one stays).' })
  version: number;

  @Field(() => GraphQLDate)
  asOf: string;

  @Field(() => GraphQLDate, { nullable: true })
  since: string | null;

  @Field(() => ID, { nullable: true, description: 'The board meeting the pack was published for, when given.' })
  boardMeetingId: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting title, as frozen when published.' })
  meetingTitle: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The meeting date, as frozen when published.' })
  meetingDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was published again (every version after the first has one).' })
  reason: string | null;

  @Field(() => Int, { description: 'The partnership setting in force when published.' })
  staleAfterDays: number;

  @Field(() => Int, { description: 'The partnership setting in force when published.' })
  dueSoonDays: number;

  @Field({ description: 'The version of the RAG and roll-up rules that produced the figures.' })
  ruleVersion: string;

  @Field({ description: 'When it was published (printed in the pack).' })
  publishedAt: Date;

  publishedById: string;

  @Field({ description: 'SHA-256 of the frozen report data (the .json download).' })
  dataSha256: string;

  @Field(() => PublishedPackFile)
  pdf: PublishedPackFile;

  @Field(() => PublishedPackFile)
  xlsx: PublishedPackFile;

  @Field(() => PublishedPackFile)
  csv: PublishedPackFile;

  partnershipId: string;
}

@ObjectType({ description: 'What changed between two published packs of a plan.' })
export class BoardPackComparison {
  @Field(() => PublishedBoardPack)
  from: PublishedBoardPack;

  @Field(() => PublishedBoardPack)
  to: PublishedBoardPack;

  @Field(() => [PackDifference], { description: 'Figure by figure (whole plan, then each P) and action by action, by ref.' })
  differences: PackDifference[];
}

@ObjectType({ description: "The coordinator's commentary drafts for a plan's next board pack, printed after its title page." })
export class BoardPackCommentary {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field({ description: 'Executive summary (up to 10,000 characters).' })
  summary: string;

  @Field()
  prevent: string;

  @Field()
  pursue: string;

  @Field()
  protect: string;

  @Field()
  prepare: string;

  @Field(() => Int, { description: 'Optimistic lock: pass it back to saveBoardPackCommentary.' })
  version: number;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@InputType()
export class PublishBoardPackInput {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Default today in the partnership's time zone." })
  @IsOptional()
  asOf?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Before asOf; the "changes since" date.' })
  @IsOptional()
  since?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The board meeting this pack is for, one of the partnership's (else NOT_FOUND); its title and date are frozen in the pack unless meetingTitle or meetingDate are given.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'boardMeetingId must be an id' })
  boardMeetingId?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 200 characters, printed on the title page.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  meetingTitle?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  meetingDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required (1 to 2,000 characters) when the plan already has a pack for these dates: why it is published again.',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class SaveBoardPackCommentaryInput {
  @Field(() => ID)
  deliveryPlanId: string;

  @Field(() => Int, { description: 'The version read (0 when there is no draft yet); a stale one is CONFLICT.' })
  version: number;

  @Field({ description: 'Up to 10,000 characters.' })
  @Trimmed()
  @IsString()
  @MaxLength(10000)
  summary: string;

  @Field({ description: 'Up to 5,000 characters.' })
  @Trimmed()
  @IsString()
  @MaxLength(TEXT_MAX)
  prevent: string;

  @Field()
  @Trimmed()
  @IsString()
  @MaxLength(TEXT_MAX)
  pursue: string;

  @Field()
  @Trimmed()
  @IsString()
  @MaxLength(TEXT_MAX)
  protect: string;

  @Field()
  @Trimmed()
  @IsString()
  @MaxLength(TEXT_MAX)
  prepare: string;
}
