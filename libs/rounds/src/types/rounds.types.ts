import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@app/common';
import { ReturnStatus } from '@app/domain';

/** A reporting round row. */
export interface RoundRow {
  id: string;
  partnershipId: string;
  deliveryPlanId: string;
  title: string;
  opensOn: string;
  deadline: string;
  graceWorkingDays: number;
  graceEndsOn: string;
  closedOn: string | null;
  createdAt: Date;
}

/** One return due in a round, as `RETURNS_DUE_SQL` reads it. */
export interface DueReturnRow {
  roundId: string;
  actionId: string;
  agencyId: string;
  progressUpdateId: string | null;
  returnedOn: string | null;
  status: ReturnStatus;
  acknowledged: boolean;
  /** True when the day read is after the round's deadline. */
  pastDeadline: boolean;
}

/** An agency's compliance counts. */
export interface ComplianceRow {
  agencyId: string;
  due: number;
  onTime: number;
  late: number;
  missed: number;
  outstanding: number;
  acknowledged: number;
}

@ObjectType('ReportingRound', { description: 'A round of returns asked of each agency on a delivery plan, usually before a board meeting.' })
export class ReportingRound {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLDate, { description: 'The first day returns are asked for.' })
  opensOn: string;

  @Field(() => GraphQLDate, { description: 'The last day a return is on time.' })
  deadline: string;

  @Field(() => Int, { description: 'Working days (England and Wales, bank holidays excluded) after the deadline in which a return is late but counts.' })
  graceWorkingDays: number;

  @Field(() => GraphQLDate, { description: 'The last day of grace.' })
  graceEndsOn: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day a coordinator closed the round by hand, if they did.' })
  closedOn: string | null;
}

@ObjectType('DueReturn', { description: 'A return asked of an agency on one action in a round.' })
export class DueReturn {
  @Field(() => ReturnStatus)
  status: ReturnStatus;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day the return that counts for the round was recorded.' })
  returnedOn: string | null;

  @Field({ description: 'True when a coordinator has acknowledged the return.' })
  acknowledged: boolean;
}

@ObjectType('AgencyCompliance', {
  description:
    "An agency's returns in one round or summed over rounds: due = onTime + late + missed + outstanding; acknowledged counts returns made and acknowledged.",
})
export class AgencyCompliance {
  @Field(() => Int)
  due: number;

  @Field(() => Int, { description: 'Made from the opening day to the deadline.' })
  onTime: number;

  @Field(() => Int, { description: 'Made after the deadline, within grace.' })
  late: number;

  @Field(() => Int, { description: 'Not made by the end of grace (or the day the round was closed).' })
  missed: number;

  @Field(() => Int, { description: 'Not made yet, the round still taking returns.' })
  outstanding: number;

  @Field(() => Int)
  acknowledged: number;
}

@ObjectType('RoundAgencyReturns', { description: "One agency's returns in a round: what is due, done and late, with its compliance." })
export class RoundAgencyReturns {
  agencyId: string;
  rows: DueReturnRow[];
  counts: ComplianceRow;
}

@ObjectType('ReturnQuery', { description: "A coordinator's query on a return, or a partner's answer to one (a short thread on the return)." })
export class ReturnQuery {
  @Field(() => ID)
  id: string;

  @Field()
  comment: string;

  @Field(() => ID, { nullable: true, description: 'The query this answers; null for a query.' })
  answersQueryId: string | null;

  @Field()
  createdAt: Date;
}

/** A return_query row. */
export interface ReturnQueryRow {
  id: string;
  partnershipId: string;
  progressUpdateId: string;
  answersQueryId: string | null;
  authorId: string;
  comment: string;
  createdAt: Date;
}

@ObjectType('ReminderSettings', { description: "A partnership's reminder e-mails for reporting rounds; each step can be switched off." })
export class ReminderSettings {
  @Field(() => [Int], { description: 'Days before the deadline on which agencies with returns outstanding are reminded (default 7 and 1); empty for none.' })
  daysBefore: number[];

  @Field({ description: 'Remind on the deadline day (default on).' })
  onDeadline: boolean;

  @Field({ description: "The day after grace ends, e-mail each agency's lead contact and the coordinators about missed returns (default on)." })
  escalateAfterGrace: boolean;
}
