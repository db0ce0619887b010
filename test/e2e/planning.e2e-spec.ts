import { graphql } from '../generated';
import type { Pillar } from '../generated/graphql';
import { auditRows, errorFields, leakedMarkers, rowCounts, uniqueSuffix } from '../support/db-assertions';
import { createAction, createAgency, createUser, createWorld, World } from '../support/fixtures';
import { Document, GraphqlClient, GraphqlResult } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Setting up a plan (strategy, objectives, delivery plan, actions, milestones) and reading it back,
 * and every way a coordinator's input is refused. One partnership is the cast, built once; each test
 * creates the strategy, plan or action it works on.
 */

const CREATE_STRATEGY = graphql(
  `mutation PlanningCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title startDate endDate status } }`,
);
const CREATE_OBJECTIVE = graphql(
  `mutation PlanningCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id pillar code title description } }`,
);
const CREATE_PLAN = graphql(
  `mutation PlanningCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id title startDate endDate } }`,
);
const CREATE_ACTION = graphql(`mutation PlanningCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref title version } }`);
const UPDATE_ACTION = graphql(`mutation PlanningUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) {
  updateAction(id: $id, version: $version, input: $input) { id version }
}`);
const ADD_MILESTONE = graphql(`mutation PlanningAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn } }`);

/** Every stored (not computed) field of an action, with its relations. */
const READ_ACTION = graphql(`query PlanningReadAction($id: ID!) {
  action(id: $id) {
    id ref title description successMeasure startDate dueDate version pillar
    deliveryPlan { id }
    objective { id code pillar }
    leadAgency { id name kind }
    supportingAgencies { id name kind }
    leadOfficer { id name }
    milestones { id title dueDate completedOn action { id } }
  }
}`);

const NUL = '\u0000';
const LONG_TITLE = 'x'.repeat(301);

describe('planning', () => {
  let server: TestServer;
  let world: World;
  let coordinator: GraphqlClient;
  let agencyNames: Record<string, { id: string; name: string; kind: string }>;

  beforeAll(async () => {
    server = await startTestServer();
    world = await createWorld(server, 'Planning');
    coordinator = world.clients.coordinator;
    const { partnership } = await coordinator.ok(graphql(`query PlanningPartnership($id: ID!) { partnership(id: $id) { agencies { id name kind } } }`), {
      id: world.partnershipId,
    });
    agencyNames = Object.fromEntries(partnership!.agencies.map((a) => [a.id, a]));
  });
  afterAll(() => server.close());

  /** A refusal: the one error has `code`, names `field`, and shows no internals. */
  function expectRefused(result: GraphqlResult<unknown>, code: string, field: string): void {
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.extensions?.code).toBe(code);
    expect(errorFields(error)).toContain(field);
    expect(leakedMarkers(result.errors)).toEqual([]);
  }

  /** Runs a request that must be refused and checks it wrote nothing to `tables` or the audit trail. */
  async function refusedWithoutWrites<R, V>(
    client: GraphqlClient,
    document: Document<R, V>,
    variables: Record<string, unknown>,
    tables: string[],
    code: string,
    field: string,
  ): Promise<void> {
    const watched = [...tables, 'audit_event'];
    const before = await rowCounts(server, watched);
    const result = await client.requestLoose(document, variables);
    expectRefused(result, code, field);
    expect(await rowCounts(server, watched)).toEqual(before);
  }

  async function newStrategy(overrides: Record<string, unknown> = {}): Promise<string> {
    const { createStrategy } = await coordinator.ok(CREATE_STRATEGY, {
      input: { partnershipId: world.partnershipId, title: 'Strategy', startDate: '2024-01-01', endDate: '2027-12-31', ...overrides },
    });
    return createStrategy.id;
  }

  async function newObjective(strategyId: string, pillar: Pillar, code: string): Promise<string> {
    const { createObjective } = await coordinator.ok(CREATE_OBJECTIVE, {
      input: { strategyId, pillar, code, title: `${code} title` },
    });
    return createObjective.id;
  }

  async function newPlan(strategyId: string): Promise<string> {
    const { createDeliveryPlan } = await coordinator.ok(CREATE_PLAN, {
      input: { strategyId, title: 'Plan', startDate: '2024-04-01', endDate: '2026-03-31' },
    });
    return createDeliveryPlan.id;
  }

  const actionInput = (overrides: Record<string, unknown> = {}) => ({
    deliveryPlanId: world.planId,
    objectiveId: world.objectives.prevent,
    ref: `R-${uniqueSuffix()}`,
    title: 'Deliver awareness training',
    leadAgencyId: world.agencies.police,
    dueDate: '2026-06-30',
    ...overrides,
  });

  const actionRow = async (id: string) => (await server.db.query<Record<string, unknown>>('SELECT * FROM action WHERE id = $1', [id])).rows[0];

  // ---------------------------------------------------------------------------------------------
  // Creating and reading back

  describe('deliveryPlan', () => {
    it('reads back a plan with its strategy, objectives in strategy order and actions in ref order', async () => {
      const strategyId = await newStrategy({ title: 'Modern Slavery Strategy 2024-2027', status: 'ACTIVE' });
      // Created out of order on purpose: pillar order first, then the order of creation (position).
      const prepare = await newObjective(strategyId, 'PREPARE', 'PR1');
      const preventB = await newObjective(strategyId, 'PREVENT', 'PV2');
      const pursue = await newObjective(strategyId, 'PURSUE', 'PU1');
      const preventA = await newObjective(strategyId, 'PREVENT', 'PV1');
      const protect = await newObjective(strategyId, 'PROTECT', 'PT1');
      const planId = await newPlan(strategyId);
      for (const ref of ['1.10', 'A.1', '2.1', '1.2', '1.9']) {
        await coordinator.ok(CREATE_ACTION, {
          input: actionInput({ deliveryPlanId: planId, objectiveId: pursue, ref, title: `Action ${ref}` }),
        });
      }

      const data = await world.clients.board.ok(
        graphql(`query PlanningDeliveryPlan($id: ID!) { deliveryPlan(id: $id) {
          id title startDate endDate
          strategy { id title startDate endDate status partnership { id } objectives { id pillar code title description strategy { id } } }
          actions { ref title objective { id } }
        } }`),
        { id: planId },
      );
      expect(data.deliveryPlan).toEqual({
        id: planId,
        title: 'Plan',
        startDate: '2024-04-01',
        endDate: '2026-03-31',
        strategy: {
          id: strategyId,
          title: 'Modern Slavery Strategy 2024-2027',
          startDate: '2024-01-01',
          endDate: '2027-12-31',
          status: 'ACTIVE',
          partnership: { id: world.partnershipId },
          objectives: [
            { id: preventB, pillar: 'PREVENT', code: 'PV2', title: 'PV2 title', description: null, strategy: { id: strategyId } },
            { id: preventA, pillar: 'PREVENT', code: 'PV1', title: 'PV1 title', description: null, strategy: { id: strategyId } },
            { id: pursue, pillar: 'PURSUE', code: 'PU1', title: 'PU1 title', description: null, strategy: { id: strategyId } },
            { id: protect, pillar: 'PROTECT', code: 'PT1', title: 'PT1 title', description: null, strategy: { id: strategyId } },
            { id: prepare, pillar: 'PREPARE', code: 'PR1', title: 'PR1 title', description: null, strategy: { id: strategyId } },
          ],
        },
        actions: ['1.2', '1.9', '1.10', '2.1', 'A.1'].map((ref) => ({ ref, title: `Action ${ref}`, objective: { id: pursue } })),
      });
    });
  });

  describe('createStrategy', () => {
    it('creates a DRAFT strategy by default and records it in the audit trail', async () => {
      const { createStrategy } = await coordinator.ok(CREATE_STRATEGY, {
        input: { partnershipId: world.partnershipId, title: '  Padded title  ', startDate: '2025-01-01', endDate: '2025-01-01' },
      });
      expect(createStrategy).toEqual({ id: expect.any(String) as unknown, title: 'Padded title', startDate: '2025-01-01', endDate: '2025-01-01', status: 'DRAFT' });
      expect(await auditRows(server, { operation: 'createStrategy', entityType: 'Strategy', entityId: createStrategy.id, actorId: world.users.coordinator })).toBe(
        1,
      );
      const { strategy } = await world.clients.police.ok(
        graphql(`query PlanningStrategy($id: ID!) { strategy(id: $id) { id title status deliveryPlans { id } objectives { id } } }`),
        {
          id: createStrategy.id,
        },
      );
      expect(strategy).toEqual({ id: createStrategy.id, title: 'Padded title', status: 'DRAFT', deliveryPlans: [], objectives: [] });
    });

    const valid = { title: 'Strategy', startDate: '2024-01-01', endDate: '2027-12-31' };
    it.each<[string, Record<string, unknown>, string, string]>([
      ['the title is empty', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is only white space', { title: ' \t\n ' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is over 300 characters', { title: LONG_TITLE }, 'BAD_USER_INPUT', 'input.title'],
      ['the title contains a NUL byte', { title: `Strategy${NUL}` }, 'BAD_USER_INPUT', 'input.title'],
      ['endDate is before startDate', { startDate: '2025-01-02', endDate: '2025-01-01' }, 'BAD_USER_INPUT', 'input.endDate'],
      ['startDate is not a real date', { startDate: '2025-02-30' }, 'BAD_USER_INPUT', 'input.startDate'],
      ['endDate is not written YYYY-MM-DD', { endDate: '31/12/2025' }, 'BAD_USER_INPUT', 'input.endDate'],
      ['the status is not a StrategyStatus', { status: 'FINISHED' }, 'BAD_USER_INPUT', 'input.status'],
      ['the partnership id is malformed', { partnershipId: 'abc' }, 'NOT_FOUND', 'input.partnershipId'],
      ['the partnership does not exist', { partnershipId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.partnershipId'],
    ])('rejects the strategy when %s', async (_case, overrides, code, field) => {
      const input = { partnershipId: world.partnershipId, ...valid, ...overrides };
      await refusedWithoutWrites(coordinator, CREATE_STRATEGY, { input }, ['strategy'], code, field);
    });
  });

  describe('createObjective', () => {
    it('rejects the objective when its code is already used in the strategy (CONFLICT)', async () => {
      const strategyId = await newStrategy();
      await newObjective(strategyId, 'PREVENT', 'PV1');
      await refusedWithoutWrites(
        coordinator,
        CREATE_OBJECTIVE,
        { input: { strategyId, pillar: 'PURSUE', code: 'PV1', title: 'Another' } },
        ['objective'],
        'CONFLICT',
        'input.code',
      );
    });

    it('accepts a code used in another strategy', async () => {
      const first = await newStrategy();
      const second = await newStrategy();
      await newObjective(first, 'PREVENT', 'PV1');
      const { createObjective } = await coordinator.ok(CREATE_OBJECTIVE, {
        input: { strategyId: second, pillar: 'PREVENT', code: 'PV1', title: 'Same code', description: 'Elsewhere' },
      });
      expect(createObjective).toEqual({ id: expect.any(String) as unknown, pillar: 'PREVENT', code: 'PV1', title: 'Same code', description: 'Elsewhere' });
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['the title is empty', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is only white space', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is over 300 characters', { title: LONG_TITLE }, 'BAD_USER_INPUT', 'input.title'],
      ['the title contains a NUL byte', { title: `a${NUL}b` }, 'BAD_USER_INPUT', 'input.title'],
      ['the pillar is not a Pillar', { pillar: 'PREVAIL' }, 'BAD_USER_INPUT', 'input.pillar'],
      ['the code is empty', { code: '' }, 'BAD_USER_INPUT', 'input.code'],
      ['the strategy id is malformed', { strategyId: 'abc' }, 'NOT_FOUND', 'input.strategyId'],
    ])('rejects the objective when %s', async (_case, overrides, code, field) => {
      const input = { strategyId: world.strategyId, pillar: 'PREVENT', code: `C${uniqueSuffix()}`, title: 'Objective', ...overrides };
      await refusedWithoutWrites(coordinator, CREATE_OBJECTIVE, { input }, ['objective'], code, field);
    });
  });

  describe('createDeliveryPlan', () => {
    it('accepts a plan that spans part of the strategy, to its last day', async () => {
      const strategyId = await newStrategy({ startDate: '2023-01-01', endDate: '2027-12-31' });
      const { createDeliveryPlan } = await coordinator.ok(CREATE_PLAN, {
        input: { strategyId, title: 'Plan 2023-2026', startDate: '2023-01-01', endDate: '2026-12-31' },
      });
      expect(createDeliveryPlan).toEqual({ id: expect.any(String) as unknown, title: 'Plan 2023-2026', startDate: '2023-01-01', endDate: '2026-12-31' });
    });

    // The cast's strategy runs 2024-01-01 to 2027-12-31.
    it.each<[string, Record<string, unknown>, string, string]>([
      ['the title is only white space', { title: '  ' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is over 300 characters', { title: LONG_TITLE }, 'BAD_USER_INPUT', 'input.title'],
      ['the title contains a NUL byte', { title: `Plan${NUL}` }, 'BAD_USER_INPUT', 'input.title'],
      ['endDate is before startDate', { startDate: '2025-06-01', endDate: '2025-05-31' }, 'BAD_USER_INPUT', 'input.endDate'],
      ['it starts before the strategy', { startDate: '2023-12-31' }, 'BAD_USER_INPUT', 'input.startDate'],
      ['it ends after the strategy', { endDate: '2028-01-01' }, 'BAD_USER_INPUT', 'input.endDate'],
      ['endDate is not a real date', { endDate: '2025-02-30' }, 'BAD_USER_INPUT', 'input.endDate'],
      ['startDate is not written YYYY-MM-DD', { startDate: '31/12/2025' }, 'BAD_USER_INPUT', 'input.startDate'],
      ['the strategy id is malformed', { strategyId: 'abc' }, 'NOT_FOUND', 'input.strategyId'],
    ])('rejects the plan when %s', async (_case, overrides, code, field) => {
      const input = { strategyId: world.strategyId, title: 'Plan', startDate: '2024-01-01', endDate: '2026-12-31', ...overrides };
      await refusedWithoutWrites(coordinator, CREATE_PLAN, { input }, ['delivery_plan'], code, field);
    });
  });

  describe('createAction', () => {
    it('creates an action with supporting agencies, a lead officer and milestones, and reads every field back', async () => {
      const officer = await createUser(server, world.clients.admin, {
        name: 'Lead Officer',
        agencyId: world.agencies.police,
        partnershipId: world.partnershipId,
        role: 'PARTNER',
      });
      const ref = `3.${uniqueSuffix()}`;
      const { createAction: created } = await coordinator.ok(CREATE_ACTION, {
        input: {
          deliveryPlanId: world.planId,
          objectiveId: world.objectives.protect,
          ref,
          title: 'Survivor support pathway',
          description: 'Agree a pathway with health and the voluntary sector',
          successMeasure: 'Pathway signed off by the board',
          leadAgencyId: world.agencies.police,
          supportingAgencyIds: [world.agencies.voluntary, world.agencies.health],
          leadOfficerId: officer.id,
          startDate: '2025-01-15',
          dueDate: '2025-12-31',
        },
      });
      expect(created).toEqual({ id: expect.any(String) as unknown, ref, title: 'Survivor support pathway', version: 1 });
      const first = await coordinator.ok(ADD_MILESTONE, { input: { actionId: created.id, title: 'Draft pathway', dueDate: '2025-06-30' } });
      const second = await coordinator.ok(ADD_MILESTONE, { input: { actionId: created.id, title: 'Pathway agreed', dueDate: '2025-03-31' } });
      expect(first.addMilestone).toEqual({ id: expect.any(String) as unknown, title: 'Draft pathway', dueDate: '2025-06-30', completedOn: null });

      const { action } = await world.clients.police.ok(READ_ACTION, { id: created.id });
      const agency = (id: string) => agencyNames[id];
      expect(action).toEqual({
        id: created.id,
        ref,
        title: 'Survivor support pathway',
        description: 'Agree a pathway with health and the voluntary sector',
        successMeasure: 'Pathway signed off by the board',
        startDate: '2025-01-15',
        dueDate: '2025-12-31',
        version: 1,
        pillar: 'PROTECT',
        deliveryPlan: { id: world.planId },
        objective: { id: world.objectives.protect, code: 'PT1', pillar: 'PROTECT' },
        leadAgency: agency(world.agencies.police),
        // By name: "Charity …" before "Health …".
        supportingAgencies: [agency(world.agencies.voluntary), agency(world.agencies.health)],
        leadOfficer: { id: officer.id, name: 'Lead Officer' },
        // In the order they were added, not by due date.
        milestones: [
          { id: first.addMilestone.id, title: 'Draft pathway', dueDate: '2025-06-30', completedOn: null, action: { id: created.id } },
          { id: second.addMilestone.id, title: 'Pathway agreed', dueDate: '2025-03-31', completedOn: null, action: { id: created.id } },
        ],
      });
      expect(await auditRows(server, { operation: 'createAction', entityType: 'Action', entityId: created.id, actorId: world.users.coordinator })).toBe(1);
      expect(
        await auditRows(server, { operation: 'addMilestone', entityType: 'Milestone', entityId: second.addMilestone.id, actorId: world.users.coordinator }),
      ).toBe(1);
    });

    it('creates an action with only the required fields, the optional ones null or empty', async () => {
      const { createAction: created } = await coordinator.ok(CREATE_ACTION, { input: actionInput({ title: 'x'.repeat(300) }) });
      const { action } = await coordinator.ok(READ_ACTION, { id: created.id });
      expect(action).toMatchObject({
        title: 'x'.repeat(300),
        description: null,
        successMeasure: null,
        startDate: null,
        dueDate: '2026-06-30',
        supportingAgencies: [],
        leadOfficer: null,
        milestones: [],
        version: 1,
      });
    });

    it('rejects the action when the objective belongs to another strategy of the partnership', async () => {
      const otherStrategy = await newStrategy();
      const foreignObjective = await newObjective(otherStrategy, 'PREVENT', 'PV1');
      await refusedWithoutWrites(
        coordinator,
        CREATE_ACTION,
        { input: actionInput({ objectiveId: foreignObjective }) },
        ['action'],
        'BAD_USER_INPUT',
        'input.objectiveId',
      );
    });

    it('rejects the action when the lead agency is not a member of the partnership', async () => {
      const outsider = await createAgency(world.clients.admin, `Outsider ${uniqueSuffix()}`, 'BUSINESS');
      await refusedWithoutWrites(coordinator, CREATE_ACTION, { input: actionInput({ leadAgencyId: outsider }) }, ['action'], 'BAD_USER_INPUT', 'input.leadAgencyId');
    });

    it('rejects the action when a supporting agency is not a member of the partnership', async () => {
      const outsider = await createAgency(world.clients.admin, `Outsider ${uniqueSuffix()}`, 'BUSINESS');
      await refusedWithoutWrites(
        coordinator,
        CREATE_ACTION,
        { input: actionInput({ supportingAgencyIds: [world.agencies.health, outsider] }) },
        ['action', 'action_supporting_agency'],
        'BAD_USER_INPUT',
        'input.supportingAgencyIds',
      );
    });

    it('rejects the action when its ref is already used in the plan (CONFLICT)', async () => {
      const existing = await createAction(coordinator, world);
      await refusedWithoutWrites(coordinator, CREATE_ACTION, { input: actionInput({ ref: existing.ref }) }, ['action'], 'CONFLICT', 'input.ref');
    });

    it('rejects the action when the lead officer is not on the partnership', async () => {
      const stranger = await createUser(server, world.clients.admin, { name: 'Stranger' });
      await refusedWithoutWrites(coordinator, CREATE_ACTION, { input: actionInput({ leadOfficerId: stranger.id }) }, ['action'], 'NOT_FOUND', 'input.leadOfficerId');
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['the title is empty', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is only white space', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is over 300 characters', { title: LONG_TITLE }, 'BAD_USER_INPUT', 'input.title'],
      ['the title contains a NUL byte', { title: `Deliver${NUL}training` }, 'BAD_USER_INPUT', 'input.title'],
      ['the description contains a NUL byte', { description: `About${NUL}` }, 'BAD_USER_INPUT', 'input.description'],
      ['dueDate is before startDate', { startDate: '2025-07-01', dueDate: '2025-06-30' }, 'BAD_USER_INPUT', 'input.dueDate'],
      ['dueDate is not a real date', { dueDate: '2025-02-30' }, 'BAD_USER_INPUT', 'input.dueDate'],
      ['dueDate is not written YYYY-MM-DD', { dueDate: '31/12/2025' }, 'BAD_USER_INPUT', 'input.dueDate'],
      ['startDate has a month 13', { startDate: '2025-13-01' }, 'BAD_USER_INPUT', 'input.startDate'],
      ['the ref is empty', { ref: '' }, 'BAD_USER_INPUT', 'input.ref'],
      ['the lead agency does not exist', { leadAgencyId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.leadAgencyId'],
      ['the lead agency id is malformed', { leadAgencyId: 'abc' }, 'NOT_FOUND', 'input.leadAgencyId'],
      ['a supporting agency id is malformed', { supportingAgencyIds: ['abc'] }, 'NOT_FOUND', 'input.supportingAgencyIds'],
      ['the plan id is malformed', { deliveryPlanId: 'abc' }, 'NOT_FOUND', 'input.deliveryPlanId'],
      ['the objective id is malformed', { objectiveId: 'abc' }, 'NOT_FOUND', 'input.objectiveId'],
      ['the lead officer id is malformed', { leadOfficerId: 'abc' }, 'NOT_FOUND', 'input.leadOfficerId'],
    ])('rejects the action when %s', async (_case, overrides, code, field) => {
      await refusedWithoutWrites(coordinator, CREATE_ACTION, { input: actionInput(overrides) }, ['action', 'action_supporting_agency'], code, field);
    });
  });

  describe('addMilestone', () => {
    it.each<[string, Record<string, unknown>, string, string]>([
      ['the title is only white space', { title: ' ' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title is over 300 characters', { title: LONG_TITLE }, 'BAD_USER_INPUT', 'input.title'],
      ['the title contains a NUL byte', { title: NUL }, 'BAD_USER_INPUT', 'input.title'],
      ['dueDate is not a real date', { dueDate: '2025-02-29' }, 'BAD_USER_INPUT', 'input.dueDate'],
      ['the action id is malformed', { actionId: 'abc' }, 'NOT_FOUND', 'input.actionId'],
    ])('rejects the milestone when %s', async (_case, overrides, code, field) => {
      const action = await createAction(coordinator, world);
      const input = { actionId: action.id, title: 'Milestone', dueDate: '2025-09-30', ...overrides };
      await refusedWithoutWrites(coordinator, ADD_MILESTONE, { input }, ['milestone'], code, field);
    });
  });

  describe('updateAction', () => {
    async function fullAction(overrides: Record<string, unknown> = {}) {
      const { createAction: created } = await coordinator.ok(CREATE_ACTION, {
        input: actionInput({
          description: 'Original description',
          successMeasure: 'Original measure',
          supportingAgencyIds: [world.agencies.health],
          leadOfficerId: world.users.police,
          startDate: '2025-01-01',
          dueDate: '2025-12-31',
          ...overrides,
        }),
      });
      return created as { id: string; ref: string; version: number };
    }

    it('changes only the given fields and bumps the version', async () => {
      const created = await fullAction();
      const before = (await coordinator.ok(READ_ACTION, { id: created.id })).action;

      const result = await coordinator.ok(UPDATE_ACTION, { id: created.id, version: 1, input: { title: 'Renamed', dueDate: '2026-01-31' } });
      expect(result.updateAction).toEqual({ id: created.id, version: 2 });
      const after = (await coordinator.ok(READ_ACTION, { id: created.id })).action;
      expect(after).toEqual({ ...before, title: 'Renamed', dueDate: '2026-01-31', version: 2 });
      expect(await auditRows(server, { operation: 'updateAction', entityType: 'Action', entityId: created.id, actorId: world.users.coordinator })).toBe(1);
    });

    it('clears optional fields given as null and replaces the supporting agencies', async () => {
      const created = await fullAction();
      const before = (await coordinator.ok(READ_ACTION, { id: created.id })).action;
      await coordinator.ok(UPDATE_ACTION, {
        id: created.id,
        version: 1,
        input: {
          description: null,
          successMeasure: null,
          leadOfficerId: null,
          startDate: null,
          objectiveId: world.objectives.prepare,
          leadAgencyId: world.agencies.fire,
          supportingAgencyIds: [world.agencies.council],
        },
      });
      const after = (await coordinator.ok(READ_ACTION, { id: created.id })).action;
      expect(after).toEqual({
        ...before,
        description: null,
        successMeasure: null,
        leadOfficer: null,
        startDate: null,
        objective: { id: world.objectives.prepare, code: 'PR1', pillar: 'PREPARE' },
        pillar: 'PREPARE',
        leadAgency: agencyNames[world.agencies.fire],
        supportingAgencies: [agencyNames[world.agencies.council]],
        version: 2,
      });
    });

    it('rejects the edit when the version is stale (CONFLICT) and changes nothing', async () => {
      const created = await fullAction();
      await coordinator.ok(UPDATE_ACTION, { id: created.id, version: 1, input: { title: 'First edit' } });
      const row = await actionRow(created.id);
      const audits = await server.count('audit_event');
      const result = await world.clients.admin.request(UPDATE_ACTION, { id: created.id, version: 1, input: { title: 'Lost edit' } });
      expectRefused(result, 'CONFLICT', 'version');
      expect(await actionRow(created.id)).toEqual(row);
      expect(await server.count('audit_event')).toBe(audits);
    });

    it.each([['title'], ['ref'], ['objectiveId'], ['leadAgencyId'], ['dueDate']])('rejects the edit when required field %s is cleared with null', async (field) => {
      const created = await fullAction();
      const row = await actionRow(created.id);
      const audits = await server.count('audit_event');
      const result = await coordinator.request(UPDATE_ACTION, { id: created.id, version: 1, input: { [field]: null } });
      expectRefused(result, 'BAD_USER_INPUT', `input.${field}`);
      expect(await actionRow(created.id)).toEqual(row);
      expect(await server.count('audit_event')).toBe(audits);
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['the new start date is after the due date', { startDate: '2026-01-01' }, 'BAD_USER_INPUT', 'input.startDate'],
      ['the new due date is before the start date', { dueDate: '2024-12-31' }, 'BAD_USER_INPUT', 'input.dueDate'],
      ['the title is only white space', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      ['the title contains a NUL byte', { title: `x${NUL}` }, 'BAD_USER_INPUT', 'input.title'],
      ['the due date is not a real date', { dueDate: '2025-02-30' }, 'BAD_USER_INPUT', 'input.dueDate'],
      ['the lead agency is not a member of the partnership', { leadAgencyId: 'outsider' }, 'BAD_USER_INPUT', 'input.leadAgencyId'],
      ['the objective id is malformed', { objectiveId: 'abc' }, 'NOT_FOUND', 'input.objectiveId'],
    ])('rejects the edit when %s and changes nothing', async (_case, overrides, code, field) => {
      const created = await fullAction();
      const input =
        overrides.leadAgencyId === 'outsider' ? { leadAgencyId: await createAgency(world.clients.admin, `Outsider ${uniqueSuffix()}`, 'OTHER') } : overrides;
      const row = await actionRow(created.id);
      const audits = await server.count('audit_event');
      const result = await coordinator.request(UPDATE_ACTION, { id: created.id, version: 1, input });
      expectRefused(result, code, field);
      expect(await actionRow(created.id)).toEqual(row);
      expect(await server.count('audit_event')).toBe(audits);
    });

    it('rejects the edit when the new ref is used by another action of the plan (CONFLICT)', async () => {
      const taken = await createAction(coordinator, world);
      const created = await fullAction();
      const row = await actionRow(created.id);
      const result = await coordinator.request(UPDATE_ACTION, { id: created.id, version: 1, input: { ref: taken.ref } });
      expectRefused(result, 'CONFLICT', 'input.ref');
      expect(await actionRow(created.id)).toEqual(row);
    });

    it('rejects the edit when the action id is malformed (NOT_FOUND)', async () => {
      const result = await coordinator.request(UPDATE_ACTION, { id: 'abc', version: 1, input: { title: 'x' } });
      expectRefused(result, 'NOT_FOUND', 'id');
    });
  });

  describe('action', () => {
    it('rejects a malformed id as NOT_FOUND, with data null', async () => {
      const result = await coordinator.request(READ_ACTION, { id: 'abc' });
      expectRefused(result, 'NOT_FOUND', 'id');
      expect(result.data).toEqual({ action: null });
    });
  });
});
