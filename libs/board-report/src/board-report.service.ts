import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { compareDates } from '@app/calendar';
import { Actor, BadUserInputError, Clock, decodeCursor, encodeCursor, isUuid, Loaders, pageSize, Permission, PolicyService } from '@app/common';
import { ActionChangeKind, ActionStatus, AgencyKind, Pillar, PILLARS, Rag } from '@app/domain';
import { AgencyEntity, PartnershipEntity, PartnershipService } from '@app/partnership';
import { ActionEntity, DeliveryPlanEntity, MilestoneEntity, ObjectiveEntity, PlanningService } from '@app/planning';
import { ActionStateRaw, ActionStateRow, ActionStateService, ProgressUpdateEntity, toActionStateRow } from '@app/progress';
import { ActionFilter } from './inputs/action-filter.input';
import { BoardMeetingService } from './board-meeting.service';
import { RollUp, rollUp } from './rules/roll-up.rule';
import { actionEntityFrom } from './sql/action-columns.sql';
import { actionsPageSql, containsPattern } from './sql/actions-page.sql';
import { BOARD_REPORT_SQL, OVERDUE_ACTIONS_SQL, REPORT_CONTEXT_AS_OF_SQL } from './sql/board-report.sql';
import { ActionChange, ActionRow, AgencyRollUp, BoardReport, MilestoneRow, ObjectiveRollUp, PillarRollUp } from './types/board-report.types';

/** One page of `actions`. */
export interface ActionsPage {
  edges: { cursor: string; node: ActionEntity }[];
  hasNextPage: boolean;
  totalCount: number;
}

type ReportActionRaw = ActionStateRaw &
  Record<string, unknown> & {
    pillar: Pillar;
    lead_agency_name?: string;
    lead_agency_kind?: AgencyKind;
    lead_agency_created_at?: Date;
    lead_agency_rank?: number;
    since_status?: string | null;
    since_rag?: string | null;
    since_rag_reasons?: string[] | null;
    since_progress?: number | null;
    since_due_date?: string | null;
    added_since?: boolean;
    removed_since?: boolean;
    overdue_milestones?: (Omit<MilestoneEntity, 'createdAt' | 'updatedAt'> & { daysOverdue: number })[] | null;
    updates_since?: (Omit<ProgressUpdateEntity, 'createdAt'> & { createdAt: string })[] | null;
  };

/** Orders `seq` values (bigint as decimal strings) numerically. */
function compareSeq(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function toActionRow(state: ActionStateRow, action: ActionEntity, pillar: Pillar, objective?: ObjectiveEntity): ActionRow {
  return Object.assign(new ActionRow(), {
    action,
    ref: action.ref,
    // The values in force at the report's date, not today's.
    title: state.title,
    objectiveId: state.objectiveId,
    objectiveEntity: objective,
    pillar,
    leadAgencyId: state.leadAgencyId,
    dueDate: state.dueDate,
    status: state.status,
    progress: state.progress,
    rag: state.rag,
    ragReasons: state.ragReasons,
    daysOverdue: state.daysOverdue,
    asOf: state.asOf,
  });
}

/**
 * Reports over a delivery plan, computed in PostgreSQL as of a date: the filtered action list,
 * overdue actions and the board report. Each costs a fixed number of statements, whatever the
 * size of the plan or its history.
 */
@Injectable()
export class BoardReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
    private readonly planning: PlanningService,
    private readonly partnerships: PartnershipService,
    private readonly states: ActionStateService,
    private readonly meetings: BoardMeetingService,
  ) {}

  /**
   * A page of the plan's actions matching `filter` (computed criteria as of today), in natural ref
   * order. The states computed here are handed to the Action fields, which then cost nothing more.
   */
  async actions(actor: Actor, loaders: Loaders, planId: string, filter?: ActionFilter | null, first?: number | null, after?: string | null): Promise<ActionsPage> {
    const plan = await this.readablePlan(actor, planId);
    const limit = pageSize(first);
    let afterRef: string | null = null;
    if (after !== null && after !== undefined) {
      const [ref] = decodeCursor(after, 1);
      if (typeof ref !== 'string') throw BadUserInputError.field('after', 'Not a cursor returned by this API');
      afterRef = ref;
    }
    const f = filter ?? {};
    // An id that is not a UUID names no row, so the filter matches nothing (not an error).
    const badId = [f.objectiveId, f.leadAgencyId, f.agencyId].some((id) => id !== null && id !== undefined && !isUuid(id));
    if (badId) return { edges: [], hasNextPage: false, totalCount: 0 };
    const search = f.search?.trim();

    const { sql, params } = actionsPageSql({
      planId: plan.id,
      now: this.clock.now(),
      pillar: f.pillar,
      objectiveId: f.objectiveId,
      leadAgencyId: f.leadAgencyId,
      agencyId: f.agencyId,
      statuses: f.status,
      rags: f.rag,
      overdue: f.overdue,
      dueOnOrBefore: f.dueBefore,
      dueOnOrAfter: f.dueAfter,
      searchPattern: search ? containsPattern(search) : null,
      afterRef,
      limit: limit + 1,
    });
    const raw: (ActionStateRaw & Record<string, unknown> & { total_count: number })[] = await this.db.query(sql, params);
    const rows = raw.filter((r) => r.action_id !== null);
    const states = rows.map(toActionStateRow);
    this.states.primeToday(loaders, states);
    const nodes = rows.slice(0, limit).map(actionEntityFrom);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor([node.ref]), node })),
      hasNextPage: rows.length > limit,
      totalCount: raw[0]?.total_count ?? 0,
    };
  }

  /**
   * Actions of the plan overdue as of `asOf` (default today), most days overdue first, then by
   * ref. With `agencyId`, only actions that agency leads or supports (an unknown id matches none).
   */
  async overdueActions(actor: Actor, loaders: Loaders, planId: string, asOf?: string | null, agencyId?: string | null): Promise<ActionRow[]> {
    const plan = await this.readablePlan(actor, planId);
    const partnership = await this.partnershipOf(loaders, plan);
    const today = this.clock.today(partnership.timezone);
    const date = asOf ?? today;
    if (agencyId !== null && agencyId !== undefined && !isUuid(agencyId)) return [];
    const raw: ReportActionRaw[] = await this.db.query(OVERDUE_ACTIONS_SQL, [plan.id, date, agencyId ?? null]);
    const states = raw.map(toActionStateRow);
    if (date === today) this.states.primeToday(loaders, states);
    return raw.map((r, i) => toActionRow(states[i], actionEntityFrom(r), r.pillar));
  }

  /**
   * DESIGN.md "Board report" as of `asOf` (default today in the partnership's timezone; a future
   * date is allowed and projects the current state forward). `since`, when given, must be before
   * `asOf`. Statements: the plan with its partnership and objectives, then one for every per-action
   * figure as of asOf and since, the overdue milestones and the updates in (since, asOf]
   * (`BOARD_REPORT_SQL`: one snapshot, so the lists and the roll-ups always agree). The roll-ups
   * are the pure `rollUp` over those rows, grouped here: the same rule the tests check SQL against.
   */
  async boardReport(actor: Actor, loaders: Loaders, planId: string, asOf?: string | null, since?: string | null): Promise<BoardReport> {
    const { plan, partnership } = await this.planning.getPlanWithContext(actor, loaders, planId, 'deliveryPlanId');
    this.assertReadable(actor, plan, planId);
    const today = this.clock.today(partnership.timezone);
    const date = asOf ?? today;
    if (since !== null && since !== undefined && compareDates(since, date) >= 0) {
      throw BadUserInputError.field('since', `Must be before asOf (${date})`);
    }
    // Without `since`, "since the last board": the latest board meeting before asOf, when there is one.
    const sinceBoardMeeting = since === null || since === undefined ? await this.meetings.latestBefore(plan.partnershipId, date) : null;
    const from = since ?? sinceBoardMeeting?.date ?? null;

    const [allRaw, context] = await Promise.all([
      this.db.query<ReportActionRaw[]>(BOARD_REPORT_SQL, [plan.id, date, from]),
      this.db.query<(ObjectiveEntity & { stale_after_days: number; due_soon_days: number })[]>(REPORT_CONTEXT_AS_OF_SQL, [
        plan.strategyId,
        date,
        plan.partnershipId,
      ]),
    ]);
    // Actions removed since `since` come only for `changes`.
    const actionRaw = allRaw.filter((r) => !r.removed_since);
    const objectives = context.filter((o) => o.id !== null).map(({ stale_after_days: _s, due_soon_days: _d, ...o }) => Object.assign(new ObjectiveEntity(), o));
    const settings = {
      staleAfterDays: Number(context[0]?.stale_after_days ?? partnership.staleAfterDays),
      dueSoonDays: Number(context[0]?.due_soon_days ?? partnership.dueSoonDays),
    };
    // The lead agencies came with the rows: their names cost no further statement.
    this.partnerships.primeAgencies(
      loaders,
      actionRaw.map((r) =>
        Object.assign(new AgencyEntity(), { id: r.lead_agency_id, name: r.lead_agency_name, kind: r.lead_agency_kind, createdAt: r.lead_agency_created_at }),
      ),
    );

    const objectiveById = new Map(objectives.map((o) => [o.id, o]));
    const states = actionRaw.map(toActionStateRow);
    if (date === today) this.states.primeToday(loaders, states);
    const actions = actionRaw.map(actionEntityFrom);
    // Rows of the report point at these actions (milestones, changes, updates): no second read.
    this.planning.primeActions(loaders, actions);
    const rows = actionRaw.map((r, i) => toActionRow(states[i], actions[i], r.pillar, objectiveById.get(states[i].objectiveId)));

    // Rows are in ref order and Array.prototype.sort is stable, so "then by ref" comes for free.
    const overdueActions = rows.filter((_, i) => states[i].overdue).sort((a, b) => b.daysOverdue - a.daysOverdue);
    const dueSoon = rows.filter((_, i) => states[i].dueSoon).sort((a, b) => compareDates(a.dueDate, b.dueDate));
    const staleActions = rows.filter((_, i) => states[i].stale);
    const overdueMilestones: MilestoneRow[] = actionRaw
      .flatMap((r, i) =>
        (r.overdue_milestones ?? []).map(({ daysOverdue, ...milestone }) =>
          Object.assign(new MilestoneRow(), {
            milestone: Object.assign(new MilestoneEntity(), milestone),
            action: actions[i],
            dueDate: milestone.dueDate,
            daysOverdue,
          }),
        ),
      )
      .sort((a, b) => b.daysOverdue - a.daysOverdue);
    const changes: ActionChange[] = from === null ? [] : this.changesBetween(allRaw);
    const updatesSince = actionRaw
      .flatMap((r) => r.updates_since ?? [])
      .map((u) => Object.assign(new ProgressUpdateEntity(), u, { createdAt: new Date(u.createdAt) }))
      // 'YYYY-MM-DD' strings order as the dates do; compareDates would parse both, hundreds of times.
      .sort((a, b) => (a.reportedOn < b.reportedOn ? -1 : a.reportedOn > b.reportedOn ? 1 : compareSeq(a.seq, b.seq)));

    return Object.assign(new BoardReport(), {
      deliveryPlan: plan,
      partnership,
      asOf: date,
      since: from,
      sinceBoardMeeting,
      ...settings,
      ...this.rollUps(actionRaw, states, objectives),
      overdueActions,
      overdueMilestones,
      dueSoon,
      staleActions,
      changes,
      updatesSince,
    });
  }

  /**
   * `changes` between since and asOf, by ref, from the report's rows (in ref order): status or RAG
   * changed (with the reasons before and after), added, removed, due date moved, or progress moved
   * by 10 points or more with the same RAG.
   */
  private changesBetween(raw: readonly ReportActionRaw[]): ActionChange[] {
    const out: ActionChange[] = [];
    for (const r of raw) {
      const now = toActionStateRow(r);
      const action = actionEntityFrom(r);
      const kinds: ActionChangeKind[] = [];
      let before: { status: ActionStatus; rag: Rag | null; reasons: string[]; progress: number | null; dueDate: string | null };
      let after: typeof before;
      if (r.removed_since) {
        before = { status: now.status, rag: now.rag, reasons: now.ragReasons, progress: now.progress, dueDate: now.dueDate };
        after = { status: now.status, rag: null, reasons: [], progress: null, dueDate: null };
        kinds.push(ActionChangeKind.REMOVED);
      } else if (r.added_since) {
        before = { status: 'NOT_STARTED', rag: null, reasons: [], progress: null, dueDate: null };
        after = { status: now.status, rag: now.rag, reasons: now.ragReasons, progress: now.progress, dueDate: now.dueDate };
        kinds.push(ActionChangeKind.ADDED);
      } else {
        before = {
          status: r.since_status as ActionStatus,
          rag: (r.since_rag ?? null) as Rag | null,
          reasons: r.since_rag_reasons ?? [],
          progress: Number(r.since_progress),
          dueDate: r.since_due_date ?? null,
        };
        after = { status: now.status, rag: now.rag, reasons: now.ragReasons, progress: now.progress, dueDate: now.dueDate };
        if (before.status !== after.status || before.rag !== after.rag) kinds.push(ActionChangeKind.STATUS_OR_RAG);
        if (before.dueDate !== after.dueDate) kinds.push(ActionChangeKind.DUE_DATE_MOVED);
        if (before.rag === after.rag && Math.abs(after.progress! - before.progress!) >= 10) kinds.push(ActionChangeKind.PROGRESS_MOVED);
      }
      if (kinds.length === 0) continue;
      out.push(
        Object.assign(new ActionChange(), {
          action,
          ref: action.ref,
          kinds,
          statusBefore: before.status,
          statusAfter: after.status,
          ragBefore: before.rag,
          ragAfter: after.rag,
          ragReasonsBefore: before.reasons,
          ragReasonsAfter: after.reasons,
          progressBefore: before.progress,
          progressAfter: after.progress,
          dueDateBefore: before.dueDate,
          dueDateAfter: after.dueDate,
        }),
      );
    }
    return out;
  }

  /**
   * The roll-ups of DESIGN.md, by the pure rule: the whole plan; every pillar and every objective
   * of the strategy, empty or not; every lead agency of the plan (cancelled-only ones included),
   * in `lead_agency_rank` order (by name in the database's collation, then id).
   */
  private rollUps(
    raw: readonly ReportActionRaw[],
    states: readonly ActionStateRow[],
    objectives: readonly ObjectiveEntity[],
  ): { overall: RollUp; byPillar: PillarRollUp[]; byObjective: ObjectiveRollUp[]; byAgency: AgencyRollUp[] } {
    const group = <K>(key: (i: number) => K): Map<K, ActionStateRow[]> => {
      const groups = new Map<K, ActionStateRow[]>();
      states.forEach((state, i) => {
        const k = key(i);
        const list = groups.get(k);
        if (list) list.push(state);
        else groups.set(k, [state]);
      });
      return groups;
    };
    const byPillar = group((i) => raw[i].pillar);
    const byObjective = group((i) => states[i].objectiveId);
    const byAgency = group((i) => states[i].leadAgencyId);
    const rank = new Map(raw.map((r) => [r.lead_agency_id, r.lead_agency_rank ?? 0]));
    return {
      overall: rollUp(states),
      byPillar: PILLARS.map((pillar) => ({ pillar, rollUp: rollUp(byPillar.get(pillar) ?? []) })),
      byObjective: objectives.map((objective) => ({ objective, rollUp: rollUp(byObjective.get(objective.id) ?? []) })),
      byAgency: [...byAgency.entries()].sort(([a], [b]) => rank.get(a)! - rank.get(b)!).map(([agencyId, group]) => ({ agencyId, rollUp: rollUp(group) })),
    };
  }

  /** The plan, or NOT_FOUND for one the caller cannot read (another partnership's). */
  private async readablePlan(actor: Actor, planId: string): Promise<DeliveryPlanEntity> {
    const plan = await this.planning.getPlan(actor, planId, 'deliveryPlanId');
    this.assertReadable(actor, plan, planId);
    return plan;
  }

  private assertReadable(actor: Actor, plan: DeliveryPlanEntity, planId: string): void {
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'deliveryPlanId' });
  }

  private async partnershipOf(loaders: Loaders, plan: DeliveryPlanEntity): Promise<PartnershipEntity> {
    // The plan's foreign key keeps its partnership.
    return (await this.partnerships.loadPartnership(loaders, plan.partnershipId))!;
  }
}
