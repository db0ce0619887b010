import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { compareDates } from '@app/calendar';
import {
  Actor,
  BadUserInputError,
  Clock,
  FieldProblem,
  ForbiddenError,
  isUuid,
  NotFoundError,
  Permission,
  PolicyService,
  readablePartnershipIds,
} from '@app/common';
import { ProgressService, ProgressUpdateEntity } from '@app/progress';
import { BANK_HOLIDAYS_COVER_UNTIL } from './rules/bank-holidays';
import { cadenceRounds } from './rules/cadence.rule';
import { DigestFrequency, RoundState } from '@app/domain';
import { roundState } from './rules/round-state.rule';
import { graceEndsOn } from './rules/working-days.rule';
import {
  ACKNOWLEDGE_RETURN_SQL,
  ACTION_IN_ROUND_SQL,
  CLOSE_ROUND_SQL,
  COMPLIANCE_SQL,
  DIGEST_FREQUENCY_SQL,
  INSERT_OUTBOX_EVENT_SQL,
  INSERT_RETURN_QUERY_SQL,
  INSERT_ROUND_ACTIONS_SQL,
  INSERT_ROUND_SQL,
  LOCK_PLAN_FOR_ROUNDS_SQL,
  LOCK_ROUND_SQL,
  MY_RETURNS_DUE_SQL,
  OPEN_ACTIONS_OF_PLAN_SQL,
  OVERLAPPING_ROUNDS_SQL,
  QUERY_FOR_ANSWER_SQL,
  REMINDER_SETTINGS_SQL,
  RETURN_FOR_REVIEW_SQL,
  RETURNS_DUE_SQL,
  ROUND_IDS_OF_PLAN_AS_OF_SQL,
  ROUNDS_BY_ID_SQL,
  ROUNDS_OF_PLAN_SQL,
  UPSERT_DIGEST_FREQUENCY_SQL,
  UPSERT_REMINDER_SETTINGS_SQL,
} from './sql/rounds.sql';
import { CreateReportingRoundInput, GenerateReportingRoundsInput, SetReminderSettingsInput } from './inputs/rounds.inputs';
import { ComplianceRow, DueReturnRow, ReminderSettings, ReturnQueryRow, RoundRow } from './types/rounds.types';

interface LockedPlan {
  id: string;
  partnership_id: string;
  timezone: string;
}

interface RoundDraft {
  title: string;
  opensOn: string;
  deadline: string;
  graceWorkingDays: number;
}

/** Reporting rounds (issue 16): rounds on a plan, the returns due in them, acknowledgement and queries, reminder settings. */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly progress: ProgressService,
  ) {}

  /** Opens a round on a plan (coordinators). Bad input names its field and writes nothing. */
  async createRound(actor: Actor, input: CreateReportingRoundInput): Promise<RoundRow> {
    return this.db.transaction(async (em) => {
      const plan = await this.lockPlan(em, actor, input.deliveryPlanId);
      const draft = {
        title: input.title ?? `Returns due ${input.deadline}`,
        opensOn: input.opensOn,
        deadline: input.deadline,
        graceWorkingDays: input.graceWorkingDays,
      };
      const [round] = await this.insertRounds(em, actor, plan, [draft], input.actionIds ?? null, 'input');
      return round;
    });
  }

  /** Makes the rounds of a cadence in one go (coordinators): every one of them, or none when any is refused. */
  async generateRounds(actor: Actor, input: GenerateReportingRoundsInput): Promise<RoundRow[]> {
    return this.db.transaction(async (em) => {
      const plan = await this.lockPlan(em, actor, input.deliveryPlanId);
      if (compareDates(input.until, input.from) < 0) throw BadUserInputError.field('input.until', 'Must be on or after from');
      const dates = cadenceRounds(input.from, input.until, input.cadence, input.openDays);
      if (dates.length > 60) throw BadUserInputError.field('input.until', 'At most 60 rounds at a time');
      const drafts = dates.map((d) => ({ title: `Returns due ${d.deadline}`, ...d, graceWorkingDays: input.graceWorkingDays }));
      return this.insertRounds(em, actor, plan, drafts, null, 'input');
    });
  }

  /** Closes a round by hand today (coordinators); a round already closed is BAD_USER_INPUT. */
  async closeRound(actor: Actor, id: string): Promise<RoundRow> {
    return this.db.transaction(async (em) => {
      const round = await this.lockRound(em, actor, id, 'id');
      this.policy.assert(actor, Permission.RoundManage, { partnershipId: round.partnershipId });
      const today = this.clock.today(round.timezone);
      if (roundState(round, today) === RoundState.CLOSED) throw BadUserInputError.field('id', 'The round is already closed');
      // TypeORM answers an UPDATE with [rows, count].
      const [[closed]]: [RoundRow[], number] = await em.query(CLOSE_ROUND_SQL, [round.id, today, actor.userId]);
      await this.audit.record(em, actor, {
        operation: 'closeReportingRound',
        entityType: 'ReportingRound',
        entityId: round.id,
        partnershipId: round.partnershipId,
        before: { closedOn: round.closedOn },
        after: { closedOn: closed.closedOn },
      });
      return closed;
    });
  }

  async round(actor: Actor, id: string): Promise<RoundRow> {
    const rows: RoundRow[] = isUuid(id) ? await this.db.query(ROUNDS_BY_ID_SQL, [[id], readablePartnershipIds(actor)]) : [];
    if (!rows[0] || !this.policy.canRead(actor, rows[0].partnershipId)) throw new NotFoundError('ReportingRound', id, 'id');
    return rows[0];
  }

  async roundsOfPlan(actor: Actor, deliveryPlanId: string): Promise<RoundRow[]> {
    const plans: { partnership_id: string }[] = isUuid(deliveryPlanId)
      ? await this.db.query('SELECT partnership_id FROM delivery_plan WHERE id = $1', [deliveryPlanId])
      : [];
    if (!plans[0] || !this.policy.canRead(actor, plans[0].partnership_id)) throw new NotFoundError('DeliveryPlan', deliveryPlanId, 'deliveryPlanId');
    return this.db.query(ROUNDS_OF_PLAN_SQL, [deliveryPlanId, readablePartnershipIds(actor)]);
  }

  /** Today in the round's partnership timezone. */
  async todayOf(partnershipId: string): Promise<string> {
    const [{ timezone }] = await this.db.query<{ timezone: string }[]>('SELECT timezone FROM partnership WHERE id = $1', [partnershipId]);
    return this.clock.today(timezone);
  }

  /** Every return due in the rounds, as of a day. */
  returnsDue(roundIds: string[], asOf: string): Promise<DueReturnRow[]> {
    return this.db.query(`${RETURNS_DUE_SQL} ORDER BY ra.agency_id, ra.action_id`, [roundIds, asOf]);
  }

  /** Compliance per agency over the rounds, as of a day. */
  compliance(roundIds: string[], asOf: string): Promise<ComplianceRow[]> {
    return this.db.query(COMPLIANCE_SQL, [roundIds, asOf]);
  }

  /** Compliance per agency over every round of a plan that opened on or before `asOf` (the caller has read the plan). */
  async planCompliance(deliveryPlanId: string, asOf: string): Promise<ComplianceRow[]> {
    const ids: { id: string }[] = await this.db.query(ROUND_IDS_OF_PLAN_AS_OF_SQL, [deliveryPlanId, asOf]);
    return ids.length === 0
      ? []
      : this.compliance(
          ids.map((r) => r.id),
          asOf,
        );
  }

  /** Returns the caller's agency must still make, across their partnerships, in rounds open or in grace today. */
  async myReturnsDue(actor: Actor): Promise<DueReturnRow[]> {
    if (actor.agencyId === null || actor.memberships.size === 0) return [];
    return this.db.query(MY_RETURNS_DUE_SQL, [actor.agencyId, [...actor.memberships.keys()], this.clock.now().toISOString()]);
  }

  /**
   * "No change" on an action (partners for their agency's actions, coordinators any): a return
   * flagged as such. With `roundId`, the action must be one the round asks a return for.
   */
  async confirmNoChange(actor: Actor, actionId: string, roundId?: string | null): Promise<ProgressUpdateEntity> {
    return this.db.transaction(async (em) => {
      if (roundId) {
        const round = await this.lockRound(em, actor, roundId, 'roundId', false);
        const inRound = isUuid(actionId) ? await em.query<unknown[]>(ACTION_IN_ROUND_SQL, [round.id, actionId]) : [];
        if (inRound.length === 0) throw BadUserInputError.field('actionId', 'The round asks no return for this action');
      }
      return this.progress.confirmNoChange(em, actor, actionId);
    });
  }

  /** A coordinator acknowledges a return; acknowledging it again changes nothing. */
  async acknowledgeReturn(actor: Actor, progressUpdateId: string): Promise<string> {
    return this.db.transaction(async (em) => {
      const target = await this.returnForReview(em, actor, progressUpdateId, 'progressUpdateId');
      this.policy.assert(actor, Permission.RoundManage, { partnershipId: target.partnership_id });
      const today = this.clock.today(target.timezone);
      const inserted = await em.query<unknown[]>(ACKNOWLEDGE_RETURN_SQL, [target.id, target.partnership_id, actor.userId, today]);
      if (inserted.length > 0) {
        await this.audit.record(em, actor, {
          operation: 'acknowledgeReturn',
          entityType: 'ProgressUpdate',
          entityId: target.id,
          partnershipId: target.partnership_id,
          before: null,
          after: { acknowledgedOn: today, acknowledgedBy: actor.userId },
        });
      }
      return target.id;
    });
  }

  /** A coordinator queries a return with a comment, which the partner answers. */
  async queryReturn(actor: Actor, progressUpdateId: string, comment: string): Promise<ReturnQueryRow> {
    const text = this.comment(comment);
    return this.db.transaction(async (em) => {
      const target = await this.returnForReview(em, actor, progressUpdateId, 'progressUpdateId');
      this.policy.assert(actor, Permission.RoundManage, { partnershipId: target.partnership_id });
      return this.addToThread(em, actor, target.partnership_id, target.id, null, text, 'queryReturn');
    });
  }

  /** Answers a query on a return: coordinators, or partners of the agency that leads or supports the action. */
  async answerQuery(actor: Actor, queryId: string, comment: string): Promise<ReturnQueryRow> {
    const text = this.comment(comment);
    return this.db.transaction(async (em) => {
      type QueryForAnswer = { id: string; progress_update_id: string; partnership_id: string; lead_agency_id: string; supported_by_actor: boolean };
      const rows = isUuid(queryId) ? await em.query<QueryForAnswer[]>(QUERY_FOR_ANSWER_SQL, [queryId, actor.agencyId, readablePartnershipIds(actor)]) : [];
      const query = rows[0];
      if (!query || !this.policy.canRead(actor, query.partnership_id)) throw new NotFoundError('ReturnQuery', queryId, 'queryId');
      const ownAgency = actor.agencyId !== null && (query.lead_agency_id === actor.agencyId || query.supported_by_actor);
      const allowed =
        this.policy.can(actor, Permission.RoundManage, query.partnership_id) ||
        (this.policy.can(actor, Permission.ProgressReportOwn, query.partnership_id) && ownAgency);
      if (!allowed) throw new ForbiddenError();
      return this.addToThread(em, actor, query.partnership_id, query.progress_update_id, query.id, text, 'answerReturnQuery');
    });
  }

  async reminderSettings(actor: Actor, partnershipId: string): Promise<ReminderSettings> {
    if (!isUuid(partnershipId) || !this.policy.canRead(actor, partnershipId)) throw new NotFoundError('Partnership', partnershipId, 'partnershipId');
    const [row] = await this.db.query<ReminderSettings[]>(REMINDER_SETTINGS_SQL, [partnershipId]);
    return row;
  }

  async setReminderSettings(actor: Actor, input: SetReminderSettingsInput): Promise<ReminderSettings> {
    if (!isUuid(input.partnershipId)) throw new NotFoundError('Partnership', input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.RoundManage, { partnershipId: input.partnershipId, field: 'input.partnershipId' });
    return this.db.transaction(async (em) => {
      const exists = await em.query<unknown[]>('SELECT 1 FROM partnership WHERE id = $1', [input.partnershipId]);
      if (exists.length === 0) throw new NotFoundError('Partnership', input.partnershipId, 'input.partnershipId');
      const [before] = await em.query<ReminderSettings[]>(REMINDER_SETTINGS_SQL, [input.partnershipId]);
      const daysBefore = [...new Set(input.daysBefore)].sort((a, b) => b - a);
      const [after] = await em.query<ReminderSettings[]>(UPSERT_REMINDER_SETTINGS_SQL, [
        input.partnershipId,
        daysBefore,
        input.onDeadline,
        input.escalateAfterGrace,
      ]);
      await this.audit.record(em, actor, {
        operation: 'setReminderSettings',
        entityType: 'Partnership',
        entityId: input.partnershipId,
        partnershipId: input.partnershipId,
        before,
        after,
      });
      return after;
    });
  }

  async digestFrequency(actor: Actor): Promise<DigestFrequency> {
    const [row] = await this.db.query<{ frequency: DigestFrequency }[]>(DIGEST_FREQUENCY_SQL, [actor.userId]);
    return row.frequency;
  }

  async setDigestFrequency(actor: Actor, frequency: DigestFrequency): Promise<DigestFrequency> {
    return this.db.transaction(async (em) => {
      const [before] = await em.query<{ frequency: DigestFrequency }[]>(DIGEST_FREQUENCY_SQL, [actor.userId]);
      const [row] = await em.query<{ frequency: DigestFrequency }[]>(UPSERT_DIGEST_FREQUENCY_SQL, [actor.userId, frequency]);
      await this.audit.record(em, actor, {
        operation: 'setDigestFrequency',
        entityType: 'User',
        entityId: actor.userId,
        partnershipId: null,
        before: { digestFrequency: before.frequency },
        after: { digestFrequency: row.frequency },
      });
      return row.frequency;
    });
  }

  loadThreads(progressUpdateIds: string[]): Promise<ReturnQueryRow[]> {
    return this.db.query(
      `SELECT q.id, q.partnership_id AS "partnershipId", q.progress_update_id AS "progressUpdateId", q.answers_query_id AS "answersQueryId",
              q.author_id AS "authorId", q.comment, q.created_at AS "createdAt"
         FROM return_query q WHERE q.progress_update_id = ANY($1::uuid[]) ORDER BY q.created_at, q.id`,
      [progressUpdateIds],
    );
  }

  private comment(comment: string): string {
    const text = typeof comment === 'string' ? comment.trim() : '';
    if (text.length < 1 || text.length > 2000) throw BadUserInputError.field('comment', 'Must be 1 to 2,000 characters');
    return text;
  }

  private async addToThread(
    em: EntityManager,
    actor: Actor,
    partnershipId: string,
    progressUpdateId: string,
    answersQueryId: string | null,
    comment: string,
    operation: string,
  ): Promise<ReturnQueryRow> {
    const [row]: ReturnQueryRow[] = await em.query(INSERT_RETURN_QUERY_SQL, [partnershipId, progressUpdateId, actor.userId, answersQueryId, comment]);
    // The e-mail to the other side of the thread goes out from the worker, only if this commits.
    await em.query(INSERT_OUTBOX_EVENT_SQL, [
      partnershipId,
      answersQueryId ? 'QueryAnswered' : 'ReturnQueried',
      JSON.stringify({ queryId: row.id, progressUpdateId }),
    ]);
    await this.audit.record(em, actor, { operation, entityType: 'ReturnQuery', entityId: row.id, partnershipId, before: null, after: { ...row } });
    return row;
  }

  private async returnForReview(em: EntityManager, actor: Actor, id: string, field: string) {
    type ReturnForReview = { id: string; partnership_id: string; action_id: string; lead_agency_id: string; supported_by_actor: boolean; timezone: string };
    const rows = isUuid(id) ? await em.query<ReturnForReview[]>(RETURN_FOR_REVIEW_SQL, [id, actor.agencyId, readablePartnershipIds(actor)]) : [];
    if (!rows[0] || !this.policy.canRead(actor, rows[0].partnership_id)) throw new NotFoundError('ProgressUpdate', id, field);
    return rows[0];
  }

  private async lockPlan(em: EntityManager, actor: Actor, id: string): Promise<LockedPlan> {
    const rows: LockedPlan[] = isUuid(id) ? await em.query(LOCK_PLAN_FOR_ROUNDS_SQL, [id, readablePartnershipIds(actor)]) : [];
    if (!rows[0] || !this.policy.canRead(actor, rows[0].partnership_id)) throw new NotFoundError('DeliveryPlan', id, 'input.deliveryPlanId');
    this.policy.assert(actor, Permission.RoundManage, { partnershipId: rows[0].partnership_id });
    return rows[0];
  }

  private async lockRound(em: EntityManager, actor: Actor, id: string, field: string, forUpdate = true): Promise<RoundRow & { timezone: string }> {
    const sql = forUpdate ? LOCK_ROUND_SQL : LOCK_ROUND_SQL.replace('FOR UPDATE OF r', '');
    const rows = isUuid(id) ? await em.query<(RoundRow & { timezone: string })[]>(sql, [id, readablePartnershipIds(actor)]) : [];
    if (!rows[0] || !this.policy.canRead(actor, rows[0].partnershipId)) throw new NotFoundError('ReportingRound', id, field);
    return rows[0];
  }

  /**
   * Validates and inserts rounds on a locked plan, with their actions and audit events. Checks, in
   * order, each naming its field: deadline before opening, grace past the known bank holidays,
   * overlap with a round of the plan still taking returns (or another of the batch), actions not
   * open actions of the plan, and a plan with no open actions.
   */
  private async insertRounds(
    em: EntityManager,
    actor: Actor,
    plan: LockedPlan,
    drafts: RoundDraft[],
    actionIds: string[] | null,
    prefix: string,
  ): Promise<RoundRow[]> {
    const open: { id: string; lead_agency_id: string }[] = await em.query(OPEN_ACTIONS_OF_PLAN_SQL, [plan.id]);
    const problems: FieldProblem[] = [];
    const windows: { opensOn: string; lastDay: string }[] = [];
    for (const draft of drafts) {
      if (compareDates(draft.deadline, draft.opensOn) < 0) {
        problems.push({ path: `${prefix}.deadline`, message: 'Must be on or after opensOn' });
        break;
      }
      if (compareDates(draft.deadline, BANK_HOLIDAYS_COVER_UNTIL) > 0) {
        problems.push({ path: `${prefix}.deadline`, message: `Bank holidays are known only until ${BANK_HOLIDAYS_COVER_UNTIL}` });
        break;
      }
      let lastDay: string;
      try {
        lastDay = graceEndsOn(draft.deadline, draft.graceWorkingDays);
      } catch {
        problems.push({ path: `${prefix}.graceWorkingDays`, message: `Grace would end after ${BANK_HOLIDAYS_COVER_UNTIL}, the last day bank holidays are known` });
        break;
      }
      const overlaps: { id: string; title: string }[] = await em.query(OVERLAPPING_ROUNDS_SQL, [plan.id, draft.opensOn, lastDay]);
      const inBatch = windows.some((w) => compareDates(w.opensOn, lastDay) <= 0 && compareDates(w.lastDay, draft.opensOn) >= 0);
      if (overlaps.length > 0 || inBatch) {
        const other = overlaps[0] ? `"${overlaps[0].title}"` : 'another generated round';
        problems.push({ path: `${prefix}.opensOn`, message: `Overlaps ${other}, which still takes returns then: one open round per plan at a time` });
        break;
      }
      windows.push({ opensOn: draft.opensOn, lastDay });
    }
    if (problems.length > 0) throw new BadUserInputError(problems);

    let chosen = open;
    if (actionIds !== null) {
      const byId = new Map(open.map((a) => [a.id, a]));
      const unknown = actionIds.find((id) => !byId.has(id));
      if (unknown !== undefined) throw BadUserInputError.field(`${prefix}.actionIds`, `Not an open action of the plan: ${unknown.slice(0, 64)}`);
      chosen = [...new Set(actionIds)].map((id) => byId.get(id)!);
    }
    if (chosen.length === 0) throw BadUserInputError.field(`${prefix}.deliveryPlanId`, 'The plan has no open actions to ask returns for');

    const rounds: RoundRow[] = [];
    for (const [i, draft] of drafts.entries()) {
      const [round]: RoundRow[] = await em.query(INSERT_ROUND_SQL, [
        plan.partnership_id,
        plan.id,
        draft.title,
        draft.opensOn,
        draft.deadline,
        draft.graceWorkingDays,
        windows[i].lastDay,
        actor.userId,
      ]);
      await em.query(INSERT_ROUND_ACTIONS_SQL, [round.id, plan.partnership_id, chosen.map((a) => a.id), chosen.map((a) => a.lead_agency_id)]);
      await this.audit.record(em, actor, {
        operation: 'createReportingRound',
        entityType: 'ReportingRound',
        entityId: round.id,
        partnershipId: plan.partnership_id,
        before: null,
        after: { ...round, actionIds: chosen.map((a) => a.id) },
      });
      rounds.push(round);
    }
    return rounds;
  }
}
