import { graphql } from '../generated';
import type { Role } from '../generated/graphql';
import { auditRows, errorFields, leakedMarkers, uniqueSuffix } from '../support/db-assertions';
import { countAllTables, countChanges } from '../support/db-snapshot';
import { createUser, createWorld, PASSWORD, World } from '../support/fixtures';
import { Document, GraphqlClient, GraphqlResult } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Accounts and memberships (issue 13's identity mutations, issue 11's "coordinators stay in their
 * partnership"): removeMembership, deactivateUser, changePassword, and createUser/setMembership as
 * a coordinator. Every refusal writes nothing anywhere (login counters aside, where a password was checked).
 */

const LOGIN = graphql(`mutation AccountsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`);
const REMOVE = graphql(`mutation AccountsRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }`);
const DEACTIVATE = graphql(`mutation AccountsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id email deactivatedAt } }`);
const CHANGE = graphql(`mutation AccountsChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`);
const CREATE_USER = graphql(
  `mutation AccountsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email name isAdmin deactivatedAt agency { id } } }`,
);
const SET_MEMBERSHIP = graphql(`mutation AccountsSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }`);
const PARTNERSHIP = graphql(`query AccountsPartnership($id: ID!) { partnership(id: $id) { id } }`);
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const codes = (result: GraphqlResult<unknown>) => result.errors?.map((e) => e.extensions?.code);

describe('accounts', () => {
  let server: TestServer;
  let world: World;
  let other: World;
  let admin: GraphqlClient;
  let adminId: string;

  beforeAll(async () => {
    server = await startTestServer();
    world = await createWorld(server, 'Accounts A');
    other = await createWorld(server, 'Accounts B');
    admin = world.clients.admin;
    adminId = (await admin.ok(graphql(`query AccountsMe { me { id } }`))).me.id;
  }, 180_000);
  afterAll(() => server?.close());

  /** Runs a refused request and checks it wrote nothing in any table. */
  async function refused<R, V>(client: GraphqlClient, document: Document<R, V>, variables: Record<string, unknown>, code: string, field?: string): Promise<void> {
    const before = await countAllTables(server, ['login_attempt', 'login_known_address']);
    const result = await client.requestLoose(document, variables);
    expect(codes(result)).toEqual([code]);
    expect(result.data ?? null).toBeNull();
    expect(leakedMarkers(result.errors)).toEqual([]);
    if (field) expect(errorFields(result.errors![0])).toEqual([field]);
    expect(countChanges(before, await countAllTables(server, ['login_attempt', 'login_known_address']))).toEqual({});
  }

  const member = (w: World, name: string, role: Role) => createUser(server, admin, { name, agencyId: w.agencies.health, partnershipId: w.partnershipId, role });

  describe('removeMembership', () => {
    it('ends the membership at once, same token, with an audit event', async () => {
      const leaver = await member(world, 'Leaver', 'PARTNER');
      expect((await server.as(leaver.token).ok(PARTNERSHIP, { id: world.partnershipId })).partnership!.id).toBe(world.partnershipId);

      const { removeMembership } = await world.clients.coordinator.ok(REMOVE, { userId: leaver.id, partnershipId: world.partnershipId });
      expect(removeMembership).toBe(true);
      expect(await server.count('membership', 'user_id = $1', [leaver.id])).toBe(0);
      expect(
        await auditRows(server, {
          operation: 'removeMembership',
          entityType: 'Membership',
          entityId: `${leaver.id}:${world.partnershipId}`,
          actorId: world.users.coordinator,
        }),
      ).toBe(1);
      expect(
        await server.count('audit_event', "operation = 'removeMembership' AND partnership_id = $1 AND entity_id = $2", [
          world.partnershipId,
          `${leaver.id}:${world.partnershipId}`,
        ]),
      ).toBe(1);

      expect(codes(await server.as(leaver.token).request(PARTNERSHIP, { id: world.partnershipId }))).toEqual(['NOT_FOUND']);
    });

    it('refuses an unknown or malformed user, or one who is not a member (NOT_FOUND on userId)', async () => {
      const outsider = await member(other, 'Outsider', 'PARTNER');
      for (const userId of [UNKNOWN_ID, 'not-an-id', outsider.id]) {
        await refused(world.clients.coordinator, REMOVE, { userId, partnershipId: world.partnershipId }, 'NOT_FOUND', 'userId');
      }
    });

    it("refuses an unknown partnership and another partnership's (NOT_FOUND on partnershipId)", async () => {
      const b = await member(other, 'B Member', 'PARTNER');
      await refused(world.clients.coordinator, REMOVE, { userId: b.id, partnershipId: other.partnershipId }, 'NOT_FOUND', 'partnershipId');
      await refused(world.clients.coordinator, REMOVE, { userId: b.id, partnershipId: UNKNOWN_ID }, 'NOT_FOUND', 'partnershipId');
    });

    it('refuses partners and board members (FORBIDDEN), and anonymous callers (UNAUTHENTICATED)', async () => {
      const target = await member(world, 'Target', 'PARTNER');
      await refused(world.clients.police, REMOVE, { userId: target.id, partnershipId: world.partnershipId }, 'FORBIDDEN');
      await refused(world.clients.board, REMOVE, { userId: target.id, partnershipId: world.partnershipId }, 'FORBIDDEN');
      await refused(server.as(null), REMOVE, { userId: target.id, partnershipId: world.partnershipId }, 'UNAUTHENTICATED');
    });

    it('refuses removing the last active coordinator (BAD_USER_INPUT on userId), even for an admin; with a second one it is allowed', async () => {
      const lone = await createWorld(server, 'Lone coordinator');
      await refused(admin, REMOVE, { userId: lone.users.coordinator, partnershipId: lone.partnershipId }, 'BAD_USER_INPUT', 'userId');
      await refused(lone.clients.coordinator, REMOVE, { userId: lone.users.coordinator, partnershipId: lone.partnershipId }, 'BAD_USER_INPUT', 'userId');

      const second = await member(lone, 'Second Coordinator', 'COORDINATOR');
      await lone.clients.coordinator.ok(REMOVE, { userId: lone.users.coordinator, partnershipId: lone.partnershipId });
      // Now the second is the last one.
      await refused(server.as(second.token), REMOVE, { userId: second.id, partnershipId: lone.partnershipId }, 'BAD_USER_INPUT', 'userId');
    });
  });

  describe('deactivateUser', () => {
    it('stops the account at once: its token is UNAUTHENTICATED and login is refused like a wrong password; audited', async () => {
      const leaver = await member(world, 'Deactivated', 'PARTNER');
      const { deactivateUser } = await admin.ok(DEACTIVATE, { id: leaver.id });
      expect(deactivateUser.id).toBe(leaver.id);
      expect(deactivateUser.deactivatedAt).toEqual(expect.any(String));
      expect(await server.count('user_account', 'id = $1 AND deactivated_at IS NOT NULL', [leaver.id])).toBe(1);
      expect(await auditRows(server, { operation: 'deactivateUser', entityType: 'User', entityId: leaver.id, actorId: adminId })).toBe(1);

      const me = await server.as(leaver.token).request(graphql(`query AccountsMe { me { id } }`));
      expect(codes(me)).toEqual(['UNAUTHENTICATED']);
      expect(codes(await server.as(leaver.token).request(PARTNERSHIP, { id: world.partnershipId }))).toEqual(['UNAUTHENTICATED']);

      const right = await server.client.request(LOGIN, { email: leaver.email, password: PASSWORD });
      const wrong = await server.client.request(LOGIN, { email: leaver.email, password: 'not the password' });
      expect(codes(right)).toEqual(['UNAUTHENTICATED']);
      expect(right.data).toBeNull();
      expect(right.errors![0].message).toBe(wrong.errors![0].message);
    });

    it('lets a coordinator deactivate a member of their own partnership only', async () => {
      const partner = await member(world, 'Own Partner', 'PARTNER');
      const { deactivateUser } = await world.clients.coordinator.ok(DEACTIVATE, { id: partner.id });
      expect(deactivateUser.id).toBe(partner.id);
      expect(await auditRows(server, { operation: 'deactivateUser', entityType: 'User', entityId: partner.id, actorId: world.users.coordinator })).toBe(1);
    });

    it("refuses a coordinator another partnership's member and unknown ids (NOT_FOUND on id)", async () => {
      const b = await member(other, 'B Only', 'PARTNER');
      for (const id of [b.id, UNKNOWN_ID, 'nope']) await refused(world.clients.coordinator, DEACTIVATE, { id }, 'NOT_FOUND', 'id');
    });

    it('refuses a coordinator a member who also belongs to another partnership, an account in no partnership, and an admin (FORBIDDEN)', async () => {
      const shared = await member(world, 'Shared', 'PARTNER');
      await admin.ok(SET_MEMBERSHIP, { input: { userId: shared.id, partnershipId: other.partnershipId, role: 'BOARD_MEMBER' } });
      await refused(world.clients.coordinator, DEACTIVATE, { id: shared.id }, 'FORBIDDEN');

      // Invited (by them) but in no partnership yet: not theirs to close.
      const { createUser: invited } = await world.clients.coordinator.ok(CREATE_USER, {
        input: { email: `no.membership.${uniqueSuffix()}@tracker.test`, name: 'No Membership', password: 'a-long-password' },
      });
      await refused(world.clients.coordinator, DEACTIVATE, { id: invited.id }, 'FORBIDDEN');

      const adminMember = await member(world, 'Admin Member', 'BOARD_MEMBER');
      await server.db.query('UPDATE user_account SET is_admin = true WHERE id = $1', [adminMember.id]);
      await refused(world.clients.coordinator, DEACTIVATE, { id: adminMember.id }, 'FORBIDDEN');
    });

    it('refuses partners and board members (FORBIDDEN)', async () => {
      const target = await member(world, 'Someone', 'PARTNER');
      await refused(world.clients.police, DEACTIVATE, { id: target.id }, 'FORBIDDEN');
      await refused(world.clients.board, DEACTIVATE, { id: target.id }, 'FORBIDDEN');
    });

    it('lets an admin deactivate another admin (the platform keeps an active admin)', async () => {
      const email = `second.admin.${uniqueSuffix()}@tracker.test`;
      const { createUser: second } = await admin.ok(CREATE_USER, { input: { email, name: 'Second Admin', password: 'a-long-password', isAdmin: true } });
      const { deactivateUser } = await admin.ok(DEACTIVATE, { id: second.id });
      expect(deactivateUser).toMatchObject({ id: second.id, deactivatedAt: expect.any(String) as unknown });
      expect(await server.count('user_account', 'is_admin AND deactivated_at IS NULL AND id = $1', [adminId])).toBe(1);
    });

    it('refuses deactivating oneself and the last active coordinator (BAD_USER_INPUT on id)', async () => {
      await refused(admin, DEACTIVATE, { id: adminId }, 'BAD_USER_INPUT', 'id');
      const lone = await createWorld(server, 'Lone deactivation');
      await refused(admin, DEACTIVATE, { id: lone.users.coordinator }, 'BAD_USER_INPUT', 'id');
    });
  });

  describe('changePassword', () => {
    it('changes the password (the old one stops, the new one signs in), audited without the hash', async () => {
      const user = await member(world, 'Changer', 'PARTNER');
      const elsewhere = await server.login(user.email, PASSWORD);
      const next = `new-password-${uniqueSuffix()}`;
      const { changePassword } = await server.as(user.token).ok(CHANGE, { current: PASSWORD, next });
      expect(changePassword).toBe(true);
      // The account's other sessions end at once (a stolen token too); the one that changed it goes on.
      expect(codes(await server.as(elsewhere).request(graphql(`query AccountsMe { me { id } }`)))).toEqual(['UNAUTHENTICATED']);
      expect((await server.as(user.token).ok(graphql(`query AccountsMe { me { id } }`))).me.id).toBe(user.id);
      expect(await auditRows(server, { operation: 'changePassword', entityType: 'User', entityId: user.id, actorId: user.id })).toBe(1);
      const trail = (
        await server.db.query<{ after: string }>("SELECT after::text AS after FROM audit_event WHERE operation = 'changePassword' AND entity_id = $1", [user.id])
      ).rows[0].after;
      for (const secret of [next, PASSWORD, '$argon2']) expect(trail).not.toContain(secret);

      expect(codes(await server.client.request(LOGIN, { email: user.email, password: PASSWORD }))).toEqual(['UNAUTHENTICATED']);
      const { login } = await server.client.ok(LOGIN, { email: user.email, password: next });
      expect(login.user.id).toBe(user.id);
      // A session begun after the change works.
      expect((await server.as(login.token).ok(graphql(`query AccountsMe { me { id } }`))).me.id).toBe(user.id);
    });

    it('refuses a wrong current password (BAD_USER_INPUT on currentPassword), changing nothing', async () => {
      const user = await member(world, 'Wrong Current', 'PARTNER');
      const hash = async () =>
        (await server.db.query<{ password_hash: string }>('SELECT password_hash FROM user_account WHERE id = $1', [user.id])).rows[0].password_hash;
      const before = await hash();
      await refused(server.as(user.token), CHANGE, { current: 'not-my-password', next: 'a-good-new-password' }, 'BAD_USER_INPUT', 'currentPassword');
      expect(await hash()).toBe(before);
    });

    it.each([
      ['9 characters', 'nine-char'],
      ['201 characters', 'x'.repeat(201)],
      ['the current password again', PASSWORD],
    ])('refuses a new password of %s (BAD_USER_INPUT on newPassword)', async (_label, next) => {
      const user = await member(world, 'Weak', 'PARTNER');
      await refused(server.as(user.token), CHANGE, { current: PASSWORD, next }, 'BAD_USER_INPUT', 'newPassword');
    });

    it('accepts exactly 10 characters, the rule of new accounts', async () => {
      const user = await member(world, 'Ten', 'PARTNER');
      expect((await server.as(user.token).ok(CHANGE, { current: PASSWORD, next: '0123456789' })).changePassword).toBe(true);
    });

    it('refuses anonymous callers (UNAUTHENTICATED)', async () => {
      await refused(server.as(null), CHANGE, { current: PASSWORD, next: 'a-good-new-password' }, 'UNAUTHENTICATED');
    });
  });

  describe('coordinators stay in their partnership', () => {
    it("answers createUser for an e-mail of another partnership's member as for a new account, and invites that account instead", async () => {
      const existing = await member(other, 'Existing Elsewhere', 'PARTNER');
      const fresh = `brand.new.${uniqueSuffix()}@tracker.test`;
      const ask = (email: string) => ({ input: { email, name: 'Asked Name', password: 'a-password-set-by-them', agencyId: world.agencies.council } });

      const forNew = await world.clients.coordinator.request(CREATE_USER, ask(fresh));
      const forExisting = await world.clients.coordinator.request(CREATE_USER, ask(existing.email));
      expect(forNew.errors).toBeUndefined();
      expect(forExisting.errors).toBeUndefined();
      // The same answer, field for field, but the id and the e-mail sent.
      const shape = (data: Record<string, unknown>) => ({ ...data, id: undefined, email: undefined });
      expect(shape(forExisting.data!.createUser)).toEqual(shape(forNew.data!.createUser));
      expect(forExisting.data!.createUser).toMatchObject({ id: existing.id, email: existing.email, name: 'Asked Name', isAdmin: false, deactivatedAt: null });

      // The existing account is left as it was: its name and password.
      const { rows } = await server.db.query<{ name: string }>('SELECT name FROM user_account WHERE id = $1', [existing.id]);
      expect(rows[0].name).toBe('Existing Elsewhere');
      expect((await server.client.ok(LOGIN, { email: existing.email, password: PASSWORD })).login.user.id).toBe(existing.id);
      expect(await server.count('user_invitation', 'inviter_id = $1 AND user_id = $2', [world.users.coordinator, existing.id])).toBe(1);
      expect(await auditRows(server, { operation: 'inviteUser', entityType: 'User', entityId: existing.id, actorId: world.users.coordinator })).toBe(1);

      // Invited, the account can be given a membership by that coordinator.
      const { setMembership } = await world.clients.coordinator.ok(SET_MEMBERSHIP, {
        input: { userId: existing.id, partnershipId: world.partnershipId, role: 'PARTNER' },
      });
      expect(setMembership).toEqual({ role: 'PARTNER', partnership: { id: world.partnershipId } });
    });

    it('adds an invited existing account to the partnership with the requested role when partnershipId and role are given', async () => {
      const existing = await member(other, 'Invited With Role', 'BOARD_MEMBER');
      const { createUser: answer } = await world.clients.coordinator.ok(CREATE_USER, {
        input: {
          email: existing.email.toUpperCase(),
          name: 'Whoever',
          password: 'a-password-set-by-them',
          partnershipId: world.partnershipId,
          role: 'BOARD_MEMBER',
        },
      });
      expect(answer.id).toBe(existing.id);
      const { rows } = await server.db.query('SELECT role FROM membership WHERE user_id = $1 AND partnership_id = $2', [existing.id, world.partnershipId]);
      expect(rows).toEqual([{ role: 'BOARD_MEMBER' }]);
      expect(
        await server.count('audit_event', "operation = 'setMembership' AND entity_id = $1 AND partnership_id = $2", [
          `${existing.id}:${world.partnershipId}`,
          world.partnershipId,
        ]),
      ).toBe(1);
    });

    it('creates a new account with its membership in one call', async () => {
      const email = `with.role.${uniqueSuffix()}@tracker.test`;
      const { createUser: user } = await world.clients.coordinator.ok(CREATE_USER, {
        input: { email, name: 'New Member', password: 'a-long-password', partnershipId: world.partnershipId, role: 'PARTNER' },
      });
      expect(await server.count('membership', "user_id = $1 AND partnership_id = $2 AND role = 'PARTNER'", [user.id, world.partnershipId])).toBe(1);
      expect(await auditRows(server, { operation: 'createUser', entityType: 'User', entityId: user.id, actorId: world.users.coordinator })).toBe(1);
    });

    it('refuses a membership in another partnership through createUser (NOT_FOUND on input.partnershipId), and role without partnershipId (BAD_USER_INPUT)', async () => {
      const input = { email: `x.${uniqueSuffix()}@tracker.test`, name: 'X', password: 'a-long-password' };
      await refused(
        world.clients.coordinator,
        CREATE_USER,
        { input: { ...input, partnershipId: other.partnershipId, role: 'PARTNER' } },
        'NOT_FOUND',
        'input.partnershipId',
      );
      await refused(world.clients.coordinator, CREATE_USER, { input: { ...input, role: 'PARTNER' } }, 'BAD_USER_INPUT', 'input.partnershipId');
    });

    it('still answers an admin CONFLICT for an e-mail in use (admins are unaffected)', async () => {
      const existing = await member(other, 'Admin Sees', 'PARTNER');
      await refused(admin, CREATE_USER, { input: { email: existing.email, name: 'Dup', password: 'a-long-password' } }, 'CONFLICT', 'input.email');
    });

    it('refuses a coordinator a membership for an account of the platform they did not invite (NOT_FOUND on input.userId); admins may', async () => {
      const stranger = await member(other, 'Stranger', 'PARTNER');
      const bare = (
        await server.db.query<{ id: string }>(`INSERT INTO user_account (email, name, password_hash) VALUES ($1, 'Nobody', 'x') RETURNING id`, [
          `bare.${uniqueSuffix()}@tracker.test`,
        ])
      ).rows[0].id;
      for (const userId of [stranger.id, bare, UNKNOWN_ID]) {
        await refused(
          world.clients.coordinator,
          SET_MEMBERSHIP,
          { input: { userId, partnershipId: world.partnershipId, role: 'PARTNER' } },
          'NOT_FOUND',
          'input.userId',
        );
      }
      // Another coordinator's invitation does not count.
      const { createUser: theirs } = await other.clients.coordinator.ok(CREATE_USER, {
        input: { email: `b.invite.${uniqueSuffix()}@tracker.test`, name: 'B Invite', password: 'a-long-password' },
      });
      await refused(
        world.clients.coordinator,
        SET_MEMBERSHIP,
        { input: { userId: theirs.id, partnershipId: world.partnershipId, role: 'PARTNER' } },
        'NOT_FOUND',
        'input.userId',
      );
      const ours = await other.clients.coordinator.ok(SET_MEMBERSHIP, { input: { userId: theirs.id, partnershipId: other.partnershipId, role: 'PARTNER' } });
      expect(ours.setMembership.role).toBe('PARTNER');
      const { setMembership } = await admin.ok(SET_MEMBERSHIP, { input: { userId: stranger.id, partnershipId: world.partnershipId, role: 'PARTNER' } });
      expect(setMembership.role).toBe('PARTNER');
    });

    it('lets a coordinator change the role of a member of their partnership', async () => {
      const partner = await member(world, 'Promoted', 'PARTNER');
      const { setMembership } = await world.clients.coordinator.ok(SET_MEMBERSHIP, {
        input: { userId: partner.id, partnershipId: world.partnershipId, role: 'BOARD_MEMBER' },
      });
      expect(setMembership.role).toBe('BOARD_MEMBER');
    });
  });
});
