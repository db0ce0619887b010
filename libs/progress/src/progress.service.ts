import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import { compareDates, todayIn } from '@app/calendar';
import {
  Actor,
  BadUserInputError,
  Clock,
  ConflictError,
  FieldProblem,
  ForbiddenError,
  groupByKey,
  isUuid,
  Loaders,
  NotFoundError,
  Permission,
  PolicyService,
  readablePartnershipIds,
  TransactionContext,
} from '@app/common';
import { ActionStatus, RagName } from '@app/domain';
import { MilestoneEntity } from '@app/planning';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ReportProgressInput } from './inputs/report-progress.input';
import { isWithinPlan, mayReportStatus } from './rules/report-progress.rule';
import { isSentence, needsSentence, NO_CHANGE_NARRATIVE, RED_NARRATIVE_MIN_CHARS } from './rules/return-narrative.rule';
import {
  APPEND_PROGRESS_UPDATE_SQL,
  LOCK_ACTION_FOR_REPORT_SQL,
  LOCK_MILESTONE_FOR_COMPLETION_SQL,
  LATEST_RAG_OF_ACTION_SQL,
  LockedActionRaw,
  UPDATES_OF_ACTIONS_SQL,
} from './sql/progress-write.sql';

/** APPEND_PROGRESS_UPDATE_SQL's row: the update, and the action's projection after it. */
type AppendedUpdateRow = Partial<ProgressUpdateEntity> & {
  projection_status: string;
  projection_percent_complete: number;
  projection_last_reported_on: string | null;
};

/** An action's projection of its latest update, as stored on the action row. */
interface Projection {
  status: string;
  percentComplete: number;
  lastReportedOn: string | null;
}

function projectionOf(raw: { status: string; percent_complete: number; last_reported_on: string | null }): Projection {
  return { status: raw.status, percentComplete: Number(raw.percent_complete), lastReportedOn: raw.last_reported_on };
}

/** How a return is filed, for callers other than the GraphQL mutation. */
export interface ReportOptions {
  /**
   * A coordinator records the lead agency's return from a delivery plan spreadsheet: the update is
   * the lead agency's (not the coordinator's own agency's), and its narrative is the file's as
   * written (the spreadsheet records returns already made, so the "turns RED needs a sentence" rule
   * of a new return does not apply to it).
   */
  forLeadAgency?: boolean;
  /** When the return was filed, if not now: the demo's history of returns, each filed on its day. */
  filedAt?: Date;
}

/** Progress reports and milestone completion: what partners and coordinators record. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: TransactionContext,
  ) {}

  /**
   * Appends a progress update and refreshes the action's projection, in one transaction with its
   * audit event. The action row is locked first, so concurrent reports on one action all land and
   * the projection always equals the latest update (reported_on, then creation order).
   */
  async reportProgress(actor: Actor, input: ReportProgressInput, options: ReportOptions = {}): Promise<ProgressUpdateEntity> {
    return this.tx.run((em) => this.appendReturn(em, actor, input, false, undefined, options));
  }

  /**
   * Records that nothing changed on an action since its last return (issue 16): a return with the
   * action's current status, percent and RAG, flagged `noChange`, with a fixed narrative that says
   * so (never a copy of the last narrative). Joins the caller's transaction.
   */
  async confirmNoChange(em: EntityManager, actor: Actor, actionId: string): Promise<ProgressUpdateEntity> {
    const locked = await this.lock(em, actor, LOCK_ACTION_FOR_REPORT_SQL, 'Action', actionId, 'actionId');
    const [latest] = await em.query<({ rag: RagName | null } | undefined)[]>(LATEST_RAG_OF_ACTION_SQL, [locked.action_id]);
    const input = Object.assign(new ReportProgressInput(), {
      actionId,
      narrative: NO_CHANGE_NARRATIVE,
      percentComplete: Number(locked.percent_complete),
      status: locked.status as ActionStatus,
      rag: latest?.rag ?? null,
    });
    return this.appendReturn(em, actor, input, true, locked);
  }

  private async appendReturn(
    em: EntityManager,
    actor: Actor,
    input: ReportProgressInput,
    noChange: boolean,
    alreadyLocked?: LockedActionRaw,
    options: ReportOptions = {},
  ): Promise<ProgressUpdateEntity> {
    const locked = alreadyLocked ?? (await this.lock(em, actor, LOCK_ACTION_FOR_REPORT_SQL, 'Action', input.actionId, 'input.actionId'));
    if (locked.removed_on) throw BadUserInputError.field(noChange ? 'actionId' : 'input.actionId', 'The action has been removed from the plan');
    const reporter = {
      coordinates: this.policy.can(actor, Permission.ProgressReportAny, locked.partnership_id),
      leads: actor.agencyId !== null && locked.lead_agency_id === actor.agencyId,
    };
    if (!mayReportStatus(reporter, input.status)) {
      throw new ForbiddenError('Only the lead agency or a coordinator may complete or cancel an action');
    }
    // A return filed for the lead agency (a spreadsheet's row) is a coordinator's to file.
    const agencyId = options.forLeadAgency ? locked.lead_agency_id : actor.agencyId;
    if (options.forLeadAgency && !reporter.coordinates) throw new ForbiddenError();
    const today = this.clock.today(locked.timezone);
    const reportedOn = input.reportedOn ?? today;
    const problems: FieldProblem[] = [];
    if (compareDates(reportedOn, today) > 0) {
      problems.push({ path: 'input.reportedOn', message: `Must not be in the future (today is ${today} in ${locked.timezone})` });
    } else if (locked.plan_start_date && !isWithinPlan(reportedOn, locked.plan_start_date)) {
      problems.push({ path: 'input.reportedOn', message: `Must not be before the delivery plan starts (${locked.plan_start_date})` });
    }
    if (input.status === ActionStatus.COMPLETED && input.percentComplete < 100) {
      problems.push({ path: 'input.percentComplete', message: 'A COMPLETED update must report 100 percent' });
    }
    if (!noChange && !options.forLeadAgency && needsSentence(null, input.rag ?? null) && !isSentence(input.narrative)) {
      const [latest] = await em.query<({ rag: RagName | null } | undefined)[]>(LATEST_RAG_OF_ACTION_SQL, [locked.action_id]);
      if (needsSentence(latest?.rag ?? null, input.rag ?? null)) {
        problems.push({
          path: 'input.narrative',
          message: `A return that turns the action RED must say what is being done: at least a sentence (${RED_NARRATIVE_MIN_CHARS} characters, four words)`,
        });
      }
    }
    if (problems.length > 0) throw new BadUserInputError(problems);

    const [{ projection_status, projection_percent_complete, projection_last_reported_on, ...inserted }] = await em.query<AppendedUpdateRow[]>(
      APPEND_PROGRESS_UPDATE_SQL,
      [
        locked.partnership_id,
        locked.action_id,
        actor.userId,
        agencyId,
        reportedOn,
        input.narrative,
        input.percentComplete,
        input.status,
        input.rag ?? null,
        noChange,
        // The day it was recorded: today, or the day it was filed.
        options.filedAt ? todayIn(locked.timezone, options.filedAt) : today,
        options.filedAt ?? null,
      ],
    );
    const update = Object.assign(new ProgressUpdateEntity(), inserted);
    const refreshed = { status: projection_status, percent_complete: projection_percent_complete, last_reported_on: projection_last_reported_on };

    await this.audit.record(em, actor, {
      operation: noChange ? 'confirmNoChange' : 'reportProgress',
      entityType: 'ProgressUpdate',
      entityId: update.id,
      partnershipId: update.partnershipId,
      before: { actionProjection: projectionOf(locked) },
      after: { ...auditSnapshot(update), actionProjection: projectionOf(refreshed) },
    });
    return update;
  }

  /**
   * Sets a milestone's completion date (default today in the partnership's timezone). Completing it
   * again with another date moves the date; either way the change is audited.
   */
  async completeMilestone(actor: Actor, id: string, completedOn?: string | null): Promise<MilestoneEntity> {
    return this.tx.run(async (em) => {
      const locked = await this.lock(em, actor, LOCK_MILESTONE_FOR_COMPLETION_SQL, 'Milestone', id, 'id');
      const today = this.clock.today(locked.timezone);
      const date = completedOn ?? today;
      if (compareDates(date, today) > 0) {
        throw BadUserInputError.field('completedOn', `Must not be in the future (today is ${today} in ${locked.timezone})`);
      }
      if ((locked.status as ActionStatus) === ActionStatus.CANCELLED) {
        throw BadUserInputError.field('id', 'The milestone belongs to a cancelled action');
      }
      const milestone = await em.findOneByOrFail(MilestoneEntity, { id: locked.milestone_id });
      if (milestone.removedOn !== null) throw BadUserInputError.field('id', 'The milestone has been removed from the plan');
      const before = auditSnapshot(milestone);
      if (milestone.completedOn !== date) {
        milestone.completedOn = date;
        await em.save(milestone);
      }
      await this.audit.record(em, actor, {
        operation: 'completeMilestone',
        entityType: 'Milestone',
        entityId: milestone.id,
        partnershipId: milestone.partnershipId,
        before,
        after: auditSnapshot(milestone),
      });
      return milestone;
    });
  }

  /**
   * Reopens a completed milestone from `effectiveFrom` (default today, never in the future):
   * reports as of that day or later show it not complete, earlier ones keep its completion. Who
   * may complete it may reopen it; refused when it is not complete, removed, or its action is
   * CANCELLED.
   */
  async reopenMilestone(actor: Actor, id: string, effectiveFrom?: string | null, version?: number | null): Promise<MilestoneEntity> {
    return this.tx.run(async (em) => {
      const locked = await this.lock(em, actor, LOCK_MILESTONE_FOR_COMPLETION_SQL, 'Milestone', id, 'id');
      const today = this.clock.today(locked.timezone);
      const day = effectiveFrom ?? today;
      if (compareDates(day, today) > 0) {
        throw BadUserInputError.field('effectiveFrom', `Must not be in the future (today is ${today} in ${locked.timezone})`);
      }
      const milestone = await em.findOneByOrFail(MilestoneEntity, { id: locked.milestone_id });
      if (version !== null && version !== undefined && version !== milestone.version) {
        throw new ConflictError(`The milestone has changed since version ${version}; reload it (current version ${milestone.version})`, 'version');
      }
      if ((locked.status as ActionStatus) === ActionStatus.CANCELLED) throw BadUserInputError.field('id', 'The milestone belongs to a cancelled action');
      if (milestone.removedOn !== null) throw BadUserInputError.field('id', 'The milestone has been removed');
      if (milestone.completedOn === null) throw BadUserInputError.field('id', 'The milestone is not complete');
      const before = auditSnapshot(milestone);
      milestone.completedOn = null;
      milestone.version += 1;
      // The history trigger (PlanHistory migration) reopens it from this day on.
      await this.tx.setHistoryDay(em, day, actor.userId);
      await em.save(milestone);
      await this.audit.record(em, actor, {
        operation: 'reopenMilestone',
        entityType: 'Milestone',
        entityId: milestone.id,
        partnershipId: milestone.partnershipId,
        before,
        after: { ...auditSnapshot(milestone), effectiveFrom: day, backDated: compareDates(day, today) < 0 },
      });
      return milestone;
    });
  }

  /** Progress updates of an action, newest first (reported on, then creation order); batched. */
  loadUpdatesOf(loaders: Loaders, actionId: string): Promise<ProgressUpdateEntity[]> {
    return loaders
      .get<string, ProgressUpdateEntity[]>('progressUpdate.byAction', async (ids) => {
        const rows: object[] = await this.db.query(UPDATES_OF_ACTIONS_SQL, [[...ids]]);
        const updates = rows.map((row) => Object.assign(new ProgressUpdateEntity(), row));
        return groupByKey(ids, updates, (u) => u.actionId);
      })
      .load(actionId);
  }

  /**
   * Locks the target and checks the caller may report on it: NOT_FOUND outside the caller's
   * partnerships; coordinators and admins any action; partners only actions their agency leads or
   * supports; anyone else FORBIDDEN. Checked under the lock, so a concurrent change of the lead or
   * supporting agencies cannot slip between the check and the write.
   */
  private async lock(em: EntityManager, actor: Actor, sql: string, entity: string, id: string, field: string): Promise<LockedActionRaw> {
    const rows: LockedActionRaw[] = isUuid(id) ? await em.query(sql, [id, actor.agencyId, readablePartnershipIds(actor)]) : [];
    const locked = rows[0];
    if (!locked || !this.policy.canRead(actor, locked.partnership_id)) throw new NotFoundError(entity, id, field);
    if (this.policy.can(actor, Permission.ProgressReportAny, locked.partnership_id)) return locked;
    const ownAgency = actor.agencyId !== null && (locked.lead_agency_id === actor.agencyId || locked.supported_by_actor);
    if (this.policy.can(actor, Permission.ProgressReportOwn, locked.partnership_id) && ownAgency) return locked;
    throw new ForbiddenError();
  }
}
