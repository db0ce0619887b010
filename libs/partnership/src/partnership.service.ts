import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import {
  Actor,
  Awaitable,
  BadUserInputError,
  byKey,
  Clock,
  ConflictError,
  EntityRows,
  ForbiddenError,
  groupByKey,
  isUuid,
  Loaders,
  NotFoundError,
  Permission,
  PolicyService,
  readablePartnershipIds,
  partnershipTimezone,
  TransactionContext,
} from '@app/common';
import { AgencyEntity } from './entities/agency.entity';
import { PartnershipAgencyEntity } from './entities/partnership-agency.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import { AddAgencyToPartnershipInput } from './inputs/add-agency-to-partnership.input';
import { CreateAgencyInput } from './inputs/create-agency.input';
import { CreatePartnershipInput } from './inputs/create-partnership.input';
import { UpdatePartnershipInput } from './inputs/update-partnership.input';
import { compareDates } from '@app/calendar';
import { UpdateAgencyInput } from './inputs/update-agency.input';

/**
 * The agencies a partnership may see and use (issue 14): those on it, those it made, and the ones
 * an admin shared. `$1` is the partnership's id.
 */
export const VISIBLE_AGENCIES_SQL = `
  SELECT a.id, a.name, a.kind,
         EXISTS (SELECT 1 FROM partnership_agency pa WHERE pa.agency_id = a.id AND pa.partnership_id = $1) AS member
    FROM agency a
   WHERE a.shared
      OR a.owner_partnership_id = $1
      OR EXISTS (SELECT 1 FROM partnership_agency pa WHERE pa.agency_id = a.id AND pa.partnership_id = $1)`;

/** `TransactionContext.once` keys of membership checks (`assertMemberAgencies`). */
const MEMBER_AGENCIES = 'partnership.memberAgencies:';

/** Names compared as agencies are: case and runs of spaces ignored. */
const sameName = (column: string, param: string) =>
  `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g')) = lower(regexp_replace(btrim(${param}), '\\s+', ' ', 'g'))`;

@Injectable()
export class PartnershipService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: TransactionContext,
  ) {}

  /** A partnership the actor may read, or NOT_FOUND (also for one they do not belong to). */
  async get(actor: Actor, id: string, field?: string): Promise<PartnershipEntity> {
    const partnership = isUuid(id) && this.policy.canRead(actor, id) ? await this.tx.manager.findOneBy(PartnershipEntity, { id }) : null;
    if (!partnership) throw new NotFoundError('Partnership', id, field);
    return partnership;
  }

  async list(actor: Actor): Promise<PartnershipEntity[]> {
    const ids = readablePartnershipIds(actor);
    return this.db.manager.find(PartnershipEntity, {
      where: ids === null ? {} : { id: In(ids) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  async create(actor: Actor, input: CreatePartnershipInput): Promise<PartnershipEntity> {
    this.policy.assertAdmin(actor);
    return this.tx.run(async (em) => {
      if (await em.existsBy(PartnershipEntity, { slug: input.slug })) {
        throw new ConflictError('A partnership with this slug already exists', 'input.slug');
      }
      const partnership = await em.save(
        em.create(PartnershipEntity, {
          name: input.name,
          slug: input.slug,
          timezone: input.timezone ?? 'Europe/London',
          staleAfterDays: input.staleAfterDays ?? 30,
          dueSoonDays: input.dueSoonDays ?? 30,
        }),
      );
      await this.audit.record(em, actor, {
        operation: 'createPartnership',
        entityType: 'Partnership',
        entityId: partnership.id,
        partnershipId: partnership.id,
        after: auditSnapshot(partnership),
      });
      return partnership;
    });
  }

  /**
   * Name, timezone and settings of a partnership (admins, and its coordinators). `staleAfterDays`
   * and `dueSoonDays` take effect from `effectiveFrom` (default today in the partnership's
   * timezone, never in the future): reports as of earlier days apply the settings then in force.
   */
  async update(actor: Actor, id: string, input: UpdatePartnershipInput): Promise<PartnershipEntity> {
    const found = await this.get(actor, id, 'id');
    this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: found.id });
    for (const field of ['name', 'timezone', 'staleAfterDays', 'dueSoonDays'] as const) {
      if (input[field] === null) throw BadUserInputError.field(`input.${field}`, 'Cannot be cleared');
    }
    return this.tx.run(async (em) => {
      const current = await em.findOne(PartnershipEntity, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Partnership', id, 'id');
      if (input.version !== null && input.version !== undefined && input.version !== current.version) {
        throw new ConflictError(`The partnership has changed since version ${input.version}; reload it (current version ${current.version})`, 'input.version');
      }
      // "Today" in the timezone in force before the change: the day the change is made.
      const today = this.clock.today(current.timezone);
      const effectiveFrom = input.effectiveFrom ?? today;
      if (compareDates(effectiveFrom, today) > 0) {
        throw BadUserInputError.field('input.effectiveFrom', `Must not be in the future (today is ${today} in ${current.timezone})`);
      }
      const before = auditSnapshot(current);
      Object.assign(current, {
        name: input.name ?? current.name,
        timezone: input.timezone ?? current.timezone,
        staleAfterDays: input.staleAfterDays ?? current.staleAfterDays,
        dueSoonDays: input.dueSoonDays ?? current.dueSoonDays,
        version: current.version + 1,
      });
      // The settings' history trigger (PlanHistory migration) reads the day the change takes effect.
      await this.tx.setHistoryDay(em, effectiveFrom, actor.userId);
      this.tx.forget(em, partnershipTimezone(current.id));
      const saved = await em.save(current);
      await this.audit.record(em, actor, {
        operation: 'updatePartnership',
        entityType: 'Partnership',
        entityId: saved.id,
        partnershipId: saved.id,
        before,
        after: { ...auditSnapshot(saved), effectiveFrom, backDated: compareDates(effectiveFrom, today) < 0 },
      });
      return saved;
    });
  }

  /**
   * Admins see every agency. Members see the agencies of their partnerships; coordinators also the
   * ones their partnership made and the shared ones, so they can add an existing agency rather
   * than create a duplicate — never another partnership's own (issues 11 and 14). To add one of
   * those, a coordinator finds it by its exact name (`agencyByName`).
   */
  async listAgencies(actor: Actor): Promise<AgencyEntity[]> {
    if (actor.isAdmin) return this.db.manager.find(AgencyEntity, { order: { name: 'ASC', id: 'ASC' } });
    const ids = [...actor.memberships.keys()];
    const managed = ids.filter((p) => this.policy.can(actor, Permission.PartnershipManage, p));
    return this.db.manager
      .createQueryBuilder(AgencyEntity, 'agency')
      .where('agency.id IN (SELECT pa.agency_id FROM partnership_agency pa WHERE pa.partnership_id = ANY(:ids))', { ids })
      .orWhere(managed.length > 0 ? '(agency.shared OR agency.owner_partnership_id = ANY(:managed))' : 'false', { managed })
      .orderBy('agency.name', 'ASC')
      .addOrderBy('agency.id', 'ASC')
      .getMany();
  }

  /**
   * The agency with exactly this name (case and spacing aside), wherever it is on the platform, so
   * a coordinator can add an existing agency to their partnership without listing everyone's. Null
   * when none; when several partnerships each made one, the shared one, else the oldest.
   */
  async agencyByName(actor: Actor, name: string): Promise<AgencyEntity | null> {
    if (!actor.isAdmin && ![...actor.memberships.keys()].some((p) => this.policy.can(actor, Permission.PartnershipManage, p))) throw new ForbiddenError();
    if (name.trim() === '') return null;
    return this.db.manager
      .createQueryBuilder(AgencyEntity, 'agency')
      .where(sameName('agency.name', ':name'), { name })
      .orderBy('agency.shared', 'DESC')
      .addOrderBy('agency.created_at', 'ASC')
      .addOrderBy('agency.id', 'ASC')
      .getOne();
  }

  /**
   * Creates an agency owned by `input.partnershipId` (and added to it), private to it unless an
   * admin shares it. Without a partnership: an admin's platform agency, shared by default; a
   * coordinator's belongs to the one partnership they coordinate (BAD_USER_INPUT when several).
   * CONFLICT when the owner can already see an agency of that name (for a platform agency: when any
   * agency has it).
   */
  async createAgency(actor: Actor, input: CreateAgencyInput): Promise<AgencyEntity> {
    if (input.shared !== undefined && input.shared !== null && !actor.isAdmin) throw new ForbiddenError('Only an admin can share an agency');
    let owner: string | null = null;
    if (input.partnershipId !== undefined && input.partnershipId !== null) {
      await this.get(actor, input.partnershipId, 'input.partnershipId');
      this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: input.partnershipId });
      owner = input.partnershipId;
    } else if (!actor.isAdmin) {
      const managed = [...actor.memberships.keys()].filter((p) => this.policy.can(actor, Permission.PartnershipManage, p));
      if (managed.length === 0) throw new ForbiddenError();
      if (managed.length > 1) throw BadUserInputError.field('input.partnershipId', 'Say which of your partnerships the agency is for');
      owner = managed[0];
    }
    return this.tx.run(async (em) => {
      const clash = owner
        ? (await em.query<unknown[]>(`SELECT 1 FROM (${VISIBLE_AGENCIES_SQL}) v WHERE ${sameName('v.name', '$2')}`, [owner, input.name])).length > 0
        : // An admin's platform agency: no name anywhere may repeat it, since every partnership may come to see it.
          await em.createQueryBuilder(AgencyEntity, 'agency').where(sameName('agency.name', ':name'), { name: input.name }).getExists();
      if (clash) throw new ConflictError('An agency with this name already exists', 'input.name');
      const agency = await em.save(
        em.create(AgencyEntity, { name: input.name, kind: input.kind, ownerPartnershipId: owner, shared: input.shared ?? owner === null }),
      );
      await this.audit.record(em, actor, {
        operation: 'createAgency',
        entityType: 'Agency',
        entityId: agency.id,
        partnershipId: owner,
        after: auditSnapshot(agency),
      });
      if (input.partnershipId) await this.link(em, actor, input.partnershipId, agency.id);
      return agency;
    });
  }

  async addAgency(actor: Actor, input: AddAgencyToPartnershipInput): Promise<PartnershipEntity> {
    const partnership = await this.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: partnership.id });
    const agency = isUuid(input.agencyId) ? await this.tx.manager.findOneBy(AgencyEntity, { id: input.agencyId }) : null;
    if (!agency) throw new NotFoundError('Agency', input.agencyId, 'input.agencyId');
    await this.tx.run(async (em) => {
      const already = await em.existsBy(PartnershipAgencyEntity, { partnershipId: partnership.id, agencyId: agency.id });
      if (!already) await this.link(em, actor, partnership.id, agency.id);
    });
    return partnership;
  }

  /**
   * An admin's correction of an agency's name or kind, or sharing it with every partnership.
   * NOT_FOUND for an unknown id; CONFLICT when the name is taken among agencies of the same owner.
   */
  async updateAgency(actor: Actor, id: string, input: UpdateAgencyInput): Promise<AgencyEntity> {
    this.policy.assertAdmin(actor);
    return this.tx.run(async (em) => {
      const agency = isUuid(id) ? await em.findOne(AgencyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!agency) throw new NotFoundError('Agency', id, 'id');
      const before = auditSnapshot(agency);
      if (input.name !== undefined && input.name !== null && input.name !== agency.name) {
        const clash = await em
          .createQueryBuilder(AgencyEntity, 'agency')
          .where('agency.id <> :id', { id })
          .andWhere(agency.ownerPartnershipId ? 'agency.owner_partnership_id = :owner' : 'agency.owner_partnership_id IS NULL', { owner: agency.ownerPartnershipId })
          .andWhere(sameName('agency.name', ':name'), { name: input.name })
          .getExists();
        if (clash) throw new ConflictError('An agency with this name already exists', 'input.name');
        agency.name = input.name;
      }
      if (input.kind !== undefined && input.kind !== null) agency.kind = input.kind;
      if (input.shared !== undefined && input.shared !== null) agency.shared = input.shared;
      const saved = await em.save(agency);
      await this.audit.record(em, actor, {
        operation: 'updateAgency',
        entityType: 'Agency',
        entityId: saved.id,
        partnershipId: saved.ownerPartnershipId,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  /**
   * Folds a duplicate agency into another (an admin's tidy-up): the duplicate's places on
   * partnerships, the actions it leads or supports, its users and the progress updates filed for
   * it all move to `keepId`, then the duplicate is deleted. An action it supported and `keepId`
   * leads or supports keeps one link. BAD_USER_INPUT on `mergeId` for an agency merged into
   * itself; NOT_FOUND for unknown ids; nothing written on refusal. One `mergeAgencies` audit event
   * with both agencies and what moved.
   */
  async mergeAgencies(actor: Actor, keepId: string, mergeId: string): Promise<AgencyEntity> {
    this.policy.assertAdmin(actor);
    if (!isUuid(keepId)) throw new NotFoundError('Agency', keepId, 'keepId');
    if (!isUuid(mergeId)) throw new NotFoundError('Agency', mergeId, 'mergeId');
    if (keepId.toLowerCase() === mergeId.toLowerCase()) throw BadUserInputError.field('mergeId', 'An agency cannot be merged into itself');
    return this.tx.run(async (em) => {
      // Both rows locked in id order, so two merges of the same pair cannot deadlock.
      const locked = await em.find(AgencyEntity, { where: { id: In([keepId, mergeId]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const keep = locked.find((a) => a.id === keepId);
      const merge = locked.find((a) => a.id === mergeId);
      if (!keep) throw new NotFoundError('Agency', keepId, 'keepId');
      if (!merge) throw new NotFoundError('Agency', mergeId, 'mergeId');
      const count = async (sql: string): Promise<number> => Number((await em.query<{ n: string | number }[]>(sql, [mergeId]))[0].n);
      const moved = {
        partnerships: await count('SELECT count(*) AS n FROM partnership_agency WHERE agency_id = $1'),
        actionsLed: await count('SELECT count(*) AS n FROM action WHERE lead_agency_id = $1'),
        actionsSupported: await count('SELECT count(*) AS n FROM action_supporting_agency WHERE agency_id = $1'),
        users: await count('SELECT count(*) AS n FROM user_account WHERE agency_id = $1'),
        progressUpdates: await count('SELECT count(*) AS n FROM progress_update WHERE agency_id = $1'),
      };
      await em.query(
        `INSERT INTO partnership_agency (partnership_id, agency_id)
         SELECT partnership_id, $1 FROM partnership_agency WHERE agency_id = $2
         ON CONFLICT DO NOTHING`,
        [keepId, mergeId],
      );
      await em.query('DELETE FROM partnership_agency WHERE agency_id = $1', [mergeId]);
      this.tx.forget(em, MEMBER_AGENCIES, true);
      await em.query('UPDATE action SET lead_agency_id = $1, version = version + 1, updated_at = now() WHERE lead_agency_id = $2', [keepId, mergeId]);
      await em.query(
        `INSERT INTO action_supporting_agency (action_id, agency_id, partnership_id)
         SELECT s.action_id, $1, s.partnership_id FROM action_supporting_agency s
           JOIN action a ON a.id = s.action_id
          WHERE s.agency_id = $2 AND a.lead_agency_id <> $1
         ON CONFLICT DO NOTHING`,
        [keepId, mergeId],
      );
      await em.query('DELETE FROM action_supporting_agency WHERE agency_id = $1', [mergeId]);
      // The agency kept now leads some actions it supported: the lead never also supports.
      await em.query('DELETE FROM action_supporting_agency s USING action a WHERE a.id = s.action_id AND s.agency_id = $1 AND a.lead_agency_id = $1', [keepId]);
      // A merge says the two were one organisation all along, so the plan's history (PlanHistory
      // migration; no foreign keys there) names the agency kept too: past reports keep their
      // agencies. Where both supported an action at once, the kept agency's periods stand.
      await em.query('UPDATE action_version SET lead_agency_id = $1 WHERE lead_agency_id = $2', [keepId, mergeId]);
      await em.query(
        `DELETE FROM action_supporting_version m
          WHERE m.agency_id = $2
            AND EXISTS (SELECT 1 FROM action_supporting_version k
                         WHERE k.action_id = m.action_id AND k.agency_id = $1
                           AND daterange(k.valid_from, k.valid_to) && daterange(m.valid_from, m.valid_to))`,
        [keepId, mergeId],
      );
      await em.query('UPDATE action_supporting_version SET agency_id = $1 WHERE agency_id = $2', [keepId, mergeId]);
      await em.query('UPDATE user_account SET agency_id = $1 WHERE agency_id = $2', [keepId, mergeId]);
      // Progress updates are append-only; the trigger lets exactly this column change in a merge.
      await em.query(`SELECT set_config('app.merging_agencies', 'on', true)`);
      await em.query('UPDATE progress_update SET agency_id = $1 WHERE agency_id = $2', [keepId, mergeId]);
      await em.query(`SELECT set_config('app.merging_agencies', 'off', true)`);
      // Anything else that names an agency (tables added later) follows the same way.
      const others: { tbl: string; col: string }[] = await em.query(
        `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid = 'agency'::regclass AND array_length(c.conkey, 1) = 1
            AND c.conrelid::regclass::text NOT IN ('partnership_agency', 'action', 'action_supporting_agency', 'user_account', 'progress_update')`,
      );
      for (const { tbl, col } of others) {
        const [{ sql }] = await em.query<{ sql: string }[]>(`SELECT format('UPDATE %s SET %I = $1 WHERE %I = $2', $1::regclass, $2::text, $2::text) AS sql`, [
          tbl,
          col,
        ]);
        await em.query(sql, [keepId, mergeId]);
      }
      if (merge.shared && !keep.shared) {
        keep.shared = true;
        await em.save(keep);
      }
      const before = { keep: auditSnapshot(keep), merge: auditSnapshot(merge) };
      await em.delete(AgencyEntity, { id: mergeId });
      await this.audit.record(em, actor, {
        operation: 'mergeAgencies',
        entityType: 'Agency',
        entityId: keepId,
        partnershipId: keep.ownerPartnershipId,
        before,
        after: { ...auditSnapshot(keep), mergedAgencyId: mergeId, moved },
      });
      return keep;
    });
  }

  private async link(em: EntityManager, actor: Actor, partnershipId: string, agencyId: string): Promise<void> {
    await em.insert(PartnershipAgencyEntity, { partnershipId, agencyId });
    this.tx.forget(em, MEMBER_AGENCIES, true);
    await this.audit.record(em, actor, {
      operation: 'addAgencyToPartnership',
      entityType: 'PartnershipAgency',
      entityId: `${partnershipId}:${agencyId}`,
      partnershipId,
      after: { partnershipId, agencyId },
    });
  }

  /**
   * BAD_USER_INPUT unless every agency sits on the partnership: only member agencies may lead or
   * support its actions. Unknown ids are reported as NOT_FOUND.
   */
  async assertMemberAgencies(em: EntityManager, partnershipId: string, agencyIds: string[], field: string): Promise<void> {
    const unique = [...new Set(agencyIds)];
    if (unique.length === 0) return;
    // `!== undefined`: an empty string is a malformed id too, though falsy.
    const malformed = unique.find((id) => !isUuid(id));
    if (malformed !== undefined) throw new NotFoundError('Agency', malformed, field);
    // Members stay members for the rest of a transaction unless a merge moves them (it forgets
    // these): an import checks the same few agencies for thousands of actions.
    const key = `${MEMBER_AGENCIES}${partnershipId}:${[...unique].sort().join(',')}`;
    const agencies = await this.tx.once(em, key, async () => {
      const rows: { id: string; member: boolean }[] = await em.query(
        `SELECT a.id, EXISTS (SELECT 1 FROM partnership_agency pa WHERE pa.agency_id = a.id AND pa.partnership_id = $1) AS member
           FROM agency a WHERE a.id = ANY($2::uuid[])`,
        [partnershipId, unique],
      );
      return rows;
    });
    const found = new Map(agencies.map((a) => [a.id, a.member]));
    const missing = unique.find((id) => !found.has(id.toLowerCase()));
    if (missing) throw new NotFoundError('Agency', missing, field);
    if (unique.some((id) => !found.get(id.toLowerCase()))) throw BadUserInputError.field(field, 'The agency is not a member of this partnership');
  }

  // Per-request batch loaders for relations.

  loadPartnership(loaders: Loaders, id: string): Awaitable<PartnershipEntity | null> {
    return this.partnershipLoader(loaders).now(id);
  }

  /** Seeds the per-request cache with a partnership already read (e.g. joined to a plan). */
  primePartnership(loaders: Loaders, partnership: PartnershipEntity): void {
    this.partnershipLoader(loaders).prime(partnership.id, partnership);
  }

  loadAgency(loaders: Loaders, id: string): Awaitable<AgencyEntity | null> {
    return this.agencyLoader(loaders).now(id);
  }

  /** Seeds the per-request cache with agencies already read (e.g. joined to a report's rows). */
  primeAgencies(loaders: Loaders, agencies: readonly AgencyEntity[]): void {
    const loader = this.agencyLoader(loaders);
    for (const agency of agencies) loader.prime(agency.id, agency);
  }

  private partnershipRows?: EntityRows<PartnershipEntity>;
  private agencyRows?: EntityRows<AgencyEntity>;

  private partnershipLoader(loaders: Loaders) {
    return loaders.get<string, PartnershipEntity | null>('partnership.byId', async (ids) => {
      const rows = (this.partnershipRows ??= new EntityRows(this.db, PartnershipEntity));
      return byKey(ids, await rows.query(`SELECT ${rows.select('p')} FROM partnership p WHERE p.id = ANY($1::uuid[])`, [[...ids]]), (p) => p.id);
    });
  }

  private agencyLoader(loaders: Loaders) {
    return loaders.get<string, AgencyEntity | null>('agency.byId', async (ids) => {
      const rows = (this.agencyRows ??= new EntityRows(this.db, AgencyEntity));
      return byKey(ids, await rows.query(`SELECT ${rows.select('a')} FROM agency a WHERE a.id = ANY($1::uuid[])`, [[...ids]]), (a) => a.id);
    });
  }

  loadAgenciesOf(loaders: Loaders, partnershipId: string): Awaitable<AgencyEntity[]> {
    return loaders
      .get<string, AgencyEntity[]>('agency.byPartnership', async (ids) => {
        const rows = await this.db.manager
          .createQueryBuilder(PartnershipAgencyEntity, 'pa')
          .innerJoinAndSelect('pa.agency', 'agency')
          .where('pa.partnership_id = ANY(:ids)', { ids: [...ids] })
          .orderBy('agency.name', 'ASC')
          .addOrderBy('agency.id', 'ASC')
          .getMany();
        return groupByKey(ids, rows, (r) => r.partnershipId).map((list) => list.map((r) => r.agency!));
      })
      .now(partnershipId);
  }
}
