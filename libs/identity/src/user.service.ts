import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, In } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import {
  Actor,
  ActorSource,
  Awaitable,
  BadUserInputError,
  byKey,
  ConflictError,
  EntityRows,
  ForbiddenError,
  groupByKey,
  isUuid,
  Loaders,
  NotFoundError,
  Permission,
  PolicyService,
  Role,
  UnauthenticatedError,
} from '@app/common';
import { AgencyEntity, PartnershipService } from '@app/partnership';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { CreateUserInput } from './inputs/create-user.input';
import { SetMembershipInput } from './inputs/set-membership.input';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService } from './token.service';

/** Hashed once at start so a login for an unknown e-mail costs as much as one for a known one. */
let dummyHash: Promise<string> | null = null;

@Injectable()
export class UserService extends ActorSource {
  private readonly logger = new Logger(UserService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    private readonly partnerships: PartnershipService,
    private readonly throttle: LoginThrottleService,
  ) {
    super();
  }

  async actorFromToken(token: string): Promise<Actor | null> {
    const userId = this.tokens.verify(token);
    return userId ? this.actorOf(userId) : null;
  }

  /** Loads the account and its roles afresh: a deleted or demoted user loses access at once. */
  async actorOf(userId: string): Promise<Actor | null> {
    const rows: { id: string; email: string; is_admin: boolean; agency_id: string | null; memberships: [string, Role][] | null }[] =
      await this.db.query(
        `SELECT u.id, u.email, u.is_admin, u.agency_id,
                (SELECT json_agg(json_build_array(m.partnership_id, m.role)) FROM membership m WHERE m.user_id = u.id) AS memberships
           FROM user_account u WHERE u.id = $1`,
        [userId],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      email: row.email,
      isAdmin: row.is_admin,
      agencyId: row.agency_id,
      memberships: new Map(row.memberships ?? []),
    };
  }

  async login(email: string, password: string, address = 'unknown'): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    await this.throttle.assertAllowed(email, address);
    const user = await this.db.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    dummyHash ??= argon2.hash('not-a-password');
    const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, address);
      throw new UnauthenticatedError('Wrong e-mail or password');
    }
    const { token, expiresAt } = this.tokens.sign(user.id);
    delete (user as Partial<UserEntity>).passwordHash;
    return { token, expiresAt, user };
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.db.manager.findOneBy(UserEntity, { id: actor.userId });
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  /** Admins create any account; coordinators create non-admin accounts for their partnerships. */
  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    if (input.isAdmin && !actor.isAdmin) throw new ForbiddenError('Only an admin can create an admin');
    return this.db.transaction(async (em) => {
      if (input.agencyId !== undefined && input.agencyId !== null) {
        const agency = isUuid(input.agencyId) ? await em.findOneBy(AgencyEntity, { id: input.agencyId }) : null;
        if (!agency) throw new NotFoundError('Agency', input.agencyId, 'input.agencyId');
      }
      const clash = await em.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email: input.email }).getExists();
      if (clash) throw new ConflictError('An account with this e-mail already exists', 'input.email');
      const user = await em.save(
        em.create(UserEntity, {
          email: input.email,
          name: input.name,
          passwordHash: await argon2.hash(input.password),
          agencyId: input.agencyId ?? null,
          isAdmin: input.isAdmin ?? false,
        }),
      );
      await this.audit.record(em, actor, {
        operation: 'createUser',
        entityType: 'User',
        entityId: user.id,
        partnershipId: null,
        after: auditSnapshot(user),
      });
      delete (user as Partial<UserEntity>).passwordHash;
      return user;
    });
  }

  async setMembership(actor: Actor, input: SetMembershipInput): Promise<MembershipEntity> {
    const partnership = await this.partnerships.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: partnership.id });
    return this.db.transaction(async (em) => {
      const user = isUuid(input.userId) ? await em.findOneBy(UserEntity, { id: input.userId }) : null;
      if (!user) throw new NotFoundError('User', input.userId, 'input.userId');
      const before = await em.findOneBy(MembershipEntity, { userId: user.id, partnershipId: partnership.id });
      if (before && before.userId === actor.userId && before.role === Role.COORDINATOR && input.role !== Role.COORDINATOR && !actor.isAdmin) {
        // A coordinator demoting themself could leave the partnership with nobody to manage it.
        throw BadUserInputError.field('input.role', 'You cannot change your own coordinator role');
      }
      await em.upsert(MembershipEntity, { userId: user.id, partnershipId: partnership.id, role: input.role }, ['userId', 'partnershipId']);
      const after = await em.findOneByOrFail(MembershipEntity, { userId: user.id, partnershipId: partnership.id });
      await this.audit.record(em, actor, {
        operation: 'setMembership',
        entityType: 'Membership',
        entityId: `${user.id}:${partnership.id}`,
        partnershipId: partnership.id,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      return after;
    });
  }

  /** Bootstrap: creates the first admin from settings when no admin exists yet. */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['bootstrap-admin']);
      if (await em.existsBy(UserEntity, { isAdmin: true })) return false;
      const existing = await em.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email }).getOne();
      if (existing) {
        await em.update(UserEntity, { id: existing.id }, { isAdmin: true });
      } else {
        await em.insert(UserEntity, { email, name: 'Administrator', passwordHash: await argon2.hash(password), isAdmin: true });
      }
      const admin = await em.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email }).getOneOrFail();
      await this.audit.record(em, null, {
        operation: 'bootstrapAdmin',
        entityType: 'User',
        entityId: admin.id,
        partnershipId: null,
        after: auditSnapshot(admin),
      });
      this.logger.log(`Created the first admin account ${email}`);
      return true;
    });
  }

  // Per-request batch loaders.

  private userRows?: EntityRows<UserEntity>;

  loadUser(loaders: Loaders, id: string): Awaitable<UserEntity | null> {
    return loaders
      .get<string, UserEntity | null>('user.byId', async (ids) => {
        const rows = (this.userRows ??= new EntityRows(this.db, UserEntity));
        return byKey(ids, await rows.query(`SELECT ${rows.select('u')} FROM user_account u WHERE u.id = ANY($1::uuid[])`, [[...ids]]), (u) => u.id);
      })
      .now(id);
  }

  /** Memberships of a user, limited to partnerships the viewer can read. */
  async loadMemberships(loaders: Loaders, viewer: Actor, userId: string): Promise<MembershipEntity[]> {
    const all = await loaders
      .get<string, MembershipEntity[]>('membership.byUser', async (ids) =>
        groupByKey(ids, await this.db.manager.find(MembershipEntity, { where: { userId: In([...ids]) } }), (m) => m.userId),
      )
      .load(userId);
    return all.filter((m) => this.policy.canRead(viewer, m.partnershipId));
  }
}
