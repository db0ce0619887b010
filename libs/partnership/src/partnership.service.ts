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
} from '@app/common';
import { AgencyEntity } from './entities/agency.entity';
import { PartnershipAgencyEntity } from './entities/partnership-agency.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import { AddAgencyToPartnershipInput } from './inputs/add-agency-to-partnership.input';
import { CreateAgencyInput } from './inputs/create-agency.input';
import { CreatePartnershipInput } from './inputs/create-partnership.input';
import { UpdatePartnershipInput } from './inputs/update-partnership.input';
import { compareDates } from '@app/calendar';

@Injectable()
export class PartnershipService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A partnership the actor may read, or NOT_FOUND (also for one they do not belong to). */
  async get(actor: Actor, id: string, field?: string): Promise<PartnershipEntity> {
    const partnership = isUuid(id) && this.policy.canRead(actor, id) ? await this.db.manager.findOneBy(PartnershipEntity, { id }) : null;
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
    return this.db.transaction(async (em) => {
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
    return this.db.transaction(async (em) => {
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
      await em.query(`SELECT set_config('tracker.effective_from', $1, true), set_config('tracker.actor_id', $2, true)`, [effectiveFrom, actor.userId]);
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
   * Admins and coordinators see every agency, so they can add an existing one to their partnership
   * rather than create a duplicate; other members see the agencies of their own partnerships.
   */
  async listAgencies(actor: Actor): Promise<AgencyEntity[]> {
    const seesAll = actor.isAdmin || [...actor.memberships.keys()].some((p) => this.policy.can(actor, Permission.PartnershipManage, p));
    if (seesAll) return this.db.manager.find(AgencyEntity, { order: { name: 'ASC', id: 'ASC' } });
    return this.db.manager
      .createQueryBuilder(AgencyEntity, 'agency')
      .where('agency.id IN (SELECT pa.agency_id FROM partnership_agency pa WHERE pa.partnership_id = ANY(:ids))', {
        ids: [...actor.memberships.keys()],
      })
      .orderBy('agency.name', 'ASC')
      .addOrderBy('agency.id', 'ASC')
      .getMany();
  }

  async createAgency(actor: Actor, input: CreateAgencyInput): Promise<AgencyEntity> {
    if (input.partnershipId !== undefined && input.partnershipId !== null) {
      await this.get(actor, input.partnershipId, 'input.partnershipId');
      this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: input.partnershipId });
    } else if (!actor.isAdmin && ![...actor.memberships.keys()].some((p) => this.policy.can(actor, Permission.PartnershipManage, p))) {
      throw new ForbiddenError();
    }
    return this.db.transaction(async (em) => {
      const clash = await em
        .createQueryBuilder(AgencyEntity, 'agency')
        .where('lower(agency.name) = lower(:name)', { name: input.name })
        .getExists();
      if (clash) throw new ConflictError('An agency with this name already exists', 'input.name');
      const agency = await em.save(em.create(AgencyEntity, { name: input.name, kind: input.kind }));
      await this.audit.record(em, actor, {
        operation: 'createAgency',
        entityType: 'Agency',
        entityId: agency.id,
        partnershipId: input.partnershipId ?? null,
        after: auditSnapshot(agency),
      });
      if (input.partnershipId) await this.link(em, actor, input.partnershipId, agency.id);
      return agency;
    });
  }

  async addAgency(actor: Actor, input: AddAgencyToPartnershipInput): Promise<PartnershipEntity> {
    const partnership = await this.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: partnership.id });
    const agency = isUuid(input.agencyId) ? await this.db.manager.findOneBy(AgencyEntity, { id: input.agencyId }) : null;
    if (!agency) throw new NotFoundError('Agency', input.agencyId, 'input.agencyId');
    await this.db.transaction(async (em) => {
      const already = await em.existsBy(PartnershipAgencyEntity, { partnershipId: partnership.id, agencyId: agency.id });
      if (!already) await this.link(em, actor, partnership.id, agency.id);
    });
    return partnership;
  }

  private async link(em: EntityManager, actor: Actor, partnershipId: string, agencyId: string): Promise<void> {
    await em.insert(PartnershipAgencyEntity, { partnershipId, agencyId });
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
    const agencies = await em.find(AgencyEntity, { where: { id: In(unique) }, select: { id: true } });
    const missing = unique.find((id) => !agencies.some((a) => a.id === id));
    if (missing) throw new NotFoundError('Agency', missing, field);
    const links = await em.find(PartnershipAgencyEntity, { where: { partnershipId, agencyId: In(unique) } });
    const outside = unique.find((id) => !links.some((l) => l.agencyId === id));
    if (outside) throw BadUserInputError.field(field, 'The agency is not a member of this partnership');
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
