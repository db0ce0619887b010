import { auditRows, rowCounts, uniqueSuffix } from '../support/db-assertions';
import { createAction, createAgency, createUser, createWorld, PASSWORD, World } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * DESIGN.md "Permissions", operation by operation, for seven callers: a platform admin; the
 * coordinator, a police partner and a board member of partnership A; the coordinator of another
 * partnership B; a signed-in user on no partnership at all; and nobody (no token). The two
 * partnerships and their members are built once, as the cast; every test builds the rows it reads
 * or changes itself.
 */

type ActorName = 'admin' | 'coordinator' | 'partner' | 'board' | 'other' | 'outsider' | 'anonymous';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Matrix = Record<ActorName, Outcome>;

const ACTORS: ActorName[] = ['admin', 'coordinator', 'partner', 'board', 'other', 'outsider', 'anonymous'];

/** Reads of a partnership's data: its members (and admins) yes, anyone else as if it did not exist. */
const PARTNERSHIP_READ: Matrix = {
  admin: 'ok',
  coordinator: 'ok',
  partner: 'ok',
  board: 'ok',
  other: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};
const ANY_SIGNED_IN: Matrix = {
  admin: 'ok',
  coordinator: 'ok',
  partner: 'ok',
  board: 'ok',
  other: 'ok',
  outsider: 'ok',
  anonymous: 'UNAUTHENTICATED',
};
/** Strategy, objectives, plan, actions, milestones; also managing the partnership's agencies and members. */
const COORDINATE_A: Matrix = {
  admin: 'ok',
  coordinator: 'ok',
  partner: 'FORBIDDEN',
  board: 'FORBIDDEN',
  other: 'NOT_FOUND',
  outsider: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
};
/** Platform-level records a coordinator of any partnership may create (agencies, accounts). */
const ANY_COORDINATOR: Matrix = {
  admin: 'ok',
  coordinator: 'ok',
  partner: 'FORBIDDEN',
  board: 'FORBIDDEN',
  other: 'ok',
  outsider: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
};
const ADMIN_ONLY: Matrix = {
  admin: 'ok',
  coordinator: 'FORBIDDEN',
  partner: 'FORBIDDEN',
  board: 'FORBIDDEN',
  other: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
};
const PUBLIC: Matrix = { admin: 'ok', coordinator: 'ok', partner: 'ok', board: 'ok', other: 'ok', outsider: 'ok', anonymous: 'ok' };

function split(matrix: Matrix): { allowed: ActorName[]; refused: [ActorName, Outcome][] } {
  return {
    allowed: ACTORS.filter((a) => matrix[a] === 'ok'),
    refused: ACTORS.filter((a) => matrix[a] !== 'ok').map((a) => [a, matrix[a]]),
  };
}

describe('permissions', () => {
  let server: TestServer;
  let world: World;
  let otherWorld: World;
  let adminId: string;
  let outsider: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    world = await createWorld(server, 'Partnership A');
    otherWorld = await createWorld(server, 'Partnership B');
    adminId = (await world.clients.admin.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    outsider = await createUser(server, world.clients.admin, { name: 'Outsider' });
  });
  afterAll(() => server.close());

  const clientOf = (actor: ActorName): GraphqlClient => {
    switch (actor) {
      case 'admin':
        return world.clients.admin;
      case 'coordinator':
        return world.clients.coordinator;
      case 'partner':
        return world.clients.police;
      case 'board':
        return world.clients.board;
      case 'other':
        return otherWorld.clients.coordinator;
      case 'outsider':
        return server.as(outsider.token);
      case 'anonymous':
        return server.as(null);
    }
  };
  const userIdOf = (actor: ActorName): string | null =>
    ({
      admin: adminId,
      coordinator: world.users.coordinator,
      partner: world.users.police,
      board: world.users.board,
      other: otherWorld.users.coordinator,
      outsider: outsider.id,
      anonymous: null,
    })[actor];

  // ---------------------------------------------------------------------------------------------
  // Queries

  interface ReadCase {
    name: string;
    matrix: Matrix;
    /** Builds the test's own rows; returns the request and a check of the data an allowed caller gets. */
    prepare(): Promise<{ query: string; variables?: Record<string, unknown>; verify(data: any, actor: ActorName): void }>;
  }

  const READS: ReadCase[] = [
    {
      name: 'me',
      matrix: ANY_SIGNED_IN,
      prepare: async () => ({
        query: '{ me { id isAdmin } }',
        verify: (data, actor) => expect(data.me).toEqual({ id: userIdOf(actor), isAdmin: actor === 'admin' }),
      }),
    },
    {
      name: 'partnerships',
      matrix: ANY_SIGNED_IN,
      prepare: async () => ({
        query: '{ partnerships { id } }',
        verify: (data, actor) => {
          const ids = data.partnerships.map((p: { id: string }) => p.id);
          if (actor === 'other') expect(ids).toEqual([otherWorld.partnershipId]);
          else if (actor === 'outsider') expect(ids).toEqual([]);
          else if (actor === 'admin') expect(ids).toEqual(expect.arrayContaining([world.partnershipId, otherWorld.partnershipId]));
          else expect(ids).toEqual([world.partnershipId]);
        },
      }),
    },
    {
      name: 'partnership',
      matrix: PARTNERSHIP_READ,
      prepare: async () => ({
        query: 'query($id: ID!) { partnership(id: $id) { id } }',
        variables: { id: world.partnershipId },
        verify: (data) => expect(data.partnership).toEqual({ id: world.partnershipId }),
      }),
    },
    {
      name: 'agencies',
      matrix: ANY_SIGNED_IN,
      prepare: async () => ({
        query: '{ agencies { id } }',
        verify: (data, actor) => {
          if (actor === 'outsider') return expect(data.agencies).toEqual([]);
          const own = actor === 'other' ? otherWorld.agencies : world.agencies;
          expect(data.agencies.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(Object.values(own)));
        },
      }),
    },
    {
      name: 'strategy',
      matrix: PARTNERSHIP_READ,
      prepare: async () => ({
        query: 'query($id: ID!) { strategy(id: $id) { id title } }',
        variables: { id: world.strategyId },
        verify: (data) => expect(data.strategy).toEqual({ id: world.strategyId, title: 'Modern Slavery Strategy' }),
      }),
    },
    {
      name: 'deliveryPlan',
      matrix: PARTNERSHIP_READ,
      prepare: async () => ({
        query: 'query($id: ID!) { deliveryPlan(id: $id) { id title } }',
        variables: { id: world.planId },
        verify: (data) => expect(data.deliveryPlan).toEqual({ id: world.planId, title: 'Delivery Plan' }),
      }),
    },
    {
      name: 'action',
      matrix: PARTNERSHIP_READ,
      prepare: async () => {
        const action = await createAction(world.clients.admin, world, { title: 'Train frontline staff' });
        return {
          query: 'query($id: ID!) { action(id: $id) { id ref title } }',
          variables: { id: action.id },
          verify: (data) => expect(data.action).toEqual({ id: action.id, ref: action.ref, title: 'Train frontline staff' }),
        };
      },
    },
    {
      name: 'auditEvents',
      matrix: COORDINATE_A,
      prepare: async () => {
        const action = await createAction(world.clients.admin, world);
        return {
          query: 'query($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { operation entityType entityId actor { id } } } } }',
          variables: { id: world.partnershipId },
          verify: (data) =>
            expect(data.auditEvents.edges).toEqual([
              { node: { operation: 'createAction', entityType: 'Action', entityId: action.id, actor: { id: adminId } } },
            ]),
        };
      },
    },
  ];

  describe.each(READS.map((c) => [c.name, c] as const))('%s', (_name, read) => {
    const { allowed, refused } = split(read.matrix);

    it.each(allowed)('answers when asked by %s', async (actor) => {
      const { query, variables, verify } = await read.prepare();
      const result = await clientOf(actor).request(query, variables);
      expect(result.errors).toBeUndefined();
      verify(result.data, actor);
    });

    if (refused.length) {
      it.each(refused)('rejects the query when asked by %s (%s)', async (actor, code) => {
        const { query, variables } = await read.prepare();
        const result = await clientOf(actor).request<Record<string, unknown>>(query, variables);
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
        expect(result.data?.[read.name] ?? null).toBeNull();
      });
    }
  });

  // ---------------------------------------------------------------------------------------------
  // Mutations

  interface Prepared {
    query: string;
    variables: Record<string, unknown>;
    /** Tables whose row count a refusal must leave unchanged (audit_event is always checked). */
    tables: string[];
    /** The audit event an allowed call must leave, from the mutation's result. */
    audit(data: any): { operation: string; entityType: string; entityId: string };
    /** For edits: a snapshot of the row, which a refusal must leave unchanged. */
    snapshot?(): Promise<unknown>;
  }

  interface WriteCase {
    name: string;
    /** Distinguishes several cases of one mutation in the test names. */
    variant?: string;
    matrix: Matrix;
    prepare(): Promise<Prepared>;
  }

  const WRITES: WriteCase[] = [
    {
      name: 'createPartnership',
      matrix: ADMIN_ONLY,
      prepare: async () => {
        const suffix = uniqueSuffix();
        return {
          query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug } }',
          variables: { input: { name: `New partnership ${suffix}`, slug: `new-${suffix}` } },
          tables: ['partnership'],
          audit: (data) => ({ operation: 'createPartnership', entityType: 'Partnership', entityId: data.createPartnership.id }),
        };
      },
    },
    {
      name: 'createAgency',
      matrix: ANY_COORDINATOR,
      prepare: async () => ({
        query: 'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }',
        variables: { input: { name: `Probation ${uniqueSuffix()}`, kind: 'PROBATION' } },
        tables: ['agency', 'partnership_agency'],
        audit: (data) => ({ operation: 'createAgency', entityType: 'Agency', entityId: data.createAgency.id }),
      }),
    },
    {
      name: 'createAgency',
      variant: 'into partnership A',
      matrix: COORDINATE_A,
      prepare: async () => ({
        query: 'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }',
        variables: { input: { name: `Probation ${uniqueSuffix()}`, kind: 'PROBATION', partnershipId: world.partnershipId } },
        tables: ['agency', 'partnership_agency'],
        audit: (data) => ({
          operation: 'addAgencyToPartnership',
          entityType: 'PartnershipAgency',
          entityId: `${world.partnershipId}:${data.createAgency.id}`,
        }),
      }),
    },
    {
      name: 'addAgencyToPartnership',
      matrix: COORDINATE_A,
      prepare: async () => {
        const agencyId = await createAgency(world.clients.admin, `School ${uniqueSuffix()}`, 'EDUCATION');
        return {
          query: 'mutation($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id agencies { id } } }',
          variables: { input: { partnershipId: world.partnershipId, agencyId } },
          tables: ['partnership_agency'],
          audit: () => ({ operation: 'addAgencyToPartnership', entityType: 'PartnershipAgency', entityId: `${world.partnershipId}:${agencyId}` }),
        };
      },
    },
    {
      name: 'createUser',
      matrix: ANY_COORDINATOR,
      prepare: async () => ({
        query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }',
        variables: { input: { email: `new.${uniqueSuffix()}@tracker.test`, name: 'New Person', password: PASSWORD, agencyId: world.agencies.health } },
        tables: ['user_account'],
        audit: (data) => ({ operation: 'createUser', entityType: 'User', entityId: data.createUser.id }),
      }),
    },
    {
      name: 'setMembership',
      matrix: COORDINATE_A,
      prepare: async () => {
        // Created by the partnership's coordinator: coordinators give memberships only to accounts they invited.
        const { createUser: user } = await world.clients.coordinator.ok<{ createUser: { id: string } }>(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          { input: { email: `member.${uniqueSuffix()}@tracker.test`, name: 'Future Member', password: PASSWORD } },
        );
        return {
          query: 'mutation($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }',
          variables: { input: { userId: user.id, partnershipId: world.partnershipId, role: 'PARTNER' } },
          tables: ['membership'],
          audit: () => ({ operation: 'setMembership', entityType: 'Membership', entityId: `${user.id}:${world.partnershipId}` }),
        };
      },
    },
    {
      name: 'createStrategy',
      matrix: COORDINATE_A,
      prepare: async () => ({
        query: 'mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }',
        variables: { input: { partnershipId: world.partnershipId, title: 'Next strategy', startDate: '2028-01-01', endDate: '2030-12-31' } },
        tables: ['strategy'],
        audit: (data) => ({ operation: 'createStrategy', entityType: 'Strategy', entityId: data.createStrategy.id }),
      }),
    },
    {
      name: 'createObjective',
      matrix: COORDINATE_A,
      prepare: async () => ({
        query: 'mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }',
        variables: { input: { strategyId: world.strategyId, pillar: 'PROTECT', code: `PT-${uniqueSuffix()}`, title: 'Support survivors' } },
        tables: ['objective'],
        audit: (data) => ({ operation: 'createObjective', entityType: 'Objective', entityId: data.createObjective.id }),
      }),
    },
    {
      name: 'createDeliveryPlan',
      matrix: COORDINATE_A,
      prepare: async () => ({
        query: 'mutation($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }',
        variables: { input: { strategyId: world.strategyId, title: 'Year 2 plan', startDate: '2025-04-01', endDate: '2026-03-31' } },
        tables: ['delivery_plan'],
        audit: (data) => ({ operation: 'createDeliveryPlan', entityType: 'DeliveryPlan', entityId: data.createDeliveryPlan.id }),
      }),
    },
    {
      name: 'createAction',
      matrix: COORDINATE_A,
      prepare: async () => ({
        query: 'mutation($input: CreateActionInput!) { createAction(input: $input) { id } }',
        variables: {
          input: {
            deliveryPlanId: world.planId,
            objectiveId: world.objectives.pursue,
            ref: `P-${uniqueSuffix()}`,
            title: 'Joint operation',
            leadAgencyId: world.agencies.police,
            supportingAgencyIds: [world.agencies.council],
            dueDate: '2026-03-31',
          },
        },
        tables: ['action', 'action_supporting_agency'],
        audit: (data) => ({ operation: 'createAction', entityType: 'Action', entityId: data.createAction.id }),
      }),
    },
    {
      name: 'updateAction',
      matrix: COORDINATE_A,
      prepare: async () => {
        const action = await createAction(world.clients.admin, world);
        return {
          query: 'mutation($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { id version } }',
          variables: { id: action.id, version: action.version, input: { title: 'Renamed action' } },
          tables: ['action'],
          audit: () => ({ operation: 'updateAction', entityType: 'Action', entityId: action.id }),
          snapshot: async () => (await server.db.query('SELECT * FROM action WHERE id = $1', [action.id])).rows,
        };
      },
    },
    {
      name: 'addMilestone',
      matrix: COORDINATE_A,
      prepare: async () => {
        const action = await createAction(world.clients.admin, world);
        return {
          query: 'mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }',
          variables: { input: { actionId: action.id, title: 'Training delivered', dueDate: '2025-09-30' } },
          tables: ['milestone'],
          audit: (data) => ({ operation: 'addMilestone', entityType: 'Milestone', entityId: data.addMilestone.id }),
        };
      },
    },
  ];

  describe.each(WRITES.map((c) => [c.variant ? `${c.name} (${c.variant})` : c.name, c] as const))('%s', (_name, write) => {
    const { allowed, refused } = split(write.matrix);

    it.each(allowed)('allows %s and records an audit event', async (actor) => {
      const prepared = await write.prepare();
      const result = await clientOf(actor).request(prepared.query, prepared.variables);
      expect(result.errors).toBeUndefined();
      expect(await auditRows(server, { ...prepared.audit(result.data), actorId: userIdOf(actor) })).toBe(1);
    });

    it.each(refused)('rejects the call when made by %s (%s) and writes nothing', async (actor, code) => {
      const prepared = await write.prepare();
      const tables = [...prepared.tables, 'audit_event'];
      const before = await rowCounts(server, tables);
      const snapshot = await prepared.snapshot?.();
      const result = await clientOf(actor).request(prepared.query, prepared.variables);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(result.data).toBeNull();
      expect(await rowCounts(server, tables)).toEqual(before);
      if (prepared.snapshot) expect(await prepared.snapshot()).toEqual(snapshot);
    });
  });

  describe('login', () => {
    it.each(split(PUBLIC).allowed)('signs in whoever calls it, even with %s as the current session', async (actor) => {
      const email = `login.${uniqueSuffix()}@tracker.test`;
      const { createUser: user } = await world.clients.admin.ok<{ createUser: { id: string } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, name: 'Signing In', password: PASSWORD } },
      );
      const result = await clientOf(actor).request<{ login: { token: string; user: { id: string } } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }',
        { email, password: PASSWORD },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.login.user.id).toBe(user.id);
      expect((await server.as(result.data!.login.token).ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(user.id);
    });
  });

  describe('createUser', () => {
    it.each<[ActorName]>([['coordinator'], ['other']])('rejects an admin account when created by %s (FORBIDDEN)', async (actor) => {
      const before = await rowCounts(server, ['user_account', 'audit_event']);
      const result = await clientOf(actor).request('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { email: `admin.${uniqueSuffix()}@tracker.test`, name: 'Would-be Admin', password: PASSWORD, isAdmin: true },
      });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(await rowCounts(server, ['user_account', 'audit_event'])).toEqual(before);
    });

    it('creates an admin account when created by an admin', async () => {
      const { createUser: user } = await world.clients.admin.ok<{ createUser: { id: string; isAdmin: boolean } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }',
        { input: { email: `admin.${uniqueSuffix()}@tracker.test`, name: 'Second Admin', password: PASSWORD, isAdmin: true } },
      );
      expect(user.isAdmin).toBe(true);
      expect(await auditRows(server, { operation: 'createUser', entityType: 'User', entityId: user.id, actorId: adminId })).toBe(1);
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Tenancy: what one partnership's members can see of another

  describe('partnerships', () => {
    it.each<[ActorName]>([['coordinator'], ['partner'], ['board']])('lists only the partnerships of %s', async (actor) => {
      const data = await clientOf(actor).ok<{ partnerships: { id: string }[] }>('{ partnerships { id } }');
      expect(data.partnerships).toEqual([{ id: world.partnershipId }]);
    });

    it('lists a partnership for a user added to it, and no other', async () => {
      const user = await createUser(server, world.clients.admin, {
        name: 'Two Hats',
        partnershipId: otherWorld.partnershipId,
        role: 'BOARD_MEMBER',
      });
      const data = await server.as(user.token).ok<{ partnerships: { id: string }[] }>('{ partnerships { id } }');
      expect(data.partnerships).toEqual([{ id: otherWorld.partnershipId }]);
    });
  });

  describe('partnership', () => {
    it.each<[ActorName]>([['coordinator'], ['partner'], ['board']])(
      'rejects another partnership when asked by %s (NOT_FOUND, data null)',
      async (actor) => {
        const result = await clientOf(actor).request<{ partnership: unknown }>('query($id: ID!) { partnership(id: $id) { id name } }', {
          id: otherWorld.partnershipId,
        });
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
        expect(result.data).toEqual({ partnership: null });
      },
    );

    it('answers the same for another partnership as for one that does not exist', async () => {
      const other = await world.clients.coordinator.request('query($id: ID!) { partnership(id: $id) { id } }', { id: otherWorld.partnershipId });
      const missing = await world.clients.coordinator.request('query($id: ID!) { partnership(id: $id) { id } }', {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(other.data).toEqual(missing.data);
    });

    it.each<[ActorName]>([['coordinator'], ['partner'], ['board']])(
      'reads partnership → strategies → deliveryPlans → actions when asked by %s',
      async (actor) => {
        const first = await createAction(world.clients.coordinator, world, { ref: `N-${uniqueSuffix()}` });
        const result = await clientOf(actor).request<any>(
          `query($id: ID!) { partnership(id: $id) { id agencies { id } strategies { id deliveryPlans { id actions { id ref leadAgency { id } } } } } }`,
          { id: world.partnershipId },
        );
        expect(result.errors).toBeUndefined();
        const partnership = result.data.partnership;
        expect(partnership.id).toBe(world.partnershipId);
        expect(partnership.agencies.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(Object.values(world.agencies)));
        const strategy = partnership.strategies.find((s: { id: string }) => s.id === world.strategyId);
        const plan = strategy.deliveryPlans.find((p: { id: string }) => p.id === world.planId);
        expect(plan.actions).toContainEqual({ id: first.id, ref: first.ref, leadAgency: { id: world.agencies.police } });
      },
    );
  });

  describe('agencies', () => {
    it.each<[ActorName]>([['partner'], ['board']])('lists only the agencies of the partnerships of %s', async (actor) => {
      const data = await clientOf(actor).ok<{ agencies: { id: string }[] }>('{ agencies { id } }');
      const ids = data.agencies.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(world.agencies)));
      for (const agencyId of Object.values(otherWorld.agencies)) expect(ids).not.toContain(agencyId);
    });
  });

  describe('User.memberships', () => {
    it('does not reveal a partnership the reader does not belong to', async () => {
      // A user on both partnerships, lead officer of one of B's actions, read by B's coordinator.
      const both = await createUser(server, world.clients.admin, {
        name: 'Shared Officer',
        agencyId: otherWorld.agencies.police,
        partnershipId: world.partnershipId,
        role: 'PARTNER',
      });
      await world.clients.admin.ok('mutation($input: SetMembershipInput!) { setMembership(input: $input) { role } }', {
        input: { userId: both.id, partnershipId: otherWorld.partnershipId, role: 'PARTNER' },
      });
      const action = await createAction(otherWorld.clients.coordinator, otherWorld, { leadOfficerId: both.id });

      const seenByB = await otherWorld.clients.coordinator.ok<any>(
        'query($id: ID!) { action(id: $id) { leadOfficer { id memberships { role partnership { id } } } } }',
        { id: action.id },
      );
      expect(seenByB.action.leadOfficer).toEqual({ id: both.id, memberships: [{ role: 'PARTNER', partnership: { id: otherWorld.partnershipId } }] });

      const seenByThemself = await server.as(both.token).ok<any>('{ me { memberships { partnership { id } } } }');
      expect(seenByThemself.me.memberships.map((m: any) => m.partnership.id).sort()).toEqual(
        [world.partnershipId, otherWorld.partnershipId].sort(),
      );
    });

    it("does not reveal a partnership through the audit trail's actors", async () => {
      // An actor who coordinates both A and B, seen in A's trail by A's coordinator.
      const third = await createUser(server, world.clients.admin, {
        name: 'Third Coordinator',
        agencyId: world.agencies.council,
        partnershipId: otherWorld.partnershipId,
        role: 'COORDINATOR',
      });
      await world.clients.admin.ok('mutation($input: SetMembershipInput!) { setMembership(input: $input) { role } }', {
        input: { userId: third.id, partnershipId: world.partnershipId, role: 'COORDINATOR' },
      });
      const action = await createAction(server.as(third.token), world);
      const data = await world.clients.coordinator.ok<any>(
        'query($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { entityId actor { id memberships { partnership { id } } } } } } }',
        { id: world.partnershipId },
      );
      expect(data.auditEvents.edges).toEqual([
        { node: { entityId: action.id, actor: { id: third.id, memberships: [{ partnership: { id: world.partnershipId } }] } } },
      ]);
    });
  });
});
