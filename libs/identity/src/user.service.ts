import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import {
  Actor,
  ActorSource,
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
  UnauthenticatedError,
} from '@app/common';
import { Role } from '@app/domain';
import { AgencyEntity, PartnershipService } from '@app/partnership';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { CreateUserInput } from './inputs/create-user.input';
import { SetMembershipInput } from './inputs/set-membership.input';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService, VerifiedToken } from './token.service';

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
    private readonly clock: Clock,
  ) {
    super();
  }

  async actorFromToken(token: string): Promise<Actor | null> {
    const claims = this.tokens.verifyClaims(token);
    return claims ? this.actorOf(claims.userId, claims) : null;
  }

  /**
   * Loads the account and its roles afresh: a deleted, deactivated or demoted user loses access at
   * once. With the token's claims, a token issued before the password was last changed is refused
   * too (the session that changed it excepted), to the millisecond.
   */
  async actorOf(userId: string, token?: Pick<VerifiedToken, 'issuedAt' | 'sessionId'>): Promise<Actor | null> {
    const rows: { id: string; email: string; is_admin: boolean; agency_id: string | null; memberships: [string, Role][] | null }[] = await this.db.query(
      `SELECT u.id, u.email, u.is_admin, u.agency_id,
                (SELECT json_agg(json_build_array(m.partnership_id, m.role)) FROM membership m WHERE m.user_id = u.id) AS memberships
           FROM user_account u
          WHERE u.id = $1 AND u.deactivated_at IS NULL
            AND ($2::double precision IS NULL OR u.password_changed_at IS NULL
                 OR to_timestamp($2::double precision) >= u.password_changed_at OR u.password_kept_session = $3)`,
      [userId, token?.issuedAt ?? null, token?.sessionId ?? null],
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
    const reservation = await this.throttle.reserve(email, address);
    const user = await this.db.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    dummyHash ??= argon2.hash('not-a-password');
    const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
    if (!user || !ok || user.deactivatedAt !== null) {
      // A deactivated account answers as a wrong password does: nobody learns it exists.
      throw new UnauthenticatedError('Wrong e-mail or password');
    }
    await this.throttle.succeeded(reservation);
    const { token, expiresAt } = this.tokens.sign(user.id);
    delete (user as Partial<UserEntity>).passwordHash;
    return { token, expiresAt, user };
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.db.manager.findOneBy(UserEntity, { id: actor.userId });
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  /**
   * Creates an account, optionally with a membership (`partnershipId` and `role` together).
   * Admins create any account, and an e-mail already used is a CONFLICT. Coordinators create
   * non-admin accounts; an e-mail that already has an account is not revealed: that account is
   * invited instead (recorded in `user_invitation`, added to the partnership when one is given,
   * its name, password and agency left as they are) and the answer is the one a new account would
   * get — the requested values under the account's id (docs/security.md, "Coordinators stay in
   * their partnership").
   */
  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    if (input.isAdmin && !actor.isAdmin) throw new ForbiddenError('Only an admin can create an admin');
    const partnershipId = input.partnershipId ?? null;
    const role = input.role ?? null;
    if ((partnershipId === null) !== (role === null)) {
      throw BadUserInputError.field(partnershipId === null ? 'input.partnershipId' : 'input.role', 'partnershipId and role go together');
    }
    if (partnershipId !== null) {
      await this.partnerships.get(actor, partnershipId, 'input.partnershipId');
      this.policy.assert(actor, Permission.PartnershipManage, { partnershipId, field: 'input.partnershipId' });
    }
    // Hashed whether or not the e-mail is new, so the answer takes as long either way.
    const passwordHash = await argon2.hash(input.password);
    return this.db.transaction(async (em) => {
      if (input.agencyId !== undefined && input.agencyId !== null) {
        const agency = isUuid(input.agencyId) ? await em.findOneBy(AgencyEntity, { id: input.agencyId }) : null;
        if (!agency) throw new NotFoundError('Agency', input.agencyId, 'input.agencyId');
      }
      // Two creations of one e-mail queue here, so the second sees the first (never a unique-index error).
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`user-email:${input.email.toLowerCase()}`]);
      const existing = await em.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email: input.email }).getOne();
      if (existing && actor.isAdmin) throw new ConflictError('An account with this e-mail already exists', 'input.email');

      let user: UserEntity;
      if (existing) {
        user = existing;
        await this.audit.record(em, actor, {
          operation: 'inviteUser',
          entityType: 'User',
          entityId: existing.id,
          partnershipId: null,
          after: { email: existing.email, partnershipId, role },
        });
      } else {
        user = await em.save(
          em.create(UserEntity, {
            email: input.email,
            name: input.name,
            passwordHash,
            agencyId: input.agencyId ?? null,
            isAdmin: input.isAdmin ?? false,
          }),
        );
        delete (user as Partial<UserEntity>).passwordHash;
        await this.audit.record(em, actor, {
          operation: 'createUser',
          entityType: 'User',
          entityId: user.id,
          partnershipId: null,
          after: auditSnapshot(user),
        });
      }
      await em.query(`INSERT INTO user_invitation (inviter_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [actor.userId, user.id]);
      if (partnershipId !== null && role !== null) {
        const added: unknown[] = await em.query(
          `INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
          [user.id, partnershipId, role],
        );
        if (added.length > 0) {
          await this.audit.record(em, actor, {
            operation: 'setMembership',
            entityType: 'Membership',
            entityId: `${user.id}:${partnershipId}`,
            partnershipId,
            after: { userId: user.id, partnershipId, role },
          });
        }
      }
      if (!existing) return user;
      // The answer a new account would have had: nothing of the existing account but its id.
      return Object.assign(new UserEntity(), {
        id: existing.id,
        email: input.email,
        name: input.name,
        agencyId: input.agencyId ?? null,
        isAdmin: false,
        deactivatedAt: null,
      });
    });
  }

  async setMembership(actor: Actor, input: SetMembershipInput): Promise<MembershipEntity> {
    const partnership = await this.partnerships.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: partnership.id });
    return this.db.transaction(async (em) => {
      const user = isUuid(input.userId) ? await em.findOneBy(UserEntity, { id: input.userId }) : null;
      if (!user || !(await this.reaches(em, actor, user.id))) throw new NotFoundError('User', input.userId, 'input.userId');
      await this.lockPartnerships(em, [partnership.id]);
      const before = await em.findOneBy(MembershipEntity, { userId: user.id, partnershipId: partnership.id });
      if (before && before.userId === actor.userId && before.role === Role.COORDINATOR && input.role !== Role.COORDINATOR && !actor.isAdmin) {
        // A coordinator demoting themself could leave the partnership with nobody to manage it.
        throw BadUserInputError.field('input.role', 'You cannot change your own coordinator role');
      }
      if (before?.role === Role.COORDINATOR && input.role !== Role.COORDINATOR && (await this.isLastCoordinator(em, partnership.id, user.id))) {
        throw BadUserInputError.field('input.role', 'The partnership would be left without a coordinator');
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

  /**
   * Ends a membership at once (the member's next request no longer sees the partnership). Refused
   * for the last active coordinator, so a partnership is never left with nobody to manage it.
   */
  async removeMembership(actor: Actor, userId: string, partnershipId: string): Promise<boolean> {
    const partnership = await this.partnerships.get(actor, partnershipId, 'partnershipId');
    this.policy.assert(actor, Permission.PartnershipManage, { partnershipId: partnership.id });
    return this.db.transaction(async (em) => {
      await this.lockPartnerships(em, [partnership.id]);
      const membership = isUuid(userId) ? await em.findOneBy(MembershipEntity, { userId, partnershipId: partnership.id }) : null;
      if (!membership) throw new NotFoundError('User', userId, 'userId');
      if (membership.role === Role.COORDINATOR && (await this.isLastCoordinator(em, partnership.id, userId))) {
        throw BadUserInputError.field('userId', 'The last coordinator of a partnership cannot be removed; appoint another first');
      }
      await em.delete(MembershipEntity, { userId, partnershipId: partnership.id });
      await this.audit.record(em, actor, {
        operation: 'removeMembership',
        entityType: 'Membership',
        entityId: `${userId}:${partnership.id}`,
        partnershipId: partnership.id,
        before: auditSnapshot(membership),
      });
      return true;
    });
  }

  /**
   * Deactivates an account: it can no longer sign in and its tokens stop working at once (the
   * guard reloads the account on every request). Admins deactivate any account but their own.
   * A coordinator deactivates only accounts they can see (members of a partnership they
   * coordinate, or accounts they invited) that have memberships, all in partnerships they
   * coordinate, and never an admin: FORBIDDEN otherwise, NOT_FOUND for an account they cannot see.
   * Refused for the last active coordinator of a partnership and the last active admin.
   * Deactivating again changes nothing.
   */
  async deactivateUser(actor: Actor, id: string): Promise<UserEntity> {
    return this.db.transaction(async (em) => {
      const user = isUuid(id) ? await em.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!user || !(await this.reaches(em, actor, user.id))) throw new NotFoundError('User', id, 'id');
      const memberships = await em.find(MembershipEntity, { where: { userId: user.id }, order: { partnershipId: 'ASC' } });
      if (!actor.isAdmin) {
        const managed = this.managedBy(actor);
        // Only people of their own partnerships: an invited account with no membership yet is not theirs to close.
        const own = memberships.length > 0 && memberships.every((m) => managed.includes(m.partnershipId));
        if (user.isAdmin || !own) throw new ForbiddenError();
      }
      if (user.id === actor.userId) throw BadUserInputError.field('id', 'You cannot deactivate your own account');
      if (user.deactivatedAt !== null) return user;
      if (user.isAdmin) {
        // Two admins deactivating each other at once must not leave the platform with none.
        await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['active-admins']);
        const [row]: { others: number }[] = await em.query(
          `SELECT count(*)::int AS others FROM user_account WHERE is_admin AND deactivated_at IS NULL AND id <> $1`,
          [user.id],
        );
        if (row.others === 0) throw BadUserInputError.field('id', 'The platform would be left without an active admin');
      }
      const coordinated = memberships.filter((m) => m.role === Role.COORDINATOR).map((m) => m.partnershipId);
      await this.lockPartnerships(em, coordinated);
      for (const partnershipId of coordinated) {
        if (await this.isLastCoordinator(em, partnershipId, user.id)) {
          throw BadUserInputError.field('id', 'The account is the last coordinator of a partnership; appoint another first');
        }
      }
      const before = auditSnapshot(user);
      user.deactivatedAt = this.clock.now();
      await em.update(UserEntity, { id: user.id }, { deactivatedAt: user.deactivatedAt });
      await this.audit.record(em, actor, {
        operation: 'deactivateUser',
        entityType: 'User',
        entityId: user.id,
        partnershipId: null,
        before,
        after: auditSnapshot(user),
      });
      return user;
    });
  }

  /**
   * Changes the caller's password: the current one must be right (a wrong one is BAD_USER_INPUT on
   * `currentPassword`, and counts against the sign-in throttle like a wrong login), the new one
   * follows the rule of new accounts (`PASSWORD_RULE`) and differs from the current one. Every
   * other session of the account ends (tokens issued before); the caller's, `sessionId`, goes on.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, address = 'unknown', sessionId: string | null = null): Promise<boolean> {
    const reservation = await this.throttle.reserve(actor.email, address);
    const user = await this.db.manager.createQueryBuilder(UserEntity, 'u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.userId }).getOne();
    if (!user) throw new UnauthenticatedError();
    const ok = await argon2.verify(user.passwordHash, currentPassword).catch(() => false);
    if (!ok) throw BadUserInputError.field('currentPassword', 'The current password is wrong');
    await this.throttle.succeeded(reservation);
    if (newPassword === currentPassword) throw BadUserInputError.field('newPassword', 'Must differ from the current password');
    const passwordHash = await argon2.hash(newPassword);
    await this.db.transaction(async (em) => {
      // Real time, not the Clock: it is compared with the tokens' issue times, which jsonwebtoken takes from the system clock.
      await em.update(UserEntity, { id: user.id }, { passwordHash, passwordChangedAt: new Date(), passwordKeptSession: sessionId });
      await this.audit.record(em, actor, {
        operation: 'changePassword',
        entityType: 'User',
        entityId: user.id,
        partnershipId: null,
        // Never the hash: only that it changed.
        after: { passwordChanged: true },
      });
    });
    return true;
  }

  /** Partnerships the actor manages (coordinates); admins manage all, and are not asked. */
  private managedBy(actor: Actor): string[] {
    return [...actor.memberships].filter(([partnershipId]) => this.policy.can(actor, Permission.PartnershipManage, partnershipId)).map(([id]) => id);
  }

  /**
   * Whether the actor may act on this account at all: admins on any; a coordinator on members of
   * the partnerships they coordinate and on the accounts they invited. Others are NOT_FOUND to
   * them, as if absent: a coordinator cannot reach past their partnership by guessing ids.
   */
  private async reaches(em: EntityManager, actor: Actor, userId: string): Promise<boolean> {
    if (actor.isAdmin) return true;
    const [row]: { reached: boolean }[] = await em.query(
      `SELECT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = $1 AND m.partnership_id = ANY($2::uuid[]))
           OR EXISTS (SELECT 1 FROM user_invitation i WHERE i.user_id = $1 AND i.inviter_id = $3) AS reached`,
      [userId, this.managedBy(actor), actor.userId],
    );
    return row.reached;
  }

  /** Locks partnership rows (in id order): changes to who coordinates one are made one at a time. */
  private async lockPartnerships(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await em.query(`SELECT id FROM partnership WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  /**
   * Whether `userId` is an active coordinator of the partnership and no other active one is left
   * (call with the partnership locked).
   */
  private async isLastCoordinator(em: EntityManager, partnershipId: string, userId: string): Promise<boolean> {
    const [row]: { last: boolean }[] = await em.query(
      `SELECT EXISTS (SELECT 1 FROM user_account WHERE id = $2 AND deactivated_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM membership m JOIN user_account u ON u.id = m.user_id
                               WHERE m.partnership_id = $1 AND m.role = 'COORDINATOR' AND u.deactivated_at IS NULL AND m.user_id <> $2) AS last`,
      [partnershipId, userId],
    );
    return row.last;
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
