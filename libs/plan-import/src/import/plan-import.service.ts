import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import { compareDates } from '@app/calendar';
import { Actor, BadUserInputError, Clock, Loaders, Permission, PolicyService } from '@app/common';
import { AgencyEntity, PartnershipAgencyEntity, PartnershipEntity, PartnershipService, VISIBLE_AGENCIES_SQL } from '@app/partnership';
import {
  ActionEntity,
  ActionSupportingAgencyEntity,
  DeliveryPlanEntity,
  MilestoneEntity,
  ObjectiveEntity,
  PlanningService,
} from '@app/planning';
import { INSERT_PROGRESS_UPDATE_SQL, REFRESH_ACTION_PROJECTION_SQL } from '@app/progress';
import { ActionStatusName, AgencyKind, AgencyKindName, Pillar, PillarName, RagName } from '@app/domain';
import { agencyKey } from '../rules/cell-values.rule';
import { ExistingAction, ExistingPlan, ImportPlan, planImport, RowChange, RowRef } from '../rules/import-plan.rule';
import { layoutSheet } from '../rules/sheet-layout.rule';
import { ImportProblemsError, ImportReport, rowIsUnchanged, summarise } from './import-report';
import { TemplateContext } from '../template/import-template.writer';
import { readSpreadsheet, UploadedSpreadsheet } from './spreadsheet-reader';

export interface ImportOptionsInput {
  /** List what would happen and write nothing. */
  dryRun: boolean;
  /** Create agencies the file names that do not exist, and add existing non-member ones to the partnership. */
  createMissingAgencies: boolean;
  /** Create objectives the file names that the strategy lacks (the row must give pillar and objective title). */
  createMissingObjectives: boolean;
  /** Kinds for agencies the import creates, by name (as agency names are compared); others are guessed from the name. */
  agencyKinds?: Readonly<Record<string, AgencyKindName>>;
  /** Date of the returns of rows with no "Reported on" cell; default today in the partnership's time zone. */
  reportedOn?: string | null;
  /** The day new actions and milestones entered the plan (a plan set up after it began); default today. */
  inPlanSince?: string | null;
  /** The day changes to existing actions and milestones take effect (a back-dated correction); default today. */
  effectiveFrom?: string | null;
}

/** The days the plan's history records the file's new rows and changes from (PlanHistory migration). */
interface HistoryDays {
  /** The file-level option, if given. */
  inPlanSince: string | null;
  effectiveFrom: string;
  today: string;
  actorId: string;
}

/**
 * The day a new row enters the plan: the file-level `inPlanSince` when given; else the day of its
 * return when the file dates one before today (an action reported on was in the plan that day, so
 * a report as of that day shows it), else today.
 */
export function newRowInPlanSince(days: Pick<HistoryDays, 'inPlanSince' | 'today'>, reportedOn: string | null | undefined): string {
  if (days.inPlanSince) return days.inPlanSince;
  return reportedOn && compareDates(reportedOn, days.today) < 0 ? reportedOn : days.today;
}

/** Ids of what the import created, by the planner's keys. */
interface Created {
  agencies: Map<string, string>;
  objectives: Map<string, string>;
}

interface ActionRowRaw {
  id: string;
  ref: string;
  objective_id: string;
  title: string;
  description: string | null;
  success_measure: string | null;
  lead_agency_id: string;
  start_date: string | null;
  due_date: string;
}

/**
 * Imports a delivery plan spreadsheet into a plan (issue "Spreadsheets in, board pack out"). The
 * file is read and planned by pure rules against the plan as it stands; a dry run returns that
 * plan, a real run applies it in one transaction with an audit event per change, or writes nothing
 * when any row has a problem.
 */
@Injectable()
export class PlanImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly planning: PlanningService,
    private readonly partnerships: PartnershipService,
  ) {}

  /**
   * Reads `file`, plans it against the plan and, unless a dry run, applies it. NOT_FOUND / FORBIDDEN
   * as for editing the plan; BAD_USER_INPUT for a file that is no spreadsheet, and for a real run of
   * a file with problems (`ImportProblemsError`, nothing written).
   */
  async importPlan(actor: Actor, planId: string, file: UploadedSpreadsheet, options: ImportOptionsInput): Promise<ImportReport> {
    const plan = await this.planning.getPlan(actor, planId, 'planId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'planId' });
    const workbook = await readSpreadsheet(file);
    const layout = layoutSheet(workbook.sheets);
    const report = (planned: ImportPlan | null, applied: boolean): ImportReport => ({
      dryRun: options.dryRun,
      applied,
      file: { name: file.originalname ?? null, format: workbook.format, sheet: layout.sheet, headerRow: layout.headerRow },
      rows: layout.data.rows.length,
      columns: layout.columns,
      ignoredColumns: layout.ignoredColumns,
      problems: planned?.problems ?? layout.problems,
      warnings: [...layout.warnings, ...(planned?.warnings ?? [])],
      parsedAgencies: planned?.parsedAgencies ?? [],
      ...summarise(planned ?? { problems: layout.problems, warnings: [], parsedAgencies: [], objectives: [], agencies: [], links: [], rows: [] }),
    });
    const agencyKinds = new Map(Object.entries(options.agencyKinds ?? {}).map(([name, kind]) => [agencyKey(name), kind]));
    if (layout.problems.length > 0) {
      if (options.dryRun) return report(null, false);
      throw new ImportProblemsError(layout.problems);
    }

    const defaultNarrative = `Imported from ${file.originalname ? `"${file.originalname.slice(0, 200)}"` : 'a delivery plan spreadsheet'}`;
    const run = async (em: EntityManager): Promise<ImportReport> => {
      const partnership = await em.findOneByOrFail(PartnershipEntity, { id: plan.partnershipId });
      const today = this.clock.today(partnership.timezone);
      if (options.reportedOn && compareDates(options.reportedOn, today) > 0) {
        throw BadUserInputError.field('reportedOn', `Progress cannot be reported after today (${today})`);
      }
      for (const field of ['inPlanSince', 'effectiveFrom'] as const) {
        const day = options[field];
        if (day && compareDates(day, today) > 0) throw BadUserInputError.field(field, `Must not be in the future (today is ${today} in ${partnership.timezone})`);
      }
      // New rows enter the plan from inPlanSince, and changed rows change from effectiveFrom (both
      // default today), as createAction's inPlanSince and updateAction's effectiveFrom do.
      const days: HistoryDays = { inPlanSince: options.inPlanSince ?? null, effectiveFrom: options.effectiveFrom ?? today, today, actorId: actor.userId };
      await this.historyDay(em, days, days.effectiveFrom);
      const existing = await this.loadExisting(em, plan, today, !options.dryRun);
      const planned = planImport(layout.data, existing, {
        createMissingAgencies: options.createMissingAgencies,
        createMissingObjectives: options.createMissingObjectives,
        agencyKinds,
        defaultReportedOn: options.reportedOn ?? null,
        defaultNarrative,
      });
      if (options.dryRun) return report(planned, false);
      if (planned.problems.length > 0) throw new ImportProblemsError(planned.problems);
      if (planned.agencies.length > 0 || planned.links.length > 0) {
        // Creating agencies or adding them to the partnership is managing it, a permission of its own.
        this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: plan.partnershipId });
      }
      const changed = await this.apply(em, actor, plan, existing, planned, days);
      if (changed) {
        const { created, updated } = summarise(planned);
        await this.audit.record(em, actor, {
          operation: 'importPlan',
          entityType: 'DeliveryPlan',
          entityId: plan.id,
          partnershipId: plan.partnershipId,
          after: {
            file: file.originalname ?? null,
            format: workbook.format,
            sheet: layout.sheet,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            rows: layout.data.rows.length,
            created,
            updated,
          },
        });
      }
      return report(planned, true);
    };
    // A dry run reads one consistent snapshot; a real run locks what it changes (see loadExisting).
    return options.dryRun ? this.db.transaction('REPEATABLE READ', run) : this.db.transaction(run);
  }

  /** The plan's objectives and agencies, for the import template's example row and pick lists. */
  async templateContext(actor: Actor, planId: string): Promise<TemplateContext> {
    const plan = await this.planning.getPlan(actor, planId, 'planId');
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'planId' });
    const loaders = new Loaders();
    const [partnership, objectives, agencies] = await Promise.all([
      this.db.manager.findOneByOrFail(PartnershipEntity, { id: plan.partnershipId }),
      this.planning.loadObjectivesOf(loaders, plan.strategyId),
      this.partnerships.loadAgenciesOf(loaders, plan.partnershipId),
    ]);
    return {
      partnershipName: partnership.name,
      planTitle: plan.title,
      planStart: plan.startDate,
      planEnd: plan.endDate,
      today: this.clock.today(partnership.timezone),
      objectives: objectives.map((o) => ({ code: o.code, pillar: o.pillar, title: o.title })),
      agencies: agencies.map((a) => a.name),
    };
  }

  /**
   * The plan as it stands. With `lock`, the plan row and its actions are locked first, so two
   * imports of one plan run one after the other and a progress report or edit arriving meanwhile
   * waits rather than being overwritten by a plan computed before it.
   */
  private async loadExisting(em: EntityManager, plan: DeliveryPlanEntity, today: string, lock: boolean): Promise<ExistingPlan> {
    if (lock) await em.query('SELECT 1 FROM delivery_plan WHERE id = $1 FOR UPDATE', [plan.id]);
    const objectives = await em.find(ObjectiveEntity, { where: { strategyId: plan.strategyId } });
    // Only what the partnership may see: its own agencies and shared ones, never another's (issue 14).
    const agencies: { id: string; name: string; member: boolean }[] = await em.query(VISIBLE_AGENCIES_SQL, [plan.partnershipId]);
    const actions: ActionRowRaw[] = await em.query(
      `SELECT id, ref, objective_id, title, description, success_measure, lead_agency_id, start_date, due_date
         FROM action WHERE delivery_plan_id = $1 ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
      [plan.id],
    );
    const ids = actions.map((a) => a.id);
    const supporting: { action_id: string; agency_id: string }[] = await em.query(
      'SELECT action_id, agency_id FROM action_supporting_agency WHERE action_id = ANY($1::uuid[])',
      [ids],
    );
    const milestones: { id: string; action_id: string; title: string; due_date: string }[] = await em.query(
      'SELECT id, action_id, title, due_date FROM milestone WHERE action_id = ANY($1::uuid[]) ORDER BY position',
      [ids],
    );
    const updates: { action_id: string; reported_on: string; seq: string; status: ActionStatusName; percent_complete: number; rag: RagName | null; narrative: string }[] =
      await em.query(
        'SELECT action_id, reported_on, seq, status, percent_complete, rag, narrative FROM progress_update WHERE action_id = ANY($1::uuid[])',
        [ids],
      );
    const byAction = <T extends { action_id: string }>(rows: T[]): Map<string, T[]> => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.action_id, [...(map.get(row.action_id) ?? []), row]);
      return map;
    };
    const supportingOf = byAction(supporting);
    const milestonesOf = byAction(milestones);
    const updatesOf = byAction(updates);
    return {
      today,
      objectives: objectives.map((o) => ({ id: o.id, code: o.code, pillar: o.pillar, title: o.title })),
      agencies,
      actions: actions.map(
        (a): ExistingAction => ({
          id: a.id,
          ref: a.ref,
          objectiveId: a.objective_id,
          title: a.title,
          description: a.description,
          successMeasure: a.success_measure,
          leadAgencyId: a.lead_agency_id,
          supportingAgencyIds: (supportingOf.get(a.id) ?? []).map((s) => s.agency_id),
          startDate: a.start_date,
          dueDate: a.due_date,
          milestones: (milestonesOf.get(a.id) ?? []).map((m) => ({ id: m.id, title: m.title, dueDate: m.due_date })),
          updates: (updatesOf.get(a.id) ?? []).map((u) => ({
            reportedOn: u.reported_on,
            seq: Number(u.seq),
            status: u.status,
            percentComplete: Number(u.percent_complete),
            rag: u.rag,
            narrative: u.narrative,
          })),
        }),
      ),
    };
  }

  /** Writes the planned import, each change audited as its own mutation would be. True when anything changed. */
  private async apply(em: EntityManager, actor: Actor, plan: DeliveryPlanEntity, existing: ExistingPlan, planned: ImportPlan, days: HistoryDays): Promise<boolean> {
    const created: Created = { agencies: new Map(), objectives: new Map() };
    const partnershipId = plan.partnershipId;
    const record = (operation: string, entityType: string, entityId: string, before: unknown, after: unknown, scope: string | null = partnershipId) =>
      this.audit.record(em, actor, { operation, entityType, entityId, partnershipId: scope, before, after });

    for (const agency of planned.agencies) {
      // Made by this partnership's import, so its own: no other partnership sees it unless an admin shares it.
      const row = await em.save(em.create(AgencyEntity, { name: agency.name, kind: agency.kind as AgencyKind, ownerPartnershipId: partnershipId, shared: false }));
      await record('createAgency', 'Agency', row.id, null, auditSnapshot(row));
      created.agencies.set(agency.key, row.id);
      await this.link(em, record, partnershipId, row.id);
    }
    for (const link of planned.links) await this.link(em, record, partnershipId, link.id);

    if (planned.objectives.length > 0) {
      // As createObjective: serialises positions and codes per strategy.
      await em.query('SELECT 1 FROM strategy WHERE id = $1 FOR UPDATE', [plan.strategyId]);
      const [{ next }] = await em.query<{ next: number }[]>('SELECT COALESCE(MAX(position), 0) AS next FROM objective WHERE strategy_id = $1', [plan.strategyId]);
      let position = Number(next);
      for (const objective of planned.objectives) {
        position += 1;
        const row = await em.save(
          em.create(ObjectiveEntity, {
            partnershipId,
            strategyId: plan.strategyId,
            pillar: objective.pillar as Pillar,
            code: objective.code,
            title: objective.title,
            description: null,
            position,
          }),
        );
        await record('createObjective', 'Objective', row.id, null, auditSnapshot(row));
        created.objectives.set(objective.key, row.id);
      }
    }

    const current = new Map(existing.actions.map((a) => [a.id, a]));
    const idOf = (ref: RowRef, keys: Map<string, string>): string => ('id' in ref ? ref.id : keys.get(ref.key)!);
    for (const change of planned.rows) {
      if (rowIsUnchanged(change)) continue;
      // The history triggers read the day from the transaction: a new action enters the plan on
      // inPlanSince, a change to an existing one takes effect on effectiveFrom.
      const entered = newRowInPlanSince(days, change.progress?.reportedOn);
      await this.historyDay(em, days, change.existingId === null ? entered : days.effectiveFrom);
      const actionId = await this.applyAction(em, record, plan, change, created);
      await this.applyMilestones(em, record, partnershipId, actionId, change, current.get(actionId)?.milestones.length ?? 0, days, entered);
      if (change.progress) await this.applyProgress(em, actor, record, partnershipId, actionId, change, idOf(change.fields.leadAgency, created.agencies));
    }
    return planned.agencies.length + planned.links.length + planned.objectives.length > 0 || planned.rows.some((r) => !rowIsUnchanged(r));
  }

  private async link(em: EntityManager, record: AuditWriter, partnershipId: string, agencyId: string): Promise<void> {
    await em.insert(PartnershipAgencyEntity, { partnershipId, agencyId });
    await record('addAgencyToPartnership', 'PartnershipAgency', `${partnershipId}:${agencyId}`, null, { partnershipId, agencyId });
  }

  /** Creates or updates the row's action (as createAction / updateAction would); returns its id. */
  private async applyAction(em: EntityManager, record: AuditWriter, plan: DeliveryPlanEntity, change: RowChange, created: Created): Promise<string> {
    const f = change.fields;
    const idOf = (ref: RowRef, keys: Map<string, string>): string => ('id' in ref ? ref.id : keys.get(ref.key)!);
    const values = {
      objectiveId: idOf(f.objective, created.objectives),
      ref: f.ref,
      title: f.title,
      leadAgencyId: idOf(f.leadAgency, created.agencies),
      dueDate: f.dueDate,
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.successMeasure !== undefined ? { successMeasure: f.successMeasure } : {}),
      ...(f.startDate !== undefined ? { startDate: f.startDate } : {}),
    };
    const supporting = f.supportingAgencies?.map((r) => idOf(r, created.agencies));

    if (change.existingId === null) {
      const action = await em.save(
        em.create(ActionEntity, {
          partnershipId: plan.partnershipId,
          deliveryPlanId: plan.id,
          description: null,
          successMeasure: null,
          startDate: null,
          leadOfficerId: null,
          ...values,
        }),
      );
      const ids = await this.replaceSupporting(em, action, supporting ?? []);
      await record('createAction', 'Action', action.id, null, { ...auditSnapshot(action), supportingAgencyIds: ids });
      return action.id;
    }

    if (change.outcome === 'update') {
      const action = await em.findOneByOrFail(ActionEntity, { id: change.existingId });
      const beforeSupporting = (await em.find(ActionSupportingAgencyEntity, { where: { actionId: action.id } })).map((s) => s.agencyId).sort();
      const before = { ...auditSnapshot(action), supportingAgencyIds: beforeSupporting };
      Object.assign(action, values, { version: action.version + 1 });
      const saved = await em.save(action);
      const ids = change.changedFields.includes('supportingAgencies') || change.changedFields.includes('leadAgency')
        ? await this.replaceSupporting(em, saved, supporting ?? beforeSupporting)
        : beforeSupporting;
      await record('updateAction', 'Action', saved.id, before, { ...auditSnapshot(saved), supportingAgencyIds: ids });
    }
    return change.existingId;
  }

  /** As PlanningService: the lead never also supports; returns the ids stored, sorted. */
  private async replaceSupporting(em: EntityManager, action: ActionEntity, agencyIds: string[]): Promise<string[]> {
    const unique = [...new Set(agencyIds)].filter((id) => id !== action.leadAgencyId).sort();
    await em.delete(ActionSupportingAgencyEntity, { actionId: action.id });
    if (unique.length > 0) {
      await em.insert(
        ActionSupportingAgencyEntity,
        unique.map((agencyId) => ({ actionId: action.id, agencyId, partnershipId: action.partnershipId })),
      );
    }
    return unique;
  }

  /** Sets the day (and the importer) the plan's history triggers record the next writes under. */
  private async historyDay(em: EntityManager, days: HistoryDays, day: string): Promise<void> {
    await em.query(`SELECT set_config('tracker.effective_from', $1, true), set_config('tracker.actor_id', $2, true)`, [day, days.actorId]);
  }

  private async applyMilestones(em: EntityManager, record: AuditWriter, partnershipId: string, actionId: string, change: RowChange, held: number, days: HistoryDays, entered: string): Promise<void> {
    if (change.milestonesToAdd.length > 0) await this.historyDay(em, days, entered);
    let position = held > 0 ? Number((await em.query<{ p: number }[]>('SELECT COALESCE(MAX(position), 0) AS p FROM milestone WHERE action_id = $1', [actionId]))[0].p) : 0;
    for (const m of change.milestonesToAdd) {
      position += 1;
      const milestone = await em.save(em.create(MilestoneEntity, { partnershipId, actionId, title: m.title, dueDate: m.dueDate, completedOn: null, position }));
      await record('addMilestone', 'Milestone', milestone.id, null, auditSnapshot(milestone));
    }
    if (change.milestonesToMove.length === 0) return;
    await this.historyDay(em, days, days.effectiveFrom);
    const rows = await em.find(MilestoneEntity, { where: { id: In(change.milestonesToMove.map((m) => m.id)) } });
    for (const move of change.milestonesToMove) {
      const milestone = rows.find((r) => r.id === move.id)!;
      const before = auditSnapshot(milestone);
      milestone.dueDate = move.to;
      await em.save(milestone);
      await record('updateMilestone', 'Milestone', milestone.id, before, auditSnapshot(milestone));
    }
  }

  /**
   * Appends the row's progress update with the same statements as reportProgress, then refreshes
   * the action's projection, so history stays append-only and the action shows its latest update.
   * The planner has already applied reportProgress's rules (not in the future, COMPLETED at 100 %).
   * The author is the importing user; the agency is the action's lead agency, whose return the
   * spreadsheet row records (not the importer's own agency).
   */
  private async applyProgress(
    em: EntityManager,
    actor: Actor,
    record: AuditWriter,
    partnershipId: string,
    actionId: string,
    change: RowChange,
    leadAgencyId: string,
  ): Promise<void> {
    const p = change.progress!;
    type ProjectionRow = { status: string; percent_complete: number; last_reported_on: string | null };
    const [before] = await em.query<ProjectionRow[]>('SELECT status, percent_complete, last_reported_on FROM action WHERE id = $1', [actionId]);
    const [inserted] = await em.query<{ id: string }[]>(INSERT_PROGRESS_UPDATE_SQL, [
      partnershipId,
      actionId,
      actor.userId,
      leadAgencyId,
      p.reportedOn,
      p.narrative,
      p.percentComplete,
      p.status,
      p.rag,
    ]);
    const [after] = await em.query<ProjectionRow[]>(REFRESH_ACTION_PROJECTION_SQL, [actionId]);
    const projection = (raw: ProjectionRow) => ({
      status: raw.status,
      percentComplete: Number(raw.percent_complete),
      lastReportedOn: raw.last_reported_on,
    });
    await record('reportProgress', 'ProgressUpdate', inserted.id, { actionProjection: projection(before) }, {
      ...auditSnapshot(inserted as object),
      actionProjection: projection(after),
    });
  }
}

type AuditWriter = (operation: string, entityType: string, entityId: string, before: unknown, after: unknown, scope?: string | null) => Promise<void>;
