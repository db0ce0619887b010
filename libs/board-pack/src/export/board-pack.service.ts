import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BoardReportService } from '@app/board-report';
import { compareDates } from '@app/calendar';
import { Actor, DownloadFile, BadUserInputError, Clock, Loaders, Permission, PolicyService } from '@app/common';
import { UserService } from '@app/identity';
import { PartnershipService } from '@app/partnership';
import { ActionEntity, PlanningService } from '@app/planning';
import { ActionStateService } from '@app/progress';
import { RoundsService } from '@app/rounds';
import { slug } from '@app/file-formats';
import { ActionLine, BoardPackData, BoardPackFormatName, LatestReturn } from './board-pack.data';
import { boardPackCsv } from './csv-board-pack.writer';
import { RenderPool } from './render-pool';
import { ComparablePack, packDifferences } from '../rules/pack-differences.rule';

/** A rendered pack: its bytes, media type and file name. */
export type RenderedFile = DownloadFile;

const CONTENT_TYPES: Readonly<Record<BoardPackFormatName, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * The board report as downloadable files. The figures come from `BoardReportService.boardReport`
 * (same permission checks, same date rules), and the "all actions" list from the same action-state
 * SQL for the same as-of date, so a pack never disagrees with the report.
 */
@Injectable()
export class BoardPackService {
  constructor(
    private readonly reports: BoardReportService,
    private readonly states: ActionStateService,
    private readonly planning: PlanningService,
    private readonly partnerships: PartnershipService,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
    private readonly pool: RenderPool,
    private readonly rounds: RoundsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * One pack. A render slot is taken first (TOO_MANY_REQUESTS with a Retry-After when every
   * renderer is busy and the queue is full), so the data gathered for packs is bounded too; PDF and
   * XLSX are rendered in a render process (RenderPool), the CSV (a flat list) here.
   */
  async render(actor: Actor, planId: string, format: BoardPackFormatName, asOf?: string | null, since?: string | null): Promise<RenderedFile> {
    const release = await this.pool.acquire();
    try {
      return await this.renderHolding(actor, planId, format, asOf, since);
    } finally {
      release();
    }
  }

  private async renderHolding(actor: Actor, planId: string, format: BoardPackFormatName, asOf?: string | null, since?: string | null): Promise<RenderedFile> {
    const data = await this.data(actor, planId, asOf, since);
    data.published = await this.publishedFor(planId, data);
    // Lets requests that arrived while the data was shaped be answered before the hand-over.
    await new Promise((resolve) => setImmediate(resolve));
    const body = format === 'csv' ? boardPackCsv(data) : await this.pool.render(format, data);
    const name = `board-pack-${slug(data.plan.title)}-${data.asOf}${data.since ? `-since-${data.since}` : ''}.${format}`;
    return { body, contentType: CONTENT_TYPES[format], fileName: name };
  }

  /**
   * The latest pack published for the same plan and dates, if any, and what the live data now says
   * differently from it: a live pack says whether it still matches what the board was shown.
   */
  private async publishedFor(planId: string, data: BoardPackData): Promise<BoardPackData['published']> {
    const [row]: { version: number; published_at: Date; data: string }[] = await this.db.query(
      // The newest version published for these dates (since may be null: IS NOT DISTINCT FROM).
      `SELECT version, published_at, data::text AS data FROM published_board_pack
        WHERE delivery_plan_id = $1 AND as_of = $2 AND since IS NOT DISTINCT FROM $3::date ORDER BY version DESC LIMIT 1`,
      [planId, data.asOf, data.since],
    );
    if (!row) return null;
    return {
      version: row.version,
      publishedAt: new Date(row.published_at).toISOString(),
      differences: packDifferences(JSON.parse(row.data) as ComparablePack, data),
    };
  }

  /**
   * What `boardReport` would refuse, checked without running it (for signing a download link):
   * NOT_FOUND for a plan the caller cannot read, BAD_USER_INPUT unless `since` is before `asOf`.
   */
  async assertCanRender(actor: Actor, planId: string, asOf?: string | null, since?: string | null): Promise<void> {
    const plan = await this.planning.getPlan(actor, planId, 'deliveryPlanId');
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'deliveryPlanId' });
    if (!since) return;
    const partnership = (await this.partnerships.loadPartnership(new Loaders(), plan.partnershipId))!;
    const date = asOf ?? this.clock.today(partnership.timezone);
    if (compareDates(since, date) >= 0) throw BadUserInputError.field('since', `Must be before asOf (${date})`);
  }

  async data(actor: Actor, planId: string, asOf?: string | null, since?: string | null): Promise<BoardPackData> {
    const loaders = new Loaders();
    const report = await this.reports.boardReport(actor, loaders, planId, asOf ?? null, since ?? null);
    const plan = report.deliveryPlan;
    const [strategy, current] = await Promise.all([this.planning.loadStrategy(loaders, plan.strategyId), this.planning.loadActionsOf(loaders, plan.id)]);
    // With the report's own rows: an action in the plan as of asOf and removed since is listed there.
    const actions = [
      ...new Map([...current, ...[...report.overdueActions, ...report.dueSoon, ...report.staleActions].map((r) => r.action)].map((a) => [a.id, a])).values(),
    ];
    const states = new Map((await this.states.statesAsOf(actions.map((a) => ({ actionId: a.id, asOf: report.asOf })))).map((s) => [s.actionId, s]));
    // eslint-disable-next-line @typescript-eslint/await-thenable -- loaders answer a value or a promise (Awaitable); Promise.all takes both
    const supporting = await Promise.all(actions.map((a) => this.planning.loadSupportingAgencyIds(loaders, a.id)));
    // Re-baselined actions: the due date before the first move in effect by asOf ("originally …").
    // eslint-disable-next-line @typescript-eslint/await-thenable -- loaders answer a value or a promise (Awaitable); Promise.all takes both
    const revisions = await Promise.all(actions.map((a) => this.planning.loadDueDateRevisions(loaders, a.id)));
    const originalDue = new Map(actions.map((a, i) => [a.id, revisions[i].filter((r) => r.effectiveFrom <= report.asOf)[0]?.from ?? null]));
    const compliance = await this.rounds.planCompliance(plan.id, report.asOf);

    const agencyIds = new Set<string>([
      ...actions.map((a) => a.leadAgencyId),
      ...supporting.flat(),
      ...report.byAgency.map((a) => a.agencyId),
      ...report.changes.map((c) => c.action.leadAgencyId),
      ...compliance.map((c) => c.agencyId),
    ]);
    for (const u of report.updatesSince) if (u.agencyId) agencyIds.add(u.agencyId);
    const agencyNames = new Map<string, string>();
    await Promise.all([...agencyIds].map(async (id) => agencyNames.set(id, (await this.partnerships.loadAgency(loaders, id))?.name ?? '')));
    const authorNames = new Map<string, string>();
    await Promise.all(
      [...new Set(report.updatesSince.map((u) => u.authorId))].map(async (id) => authorNames.set(id, (await this.users.loadUser(loaders, id))?.name ?? '')),
    );
    const objectives = new Map(report.byObjective.map((o) => [o.objective.id, o.objective]));

    const lines = new Map<string, ActionLine>();
    actions.forEach((action, i) => {
      // An action not in the plan as of asOf (added later) has no state then and no line.
      const state = states.get(action.id);
      if (!state) return;
      const objective = objectives.get(action.objectiveId);
      lines.set(action.id, {
        ref: action.ref,
        title: action.title,
        pillar: objective?.pillar ?? '',
        objectiveCode: objective?.code ?? '',
        objectiveTitle: objective?.title ?? '',
        leadAgency: agencyNames.get(action.leadAgencyId) ?? '',
        supportingAgencies: supporting[i].map((id) => agencyNames.get(id) ?? '').sort((a, b) => a.localeCompare(b)),
        startDate: action.startDate,
        dueDate: action.dueDate,
        originalDueDate: originalDue.get(action.id) ?? null,
        status: state.status,
        percentComplete: state.percentComplete,
        progress: state.progress,
        rag: state.rag,
        ragReasons: state.ragReasons,
        overdue: state.overdue,
        daysOverdue: state.daysOverdue,
        dueSoon: state.dueSoon,
        stale: state.stale,
        lastReportedOn: state.lastReportedOn,
      });
    });
    // The report's own lists, in its order, with its figures; the line adds names and dates.
    const line = (row: {
      action: ActionEntity;
      title: string;
      dueDate: string;
      status: string;
      progress: number;
      rag: string | null;
      ragReasons: string[];
      daysOverdue: number;
    }): ActionLine => ({
      ...lines.get(row.action.id)!,
      // The title and due date in force at asOf.
      title: row.title,
      dueDate: row.dueDate,
      status: row.status,
      progress: row.progress,
      rag: row.rag,
      ragReasons: row.ragReasons,
      daysOverdue: row.daysOverdue,
    });
    const actionById = new Map(actions.map((a) => [a.id, a]));

    return {
      partnership: { name: report.partnership.name, timezone: report.partnership.timezone },
      strategy: { title: strategy?.title ?? '' },
      plan: { title: plan.title, startDate: plan.startDate, endDate: plan.endDate },
      asOf: report.asOf,
      since: report.since,
      sinceMeeting: report.sinceBoardMeeting ? { title: report.sinceBoardMeeting.title, date: report.sinceBoardMeeting.date } : null,
      roundCompliance: compliance
        .map((c) => ({
          agency: agencyNames.get(c.agencyId) ?? '',
          due: c.due,
          onTime: c.onTime,
          late: c.late,
          missed: c.missed,
          outstanding: c.outstanding,
          acknowledged: c.acknowledged,
        }))
        .sort((a, b) => a.agency.localeCompare(b.agency)),
      generatedAt: this.clock.now(),
      settings: { staleAfterDays: report.staleAfterDays, dueSoonDays: report.dueSoonDays },
      overall: report.overall,
      byPillar: report.byPillar.map((p) => ({ pillar: p.pillar, rollUp: p.rollUp })),
      byObjective: report.byObjective.map((o) => ({ pillar: o.objective.pillar, code: o.objective.code, title: o.objective.title, rollUp: o.rollUp })),
      byAgency: report.byAgency.map((a) => ({ agency: agencyNames.get(a.agencyId) ?? '', rollUp: a.rollUp })),
      overdueActions: report.overdueActions.map(line),
      overdueMilestones: report.overdueMilestones.map((m) => ({
        ref: m.action.ref,
        actionTitle: m.action.title,
        leadAgency: agencyNames.get(m.action.leadAgencyId) ?? '',
        milestone: m.milestone.title,
        dueDate: m.dueDate,
        daysOverdue: m.daysOverdue,
      })),
      dueSoon: report.dueSoon.map(line),
      staleActions: report.staleActions.map(line),
      changes: report.changes.map((c) => ({
        ref: c.ref,
        title: c.action.title,
        leadAgency: agencyNames.get(c.action.leadAgencyId) ?? '',
        statusBefore: c.statusBefore,
        statusAfter: c.statusAfter,
        ragBefore: c.ragBefore,
        ragAfter: c.ragAfter,
        kinds: [...c.kinds],
        ragReasonsBefore: [...c.ragReasonsBefore],
        ragReasonsAfter: [...c.ragReasonsAfter],
        progressBefore: c.progressBefore,
        progressAfter: c.progressAfter,
        dueDateBefore: c.dueDateBefore,
        dueDateAfter: c.dueDateAfter,
      })),
      updatesSince: report.updatesSince.map((u) => ({
        reportedOn: u.reportedOn,
        ref: actionById.get(u.actionId)?.ref ?? '',
        title: actionById.get(u.actionId)?.title ?? '',
        author: authorNames.get(u.authorId) ?? '',
        agency: u.agencyId ? (agencyNames.get(u.agencyId) ?? '') : '',
        status: u.status,
        percentComplete: u.percentComplete,
        rag: u.rag,
        narrative: u.narrative,
      })),
      allActions: [...lines.values()],
      latestReturns: await this.latestReturns(loaders, actions, states, report.asOf, agencyNames),
    };
  }

  /**
   * For each red or overdue action, the return in force on the date (latest reported on or before
   * it, ties to the later recorded), with who reported it: what a board asks about first.
   */
  private async latestReturns(
    loaders: Loaders,
    actions: ActionEntity[],
    states: Map<string, { rag: string | null; overdue: boolean }>,
    asOf: string,
    agencyNames: Map<string, string>,
  ): Promise<Record<string, LatestReturn>> {
    const wanted = actions.filter((a) => states.get(a.id)?.rag === 'RED' || states.get(a.id)?.overdue);
    if (wanted.length === 0) return {};
    const rows: { action_id: string; reported_on: string; narrative: string; author_id: string; agency_id: string | null }[] = await this.db.query(
      // The update in force as of the date for each action: DESIGN.md's "as of" rule, one index probe each.
      `SELECT a.id AS action_id, u.reported_on, u.narrative, u.author_id, u.agency_id
         FROM unnest($1::uuid[]) AS a(id)
         CROSS JOIN LATERAL (
           SELECT reported_on, narrative, author_id, agency_id FROM progress_update
            WHERE action_id = a.id AND reported_on <= $2 ORDER BY reported_on DESC, seq DESC LIMIT 1
         ) u`,
      [wanted.map((a) => a.id), asOf],
    );
    const refOf = new Map(actions.map((a) => [a.id, a.ref]));
    // Names looked up together (one batch each), not one await per row.
    const authors = new Map<string, string>();
    await Promise.all([...new Set(rows.map((r) => r.author_id))].map(async (id) => authors.set(id, (await this.users.loadUser(loaders, id))?.name ?? '')));
    const missing = [...new Set(rows.map((r) => r.agency_id).filter((id): id is string => !!id && !agencyNames.has(id)))];
    await Promise.all(missing.map(async (id) => agencyNames.set(id, (await this.partnerships.loadAgency(loaders, id))?.name ?? '')));
    const out: Record<string, LatestReturn> = {};
    for (const row of rows) {
      out[refOf.get(row.action_id)!] = {
        reportedOn: row.reported_on,
        author: authors.get(row.author_id) ?? '',
        agency: row.agency_id ? (agencyNames.get(row.agency_id) ?? '') : '',
        narrative: row.narrative,
      };
    }
    return out;
  }
}
