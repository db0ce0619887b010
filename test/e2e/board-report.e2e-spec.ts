import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import { errorFields } from '../support/db-assertions';
import { createAction, createPlan, createWorld, World } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

const NOW = '2025-06-15T12:00:00Z';
const TODAY = '2025-06-15';

graphql(
  `fragment ReportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }`,
);
graphql(
  `fragment ReportRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } action { id status rag overdue } }`,
);

/** Everything a board pack shows, with the nested relations a client would follow. */
const FULL_REPORT = graphql(`query ReportBoardReport($plan: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since
    deliveryPlan { title } partnership { name timezone }
    overall { ...ReportRollUp }
    byPillar { pillar rollUp { ...ReportRollUp } }
    byObjective { objective { code title } rollUp { ...ReportRollUp } }
    byAgency { agency { name kind } rollUp { ...ReportRollUp } }
    overdueActions { ...ReportRow }
    overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }
    dueSoon { ...ReportRow }
    staleActions { ...ReportRow }
    changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }
    updatesSince { reportedOn narrative author { name } agency { name } action { ref } }
  }
}`);

const ACTIONS = graphql(`query ReportActions($plan: ID!, $filter: ActionFilter, $first: Int, $after: String) {
  actions(deliveryPlanId: $plan, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ref title status rag overdue } }
  }
}`);

const REPORT = graphql(`mutation ReportReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`);

/** A plan of `size` actions, each with two updates and a milestone, spread over pillars and agencies. */
async function plannedActions(world: World, size: number): Promise<World> {
  const plan = await createPlan(world, `Plan of ${size}`);
  const client = world.clients.coordinator;
  const objectives = Object.values(world.objectives);
  const agencies = Object.values(world.agencies);
  for (let i = 0; i < size; i += 1) {
    const action = await createAction(client, plan, {
      ref: `${(i % 3) + 1}.${i + 1}`,
      objectiveId: objectives[i % objectives.length],
      leadAgencyId: agencies[i % agencies.length],
      dueDate: i % 2 === 0 ? '2025-05-31' : '2025-07-01',
    });
    await client.ok(graphql(`mutation ReportAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`), {
      input: { actionId: action.id, title: 'First step', dueDate: '2025-04-30' },
    });
    await client.ok(REPORT, { input: { actionId: action.id, reportedOn: '2025-03-01', narrative: 'Started', percentComplete: 10, status: 'IN_PROGRESS' } });
    await client.ok(REPORT, {
      input: {
        actionId: action.id,
        reportedOn: '2025-06-01',
        narrative: 'Going',
        percentComplete: 30 + i,
        status: i % 5 === 0 ? 'ON_HOLD' : 'IN_PROGRESS',
        rag: 'GREEN',
      },
    });
  }
  return plan;
}

describe('board report and action lists', () => {
  let server: TestServer;
  let world: World;
  let other: World;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server);
    other = await createWorld(server, 'Other Partnership');
  }, 180_000);
  afterAll(() => server.close());

  describe('boardReport', () => {
    it('issues the same, small number of SQL statements for a plan of 4 actions as for one of 40', async () => {
      const small = await plannedActions(world, 4);
      const large = await plannedActions(world, 40);
      const reader = world.clients.board;
      const smallRead = await reader.request(FULL_REPORT, { plan: small.planId, since: '2025-05-01' });
      const largeRead = await reader.request(FULL_REPORT, { plan: large.planId, since: '2025-05-01' });
      expect(smallRead.errors).toBeUndefined();
      expect(largeRead.errors).toBeUndefined();
      expect(largeRead.data!.boardReport.overall.total).toBe(40);
      expect(largeRead.data!.boardReport.updatesSince).toHaveLength(40);
      expect(largeRead.data!.boardReport.overdueMilestones).toHaveLength(40);
      expect(largeRead.statements).toBe(smallRead.statements);
      expect(largeRead.statements).toBeLessThanOrEqual(16);
      // As of another day the actions' own fields (as of today) need one more batch, no more.
      const pastRead = await reader.request(FULL_REPORT, { plan: large.planId, asOf: '2025-04-01', since: '2025-01-01' });
      expect(pastRead.errors).toBeUndefined();
      expect(pastRead.statements).toBeLessThanOrEqual(largeRead.statements + 1);
    }, 120_000);

    it('reports an empty plan with all four pillars and every objective, in order, and no agencies', async () => {
      const plan = await createPlan(world, 'Empty plan');
      const { boardReport } = await world.clients.board.ok(FULL_REPORT, { plan: plan.planId });
      const zero = {
        total: 0,
        cancelled: 0,
        completed: 0,
        overdue: 0,
        dueSoon: 0,
        stale: 0,
        progress: 0,
        byStatus: { notStarted: 0, inProgress: 0, onHold: 0, completed: 0 },
        byRag: { red: 0, amber: 0, green: 0, blue: 0 },
      };
      expect(boardReport.asOf).toBe(TODAY);
      expect(boardReport.since).toBeNull();
      expect(boardReport.overall).toEqual(zero);
      expect(boardReport.byPillar).toEqual(['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'].map((pillar) => ({ pillar, rollUp: zero })));
      expect(boardReport.byObjective.map((o) => o.objective.code)).toEqual(['PV1', 'PU1', 'PT1', 'PR1']);
      expect(boardReport.byAgency).toEqual([]);
      expect(boardReport.changes).toEqual([]);
      expect(boardReport.updatesSince).toEqual([]);
    });

    it('counts a cancelled action only as cancelled, and still lists its lead agency', async () => {
      const plan = await createPlan(world, 'Cancelled plan');
      const action = await createAction(world.clients.coordinator, plan, { leadAgencyId: world.agencies.fire, dueDate: '2025-01-31' });
      await world.clients.coordinator.ok(REPORT, {
        input: { actionId: action.id, narrative: 'Dropped', percentComplete: 30, status: 'CANCELLED', reportedOn: '2025-02-01' },
      });
      const { boardReport } = await world.clients.board.ok(FULL_REPORT, { plan: plan.planId, since: '2025-01-15' });
      expect(boardReport.overall).toMatchObject({ total: 0, cancelled: 1, overdue: 0, stale: 0, progress: 0 });
      expect(boardReport.byAgency).toHaveLength(1);
      expect(boardReport.byAgency[0].rollUp).toMatchObject({ total: 0, cancelled: 1 });
      expect(boardReport.overdueActions).toEqual([]);
      expect(boardReport.changes).toEqual([
        { ref: action.ref, statusBefore: 'NOT_STARTED', statusAfter: 'CANCELLED', ragBefore: 'AMBER', ragAfter: null, action: { id: action.id } },
      ]);
    });

    it.each([
      ['since equal to asOf', { asOf: '2025-03-01', since: '2025-03-01' }],
      ['since after asOf', { asOf: '2025-03-01', since: '2025-03-02' }],
      ['since after today, asOf defaulted', { since: '2025-06-20' }],
    ])('refuses %s with BAD_USER_INPUT on since', async (_name, args) => {
      const result = await world.clients.board.request(FULL_REPORT, { plan: world.planId, ...args });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(result.errors?.[0])).toEqual(['since']);
    });

    it('allows a future asOf, projecting the current state forward', async () => {
      const { boardReport } = await world.clients.board.ok(FULL_REPORT, { plan: world.planId, asOf: '2027-01-01' });
      expect(boardReport.asOf).toBe('2027-01-01');
    });

    it.each([
      ['another partnership', () => other.clients.coordinator, 'NOT_FOUND'],
      ['nobody', () => server.client, 'UNAUTHENTICATED'],
    ])('hides the report from %s', async (_name, client: () => GraphqlClient, code) => {
      expect(await client().code(FULL_REPORT, { plan: world.planId })).toBe(code);
      expect(await client().code(ACTIONS, { plan: world.planId })).toBe(code);
      expect(await client().code(graphql(`query ReportOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan) { ref } }`), { plan: world.planId })).toBe(
        code,
      );
    });
  });

  describe('actions', () => {
    it('pages in natural ref order with a stable total', async () => {
      const plan = await createPlan(world, 'Paging');
      for (const ref of ['1.10', '2.1', '1.2', '1.9', 'B', '10.1', 'A', '1.2.1']) await createAction(world.clients.coordinator, plan, { ref });
      const refs: string[] = [];
      let after: string | null = null;
      for (;;) {
        // Annotated: `after` comes from the previous page, which TypeScript cannot infer through the loop.
        const { actions }: ResultOf<typeof ACTIONS> = await world.clients.board.ok(ACTIONS, { plan: plan.planId, first: 3, after });
        expect(actions.totalCount).toBe(8);
        refs.push(...actions.edges.map((e) => e.node.ref));
        after = actions.pageInfo.endCursor;
        if (!actions.pageInfo.hasNextPage) break;
      }
      expect(refs).toEqual(['1.2', '1.2.1', '1.9', '1.10', '2.1', '10.1', 'A', 'B']);
      const past = await world.clients.board.ok(ACTIONS, { plan: plan.planId, after });
      expect(past.actions).toEqual({ totalCount: 8, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('matches % and _ in search literally, case-insensitively', async () => {
      const plan = await createPlan(world, 'Search');
      await createAction(world.clients.coordinator, plan, { ref: '1.1', title: 'Reach 100% of staff' });
      await createAction(world.clients.coordinator, plan, { ref: '1.2', title: 'Reach 1000 staff' });
      await createAction(world.clients.coordinator, plan, { ref: '1.3', title: 'Other', description: 'Uses a SNAKE_CASE name' });
      await createAction(world.clients.coordinator, plan, { ref: '1.4', title: 'Other', description: 'snakes case' });
      const search = async (text: string) =>
        (await world.clients.board.ok(ACTIONS, { plan: plan.planId, filter: { search: text } })).actions.edges.map((e) => e.node.ref);
      expect(await search('100%')).toEqual(['1.1']);
      expect(await search('reach')).toEqual(['1.1', '1.2']);
      expect(await search('e_c')).toEqual(['1.3']);
      expect(await search('  ')).toEqual(['1.1', '1.2', '1.3', '1.4']);
    });

    it.each([
      ['first above 200', { first: 201 }, 'first'],
      ['first of 0', { first: 0 }, 'first'],
      ['a cursor not from this API', { after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ])('refuses %s with BAD_USER_INPUT', async (_name, args, field) => {
      const result = await world.clients.board.request(ACTIONS, { plan: world.planId, ...args });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(result.errors?.[0])).toEqual([field]);
    });

    it('matches nothing for a filter id that is not a UUID', async () => {
      const { actions } = await world.clients.board.ok(ACTIONS, { plan: world.planId, filter: { agencyId: 'police' } });
      expect(actions.totalCount).toBe(0);
    });
  });
});
