import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, groupByKey, NoArgs, PerCaller, Permission, present } from '@app/common';
import { BoardReport } from '@app/board-report';
import { Agency, PartnershipService } from '@app/partnership';
import { Action, ActionEntity, PlanningService } from '@app/planning';
import { ProgressUpdate, ProgressUpdateEntity } from '@app/progress';
import { CreateReportingRoundInput, GenerateReportingRoundsInput, SetReminderSettingsInput } from './inputs/rounds.inputs';
import { DigestFrequency, ReturnStatus, RoundState } from '@app/domain';
import { roundState } from './rules/round-state.rule';
import { RoundsService } from './rounds.service';
import { ReturnsReadService } from './returns-read.service';
import {
  AgencyCompliance,
  ComplianceRow,
  DueReturn,
  DueReturnRow,
  ReminderSettings,
  ReportingRound,
  ReturnQuery,
  ReturnQueryRow,
  RoundAgencyReturns,
  RoundRow,
} from './types/rounds.types';

const ZERO = { due: 0, onTime: 0, late: 0, missed: 0, outstanding: 0, acknowledged: 0 };

@Resolver(() => ReportingRound)
export class ReportingRoundResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Query(() => [ReportingRound], { description: "A delivery plan's reporting rounds, latest opening first." })
  @Allow(Permission.PartnershipRead)
  reportingRounds(@CurrentActor() actor: Actor, @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string): Promise<RoundRow[]> {
    return this.rounds.roundsOfPlan(actor, deliveryPlanId);
  }

  @Query(() => ReportingRound, { description: 'One reporting round, with what each agency must return and its compliance.' })
  @Allow(Permission.PartnershipRead)
  reportingRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<RoundRow> {
    return this.rounds.round(actor, id);
  }

  @Mutation(() => ReportingRound, {
    description:
      'Opens a reporting round on a plan (coordinators). Asks a return of the lead agency of each action given, default every open action. ' +
      'BAD_USER_INPUT, nothing written: deadline before opensOn, negative grace, a window overlapping a round of the plan still taking returns, ' +
      'an action that is not an open action of the plan, a plan with no open actions.',
  })
  @Allow(Permission.RoundManage)
  createReportingRound(@CurrentActor() actor: Actor, @Args('input') input: CreateReportingRoundInput): Promise<RoundRow> {
    return this.rounds.createRound(actor, input);
  }

  @Mutation(() => [ReportingRound], {
    description: 'Opens rounds at a cadence (monthly or quarterly) from one day to another (coordinators): all of them, or none when any is refused.',
  })
  @Allow(Permission.RoundManage)
  generateReportingRounds(@CurrentActor() actor: Actor, @Args('input') input: GenerateReportingRoundsInput): Promise<RoundRow[]> {
    return this.rounds.generateRounds(actor, input);
  }

  @Mutation(() => ReportingRound, { description: 'Closes a round today (coordinators); returns after today no longer count for it.' })
  @Allow(Permission.RoundManage)
  closeReportingRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<RoundRow> {
    return this.rounds.closeRound(actor, id);
  }

  @ResolveField(() => RoundState, { description: "The round's state today in the partnership's timezone." })
  async state(round: RoundRow): Promise<RoundState> {
    return roundState(round, await this.rounds.todayOf(round.partnershipId));
  }

  @ResolveField(() => [RoundAgencyReturns], {
    description: 'Per agency asked for returns (by agency id): what is due, done and late, and its compliance, as of today.',
  })
  async agencies(round: RoundRow): Promise<RoundAgencyReturns[]> {
    const rows = await this.rounds.returnsDue([round.id], await this.rounds.todayOf(round.partnershipId));
    const byAgency = new Map<string, DueReturnRow[]>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
    return [...byAgency.entries()].map(([agencyId, list]) => {
      const counts: ComplianceRow = { agencyId, ...ZERO, due: list.length };
      for (const r of list) {
        if (r.status === ReturnStatus.ON_TIME) counts.onTime += 1;
        else if (r.status === ReturnStatus.LATE) counts.late += 1;
        else if (r.status === ReturnStatus.MISSED) counts.missed += 1;
        else counts.outstanding += 1;
        if (r.acknowledged) counts.acknowledged += 1;
      }
      return Object.assign(new RoundAgencyReturns(), { agencyId, rows: list, counts });
    });
  }

  @ResolveField(() => [AgencyCompliance], { description: "Each agency's compliance in this round as of today, computed in SQL, by agency id." })
  async compliance(round: RoundRow): Promise<ComplianceRow[]> {
    return this.rounds.compliance([round.id], await this.rounds.todayOf(round.partnershipId));
  }
}

@Resolver(() => RoundAgencyReturns)
export class RoundAgencyReturnsResolver {
  constructor(private readonly partnerships: PartnershipService) {}

  @ResolveField(() => Agency)
  agency(parent: RoundAgencyReturns, _args: NoArgs, ctx: GqlContext): Awaitable<Agency> {
    return present(this.partnerships.loadAgency(ctx.loaders, parent.agencyId));
  }

  @ResolveField(() => [DueReturn], { description: 'Every return due from the agency in the round.' })
  due(parent: RoundAgencyReturns): DueReturnRow[] {
    return parent.rows;
  }

  @ResolveField(() => [DueReturn], { description: 'Returns made, on time or late.' })
  done(parent: RoundAgencyReturns): DueReturnRow[] {
    return parent.rows.filter((r) => r.status === ReturnStatus.ON_TIME || r.status === ReturnStatus.LATE);
  }

  @ResolveField(() => [DueReturn], { description: 'Returns not made by the deadline: made late (in grace), still outstanding in grace, or missed.' })
  late(parent: RoundAgencyReturns): DueReturnRow[] {
    return parent.rows.filter((r) => r.pastDeadline && r.status !== ReturnStatus.ON_TIME);
  }

  @ResolveField(() => AgencyCompliance)
  compliance(parent: RoundAgencyReturns): ComplianceRow {
    return parent.counts;
  }
}

@Resolver(() => DueReturn)
export class DueReturnResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly partnerships: PartnershipService,
    private readonly reads: ReturnsReadService,
  ) {}

  @ResolveField(() => ReportingRound)
  round(row: DueReturnRow, _args: NoArgs, ctx: GqlContext): Awaitable<RoundRow> {
    return present(this.reads.loadRound(ctx.loaders, row.roundId));
  }

  @ResolveField(() => Action)
  action(row: DueReturnRow, _args: NoArgs, ctx: GqlContext): Awaitable<ActionEntity> {
    return present(this.planning.loadAction(ctx.loaders, row.actionId));
  }

  @ResolveField(() => Agency, { description: 'The agency the return is due from (the lead agency when the round was opened).' })
  agency(row: DueReturnRow, _args: NoArgs, ctx: GqlContext): Awaitable<Agency> {
    return present(this.partnerships.loadAgency(ctx.loaders, row.agencyId));
  }

  @ResolveField(() => ProgressUpdate, { nullable: true, description: 'The return that counts for the round: the first recorded from opening to the end of grace.' })
  progressUpdate(row: DueReturnRow, _args: NoArgs, ctx: GqlContext): Awaitable<ProgressUpdateEntity | null> {
    return row.progressUpdateId ? this.reads.loadUpdate(ctx.loaders, row.progressUpdateId) : null;
  }
}

@Resolver(() => AgencyCompliance)
export class AgencyComplianceResolver {
  constructor(private readonly partnerships: PartnershipService) {}

  @ResolveField(() => Agency)
  agency(row: ComplianceRow, _args: NoArgs, ctx: GqlContext): Awaitable<Agency> {
    return present(this.partnerships.loadAgency(ctx.loaders, row.agencyId));
  }
}

/** Returns as a partner and a coordinator see them: what I must return, no change, acknowledgement and queries. */
@Resolver(() => ProgressUpdate)
export class ReturnReviewResolver {
  constructor(
    private readonly rounds: RoundsService,
    private readonly reads: ReturnsReadService,
  ) {}

  @Query(() => [DueReturn], {
    description:
      "Returns the caller's agency must still make, across their partnerships, in rounds open or in grace today (soonest deadline first). The web app's /my-actions list.",
  })
  @Allow(Permission.Authenticated)
  @PerCaller()
  myReturnsDue(@CurrentActor() actor: Actor): Promise<DueReturnRow[]> {
    return this.rounds.myReturnsDue(actor);
  }

  @Mutation(() => ProgressUpdate, {
    description:
      'Confirms that nothing changed on an action since its last return: a return flagged noChange, with the current status, percent and RAG and a fixed narrative saying so. ' +
      'Partners for actions their agency leads or supports; coordinators any. With roundId, the round must ask a return for the action.',
  })
  @Allow(Permission.ProgressReportAny, Permission.ProgressReportOwn)
  async confirmNoChange(
    @CurrentActor() actor: Actor,
    @Args('actionId', { type: () => ID }) actionId: string,
    @Args('roundId', { type: () => ID, nullable: true }) roundId: string | null,
    @Context() ctx: GqlContext,
  ): Promise<ProgressUpdateEntity> {
    const update = await this.rounds.confirmNoChange(actor, actionId, roundId);
    ctx.loaders.clearAll();
    return update;
  }

  @Mutation(() => ProgressUpdate, { description: 'Acknowledges a return (coordinators); acknowledging it again changes nothing.' })
  @Allow(Permission.RoundManage)
  async acknowledgeReturn(
    @CurrentActor() actor: Actor,
    @Args('progressUpdateId', { type: () => ID }) progressUpdateId: string,
    @Context() ctx: GqlContext,
  ): Promise<ProgressUpdateEntity> {
    const id = await this.rounds.acknowledgeReturn(actor, progressUpdateId);
    ctx.loaders.clearAll();
    return present(this.reads.loadUpdate(ctx.loaders, id));
  }

  @Mutation(() => ReturnQuery, {
    description: 'Queries a return with a comment (coordinators); the partner answers with answerReturnQuery. comment: 1 to 2,000 characters.',
  })
  @Allow(Permission.RoundManage)
  queryReturn(
    @CurrentActor() actor: Actor,
    @Args('progressUpdateId', { type: () => ID }) progressUpdateId: string,
    @Args('comment') comment: string,
  ): Promise<ReturnQueryRow> {
    return this.rounds.queryReturn(actor, progressUpdateId, comment);
  }

  @Mutation(() => ReturnQuery, {
    description: 'Answers a query on a return: partners of the agency that leads or supports the action, or coordinators. comment: 1 to 2,000 characters.',
  })
  @Allow(Permission.ProgressReportAny, Permission.ProgressReportOwn)
  answerReturnQuery(@CurrentActor() actor: Actor, @Args('queryId', { type: () => ID }) queryId: string, @Args('comment') comment: string): Promise<ReturnQueryRow> {
    return this.rounds.answerQuery(actor, queryId, comment);
  }

  @ResolveField(() => Boolean, { description: 'True when a coordinator has acknowledged this return.' })
  acknowledged(update: ProgressUpdateEntity, _args: NoArgs, ctx: GqlContext): Awaitable<boolean> {
    return this.reads.loadAcknowledged(ctx.loaders, update.id);
  }

  @ResolveField(() => [ReturnQuery], { description: 'Queries on this return and their answers, in the order written.' })
  queries(update: ProgressUpdateEntity, _args: NoArgs, ctx: GqlContext): Awaitable<ReturnQueryRow[]> {
    return ctx.loaders
      .get<string, ReturnQueryRow[]>('returnQuery.byUpdate', async (ids) => groupByKey(ids, await this.rounds.loadThreads([...ids]), (q) => q.progressUpdateId))
      .now(update.id);
  }
}

@Resolver(() => ReminderSettings)
export class ReminderSettingsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Query(() => ReminderSettings, { description: "A partnership's reminder e-mail steps for reporting rounds." })
  @Allow(Permission.PartnershipRead)
  reminderSettings(@CurrentActor() actor: Actor, @Args('partnershipId', { type: () => ID }) partnershipId: string): Promise<ReminderSettings> {
    return this.rounds.reminderSettings(actor, partnershipId);
  }

  @Mutation(() => ReminderSettings, { description: "Sets a partnership's reminder steps (coordinators); each can be switched off." })
  @Allow(Permission.RoundManage)
  setReminderSettings(@CurrentActor() actor: Actor, @Args('input') input: SetReminderSettingsInput): Promise<ReminderSettings> {
    return this.rounds.setReminderSettings(actor, input);
  }

  @Query(() => DigestFrequency, { description: 'How often the caller gets the e-mail digest of returns they must make (DAILY unless set).' })
  @Allow(Permission.Authenticated)
  @PerCaller()
  myDigestFrequency(@CurrentActor() actor: Actor): Promise<DigestFrequency> {
    return this.rounds.digestFrequency(actor);
  }

  @Mutation(() => DigestFrequency, { description: 'Sets how often the caller gets the e-mail digest: DAILY or WEEKLY (Mondays).' })
  @Allow(Permission.Authenticated)
  setDigestFrequency(@CurrentActor() actor: Actor, @Args('frequency', { type: () => DigestFrequency }) frequency: DigestFrequency): Promise<DigestFrequency> {
    return this.rounds.setDigestFrequency(actor, frequency);
  }
}

/** Compliance in the board report (an added field; the report's own SQL is untouched). */
@Resolver(() => BoardReport)
export class BoardReportComplianceResolver {
  constructor(private readonly rounds: RoundsService) {}

  @ResolveField(() => [AgencyCompliance], {
    description: "Each agency's returns summed over the plan's reporting rounds that opened on or before asOf, as of asOf, by agency id.",
  })
  roundCompliance(report: BoardReport): Promise<ComplianceRow[]> {
    return this.rounds.planCompliance(report.deliveryPlan.id, report.asOf);
  }
}

export const ROUNDS_RESOLVERS = [
  ReportingRoundResolver,
  RoundAgencyReturnsResolver,
  DueReturnResolver,
  AgencyComplianceResolver,
  ReturnReviewResolver,
  ReminderSettingsResolver,
  BoardReportComplianceResolver,
];
