import { randomBytes } from 'node:crypto';
import { graphql } from '../generated';
import type { AgencyKind, CreateActionInput, Pillar, Role } from '../generated/graphql';
import { GraphqlClient } from './graphql-client';
import { TestServer } from './test-server';

export const PASSWORD = 'password-for-tests';

export interface World {
  partnershipId: string;
  strategyId: string;
  planId: string;
  agencies: { council: string; police: string; health: string; voluntary: string; fire: string };
  objectives: { prevent: string; pursue: string; protect: string; prepare: string };
  users: { coordinator: string; police: string; health: string; voluntary: string; board: string };
  tokens: { admin: string; coordinator: string; police: string; health: string; voluntary: string; board: string };
  clients: { admin: GraphqlClient; coordinator: GraphqlClient; police: GraphqlClient; health: GraphqlClient; voluntary: GraphqlClient; board: GraphqlClient };
}

const unique = () => randomBytes(4).toString('hex');

export async function createAgency(admin: GraphqlClient, name: string, kind: AgencyKind, partnershipId?: string): Promise<string> {
  const data = await admin.ok(graphql(`mutation FixtureCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`), {
    input: { name, kind, ...(partnershipId ? { partnershipId } : {}) },
  });
  return data.createAgency.id;
}

export async function createUser(
  server: TestServer,
  admin: GraphqlClient,
  options: { name: string; agencyId?: string | null; partnershipId?: string; role?: Role },
): Promise<{ id: string; email: string; token: string }> {
  const email = `${options.name.toLowerCase().replace(/\W+/g, '.')}.${unique()}@tracker.test`;
  const data = await admin.ok(graphql(`mutation FixtureCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), {
    input: { email, name: options.name, password: PASSWORD, agencyId: options.agencyId ?? null },
  });
  const id = data.createUser.id;
  if (options.partnershipId && options.role) {
    await admin.ok(graphql(`mutation FixtureSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }`), {
      input: { userId: id, partnershipId: options.partnershipId, role: options.role },
    });
  }
  return { id, email, token: await server.login(email, PASSWORD) };
}

/**
 * A partnership with five agencies, a member of each role (partners at police, health and the
 * voluntary sector), a strategy with one objective per P, and a delivery plan. Built through the
 * public API as an admin, as a coordinator would set it up.
 */
export async function createWorld(server: TestServer, name = 'Test Partnership'): Promise<World> {
  const adminToken = await server.adminToken();
  const admin = server.as(adminToken);
  const suffix = unique();
  const { createPartnership } = await admin.ok(
    graphql(`mutation FixtureCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`),
    { input: { name: `${name} ${suffix}`, slug: `test-${suffix}` } },
  );
  const partnershipId = createPartnership.id;
  const agencies = {
    council: await createAgency(admin, `Council ${suffix}`, 'COUNCIL', partnershipId),
    police: await createAgency(admin, `Police ${suffix}`, 'POLICE', partnershipId),
    health: await createAgency(admin, `Health ${suffix}`, 'HEALTH', partnershipId),
    voluntary: await createAgency(admin, `Charity ${suffix}`, 'VOLUNTARY', partnershipId),
    fire: await createAgency(admin, `Fire ${suffix}`, 'FIRE', partnershipId),
  };
  const coordinator = await createUser(server, admin, { name: 'Coordinator', agencyId: agencies.council, partnershipId, role: 'COORDINATOR' });
  const police = await createUser(server, admin, { name: 'Police Partner', agencyId: agencies.police, partnershipId, role: 'PARTNER' });
  const health = await createUser(server, admin, { name: 'Health Partner', agencyId: agencies.health, partnershipId, role: 'PARTNER' });
  const voluntary = await createUser(server, admin, { name: 'Charity Partner', agencyId: agencies.voluntary, partnershipId, role: 'PARTNER' });
  const board = await createUser(server, admin, { name: 'Board Member', agencyId: agencies.council, partnershipId, role: 'BOARD_MEMBER' });

  const { createStrategy } = await admin.ok(graphql(`mutation FixtureCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`), {
    input: { partnershipId, title: 'Modern Slavery Strategy', startDate: '2024-01-01', endDate: '2027-12-31', status: 'ACTIVE' },
  });
  const strategyId = createStrategy.id;
  const objective = async (pillar: Pillar, code: string) =>
    (
      await admin.ok(graphql(`mutation FixtureCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }`), {
        input: { strategyId, pillar, code, title: `${pillar} objective` },
      })
    ).createObjective.id;
  const objectives = {
    prevent: await objective('PREVENT', 'PV1'),
    pursue: await objective('PURSUE', 'PU1'),
    protect: await objective('PROTECT', 'PT1'),
    prepare: await objective('PREPARE', 'PR1'),
  };
  const { createDeliveryPlan } = await admin.ok(CREATE_DELIVERY_PLAN, {
    input: { strategyId, title: 'Delivery Plan', startDate: '2024-01-01', endDate: '2026-12-31' },
  });
  const tokens = {
    admin: adminToken,
    coordinator: coordinator.token,
    police: police.token,
    health: health.token,
    voluntary: voluntary.token,
    board: board.token,
  };
  return {
    partnershipId,
    strategyId,
    planId: createDeliveryPlan.id,
    agencies,
    objectives,
    users: { coordinator: coordinator.id, police: police.id, health: health.id, voluntary: voluntary.id, board: board.id },
    tokens,
    clients: {
      admin,
      coordinator: server.as(tokens.coordinator),
      police: server.as(tokens.police),
      health: server.as(tokens.health),
      voluntary: server.as(tokens.voluntary),
      board: server.as(tokens.board),
    },
  };
}

/** Another delivery plan (2024–2026) of the world's strategy, made by its coordinator: the world with that plan. */
export async function createPlan(world: World, title: string): Promise<World> {
  const { createDeliveryPlan } = await world.clients.coordinator.ok(CREATE_DELIVERY_PLAN, {
    input: { strategyId: world.strategyId, title, startDate: '2024-01-01', endDate: '2026-12-31' },
  });
  return { ...world, planId: createDeliveryPlan.id };
}

export const CREATE_ACTION = graphql(`mutation FixtureCreateAction($input: CreateActionInput!) {
  createAction(input: $input) { id ref version }
}`);

const CREATE_DELIVERY_PLAN = graphql(`mutation FixtureCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }`);

export async function createAction(
  client: GraphqlClient,
  world: World,
  overrides: Partial<CreateActionInput> = {},
): Promise<{ id: string; ref: string; version: number }> {
  const data = await client.ok(CREATE_ACTION, {
    input: {
      deliveryPlanId: world.planId,
      objectiveId: world.objectives.prevent,
      ref: `A${unique()}`,
      title: 'Deliver awareness training',
      leadAgencyId: world.agencies.police,
      dueDate: '2026-06-30',
      // In the plan since the plan began, so reports as of earlier dates (back-dated returns) include it.
      inPlanSince: '2024-01-01',
      ...overrides,
    },
  });
  return data.createAction;
}
