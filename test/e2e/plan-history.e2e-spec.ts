import { graphql } from '../generated';
import type { Rag } from '../generated/graphql';
import { createAction, createWorld, World } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/*
 * The plan has a history (issue 13): every structural edit takes effect from a day, and a report
 * as of an earlier day is identical, every figure and list, before and after the edit; a report
 * from that day on reflects it.
 *
 * Clock: 2025-09-30 12:00 UTC = 13:00 in London, so today T = 2025-09-30. Each case builds its own
 * plan (actions in the plan since 2025-01-01), takes the full report as of the past days
 * B1 = 2025-09-29 (since 2025-06-30) and B2 = 2025-08-15 (no since), makes one edit effective
 * today (or on the day given), takes them again and compares the JSON, then checks today's report.
 */

const NOW = '2025-09-30T12:00:00Z';
const T = '2025-09-30';
const PAST: [string, string | null][] = [
  ['2025-09-29', '2025-06-30'],
  ['2025-08-15', null],
];

graphql(
  `fragment HistoryRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }`,
);
graphql(
  `fragment HistoryRow on ActionRow { ref title objective { id code title pillar } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue }`,
);
const FULL = graphql(`query HistoryFullReport($plan: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since staleAfterDays dueSoonDays
    overall { ...HistoryRollUp }
    byPillar { pillar rollUp { ...HistoryRollUp } }
    byObjective { objective { id code title pillar } rollUp { ...HistoryRollUp } }
    byAgency { agency { id } rollUp { ...HistoryRollUp } }
    overdueActions { ...HistoryRow }
    overdueMilestones { milestone { id title } dueDate daysOverdue }
    dueSoon { ...HistoryRow }
    staleActions { ...HistoryRow }
    changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }
    updatesSince { id }
  }
}`);

const REPORT_PROGRESS = graphql(`mutation HistoryReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`);
const ADD_MILESTONE = graphql(`mutation HistoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }`);

describe('the plan as of a date: structural edits never change an earlier report', () => {
  let server: TestServer;
  let world: World;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server, 'History');
    coordinator = world.clients.coordinator;
  });
  afterAll(() => server.close());

  let planCount = 0;
  /**
   * A plan of three actions in the plan since 2025-01-01:
   * - A1 PREVENT, police, due 2025-09-15, returns 06-01 IP 40 GREEN and 09-20 IP 60 GREEN, milestone due 2025-08-31 (open);
   * - A2 PURSUE, health, due 2026-03-31, return 07-01 IP 20 AMBER;
   * - A3 PROTECT, council, due 2025-10-15, no return.
   */
  async function plan(): Promise<{
    planWorld: World;
    a1: { id: string; version: number };
    a2: { id: string; version: number };
    a3: { id: string; version: number };
    m1: { id: string; version: number };
  }> {
    planCount += 1;
    const { createDeliveryPlan } = await coordinator.ok(
      graphql(`mutation HistoryCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }`),
      {
        input: { strategyId: world.strategyId, title: `History ${planCount}`, startDate: '2025-01-01', endDate: '2026-12-31' },
      },
    );
    const planWorld = { ...world, planId: createDeliveryPlan.id };
    const common = { inPlanSince: '2025-01-01' };
    const a1 = await createAction(coordinator, planWorld, {
      ...common,
      ref: '1',
      objectiveId: world.objectives.prevent,
      leadAgencyId: world.agencies.police,
      dueDate: '2025-09-15',
    });
    const a2 = await createAction(coordinator, planWorld, {
      ...common,
      ref: '2',
      objectiveId: world.objectives.pursue,
      leadAgencyId: world.agencies.health,
      dueDate: '2026-03-31',
    });
    const a3 = await createAction(coordinator, planWorld, {
      ...common,
      ref: '3',
      objectiveId: world.objectives.protect,
      leadAgencyId: world.agencies.council,
      dueDate: '2025-10-15',
    });
    const report = (actionId: string, reportedOn: string, percentComplete: number, rag: Rag) =>
      coordinator.ok(REPORT_PROGRESS, { input: { actionId, reportedOn, percentComplete, status: 'IN_PROGRESS', rag, narrative: `Return of ${reportedOn}` } });
    await report(a1.id, '2025-06-01', 40, 'GREEN');
    await report(a1.id, '2025-09-20', 60, 'GREEN');
    await report(a2.id, '2025-07-01', 20, 'AMBER');
    const { addMilestone: m1 } = await coordinator.ok(ADD_MILESTONE, {
      input: { actionId: a1.id, title: 'Venue booked', dueDate: '2025-08-31', inPlanSince: '2025-01-01' },
    });
    return { planWorld, a1, a2, a3, m1 };
  }

  async function reports(planId: string, client: GraphqlClient = world.clients.board): Promise<string[]> {
    const out: string[] = [];
    for (const [asOf, since] of PAST) {
      const res = await client.request(FULL, { plan: planId, asOf, since });
      expect(res.errors).toBeUndefined();
      out.push(JSON.stringify(res.data));
    }
    return out;
  }

  async function today(planId: string, since?: string) {
    return (await world.clients.board.ok(FULL, { plan: planId, asOf: T, since: since ?? null })).boardReport;
  }

  it('moving a due date (re-baselining) leaves earlier reports alone and shows from today, with the move in changes', async () => {
    const { planWorld, a1 } = await plan();
    const before = await reports(planWorld.planId);
    const earlier = await today(planWorld.planId, '2025-09-29');
    // Today A1 is 15 days overdue (due 09-15).
    expect(earlier.overdueActions.map((r) => [r.ref, r.daysOverdue])).toEqual([['1', 15]]);

    await coordinator.ok(
      graphql(`mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }`),
      {
        id: a1.id,
        v: a1.version,
        input: { dueDate: '2026-01-31' },
      },
    );
    expect(await reports(planWorld.planId)).toEqual(before);
    const after = await today(planWorld.planId, '2025-09-29');
    expect(after.overdueActions).toEqual([]);
    // As of 09-29 A1 was RED [OVERDUE] due 09-15; today GREEN due 2026-01-31 (its milestone of 08-31 is still overdue: AMBER).
    expect(after.changes.find((c) => c.ref === '1')).toEqual({
      ref: '1',
      kinds: ['STATUS_OR_RAG', 'DUE_DATE_MOVED'],
      statusBefore: 'IN_PROGRESS',
      statusAfter: 'IN_PROGRESS',
      ragBefore: 'RED',
      ragAfter: 'AMBER',
      ragReasonsBefore: ['OVERDUE', 'MILESTONE_OVERDUE'],
      ragReasonsAfter: ['MILESTONE_OVERDUE'],
      progressBefore: 60,
      progressAfter: 60,
      dueDateBefore: '2025-09-15',
      dueDateAfter: '2026-01-31',
    });
    // The action keeps its original due date and the move: when, by whom, from → to.
    const { action } = await world.clients.board.ok(
      graphql(`query HistoryAction($id: ID!) { action(id: $id) { dueDate originalDueDate dueDateRevisions { from to effectiveFrom changedAt changedBy { id } } } }`),
      { id: a1.id },
    );
    expect(action).toEqual({
      dueDate: '2026-01-31',
      originalDueDate: '2025-09-15',
      dueDateRevisions: [
        { from: '2025-09-15', to: '2026-01-31', effectiveFrom: T, changedAt: expect.any(String) as unknown, changedBy: { id: world.users.coordinator } },
      ],
    });
    // A report as of the day before shows the due date then, with no move yet.
    const { boardReport } = await world.clients.board.ok(
      graphql(
        `query HistoryBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: "2025-09-29") { overdueActions { ref dueDate originalDueDate dueDateRevisions { to } } } }`,
      ),
      { plan: planWorld.planId },
    );
    expect(boardReport.overdueActions).toEqual([{ ref: '1', dueDate: '2025-09-15', originalDueDate: '2025-09-15', dueDateRevisions: [] }]);
  });

  it('a back-dated correction of a due date changes reports from its day, not before', async () => {
    const { planWorld, a3 } = await plan();
    const beforeJuly = JSON.stringify(await world.clients.board.ok(FULL, { plan: planWorld.planId, asOf: '2025-06-30', since: null }));
    await coordinator.ok(
      graphql(`mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }`),
      {
        id: a3.id,
        v: a3.version,
        // A typo: it was always meant to be due 2025-07-31, corrected from 2025-07-01.
        input: { dueDate: '2025-07-31', effectiveFrom: '2025-07-01' },
      },
    );
    expect(JSON.stringify(await world.clients.board.ok(FULL, { plan: planWorld.planId, asOf: '2025-06-30', since: null }))).toBe(beforeJuly);
    // As of 08-15, A3 (due 07-31 from 07-01) is overdue by 15 days.
    const { boardReport } = await world.clients.board.ok(FULL, { plan: planWorld.planId, asOf: '2025-08-15' });
    expect(boardReport.overdueActions.map((r) => [r.ref, r.dueDate, r.daysOverdue])).toEqual([['3', '2025-07-31', 15]]);
    // The row shows the re-baseline in effect by then: "due 31 Jul 2025 (originally 15 Oct 2025)".
    const { boardReport: rows } = await world.clients.board.ok(
      graphql(
        `query HistoryBoardReport2($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: "2025-08-15") { overdueActions { ref originalDueDate dueDateRevisions { from to effectiveFrom } } } }`,
      ),
      { plan: planWorld.planId },
    );
    expect(rows.overdueActions).toEqual([
      { ref: '3', originalDueDate: '2025-10-15', dueDateRevisions: [{ from: '2025-10-15', to: '2025-07-31', effectiveFrom: '2025-07-01' }] },
    ]);
  });

  it('removing an action leaves earlier reports alone; from its day it is gone, and changes list it as removed', async () => {
    const { planWorld, a2 } = await plan();
    const before = await reports(planWorld.planId);
    expect(
      await coordinator.ok(graphql(`mutation HistoryRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }`), { id: a2.id, r: 'Entered twice' }),
    ).toEqual({ removeAction: true });
    expect(await reports(planWorld.planId)).toEqual(before);
    const after = await today(planWorld.planId, '2025-09-29');
    expect(after.overall.total).toBe(2);
    expect(after.byPillar.find((p) => p.pillar === 'PURSUE')!.rollUp.total).toBe(0);
    expect(after.changes.find((c) => c.ref === '2')).toEqual({
      ref: '2',
      kinds: ['REMOVED'],
      statusBefore: 'IN_PROGRESS',
      statusAfter: 'IN_PROGRESS',
      ragBefore: 'AMBER',
      ragAfter: null,
      // As of 09-29 its return of 07-01 was 90 days old: stale as well as reported AMBER.
      ragReasonsBefore: ['NO_RECENT_UPDATE', 'REPORTED_AMBER'],
      ragReasonsAfter: [],
      progressBefore: 20,
      progressAfter: null,
      dueDateBefore: '2026-03-31',
      dueDateAfter: null,
    });
    // Nor is it listed in the plan any more; the action itself says why.
    const { deliveryPlan } = await world.clients.board.ok(graphql(`query HistoryDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { actions { ref } } }`), {
      id: planWorld.planId,
    });
    expect(deliveryPlan!.actions.map((a) => a.ref)).toEqual(['1', '3']);
    const { action } = await world.clients.board.ok(graphql(`query HistoryAction2($id: ID!) { action(id: $id) { removedOn removalReason } }`), { id: a2.id });
    expect(action).toEqual({ removedOn: T, removalReason: 'Entered twice' });
    // Nothing more is reported on it, edited or removed twice; nothing is written.
    const count = async () => (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM progress_update WHERE action_id = $1', [a2.id])).rows[0].n;
    const updates = await count();
    const report = await coordinator.request(REPORT_PROGRESS, { input: { actionId: a2.id, percentComplete: 50, status: 'IN_PROGRESS', narrative: 'Late' } });
    expect([report.errors?.[0]?.extensions?.code, await count()]).toEqual(['BAD_USER_INPUT', updates]);
    const again = await coordinator.request(graphql(`mutation HistoryRemoveAction2($id: ID!) { removeAction(id: $id, reason: "Again") }`), { id: a2.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an action added today is absent from earlier reports, present today, listed as added, and not stale on its first day', async () => {
    const { planWorld } = await plan();
    const before = await reports(planWorld.planId);
    await createAction(coordinator, planWorld, {
      ref: '4',
      objectiveId: world.objectives.prepare,
      leadAgencyId: world.agencies.fire,
      dueDate: '2026-06-30',
      inPlanSince: null,
    });
    expect(await reports(planWorld.planId)).toEqual(before);
    const after = await today(planWorld.planId, '2025-09-29');
    expect(after.overall.total).toBe(4);
    expect(after.staleActions.map((r) => r.ref)).not.toContain('4');
    expect(after.changes.find((c) => c.ref === '4')).toMatchObject({
      kinds: ['ADDED'],
      statusBefore: 'NOT_STARTED',
      ragBefore: null,
      ragAfter: 'GREEN',
      dueDateAfter: '2026-06-30',
    });
  });

  it('moving, reopening and removing milestones leave earlier reports alone', async () => {
    const { planWorld, a2, m1 } = await plan();
    const { addMilestone: m2 } = await coordinator.ok(ADD_MILESTONE, {
      input: { actionId: a2.id, title: 'Beds open', dueDate: '2025-07-31', inPlanSince: '2025-01-01' },
    });
    await coordinator.ok(graphql(`mutation HistoryCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: "2025-08-01") { id } }`), { id: m2.id });
    const before = await reports(planWorld.planId);
    const early = await today(planWorld.planId);
    expect(early.overdueMilestones.map((m) => m.milestone.title)).toEqual(['Venue booked']);

    await coordinator.ok(graphql(`mutation HistoryUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id } }`), {
      id: m1.id,
      input: { dueDate: '2025-10-31', title: 'Venue booked (moved)', version: m1.version },
    });
    expect(await reports(planWorld.planId)).toEqual(before);
    expect((await today(planWorld.planId)).overdueMilestones).toEqual([]);

    await coordinator.ok(graphql(`mutation HistoryReopenMilestone($id: ID!) { reopenMilestone(id: $id) { completedOn } }`), { id: m2.id });
    expect(await reports(planWorld.planId)).toEqual(before);
    // Reopened today: not complete today, and due 07-31, so 61 days overdue.
    expect((await today(planWorld.planId)).overdueMilestones.map((m) => [m.milestone.title, m.daysOverdue])).toEqual([['Beds open', 61]]);

    expect(await coordinator.ok(graphql(`mutation HistoryRemoveMilestone($id: ID!) { removeMilestone(id: $id) }`), { id: m2.id })).toEqual({
      removeMilestone: true,
    });
    expect(await reports(planWorld.planId)).toEqual(before);
    expect((await today(planWorld.planId)).overdueMilestones).toEqual([]);
  });

  it('changing the settings applies from their day, and the report says which settings it applied', async () => {
    const { planWorld } = await plan();
    const before = await reports(planWorld.planId);
    const first = await today(planWorld.planId);
    // A3 has no return and has been in the plan since 01-01: stale under 30 days. A2's return of 07-01 is 91 days old: stale.
    expect([first.staleAfterDays, first.dueSoonDays, first.staleActions.map((r) => r.ref)]).toEqual([30, 30, ['2', '3']]);
    const { partnership } = await coordinator.ok(graphql(`query HistoryPartnership($id: ID!) { partnership(id: $id) { version } }`), { id: world.partnershipId });
    await coordinator.ok(
      graphql(
        `mutation HistoryUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { staleAfterDays version } }`,
      ),
      {
        id: world.partnershipId,
        input: { staleAfterDays: 100, dueSoonDays: 10, version: partnership!.version },
      },
    );
    try {
      expect(await reports(planWorld.planId)).toEqual(before);
      const after = await today(planWorld.planId);
      // 100 days: A2's 07-01 return (91 days) is recent enough; A3 (no return since 01-01, 272 days) is still stale.
      // Due soon within 10 days (to 10-10): A3 due 10-15 no longer is.
      expect([after.staleAfterDays, after.dueSoonDays, after.staleActions.map((r) => r.ref), after.dueSoon.map((r) => r.ref)]).toEqual([100, 10, ['3'], []]);
    } finally {
      // Back to the defaults from today for the other cases (a later edit of the same day overrides it).
      const { partnership: now } = await coordinator.ok(graphql(`query HistoryPartnership($id: ID!) { partnership(id: $id) { version } }`), {
        id: world.partnershipId,
      });
      await coordinator.ok(
        graphql(`mutation HistoryUpdatePartnership2($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }`),
        {
          id: world.partnershipId,
          input: { staleAfterDays: 30, dueSoonDays: 30, version: now!.version },
        },
      );
    }
  });

  it('moving an objective to another pillar, renaming and retiring one leave earlier reports alone', async () => {
    const { createObjective } = await coordinator.ok(
      graphql(`mutation HistoryCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id version } }`),
      {
        input: { strategyId: world.strategyId, pillar: 'PREPARE', code: `PR-${Date.now() % 100000}`, title: 'Spare objective' },
      },
    );
    const { planWorld } = await plan();
    const before = await reports(planWorld.planId);
    await coordinator.ok(
      graphql(`mutation HistoryUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { pillar } }`),
      {
        id: world.objectives.prevent,
        input: { pillar: 'PROTECT', title: 'Protect the vulnerable' },
      },
    );
    expect(await coordinator.ok(graphql(`mutation HistoryRemoveObjective($id: ID!) { removeObjective(id: $id) }`), { id: createObjective.id })).toEqual({
      removeObjective: true,
    });
    try {
      expect(await reports(planWorld.planId)).toEqual(before);
      const after = await today(planWorld.planId);
      expect(after.byPillar.map((p) => [p.pillar, p.rollUp.total])).toEqual([
        ['PREVENT', 0],
        ['PURSUE', 1],
        ['PROTECT', 2],
        ['PREPARE', 0],
      ]);
      expect(after.byObjective.map((o) => o.objective.id)).not.toContain(createObjective.id);
      expect(after.overdueActions.find((r) => r.ref === '1')?.objective).toMatchObject({ pillar: 'PROTECT', title: 'Protect the vulnerable' });
    } finally {
      await coordinator.ok(
        graphql(`mutation HistoryUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { pillar } }`),
        {
          id: world.objectives.prevent,
          input: { pillar: 'PREVENT', title: 'PREVENT objective' },
        },
      );
    }
  });

  it('the stale rule: not stale before its start date, nor in its first staleAfterDays in the plan', async () => {
    const { planWorld } = await plan();
    // Starts 2025-11-01 (after today), in the plan since 01-01, no return: not stale.
    await createAction(coordinator, planWorld, { ref: '5', dueDate: '2026-06-30', startDate: '2025-11-01', inPlanSince: '2025-01-01' });
    // Started 2025-09-01 (29 days ago), in the plan since 01-01, no return: stale only after 30 days from its start.
    await createAction(coordinator, planWorld, { ref: '6', dueDate: '2026-06-30', startDate: '2025-09-01', inPlanSince: '2025-01-01' });
    // Started 2025-08-30 (31 days ago): stale.
    await createAction(coordinator, planWorld, { ref: '7', dueDate: '2026-06-30', startDate: '2025-08-30', inPlanSince: '2025-01-01' });
    // In the plan since 2025-08-31 (30 days), no start date: not stale; since 2025-08-30 (31 days): stale.
    await createAction(coordinator, planWorld, { ref: '8', dueDate: '2026-06-30', inPlanSince: '2025-08-31' });
    await createAction(coordinator, planWorld, { ref: '9', dueDate: '2026-06-30', inPlanSince: '2025-08-30' });
    const r = await today(planWorld.planId);
    expect(r.staleActions.map((row) => row.ref)).toEqual(['2', '3', '7', '9']);
  });

  it('supporting agencies have a history: an agency added today does not support the action in earlier reports', async () => {
    const { planWorld, a1 } = await plan();
    const OVERDUE = graphql(
      `query HistoryOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ref } }`,
    );
    const refs = async (asOf: string, agency: string) =>
      (await world.clients.board.ok(OVERDUE, { plan: planWorld.planId, asOf, agency })).overdueActions.map((r) => r.ref);
    expect(await refs('2025-09-29', world.agencies.health)).toEqual([]);
    await coordinator.ok(
      graphql(`mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }`),
      {
        id: a1.id,
        v: a1.version,
        input: { supportingAgencyIds: [world.agencies.health] },
      },
    );
    // A1 (due 09-15) is overdue on both days; health supports it from today only.
    expect(await refs('2025-09-29', world.agencies.health)).toEqual([]);
    expect(await refs(T, world.agencies.health)).toEqual(['1']);
    // The lead agency is unaffected.
    expect(await refs('2025-09-29', world.agencies.police)).toEqual(['1']);
  });

  it('board meetings: a report without since compares with the latest meeting before asOf, and says so', async () => {
    const { planWorld } = await plan();
    const create = (title: string, date: string) =>
      coordinator.ok(
        graphql(`mutation HistoryCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date version } }`),
        {
          input: { partnershipId: world.partnershipId, title, date },
        },
      );
    const q2 = (await create('Board, Q2 2025', '2025-06-30')).createBoardMeeting;
    await create('Board, Q1 2025', '2025-03-31');
    const q4 = (await create('Board, Q4 2025 (planned)', '2025-12-15')).createBoardMeeting;
    const { boardMeetings } = await world.clients.board.ok(graphql(`query HistoryBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { title date } }`), {
      p: world.partnershipId,
    });
    expect(boardMeetings).toEqual([
      { title: 'Board, Q1 2025', date: '2025-03-31' },
      { title: 'Board, Q2 2025', date: '2025-06-30' },
      { title: 'Board, Q4 2025 (planned)', date: '2025-12-15' },
    ]);
    const SINCE = graphql(`query HistoryBoardReport3($plan: ID!, $asOf: Date, $since: Date) {
      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) { since sinceBoardMeeting { id title date } changes { ref kinds } updatesSince { id } }
    }`);
    // Today: the latest meeting before 09-30 is Q2 (06-30); the planned Q4 one is after.
    const today = (await world.clients.board.ok(SINCE, { plan: planWorld.planId })).boardReport;
    expect(today.since).toBe('2025-06-30');
    expect(today.sinceBoardMeeting).toEqual({ id: q2.id, title: 'Board, Q2 2025', date: '2025-06-30' });
    // The same as asking with since = 06-30, apart from naming the meeting.
    const explicit = (await world.clients.board.ok(SINCE, { plan: planWorld.planId, since: '2025-06-30' })).boardReport;
    expect({ ...today, sinceBoardMeeting: null }).toEqual(explicit);
    expect(explicit.updatesSince).toHaveLength(2);
    // As of 06-30 itself, the meeting that day is not "before": Q1 (03-31).
    expect((await world.clients.board.ok(SINCE, { plan: planWorld.planId, asOf: '2025-06-30' })).boardReport.sinceBoardMeeting!.title).toBe('Board, Q1 2025');
    // Before any meeting: no since, no changes.
    expect((await world.clients.board.ok(SINCE, { plan: planWorld.planId, asOf: '2025-03-01' })).boardReport).toEqual({
      since: null,
      sinceBoardMeeting: null,
      changes: [],
      updatesSince: [],
    });

    // Partners and board members cannot record meetings; nothing is written.
    const refused = await world.clients.police.request(
      graphql(`mutation HistoryCreateBoardMeeting2($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }`),
      {
        input: { partnershipId: world.partnershipId, title: 'Not mine', date: '2025-09-01' },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await coordinator.request(
      graphql(`mutation HistoryCreateBoardMeeting2($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }`),
      {
        input: { partnershipId: world.partnershipId, title: '  ', date: '2025-09-01' },
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Moved, then removed; a stale version is a conflict.
    const moved = await coordinator.ok(
      graphql(`mutation HistoryUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { date version } }`),
      {
        id: q4.id,
        input: { date: '2025-12-18', version: q4.version },
      },
    );
    expect(moved.updateBoardMeeting).toEqual({ date: '2025-12-18', version: 2 });
    const stale = await coordinator.request(graphql(`mutation HistoryRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id, version: 1) }`), { id: q4.id });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await coordinator.ok(graphql(`mutation HistoryRemoveBoardMeeting2($id: ID!) { removeBoardMeeting(id: $id, version: 2) }`), { id: q4.id })).toEqual({
      removeBoardMeeting: true,
    });
    const { rows } = await server.db.query<{ operation: string }>(`SELECT operation FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [q4.id]);
    expect(rows.map((r) => r.operation)).toEqual(['createBoardMeeting', 'updateBoardMeeting', 'removeBoardMeeting']);
  });
});
