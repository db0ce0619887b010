import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import { compareDates } from '@app/calendar';
import {
  Actor,
  BadUserInputError,
  Clock,
  ConflictError,
  isUuid,
  NotFoundError,
  partnershipTimezone,
  Permission,
  PolicyService,
  TransactionContext,
} from '@app/common';
import { UserEntity } from '@app/identity';
import { PartnershipService } from '@app/partnership';
import { ActionSupportingAgencyEntity } from './entities/action-supporting-agency.entity';
import { ActionEntity } from './entities/action.entity';
import { DeliveryPlanEntity } from './entities/delivery-plan.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { StrategyStatus } from '@app/domain';
import { StrategyEntity } from './entities/strategy.entity';
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
import { PlanningService } from './planning.service';

type Scoped = { id: string; partnershipId: string };

/** `TransactionContext.once` key of an objective as `actor` may read it (its writes forget it). */
const objectiveKey = (actor: Actor, id: string): string => `objective:${actor.userId}:${id}`;

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

/**
 * The writes of the plan a coordinator sets up: strategy, objectives, delivery plans, actions,
 * their supporting agencies and milestones. Each write checks the caller's permission and the
 * input, sets the day the plan's history records it under, and writes its audit event, in its own
 * transaction or, inside `TransactionContext.run` (the import, the demo seeder), in the caller's.
 * Reads and per-request loaders are PlanningService's.
 */
@Injectable()
export class PlanningWriteService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly plans: PlanningService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly partnerships: PartnershipService,
    private readonly clock: Clock,
  ) {}

  async createStrategy(actor: Actor, input: CreateStrategyInput): Promise<StrategyEntity> {
    const partnership = await this.partnerships.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: partnership.id });
    assertPeriod(input.startDate, input.endDate, 'input.endDate');
    return this.tx.run(async (em) => {
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
    const strategy = await this.plans.getStrategy(actor, input.strategyId, 'input.strategyId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: strategy.partnershipId });
    return this.tx.run(async (em) => {
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
    const strategy = await this.plans.getStrategy(actor, input.strategyId, 'input.strategyId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: strategy.partnershipId });
    assertPeriod(input.startDate, input.endDate, 'input.endDate');
    if (compareDates(input.startDate, strategy.startDate) < 0) {
      throw BadUserInputError.field('input.startDate', "Must be within the strategy's period");
    }
    if (compareDates(input.endDate, strategy.endDate) > 0) {
      throw BadUserInputError.field('input.endDate', "Must be within the strategy's period");
    }
    return this.tx.run(async (em) => {
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
    // Read once per transaction: an import adds thousands of actions to one plan (its id, partnership
    // and strategy, all this needs, never change).
    const plan = await this.tx.once(this.tx.manager, `plan:${actor.userId}:${input.deliveryPlanId}`, () =>
      this.plans.getPlan(actor, input.deliveryPlanId, 'input.deliveryPlanId'),
    );
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: plan.partnershipId });
    return this.tx.run(async (em) => {
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
    const found = await this.plans.getAction(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.tx.run(async (em) => {
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
    const found = await this.plans.getAction(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    const why = typeof reason === 'string' ? reason.trim() : '';
    if (why.length < 1 || why.length > 1000) throw BadUserInputError.field('reason', 'Give the reason, 1 to 1,000 characters');
    return this.tx.run(async (em) => {
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
    const found = await this.plans.getStrategy(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['title', 'startDate', 'endDate', 'status']);
    return this.tx.run(async (em) => {
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
      const [outside] = await em.query<unknown[]>('SELECT 1 FROM delivery_plan WHERE strategy_id = $1 AND (start_date < $2::date OR end_date > $3::date) LIMIT 1', [
        current.id,
        next.startDate,
        next.endDate,
      ]);
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
    const found = await this.plans.getScoped(actor, ObjectiveEntity, 'Objective', id, 'id');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['pillar', 'code', 'title', 'position']);
    return this.tx.run(async (em) => {
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
      this.tx.forget(em, objectiveKey(actor, saved.id));
      await this.record(
        em,
        actor,
        'updateObjective',
        'Objective',
        saved,
        before as unknown as Scoped,
        await this.effectiveNote(em, saved.partnershipId, effectiveFrom),
      );
      return saved;
    });
  }

  /**
   * Retires an objective from today (or `effectiveFrom`): refused while an action still in the plan
   * uses it (move or remove those first). Reports as of earlier days still show it.
   */
  async removeObjective(actor: Actor, id: string, effectiveFrom?: string | null, version?: number | null): Promise<boolean> {
    const found = await this.plans.getScoped(actor, ObjectiveEntity, 'Objective', id, 'id');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.tx.run(async (em) => {
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
      this.tx.forget(em, objectiveKey(actor, saved.id));
      await this.record(em, actor, 'removeObjective', 'Objective', saved, before as unknown as Scoped, await this.effectiveNote(em, saved.partnershipId, day));
      return true;
    });
  }

  /** Title and period of a delivery plan (within its strategy's period). */
  async updateDeliveryPlan(actor: Actor, id: string, input: UpdateDeliveryPlanInput): Promise<DeliveryPlanEntity> {
    const found = await this.plans.getPlan(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['title', 'startDate', 'endDate']);
    return this.tx.run(async (em) => {
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
    const found = await this.plans.getMilestone(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    assertNotCleared(input, ['title', 'dueDate', 'position']);
    return this.tx.run(async (em) => {
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
      await this.record(
        em,
        actor,
        'updateMilestone',
        'Milestone',
        saved,
        before as unknown as Scoped,
        await this.effectiveNote(em, saved.partnershipId, effectiveFrom),
      );
      return saved;
    });
  }

  /** Takes a milestone out of the plan from `effectiveFrom` (default today); earlier reports still count it. */
  async removeMilestone(actor: Actor, id: string, effectiveFrom?: string | null, version?: number | null): Promise<boolean> {
    const found = await this.plans.getMilestone(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.tx.run(async (em) => {
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
    const timezone = await this.tx.once(em, partnershipTimezone(partnershipId), async () => {
      const [row] = await em.query<{ timezone: string }[]>('SELECT timezone FROM partnership WHERE id = $1', [partnershipId]);
      return row.timezone;
    });
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
    await this.tx.setHistoryDay(em, effectiveFrom, actor.userId);
  }

  async addMilestone(actor: Actor, input: AddMilestoneInput): Promise<MilestoneEntity> {
    // Read once per transaction (only its id and partnership are used, which never change; its
    // removal is checked under the lock below).
    const action = await this.tx.once(this.tx.manager, `action:${actor.userId}:${input.actionId}`, () =>
      this.plans.getAction(actor, input.actionId, 'input.actionId'),
    );
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: action.partnershipId });
    return this.tx.run(async (em) => {
      const [locked] = await em.query<{ removed_on: string | null }[]>('SELECT removed_on FROM action WHERE id = $1 FOR UPDATE', [action.id]);
      if (locked.removed_on !== null) throw BadUserInputError.field('input.actionId', 'The action has been removed from the plan');
      const inPlanSince = await this.dayOf(em, action.partnershipId, input.inPlanSince, 'input.inPlanSince');
      // It is in the plan from that day (the caller's transaction may have set another day before).
      await this.historyContext(em, actor, inPlanSince);
      // Read after the lock (a statement of its own, so it sees a concurrent add that committed meanwhile).
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
    const objective = await this.tx.once(em, objectiveKey(actor, input.objectiveId), () =>
      this.plans.getScoped(actor, ObjectiveEntity, 'Objective', input.objectiveId, 'input.objectiveId', em),
    );
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
      const member =
        officer && (await em.query<unknown[]>('SELECT 1 FROM membership WHERE user_id = $1 AND partnership_id = $2', [officer.id, plan.partnershipId])).length > 0;
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
}
