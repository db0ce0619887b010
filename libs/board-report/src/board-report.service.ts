import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { compareDates } from '@app/calendar';
import {
  Actor,
  BadUserInputError,
  Clock,
  decodeCursor,
  encodeCursor,
  isUuid,
  Loaders,
  pageSize,
  Permission,
  PolicyService,
} from '@app/common';
import { PartnershipEntity, PartnershipService } from '@app/partnership';
import {
  ActionEntity,
  DeliveryPlanEntity,
  MilestoneEntity,
  ObjectiveEntity,
  Pillar,
  PILLAR_ORDER,
  PlanningService,
} from '@app/planning';
import {
  ActionStateRaw,
  ActionStateRow,
  ActionStateService,
  ActionStatus as RuleStatus,
  ProgressUpdateEntity,
  Rag,
  toActionStateRow,
} from '@app/progress';
import { ActionFilter } from './inputs/action-filter.input';
import { emptyRollUp, RollUp } from './rules/roll-up.rule';
import { actionEntityFrom } from './sql/action-columns.sql';
import { actionsPageSql, containsPattern } from './sql/actions-page.sql';
import { OVERDUE_ACTIONS_SQL, reportActionsSql, ROLL_UPS_SQL, UPDATES_SINCE_SQL } from './sql/board-report.sql';
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
    since_status?: string;
    since_rag?: string | null;
    overdue_milestones: (Omit<MilestoneEntity, 'createdAt' | 'updatedAt'> & { daysOverdue: number })[] | null;
  };

interface RollUpRaw {
  grouping_id: number;
  pillar: Pillar | null;
  objective_id: string | null;
  lead_agency_id: string | null;
  total: number;
  cancelled: number;
  completed: number;
  overdue: number;
  due_soon: number;
  stale: number;
  progress: string;
  not_started: number;
  in_progress: number;
  on_hold: number;
  red: number;
  amber: number;
  green: number;
  blue: number;
}

/** `GROUPING(pillar, objective, lead agency)` of each grouping set of `ROLL_UPS_SQL`. */
const GROUPING = { plan: 7, pillar: 3, objective: 5, agency: 6 } as const;

function toRollUp(raw: RollUpRaw): RollUp {
  return {
    total: raw.total,
    cancelled: raw.cancelled,
    completed: raw.completed,
    overdue: raw.overdue,
    dueSoon: raw.due_soon,
    stale: raw.stale,
    progress: Number(raw.progress),
    byStatus: { notStarted: raw.not_started, inProgress: raw.in_progress, onHold: raw.on_hold, completed: raw.completed },
    byRag: { red: raw.red, amber: raw.amber, green: raw.green, blue: raw.blue },
  };
}

function toActionRow(state: ActionStateRow, action: ActionEntity, pillar: Pillar, objective?: ObjectiveEntity): ActionRow {
  return Object.assign(new ActionRow(), {
    action,
    ref: action.ref,
    title: action.title,
    objectiveId: action.objectiveId,
    objectiveEntity: objective,
    pillar,
    leadAgencyId: action.leadAgencyId,
    dueDate: action.dueDate,
    status: state.status,
    progress: state.progress,
    rag: state.rag,
    ragReasons: state.ragReasons,
    daysOverdue: state.daysOverdue,
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
   * `asOf`. Statements: plan, partnership, objectives, per-action states (as of asOf and since, with
   * overdue milestones), roll-ups, and the updates in (since, asOf] when `since` is given.
   */
  async boardReport(actor: Actor, loaders: Loaders, planId: string, asOf?: string | null, since?: string | null): Promise<BoardReport> {
    const plan = await this.readablePlan(actor, planId);
    const partnership = await this.partnershipOf(loaders, plan);
    const today = this.clock.today(partnership.timezone);
    const date = asOf ?? today;
    const from = since ?? null;
    if (from !== null && compareDates(from, date) >= 0) {
      throw BadUserInputError.field('since', `Must be before asOf (${date})`);
    }

    const objectives = await this.planning.loadObjectivesOf(loaders, plan.strategyId);
    // One snapshot for every figure, so the lists and the roll-ups of one report always agree.
    const [actionRaw, rollUpRaw, updateRaw] = await this.db.transaction('REPEATABLE READ', async (em) => [
      (await em.query(reportActionsSql(from !== null), from !== null ? [plan.id, date, from] : [plan.id, date])) as ReportActionRaw[],
      (await em.query(ROLL_UPS_SQL, [plan.id, date])) as RollUpRaw[],
      from !== null ? ((await em.query(UPDATES_SINCE_SQL, [plan.id, partnership.id, from, date])) as object[]) : [],
    ] as const);

    const objectiveById = new Map(objectives.map((o) => [o.id, o]));
    const states = actionRaw.map(toActionStateRow);
    if (date === today) this.states.primeToday(loaders, states);
    const actions = actionRaw.map(actionEntityFrom);
    const rows = actionRaw.map((r, i) => toActionRow(states[i], actions[i], r.pillar, objectiveById.get(actions[i].objectiveId)));

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
    const changes: ActionChange[] =
      from === null
        ? []
        : actionRaw.flatMap((r, i) => {
            const before = { status: r.since_status as RuleStatus, rag: (r.since_rag ?? null) as Rag | null };
            if (before.status === states[i].status && before.rag === states[i].rag) return [];
            return [
              Object.assign(new ActionChange(), {
                action: actions[i],
                ref: actions[i].ref,
                statusBefore: before.status,
                statusAfter: states[i].status,
                ragBefore: before.rag,
                ragAfter: states[i].rag,
              }),
            ];
          });

    const rollUps = this.assembleRollUps(rollUpRaw, objectives);
    return Object.assign(new BoardReport(), {
      deliveryPlan: plan,
      partnership,
      asOf: date,
      since: from,
      ...rollUps,
      overdueActions,
      overdueMilestones,
      dueSoon,
      staleActions,
      changes,
      updatesSince: updateRaw.map((row) => Object.assign(new ProgressUpdateEntity(), row)),
    });
  }

  /** Places the grouping-set rows: every pillar and every objective get a roll-up, empty or not. */
  private assembleRollUps(
    raw: RollUpRaw[],
    objectives: ObjectiveEntity[],
  ): { overall: RollUp; byPillar: PillarRollUp[]; byObjective: ObjectiveRollUp[]; byAgency: AgencyRollUp[] } {
    const pillars = new Map<Pillar, RollUp>();
    const byObjectiveId = new Map<string, RollUp>();
    const byAgency: AgencyRollUp[] = [];
    let overall = emptyRollUp();
    for (const row of raw) {
      const rollUp = toRollUp(row);
      switch (row.grouping_id) {
        case GROUPING.plan:
          overall = rollUp;
          break;
        case GROUPING.pillar:
          pillars.set(row.pillar!, rollUp);
          break;
        case GROUPING.objective:
          byObjectiveId.set(row.objective_id!, rollUp);
          break;
        case GROUPING.agency:
          byAgency.push({ agencyId: row.lead_agency_id!, rollUp });
          break;
      }
    }
    return {
      overall,
      byPillar: PILLAR_ORDER.map((pillar) => ({ pillar, rollUp: pillars.get(pillar) ?? emptyRollUp() })),
      byObjective: objectives.map((objective) => ({ objective, rollUp: byObjectiveId.get(objective.id) ?? emptyRollUp() })),
      byAgency,
    };
  }

  /** The plan, or NOT_FOUND for one the caller cannot read (another partnership's). */
  private async readablePlan(actor: Actor, planId: string): Promise<DeliveryPlanEntity> {
    const plan = await this.planning.getPlan(actor, planId, 'deliveryPlanId');
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'deliveryPlanId' });
    return plan;
  }

  private async partnershipOf(loaders: Loaders, plan: DeliveryPlanEntity): Promise<PartnershipEntity> {
    // The plan's foreign key keeps its partnership.
    return (await this.partnerships.loadPartnership(loaders, plan.partnershipId))!;
  }
}
