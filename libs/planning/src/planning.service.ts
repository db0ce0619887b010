import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Awaitable, byKey, EntityRows, groupByKey, isUuid, Loaders, NotFoundError, PolicyService, TransactionContext } from '@app/common';
import { PartnershipEntity, PartnershipService } from '@app/partnership';
import { ActionEntity } from './entities/action.entity';
import { DeliveryPlanEntity } from './entities/delivery-plan.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { PILLARS, sqlArray } from '@app/domain';
import { StrategyEntity } from './entities/strategy.entity';
import { DueDateRevision } from './types/planning.types';

type Scoped = { id: string; partnershipId: string };
type EntityClass<T> = new () => T;

/**
 * Reads of the plan: rows the caller may see (NOT_FOUND otherwise), in the caller's transaction
 * when there is one, and the per-request batch loaders of GraphQL relations. The writes are
 * PlanningWriteService's.
 */
@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionContext,
    private readonly policy: PolicyService,
    private readonly partnerships: PartnershipService,
  ) {}

  /**
   * Loads a partnership-scoped row the actor may read, or NOT_FOUND: a row of another partnership is
   * indistinguishable from one that does not exist.
   */
  async getScoped<T extends Scoped>(actor: Actor, entity: EntityClass<T>, name: string, id: string, field?: string, em?: EntityManager): Promise<T> {
    const row = isUuid(id) ? await (em ?? this.tx.manager).findOne(entity, { where: { id } as never }) : null;
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
