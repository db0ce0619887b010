import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { compareDates } from '@app/calendar';
import { Actor, BadUserInputError, Clock, ConflictError, Loaders, NotFoundError, Permission, PolicyService, TransactionContext } from '@app/common';
import { ActionStatusName, AgencyKindName, RagName } from '@app/domain';
import { PartnershipEntity, PartnershipService, VISIBLE_AGENCIES_SQL } from '@app/partnership';
import { DeliveryPlanEntity, ObjectiveEntity, PlanningService, PlanningWriteService } from '@app/planning';
import { ProgressService } from '@app/progress';
import { agencyKey } from '../rules/cell-values.rule';
import { ExistingAction, ExistingPlan, ImportPlan, ImportProblemCode, planImport, RowChange, RowRef } from '../rules/import-plan.rule';
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
  version: number;
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
    private readonly tx: TransactionContext,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly planning: PlanningService,
    private readonly writes: PlanningWriteService,
    private readonly partnerships: PartnershipService,
    private readonly progress: ProgressService,
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
      const { existing, versions } = await this.loadExisting(em, plan, today, !options.dryRun);
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
      const changed = await this.apply(actor, plan, existing, versions, planned, days);
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
    // The services the real run writes through join its transaction (TransactionContext).
    return options.dryRun ? this.tx.run(run, 'REPEATABLE READ') : this.tx.run(run);
  }

  /** The plan's objectives and agencies, for the import template's example row and pick lists. */
  async templateContext(actor: Actor, planId: string): Promise<TemplateContext> {
    const plan = await this.planning.getPlan(actor, planId, 'planId');
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'planId' });
    const loaders = new Loaders();
    const [partnership, objectives, agencies] = await Promise.all([
      this.tx.manager.findOneByOrFail(PartnershipEntity, { id: plan.partnershipId }),
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
  private async loadExisting(
    em: EntityManager,
    plan: DeliveryPlanEntity,
    today: string,
    lock: boolean,
  ): Promise<{ existing: ExistingPlan; versions: Map<string, number> }> {
    if (lock) await em.query('SELECT 1 FROM delivery_plan WHERE id = $1 FOR UPDATE', [plan.id]);
    const objectives = await em.find(ObjectiveEntity, { where: { strategyId: plan.strategyId } });
    // Only what the partnership may see: its own agencies and shared ones, never another's (issue 14).
    const agencies: { id: string; name: string; member: boolean }[] = await em.query(VISIBLE_AGENCIES_SQL, [plan.partnershipId]);
    const actions: ActionRowRaw[] = await em.query(
      `SELECT id, ref, objective_id, title, description, success_measure, lead_agency_id, start_date, due_date, version
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
    const updates: {
      action_id: string;
      reported_on: string;
      seq: string;
      status: ActionStatusName;
      percent_complete: number;
      rag: RagName | null;
      narrative: string;
    }[] = await em.query('SELECT action_id, reported_on, seq, status, percent_complete, rag, narrative FROM progress_update WHERE action_id = ANY($1::uuid[])', [
      ids,
    ]);
    const byAction = <T extends { action_id: string }>(rows: T[]): Map<string, T[]> => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.action_id, [...(map.get(row.action_id) ?? []), row]);
      return map;
    };
    const supportingOf = byAction(supporting);
    const milestonesOf = byAction(milestones);
    const updatesOf = byAction(updates);
    const existing: ExistingPlan = {
      today,
      objectives: objectives.map((o) => ({ id: o.id, code: o.code, pillar: o.pillar, title: o.title })),
      agencies,
      actions: actions.map((a): ExistingAction => ({
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
      })),
    };
    return { existing, versions: new Map(actions.map((a) => [a.id, Number(a.version)])) };
  }

  /**
   * Writes the planned import through the services that own each write (agencies, objectives,
   * actions and their supporting agencies, milestones, returns), in the import's transaction: each
   * change is checked and audited as its own mutation would be. True when anything changed.
   */
  private async apply(
    actor: Actor,
    plan: DeliveryPlanEntity,
    existing: ExistingPlan,
    versions: ReadonlyMap<string, number>,
    planned: ImportPlan,
    days: HistoryDays,
  ): Promise<boolean> {
    const created: Created = { agencies: new Map(), objectives: new Map() };
    const partnershipId = plan.partnershipId;
    for (const agency of planned.agencies) {
      // Made by this partnership's import, so its own: no other partnership sees it unless an admin shares it.
      const row = await this.partnerships.createAgency(actor, { name: agency.name, kind: agency.kind, partnershipId });
      created.agencies.set(agency.key, row.id);
    }
    for (const link of planned.links) await this.partnerships.addAgency(actor, { partnershipId, agencyId: link.id });
    for (const objective of planned.objectives) {
      const row = await this.writes.createObjective(actor, {
        strategyId: plan.strategyId,
        pillar: objective.pillar,
        code: objective.code,
        title: objective.title,
        description: null,
      });
      created.objectives.set(objective.key, row.id);
    }

    const current = new Map(existing.actions.map((a) => [a.id, a]));
    for (const change of planned.rows) {
      if (rowIsUnchanged(change)) continue;
      await this.applyRow(actor, plan, current, versions, change, created, days).catch((error: unknown) => {
        // The row's write refused by its service (the whole import rolls back): a problem of the row.
        if (!(error instanceof ImportProblemsError) && (error instanceof BadUserInputError || error instanceof ConflictError || error instanceof NotFoundError)) {
          const message = error instanceof BadUserInputError ? (error.fields[0]?.message ?? error.message) : error.message;
          throw new ImportProblemsError([{ row: change.row, column: null, field: null, code: ImportProblemCode.Refused, message }]);
        }
        throw error;
      });
    }
    return planned.agencies.length + planned.links.length + planned.objectives.length > 0 || planned.rows.some((r) => !rowIsUnchanged(r));
  }

  /** Writes one row's action, its milestones and its return through their services. */
  private async applyRow(
    actor: Actor,
    plan: DeliveryPlanEntity,
    current: ReadonlyMap<string, ExistingAction>,
    versions: ReadonlyMap<string, number>,
    change: RowChange,
    created: Created,
    days: HistoryDays,
  ): Promise<void> {
    const idOf = (ref: RowRef, keys: Map<string, string>): string => ('id' in ref ? ref.id : keys.get(ref.key)!);
    // A new action and its milestones enter the plan on inPlanSince (or the day of its return);
    // a change to an existing one takes effect on effectiveFrom.
    const entered = newRowInPlanSince(days, change.progress?.reportedOn);
    const f = change.fields;
    const fields = {
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
    let actionId: string;
    if (change.existingId === null) {
      const action = await this.writes.createAction(actor, { deliveryPlanId: plan.id, ...fields, supportingAgencyIds: supporting ?? [], inPlanSince: entered });
      actionId = action.id;
    } else {
      actionId = change.existingId;
      if (change.outcome === 'update') {
        // A new lead never also supports: the supporting agencies are rewritten when either changes.
        const rewrite = change.changedFields.includes('supportingAgencies') || change.changedFields.includes('leadAgency');
        await this.writes.updateAction(actor, actionId, versions.get(actionId)!, {
          ...fields,
          ...(rewrite ? { supportingAgencyIds: supporting ?? current.get(actionId)!.supportingAgencyIds } : {}),
          effectiveFrom: days.effectiveFrom,
        });
      }
    }
    for (const m of change.milestonesToAdd) await this.writes.addMilestone(actor, { actionId, title: m.title, dueDate: m.dueDate, inPlanSince: entered });
    for (const move of change.milestonesToMove) await this.writes.updateMilestone(actor, move.id, { dueDate: move.to, effectiveFrom: days.effectiveFrom });
    const p = change.progress;
    if (p) {
      // The return is the lead agency's, whose row the spreadsheet records, filed by the importer.
      await this.progress.reportProgress(
        actor,
        {
          actionId,
          reportedOn: p.reportedOn,
          narrative: p.narrative,
          percentComplete: p.percentComplete,
          status: p.status,
          rag: p.rag,
        },
        { forLeadAgency: true },
      );
    }
  }

  /** Sets the day (and the importer) the plan's history triggers record the next writes under. */
  private async historyDay(em: EntityManager, days: HistoryDays, day: string): Promise<void> {
    await this.tx.setHistoryDay(em, day, days.actorId);
  }
}
