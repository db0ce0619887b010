import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import { compareDates } from '@app/calendar';
import {
  Actor,
  Awaitable,
  BadUserInputError,
  byKey,
  Clock,
  ConflictError,
  EntityRows,
  groupByKey,
  isUuid,
  Loaders,
  NotFoundError,
  Permission,
  PolicyService,
} from '@app/common';
import { UserEntity } from '@app/identity';
import { PartnershipEntity, PartnershipService } from '@app/partnership';
import { ActionSupportingAgencyEntity } from './entities/action-supporting-agency.entity';
import { ActionEntity } from './entities/action.entity';
import { DeliveryPlanEntity } from './entities/delivery-plan.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { PILLARS, sqlArray, StrategyStatus } from '@app/domain';
import { StrategyEntity } from './entities/strategy.entity';
import { DueDateRevision } from './types/planning.types';
import {
  AddMilestoneInput,
  CreateActionInput,
  CreateDeliveryPlanInput,
  CreateObjectiveInput,
  CreateStrategyInput,
  UpdateActionInput,
  UpdateDeliveryPlanInput,
  UpdateMilestoneInput,
  UpdateObjectiveInput,
  UpdateStrategyInput,
} from './inputs/planning.inputs';

type Scoped = { id: string; partnershipId: string };
type EntityClass<T> = new () => T;

function assertPeriod(start: string, end: string, endField: string): void {
  if (compareDates(end, start) < 0) throw BadUserInputError.field(endField, 'Must be on or after the start date');
}

/** `version`, when given, must be the current one: else CONFLICT and nothing changes. */
function assertVersion(entity: string, current: number, given: number | null | undefined, field = 'input.version'): void {
  if (given !== null && given !== undefined && given !== current) {
    throw new ConflictError(`The ${entity} has changed since version ${given}; reload it (current version ${current})`, field);
  }
}

/** Fields that a null in an update input cannot clear. */
function assertNotCleared(input: object, fields: readonly string[]): void {
  for (const field of fields) {
    if ((input as Record<string, unknown>)[field] === null) throw BadUserInputError.field(`input.${field}`, 'Cannot be cleared');
  }
}

/** Strategy, objectives, delivery plans, actions and milestones: the plan a coordinator sets up. */
@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly partnerships: PartnershipService,
    private readonly clock: Clock,
  ) {}

  /**
   * Loads a partnership-scoped row the actor may read, or NOT_FOUND: a row of another partnership is
   * indistinguishable from one that does not exist.
   */
  async getScoped<T extends Scoped>(actor: Actor, entity: EntityClass<T>, name: string, id: string, field?: string, em?: EntityManager): Promise<T> {
    const row = isUuid(id) ? await (em ?? this.db.manager).findOne(entity, { where: { id } as never }) : null;
    if (!row || !this.policy.canRead(actor, row.partnershipId)) throw new NotFoundError(name, id, field);
    return row;
  }

  getStrategy(actor: Actor, id: string, field = 'id'): Promise<StrategyEntity> {
    return this.getScoped(actor, StrategyEntity, 'Strategy', id, field);
  }

  getPlan(actor: Actor, id: string, field = 'id'): Promise<DeliveryPlanEntity> {
    return this.getScoped(actor, DeliveryPlanEntity, 'DeliveryPlan', id, field);
  }

  /**
   * `getPlan` with the plan's partnership and its strategy's objectives (strategy order), read in
   * one statement for reports, which need all three before their figures; the per-request caches
   * of partnerships and objectives are seeded with them.
   */
  async getPlanWithContext(
    actor: Actor,
    loaders: Loaders,
    id: string,
    field = 'id',
  ): Promise<{ plan: DeliveryPlanEntity; partnership: PartnershipEntity; objectives: ObjectiveEntity[] }> {
    const row = isUuid(id)
      ? ((await this.db.manager
          .createQueryBuilder(DeliveryPlanEntity, 'dp')
          .innerJoinAndSelect('dp.partnership', 'p')
          .leftJoinAndMapMany('dp.objectives', ObjectiveEntity, 'o', 'o.strategy_id = dp.strategy_id AND o.removed_on IS NULL')
          .where('dp.id = :id', { id })
          .orderBy(OBJECTIVE_ORDER_SQL('o'))
          .addOrderBy('o.position', 'ASC')
          .getOne()) as (DeliveryPlanEntity & { partnership: PartnershipEntity; objectives: ObjectiveEntity[] }) | null)
      : null;
    if (!row || !this.policy.canRead(actor, row.partnershipId)) throw new NotFoundError('DeliveryPlan', id, field);
    const { partnership, objectives, ...columns } = row;
    const plan = Object.assign(new DeliveryPlanEntity(), columns);
    this.partnerships.primePartnership(loaders, partnership);
    this.objectivesOfLoader(loaders).prime(plan.strategyId, objectives);
    const byId = this.byIdLoader(loaders, ObjectiveEntity, 'objective');
    for (const objective of objectives) byId.prime(objective.id, objective);
    return { plan, partnership, objectives };
  }

  getAction(actor: Actor, id: string, field = 'id'): Promise<ActionEntity> {
    return this.getScoped(actor, ActionEntity, 'Action', id, field);
  }

  getMilestone(actor: Actor, id: string, field = 'id'): Promise<MilestoneEntity> {
    return this.getScoped(actor, MilestoneEntity, 'Milestone', id, field);
  }

  async createStrategy(actor: Actor, input: CreateStrategyInput): Promise<StrategyEntity> {
    const partnership = await this.partnerships.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: partnership.id });
    assertPeriod(input.startDate, input.endDate, 'input.endDate');
    return this.db.transaction(async (em) => {
      const strategy = await em.save(
        em.create(StrategyEntity, {
          partnershipId: partnership.id,
          title: input.title,
          startDate: input.startDate,
          endDate: input.endDate,
          // An explicit null means the default, as for every other optional input.
          status: input.status ?? StrategyStatus.DRAFT,
        }),
      );
      await this.record(em, actor, 'createStrategy', 'Strategy', strategy, null);
      return strategy;
    });
  }

  async createObjective(actor: Actor, input: CreateObjectiveInput): Promise<ObjectiveEntity> {
    const strategy = await this.getStrategy(actor, input.strategyId, 'input.strategyId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: strategy.partnershipId });
    return this.db.transaction(async (em) => {
      // Serialises objective creation per strategy, so positions and the code check cannot race.
      await em.query('SELECT 1 FROM strategy WHERE id = $1 FOR UPDATE', [strategy.id]);
      if (await em.existsBy(ObjectiveEntity, { strategyId: strategy.id, code: input.code })) {
        throw new ConflictError('An objective with this code already exists in the strategy', 'input.code');
      }
      const [{ next }] = await em.query<{ next: number }[]>('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM objective WHERE strategy_id = $1', [strategy.id]);
      const objective = await em.save(
        em.create(ObjectiveEntity, {
          partnershipId: strategy.partnershipId,
          strategyId: strategy.id,
          pillar: input.pillar,
          code: input.code,
          title: input.title,
          description: input.description ?? null,
          position: Number(next),
        }),
      );
      await this.record(em, actor, 'createObjective', 'Objective', objective, null);
      return objective;
    });
  }

  async createDeliveryPlan(actor: Actor, input: CreateDeliveryPlanInput): Promise<DeliveryPlanEntity> {
    const strategy = await this.getStrategy(actor, input.strategyId, 'input.strategyId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: strategy.partnershipId });
    assertPeriod(input.startDate, input.endDate, 'input.endDate');
    if (compareDates(input.startDate, strategy.startDate) < 0) {
      throw BadUserInputError.field('input.startDate', "Must be within the strategy's period");
    }
    if (compareDates(input.endDate, strategy.endDate) > 0) {
      throw BadUserInputError.field('input.endDate', "Must be within the strategy's period");
    }
    return this.db.transaction(async (em) => {
      const plan = await em.save(
        em.create(DeliveryPlanEntity, {
          partnershipId: strategy.partnershipId,
          strategyId: strategy.id,
          title: input.title,
          startDate: input.startDate,
          endDate: input.endDate,
        }),
      );
      await this.record(em, actor, 'createDeliveryPlan', 'DeliveryPlan', plan, null);
      return plan;
    });
  }

  async createAction(actor: Actor, input: CreateActionInput): Promise<ActionEntity> {
    const plan = await this.getPlan(actor, input.deliveryPlanId, 'input.deliveryPlanId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: plan.partnershipId });
    return this.db.transaction(async (em) => {
      const inPlanSince = await this.dayOf(em, plan.partnershipId, input.inPlanSince, 'input.inPlanSince');
      const fields = { ...(await this.checkActionFields(em, actor, plan, input, null)), inPlanSince };
      // Its supporting agencies support it from the day it enters the plan.
      await this.historyContext(em, actor, inPlanSince);
      if (await em.existsBy(ActionEntity, { deliveryPlanId: plan.id, ref: input.ref })) {
        throw new ConflictError('An action with this ref already exists in the plan', 'input.ref');
      }
      const action = await em.save(
        em.create(ActionEntity, {
          partnershipId: plan.partnershipId,
          deliveryPlanId: plan.id,
          ...fields,
        }),
      );
      const supporting = await this.replaceSupporting(em, action, input.supportingAgencyIds ?? []);
      await this.record(em, actor, 'createAction', 'Action', action, null, { supportingAgencyIds: supporting });
      return action;
    });
  }

  /** Optimistic concurrency: `version` must be the current one, or CONFLICT and nothing changes. */
  async updateAction(actor: Actor, id: string, version: number, input: UpdateActionInput): Promise<ActionEntity> {
    const found = await this.getAction(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.db.transaction(async (em) => {
      const current = await em.findOne(ActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Action', id, 'id');
      if (current.version !== version) {
        throw new ConflictError(`The action has changed since version ${version}; reload it (current version ${current.version})`, 'version');
      }
      if (current.removedOn !== null) throw BadUserInputError.field('id', 'The action has been removed from the plan');
      const effectiveFrom = await this.dayOf(em, current.partnershipId, input.effectiveFrom, 'input.effectiveFrom');
      const plan = await em.findOneByOrFail(DeliveryPlanEntity, { id: current.deliveryPlanId });
      const beforeSupporting = await this.supportingIds(em, current.id);
      const before = auditSnapshot(current);
      for (const required of ['objectiveId', 'ref', 'title', 'leadAgencyId', 'dueDate'] as const) {
        if (input[required] === null) throw BadUserInputError.field(`input.${required}`, 'Cannot be cleared');
      }
      const merged = {
        objectiveId: input.objectiveId ?? current.objectiveId,
        ref: input.ref ?? current.ref,
        title: input.title ?? current.title,
        description: input.description === undefined ? current.description : input.description,
        successMeasure: input.successMeasure === undefined ? current.successMeasure : input.successMeasure,
        leadAgencyId: input.leadAgencyId ?? current.leadAgencyId,
        leadOfficerId: input.leadOfficerId === undefined ? current.leadOfficerId : input.leadOfficerId,
        startDate: input.startDate === undefined ? current.startDate : input.startDate,
        dueDate: input.dueDate ?? current.dueDate,
      };
      const fields = await this.checkActionFields(em, actor, plan, merged, current);
      if (fields.ref !== current.ref && (await em.existsBy(ActionEntity, { deliveryPlanId: plan.id, ref: fields.ref }))) {
        throw new ConflictError('An action with this ref already exists in the plan', 'input.ref');
      }
      Object.assign(current, fields, { version: current.version + 1 });
      await this.historyContext(em, actor, effectiveFrom);
      const saved = await em.save(current);
      const supporting =
        input.supportingAgencyIds === undefined || input.supportingAgencyIds === null
          ? beforeSupporting
          : await this.replaceSupporting(em, saved, input.supportingAgencyIds);
      await this.audit.record(em, actor, {
        operation: 'updateAction',
        entityType: 'Action',
        entityId: saved.id,
        partnershipId: saved.partnershipId,
        before: { ...before, supportingAgencyIds: beforeSupporting },
        after: { ...auditSnapshot(saved), supportingAgencyIds: supporting, ...(await this.effectiveNote(em, saved.partnershipId, effectiveFrom)) },
      });
      return saved;
    });
  }

  /**
   * Takes an action entered by mistake out of the plan from `effectiveFrom` (default today): reports
   * as of that day or later leave it out, earlier ones still show it. Not a cancellation (a
   * CANCELLED action stays in the plan, counted as cancelled). The ref stays taken.
   */
  async removeAction(actor: Actor, id: string, reason: string, effectiveFrom?: string | null, version?: number | null): Promise<boolean> {
    const found = await this.getAction(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    const why = typeof reason === 'string' ? reason.trim() : '';
    if (why.length < 1 || why.length > 1000) throw BadUserInputError.field('reason', 'Give the reason, 1 to 1,000 characters');
    return this.db.transaction(async (em) => {
      const current = await em.findOne(ActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Action', id, 'id');
      assertVersion('action', current.version, version, 'version');
      if (current.removedOn !== null) throw BadUserInputError.field('id', 'The action has already been removed from the plan');
      const day = await this.dayOf(em, current.partnershipId, effectiveFrom, 'effectiveFrom');
      if (compareDates(day, current.inPlanSince) < 0) {
        throw BadUserInputError.field('effectiveFrom', `Must be on or after the day the action entered the plan (${current.inPlanSince})`);
      }
      const before = auditSnapshot(current);
      Object.assign(current, { removedOn: day, removalReason: why, version: current.version + 1 });
      await this.historyContext(em, actor, day);
      const saved = await em.save(current);
      await this.audit.record(em, actor, {
        operation: 'removeAction',
        entityType: 'Action',
        entityId: saved.id,
        partnershipId: saved.partnershipId,
        before,
        after: { ...auditSnapshot(saved), ...(await this.effectiveNote(em, saved.partnershipId, day)) },
      });
      return true;
    });
  }

  /** Title, dates and status of a strategy; its plans must stay within its period. */
  async updateStrategy(actor: Actor, id: string, input: UpdateStrategyInput): Promise<StrategyEntity> {
    const found = await this.getStrategy(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['title', 'startDate', 'endDate', 'status']);
    return this.db.transaction(async (em) => {
      const current = await em.findOne(StrategyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Strategy', id, 'id');
      assertVersion('strategy', current.version, input.version);
      const before = auditSnapshot(current);
      const next = {
        title: input.title ?? current.title,
        startDate: input.startDate ?? current.startDate,
        endDate: input.endDate ?? current.endDate,
        status: input.status ?? current.status,
      };
      assertPeriod(next.startDate, next.endDate, input.endDate ? 'input.endDate' : 'input.startDate');
      const [outside] = await em.query<unknown[]>(
        'SELECT 1 FROM delivery_plan WHERE strategy_id = $1 AND (start_date < $2::date OR end_date > $3::date) LIMIT 1',
        [current.id, next.startDate, next.endDate],
      );
      if (outside) {
        const field = input.startDate && compareDates(next.startDate, current.startDate) > 0 ? 'input.startDate' : 'input.endDate';
        throw BadUserInputError.field(field, "A delivery plan of the strategy would fall outside the strategy's period");
      }
      Object.assign(current, next, { version: current.version + 1 });
      const saved = await em.save(current);
      await this.record(em, actor, 'updateStrategy', 'Strategy', saved, before as unknown as Scoped);
      return saved;
    });
  }

  /**
   * Pillar, code, title, description and position of an objective. Pillar, code and title have
   * history: reports as of a day before `effectiveFrom` show the earlier values.
   */
  async updateObjective(actor: Actor, id: string, input: UpdateObjectiveInput): Promise<ObjectiveEntity> {
    const found = await this.getScoped(actor, ObjectiveEntity, 'Objective', id, 'id');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['pillar', 'code', 'title', 'position']);
    return this.db.transaction(async (em) => {
      await em.query('SELECT 1 FROM strategy WHERE id = $1 FOR UPDATE', [found.strategyId]);
      const current = await em.findOne(ObjectiveEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Objective', id, 'id');
      assertVersion('objective', current.version, input.version);
      if (current.removedOn !== null) throw BadUserInputError.field('id', 'The objective has been removed');
      const effectiveFrom = await this.dayOf(em, current.partnershipId, input.effectiveFrom, 'input.effectiveFrom');
      if (input.code && input.code !== current.code && (await em.existsBy(ObjectiveEntity, { strategyId: current.strategyId, code: input.code }))) {
        throw new ConflictError('An objective with this code already exists in the strategy', 'input.code');
      }
      const before = auditSnapshot(current);
      Object.assign(current, {
        pillar: input.pillar ?? current.pillar,
        code: input.code ?? current.code,
        title: input.title ?? current.title,
        description: input.description === undefined ? current.description : input.description,
        position: input.position ?? current.position,
        version: current.version + 1,
      });
      await this.historyContext(em, actor, effectiveFrom);
      const saved = await em.save(current);
      await this.record(em, actor, 'updateObjective', 'Objective', saved, before as unknown as Scoped, await this.effectiveNote(em, saved.partnershipId, effectiveFrom));
      return saved;
    });
  }

  /**
   * Retires an objective from today (or `effectiveFrom`): refused while an action still in the plan
   * uses it (move or remove those first). Reports as of earlier days still show it.
   */
  async removeObjective(actor: Actor, id: string, effectiveFrom?: string | null, version?: number | null): Promise<boolean> {
    const found = await this.getScoped(actor, ObjectiveEntity, 'Objective', id, 'id');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.db.transaction(async (em) => {
      const current = await em.findOne(ObjectiveEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Objective', id, 'id');
      assertVersion('objective', current.version, version, 'version');
      if (current.removedOn !== null) throw BadUserInputError.field('id', 'The objective has already been removed');
      // Locks the actions that use it, so none can be moved onto it while it is removed.
      const used = await em.query<unknown[]>('SELECT 1 FROM action WHERE objective_id = $1 AND removed_on IS NULL FOR UPDATE', [current.id]);
      if (used.length > 0) throw BadUserInputError.field('id', `Actions of the plan still use this objective (${used.length}); move or remove them first`);
      const day = await this.dayOf(em, current.partnershipId, effectiveFrom, 'effectiveFrom');
      const before = auditSnapshot(current);
      Object.assign(current, { removedOn: day, version: current.version + 1 });
      await this.historyContext(em, actor, day);
      const saved = await em.save(current);
      await this.record(em, actor, 'removeObjective', 'Objective', saved, before as unknown as Scoped, await this.effectiveNote(em, saved.partnershipId, day));
      return true;
    });
  }

  /** Title and period of a delivery plan (within its strategy's period). */
  async updateDeliveryPlan(actor: Actor, id: string, input: UpdateDeliveryPlanInput): Promise<DeliveryPlanEntity> {
    const found = await this.getPlan(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['title', 'startDate', 'endDate']);
    return this.db.transaction(async (em) => {
      const current = await em.findOne(DeliveryPlanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('DeliveryPlan', id, 'id');
      assertVersion('delivery plan', current.version, input.version);
      const strategy = await em.findOneByOrFail(StrategyEntity, { id: current.strategyId });
      const next = { title: input.title ?? current.title, startDate: input.startDate ?? current.startDate, endDate: input.endDate ?? current.endDate };
      assertPeriod(next.startDate, next.endDate, input.endDate ? 'input.endDate' : 'input.startDate');
      if (compareDates(next.startDate, strategy.startDate) < 0) throw BadUserInputError.field('input.startDate', "Must be within the strategy's period");
      if (compareDates(next.endDate, strategy.endDate) > 0) throw BadUserInputError.field('input.endDate', "Must be within the strategy's period");
      const before = auditSnapshot(current);
      Object.assign(current, next, { version: current.version + 1 });
      const saved = await em.save(current);
      await this.record(em, actor, 'updateDeliveryPlan', 'DeliveryPlan', saved, before as unknown as Scoped);
      return saved;
    });
  }

  /**
   * Title, due date and position of a milestone. Title and due date have history: reports as of a
   * day before `effectiveFrom` keep the earlier values. Refused for a milestone of a cancelled action.
   */
  async updateMilestone(actor: Actor, id: string, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    const found = await this.getMilestone(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['title', 'dueDate', 'position']);
    return this.db.transaction(async (em) => {
      const current = await this.lockMilestone(em, id, input.version, 'input.version');
      const effectiveFrom = await this.dayOf(em, current.partnershipId, input.effectiveFrom, 'input.effectiveFrom');
      const before = auditSnapshot(current);
      Object.assign(current, {
        title: input.title ?? current.title,
        dueDate: input.dueDate ?? current.dueDate,
        position: input.position ?? current.position,
        version: current.version + 1,
      });
      await this.historyContext(em, actor, effectiveFrom);
      const saved = await em.save(current);
      await this.record(em, actor, 'updateMilestone', 'Milestone', saved, before as unknown as Scoped, await this.effectiveNote(em, saved.partnershipId, effectiveFrom));
      return saved;
    });
  }

  /** Takes a milestone out of the plan from `effectiveFrom` (default today); earlier reports still count it. */
  async removeMilestone(actor: Actor, id: string, effectiveFrom?: string | null, version?: number | null): Promise<boolean> {
    const found = await this.getMilestone(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.db.transaction(async (em) => {
      const current = await this.lockMilestone(em, id, version, 'version');
      const day = await this.dayOf(em, current.partnershipId, effectiveFrom, 'effectiveFrom');
      if (compareDates(day, current.inPlanSince) < 0) {
        throw BadUserInputError.field('effectiveFrom', `Must be on or after the day the milestone entered the plan (${current.inPlanSince})`);
      }
      const before = auditSnapshot(current);
      Object.assign(current, { removedOn: day, version: current.version + 1 });
      await this.historyContext(em, actor, day);
      const saved = await em.save(current);
      await this.record(em, actor, 'removeMilestone', 'Milestone', saved, before as unknown as Scoped, await this.effectiveNote(em, saved.partnershipId, day));
      return true;
    });
  }

  /**
   * Locks a milestone for a plan edit: CONFLICT on a stale `version`, BAD_USER_INPUT when it was
   * removed or its action is cancelled (as of today) or removed.
   */
  private async lockMilestone(em: EntityManager, id: string, version: number | null | undefined, versionField: string): Promise<MilestoneEntity> {
    const current = await em.findOne(MilestoneEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundError('Milestone', id, 'id');
    assertVersion('milestone', current.version, version, versionField);
    if (current.removedOn !== null) throw BadUserInputError.field('id', 'The milestone has been removed');
    const [action] = await em.query<{ status: string; removed_on: string | null }[]>('SELECT status, removed_on FROM action WHERE id = $1', [current.actionId]);
    if (action.status === 'CANCELLED') throw BadUserInputError.field('id', 'The milestone belongs to a cancelled action');
    if (action.removed_on !== null) throw BadUserInputError.field('id', 'The milestone belongs to an action removed from the plan');
    return current;
  }

  /**
   * A day a structural change takes effect (or an entry into the plan): `value`, or today in the
   * partnership's timezone; never in the future.
   */
  private async dayOf(em: EntityManager, partnershipId: string, value: string | null | undefined, field: string): Promise<string> {
    const [{ timezone }] = await em.query<{ timezone: string }[]>('SELECT timezone FROM partnership WHERE id = $1', [partnershipId]);
    const today = this.clock.today(timezone);
    if (value === null || value === undefined) return today;
    if (compareDates(value, today) > 0) throw BadUserInputError.field(field, `Must not be in the future (today is ${today} in ${timezone})`);
    return value;
  }

  /** What the audit event says about when a change took effect (back-dated: a correction of history). */
  private async effectiveNote(em: EntityManager, partnershipId: string, day: string): Promise<{ effectiveFrom: string; backDated: boolean }> {
    const today = await this.dayOf(em, partnershipId, null, 'effectiveFrom');
    return { effectiveFrom: day, backDated: compareDates(day, today) < 0 };
  }

  /**
   * Tells the history triggers (PlanHistory migration) the day this transaction's structural
   * changes take effect and who made them; both last until the transaction ends.
   */
  private async historyContext(em: EntityManager, actor: Actor, effectiveFrom: string): Promise<void> {
    await em.query(`SELECT set_config('tracker.effective_from', $1, true), set_config('tracker.actor_id', $2, true)`, [effectiveFrom, actor.userId]);
  }

  async addMilestone(actor: Actor, input: AddMilestoneInput): Promise<MilestoneEntity> {
    const action = await this.getAction(actor, input.actionId, 'input.actionId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: action.partnershipId });
    return this.db.transaction(async (em) => {
      const [locked] = await em.query<{ removed_on: string | null }[]>('SELECT removed_on FROM action WHERE id = $1 FOR UPDATE', [action.id]);
      if (locked.removed_on !== null) throw BadUserInputError.field('input.actionId', 'The action has been removed from the plan');
      const inPlanSince = await this.dayOf(em, action.partnershipId, input.inPlanSince, 'input.inPlanSince');
      const [{ next }] = await em.query<{ next: number }[]>('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM milestone WHERE action_id = $1', [action.id]);
      const milestone = await em.save(
        em.create(MilestoneEntity, {
          partnershipId: action.partnershipId,
          actionId: action.id,
          title: input.title,
          dueDate: input.dueDate,
          completedOn: null,
          position: Number(next),
          inPlanSince,
          removedOn: null,
        }),
      );
      await this.record(em, actor, 'addMilestone', 'Milestone', milestone, null);
      return milestone;
    });
  }

  /** Validates references and dates of an action (new or merged), returning the columns to store. */
  private async checkActionFields(
    em: EntityManager,
    actor: Actor,
    plan: DeliveryPlanEntity,
    input: Pick<CreateActionInput, 'objectiveId' | 'ref' | 'title' | 'description' | 'successMeasure' | 'leadAgencyId' | 'leadOfficerId' | 'startDate' | 'dueDate'>,
    current: ActionEntity | null,
  ) {
    const objective = await this.getScoped(actor, ObjectiveEntity, 'Objective', input.objectiveId, 'input.objectiveId', em);
    if (objective.strategyId !== plan.strategyId) {
      throw BadUserInputError.field('input.objectiveId', "The objective belongs to another strategy than the plan's");
    }
    if (objective.removedOn !== null && objective.removedOn !== undefined && objective.id !== current?.objectiveId) {
      throw BadUserInputError.field('input.objectiveId', 'The objective has been removed from the strategy');
    }
    if (input.startDate && compareDates(input.dueDate, input.startDate) < 0) {
      // On an edit that keeps the due date, the new start date is the offending field.
      const field = current && current.dueDate === input.dueDate ? 'input.startDate' : 'input.dueDate';
      throw BadUserInputError.field(field, 'The due date must be on or after the start date');
    }
    await this.partnerships.assertMemberAgencies(em, plan.partnershipId, [input.leadAgencyId], 'input.leadAgencyId');
    if (input.leadOfficerId !== null && input.leadOfficerId !== undefined) {
      const officer = isUuid(input.leadOfficerId) ? await em.findOneBy(UserEntity, { id: input.leadOfficerId }) : null;
      const member = officer && (await em.query<unknown[]>('SELECT 1 FROM membership WHERE user_id = $1 AND partnership_id = $2', [officer.id, plan.partnershipId])).length > 0;
      if (!officer || (!member && !officer.isAdmin)) throw new NotFoundError('User', input.leadOfficerId, 'input.leadOfficerId');
    }
    return {
      objectiveId: objective.id,
      ref: input.ref,
      title: input.title,
      description: input.description ?? null,
      successMeasure: input.successMeasure ?? null,
      leadAgencyId: input.leadAgencyId,
      leadOfficerId: input.leadOfficerId ?? null,
      startDate: input.startDate ?? null,
      dueDate: input.dueDate,
    };
  }

  private async replaceSupporting(em: EntityManager, action: ActionEntity, agencyIds: string[]): Promise<string[]> {
    const unique = [...new Set(agencyIds)].filter((id) => id !== action.leadAgencyId);
    await this.partnerships.assertMemberAgencies(em, action.partnershipId, unique, 'input.supportingAgencyIds');
    await em.delete(ActionSupportingAgencyEntity, { actionId: action.id });
    if (unique.length) {
      await em.insert(
        ActionSupportingAgencyEntity,
        unique.map((agencyId) => ({ actionId: action.id, agencyId, partnershipId: action.partnershipId })),
      );
    }
    return unique.sort();
  }

  private async supportingIds(em: EntityManager, actionId: string): Promise<string[]> {
    const rows = await em.find(ActionSupportingAgencyEntity, { where: { actionId }, order: { agencyId: 'ASC' } });
    return rows.map((r) => r.agencyId);
  }

  private async record(
    em: EntityManager,
    actor: Actor,
    operation: string,
    entityType: string,
    after: Scoped,
    before: Scoped | null,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(em, actor, {
      operation,
      entityType,
      entityId: after.id,
      partnershipId: after.partnershipId,
      before: auditSnapshot(before),
      after: { ...auditSnapshot(after), ...extra },
    });
  }

  // Per-request batch loaders.

  private readonly entityRows = new Map<EntityClass<object>, EntityRows<object>>();

  /** Plain-SQL reader of an entity's rows (see `EntityRows`), made once per entity. */
  private rowsOf<T extends object>(entity: EntityClass<T>): EntityRows<T> {
    let rows = this.entityRows.get(entity) as EntityRows<T> | undefined;
    if (!rows) {
      rows = new EntityRows<T>(this.db, entity);
      this.entityRows.set(entity, rows);
    }
    return rows;
  }

  private byIdLoader<T extends Scoped>(loaders: Loaders, entity: EntityClass<T>, name: string) {
    return loaders.get<string, T | null>(`${name}.byId`, async (ids) => {
      const rows = this.rowsOf(entity);
      return byKey(ids, await rows.query(`SELECT ${rows.select('t')} FROM ${rows.table()} t WHERE t.id = ANY($1::uuid[])`, [[...ids]]), (row) => row.id);
    });
  }

  loadStrategy(loaders: Loaders, id: string): Awaitable<StrategyEntity | null> {
    return this.byIdLoader(loaders, StrategyEntity, 'strategy').now(id);
  }

  loadObjective(loaders: Loaders, id: string): Awaitable<ObjectiveEntity | null> {
    return this.byIdLoader(loaders, ObjectiveEntity, 'objective').now(id);
  }

  loadPlan(loaders: Loaders, id: string): Awaitable<DeliveryPlanEntity | null> {
    return this.byIdLoader(loaders, DeliveryPlanEntity, 'plan').now(id);
  }

  loadAction(loaders: Loaders, id: string): Awaitable<ActionEntity | null> {
    return this.byIdLoader(loaders, ActionEntity, 'action').now(id);
  }

  /** Seeds the per-request action cache with rows a report already read, so relations to them cost no statement. */
  primeActions(loaders: Loaders, actions: readonly ActionEntity[]): void {
    const loader = this.byIdLoader(loaders, ActionEntity, 'action');
    for (const action of actions) loader.prime(action.id, action);
  }

  loadStrategiesOf(loaders: Loaders, partnershipId: string): Awaitable<StrategyEntity[]> {
    return loaders
      .get<string, StrategyEntity[]>('strategy.byPartnership', async (ids) =>
        groupByKey(
          ids,
          await this.db.manager.find(StrategyEntity, { where: { partnershipId: In([...ids]) }, order: { startDate: 'ASC', title: 'ASC', id: 'ASC' } }),
          (s) => s.partnershipId,
        ),
      )
      .now(partnershipId);
  }

  /**
   * Objectives of a strategy in strategy order: by pillar (4 P's order), then position. They also
   * seed the by-id cache, so an action's objective costs no statement once its strategy's are read.
   */
  loadObjectivesOf(loaders: Loaders, strategyId: string): Awaitable<ObjectiveEntity[]> {
    return this.objectivesOfLoader(loaders).now(strategyId);
  }

  private objectivesOfLoader(loaders: Loaders) {
    return loaders.get<string, ObjectiveEntity[]>(OBJECTIVES_OF_STRATEGY, async (ids) => {
      const lists = await this.objectivesOf(ids);
      const byId = this.byIdLoader(loaders, ObjectiveEntity, 'objective');
      for (const objective of lists.flat()) byId.prime(objective.id, objective);
      return lists;
    });
  }

  private async objectivesOf(strategyIds: readonly string[]): Promise<ObjectiveEntity[][]> {
    const objectives = this.rowsOf(ObjectiveEntity);
    const rows = await objectives.query(
      `SELECT ${objectives.select('o')} FROM objective o WHERE o.strategy_id = ANY($1::uuid[]) AND o.removed_on IS NULL ORDER BY ${OBJECTIVE_ORDER_SQL('o')}, o.position`,
      [[...strategyIds]],
    );
    return groupByKey(strategyIds, rows, (o) => o.strategyId);
  }

  loadPlansOf(loaders: Loaders, strategyId: string): Awaitable<DeliveryPlanEntity[]> {
    return loaders
      .get<string, DeliveryPlanEntity[]>('plan.byStrategy', async (ids) =>
        groupByKey(
          ids,
          await this.db.manager.find(DeliveryPlanEntity, { where: { strategyId: In([...ids]) }, order: { startDate: 'ASC', title: 'ASC', id: 'ASC' } }),
          (p) => p.strategyId,
        ),
      )
      .now(strategyId);
  }

  /** Actions of a plan ordered by ref, numerically where refs are dotted numbers ("2.10" after "2.9"). */
  loadActionsOf(loaders: Loaders, planId: string): Awaitable<ActionEntity[]> {
    return loaders
      .get<string, ActionEntity[]>('action.byPlan', async (ids) => {
        const actions = this.rowsOf(ActionEntity);
        const rows = await actions.query(
          `SELECT ${actions.select('a')} FROM action a WHERE a.delivery_plan_id = ANY($1::uuid[]) AND a.removed_on IS NULL ORDER BY ${REF_ORDER_SQL('a')}, a.ref`,
          [[...ids]],
        );
        const loader = this.byIdLoader(loaders, ActionEntity, 'action');
        for (const row of rows) loader.prime(row.id, row);
        return groupByKey(ids, rows, (a) => a.deliveryPlanId);
      })
      .now(planId);
  }

  /** The moves of an action's due date, in the order they were recorded; batched. */
  loadDueDateRevisions(loaders: Loaders, actionId: string): Awaitable<DueDateRevision[]> {
    return loaders
      .get<string, DueDateRevision[]>('dueRevision.byAction', async (ids) => {
        const rows: (DueDateRevision & { actionId: string })[] = await this.db.query(
          `SELECT r.action_id AS "actionId", r.from_date::text AS "from", r.to_date::text AS "to", r.effective_from::text AS "effectiveFrom",
                  r.changed_at AS "changedAt", r.changed_by AS "changedById"
             FROM action_due_revision r WHERE r.action_id = ANY($1::uuid[]) ORDER BY r.id`,
          [[...ids]],
        );
        return groupByKey(ids, rows, (r) => r.actionId).map((list) => list.map(({ actionId: _a, ...r }) => Object.assign(new DueDateRevision(), r)));
      })
      .now(actionId);
  }

  loadSupportingAgencyIds(loaders: Loaders, actionId: string): Awaitable<string[]> {
    return loaders
      .get<string, string[]>('supporting.byAction', async (ids) => {
        const rows: { actionId: string; agencyId: string }[] = await this.db.query(
          'SELECT sa.action_id AS "actionId", sa.agency_id AS "agencyId" FROM action_supporting_agency sa WHERE sa.action_id = ANY($1::uuid[]) ORDER BY sa.agency_id',
          [[...ids]],
        );
        return groupByKey(ids, rows, (r) => r.actionId).map((list) => list.map((r) => r.agencyId));
      })
      .now(actionId);
  }

  loadMilestonesOf(loaders: Loaders, actionId: string): Awaitable<MilestoneEntity[]> {
    return loaders
      .get<string, MilestoneEntity[]>('milestone.byAction', async (ids) => {
        const milestones = this.rowsOf(MilestoneEntity);
        const rows = await milestones.query(
          `SELECT ${milestones.select('m')} FROM milestone m WHERE m.action_id = ANY($1::uuid[]) AND m.removed_on IS NULL ORDER BY m.position, m.due_date`,
          [[...ids]],
        );
        return groupByKey(ids, rows, (m) => m.actionId);
      })
      .now(actionId);
  }
}

/** Strategy order of objectives, first key: the pillar in the 4 P's order (then position). */
const OBJECTIVE_ORDER_SQL = (alias: string): string => `array_position(${sqlArray(PILLARS)}, ${alias}.pillar)`;

const OBJECTIVES_OF_STRATEGY = 'objective.byStrategy';

/**
 * Natural order of action refs: "1.2" < "1.10" < "2.1". Splits on dots and compares the numeric
 * parts as integer arrays; refs that are not dotted numbers sort after, by text.
 */
export const REF_ORDER_SQL = (alias: string): string =>
  `CASE WHEN ${alias}.ref ~ '^[0-9]{1,6}(\\.[0-9]{1,6})*$' THEN CAST(string_to_array(${alias}.ref, '.') AS int[]) END`;
