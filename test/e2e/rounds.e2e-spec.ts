import { graphql } from '../generated';
import { auditRows, errorFields, leakedMarkers, rowCounts } from '../support/db-assertions';
import { createAction, createPlan, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

// Tuesday 10 November 2026, noon in London. The round below opens Monday 2 November, its deadline is
// Friday 20 November, and two working days of grace end on Tuesday 24 November.
const NOW = '2026-11-10T12:00:00Z';
const TODAY = '2026-11-10';

graphql(`fragment RoundsRoundFields on ReportingRound { id title opensOn deadline graceWorkingDays graceEndsOn closedOn state
  compliance { agency { id } due onTime late missed outstanding acknowledged }
  agencies {
    agency { id }
    due { status returnedOn acknowledged action { id } progressUpdate { id noChange } }
    done { action { id } }
    late { action { id } }
    compliance { due onTime late missed outstanding acknowledged }
  } }`);

const CREATE = graphql(`mutation RoundsCreate($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { ...RoundsRoundFields } }`);
const ROUND = graphql(`query RoundsRound($id: ID!) { reportingRound(id: $id) { ...RoundsRoundFields } }`);
const REPORT = graphql(`mutation RoundsReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id rag noChange recordedOn } }`);
const NO_CHANGE = graphql(`mutation RoundsConfirmNoChange($actionId: ID!, $roundId: ID) {
  confirmNoChange(actionId: $actionId, roundId: $roundId) { id noChange narrative status percentComplete rag recordedOn reportedOn }
}`);
const MY_DUE = graphql(`query RoundsMyReturnsDue { myReturnsDue { status round { id title deadline } action { id } agency { id } } }`);
const ACK = graphql(`mutation RoundsAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }`);
const QUERY = graphql(
  `mutation RoundsQueryReturn($id: ID!, $comment: String!) { queryReturn(progressUpdateId: $id, comment: $comment) { id comment answersQueryId } }`,
);
const ANSWER = graphql(
  `mutation RoundsAnswerReturnQuery($id: ID!, $comment: String!) { answerReturnQuery(queryId: $id, comment: $comment) { id comment answersQueryId } }`,
);
const CLOSE = graphql(`mutation RoundsCloseReportingRound($id: ID!) { closeReportingRound(id: $id) { id closedOn state } }`);

const TABLES = ['reporting_round', 'reporting_round_action', 'progress_update', 'return_acknowledgement', 'return_query', 'audit_event'];

describe('reporting rounds', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
  });

  afterAll(async () => {
    await server.close();
  });

  /** A plan with actions led by police and health, and one completed action (no return asked of it). */
  async function planWithActions(): Promise<{ world: World; police: string; health: string; completed: string }> {
    const world = await createWorld(server, 'Rounds');
    const police = (await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.police, supportingAgencyIds: [world.agencies.voluntary] }))
      .id;
    const health = (await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.health })).id;
    const completed = (await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.fire })).id;
    await world.clients.coordinator.ok(REPORT, { input: { actionId: completed, narrative: 'Done and signed off', percentComplete: 100, status: 'COMPLETED' } });
    return { world, police, health, completed };
  }

  const round = (world: World, overrides: Record<string, unknown> = {}) => ({
    deliveryPlanId: world.planId,
    title: 'Returns for the December board',
    opensOn: '2026-11-02',
    deadline: '2026-11-20',
    graceWorkingDays: 2,
    ...overrides,
  });

  describe('createReportingRound', () => {
    it('asks a return of the lead agency of every open action, with grace counted in working days', async () => {
      const { world, police, health } = await planWithActions();
      const { createReportingRound: r } = await world.clients.coordinator.ok(CREATE, { input: round(world) });
      expect(r).toMatchObject({ opensOn: '2026-11-02', deadline: '2026-11-20', graceWorkingDays: 2, graceEndsOn: '2026-11-24', closedOn: null, state: 'OPEN' });
      const due = r.agencies.flatMap((a) => a.due.map((d) => [a.agency.id, d.action.id, d.status]));
      expect(due.sort()).toEqual(
        [
          [world.agencies.police, police, 'OUTSTANDING'],
          [world.agencies.health, health, 'OUTSTANDING'],
        ].sort(),
      );
      expect(await auditRows(server, { operation: 'createReportingRound', entityType: 'ReportingRound', entityId: r.id, actorId: world.users.coordinator })).toBe(1);
    });

    it('asks returns only for the actions given', async () => {
      const { world, health } = await planWithActions();
      const { createReportingRound: r } = await world.clients.coordinator.ok(CREATE, { input: round(world, { actionIds: [health] }) });
      expect(r.agencies.map((a) => a.agency.id)).toEqual([world.agencies.health]);
    });

    it.each([
      ['a deadline before the opening day', { deadline: '2026-11-01' }, 'input.deadline'],
      ['negative grace', { graceWorkingDays: -1 }, 'input.graceWorkingDays'],
      ['a completed action', 'completed', 'input.actionIds'],
      ['an action of another plan', 'foreign', 'input.actionIds'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, patch, field) => {
      const { world, completed } = await planWithActions();
      const other = await createAction(world.clients.coordinator, await createPlan(world, 'Other plan'));
      const overrides = patch === 'completed' ? { actionIds: [completed] } : patch === 'foreign' ? { actionIds: [other.id] } : patch;
      const before = await rowCounts(server, TABLES);
      const result = await world.clients.coordinator.request(CREATE, { input: round(world, overrides as Record<string, unknown>) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(result.errors?.[0])).toContain(field);
      expect(leakedMarkers(result.errors)).toEqual([]);
      expect(await rowCounts(server, TABLES)).toEqual(before);
    });

    it('refuses a round overlapping one of the plan still taking returns, and accepts the day after its grace', async () => {
      const { world } = await planWithActions();
      await world.clients.coordinator.ok(CREATE, { input: round(world) });
      const before = await rowCounts(server, TABLES);
      const overlap = await world.clients.coordinator.request(CREATE, { input: round(world, { opensOn: '2026-11-24', deadline: '2026-11-30' }) });
      expect(overlap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(overlap.errors?.[0])).toEqual(['input.opensOn']);
      expect(await rowCounts(server, TABLES)).toEqual(before);
      // 25 November is the first day after grace (24th): no overlap.
      await world.clients.coordinator.ok(CREATE, { input: round(world, { opensOn: '2026-11-25', deadline: '2026-11-30' }) });
    });

    it('refuses a plan with no open actions', async () => {
      const world = await createWorld(server, 'Empty');
      const result = await world.clients.coordinator.request(CREATE, { input: round(world) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(result.errors?.[0])).toEqual(['input.deliveryPlanId']);
      expect(await server.count('reporting_round', 'delivery_plan_id = $1', [world.planId])).toBe(0);
    });

    it('is refused to partners and board members (FORBIDDEN), other partnerships (NOT_FOUND) and anonymous callers', async () => {
      const { world } = await planWithActions();
      const outsider = await createWorld(server, 'Outsider');
      expect(await world.clients.police.code(CREATE, { input: round(world) })).toBe('FORBIDDEN');
      expect(await world.clients.board.code(CREATE, { input: round(world) })).toBe('FORBIDDEN');
      expect(await outsider.clients.coordinator.code(CREATE, { input: round(world) })).toBe('NOT_FOUND');
      expect(await server.client.code(CREATE, { input: round(world) })).toBe('UNAUTHENTICATED');
      expect(await server.count('reporting_round', 'delivery_plan_id = $1', [world.planId])).toBe(0);
    });
  });

  describe('returns in a round', () => {
    it('a return, a "no change" and an acknowledgement show per agency, in myReturnsDue and in compliance', async () => {
      const { world, police, health } = await planWithActions();
      const { createReportingRound: r } = await world.clients.coordinator.ok(CREATE, { input: round(world) });

      const mine = await world.clients.police.ok(MY_DUE);
      expect(mine.myReturnsDue).toEqual([
        {
          status: 'OUTSTANDING',
          round: { id: r.id, title: 'Returns for the December board', deadline: '2026-11-20' },
          action: { id: police },
          agency: { id: world.agencies.police },
        },
      ]);

      const { reportProgress } = await world.clients.police.ok(REPORT, {
        input: { actionId: police, narrative: 'Training delivered to 40 staff', percentComplete: 40, status: 'IN_PROGRESS' },
      });
      expect(reportProgress).toMatchObject({ noChange: false, recordedOn: TODAY });
      expect((await world.clients.police.ok(MY_DUE)).myReturnsDue).toEqual([]);

      // Health confirms no change: a return flagged as such, with the current values and a fixed narrative.
      const { confirmNoChange } = await world.clients.health.ok(NO_CHANGE, { actionId: health, roundId: r.id });
      expect(confirmNoChange).toMatchObject({ noChange: true, status: 'NOT_STARTED', percentComplete: 0, rag: null, recordedOn: TODAY, reportedOn: TODAY });
      expect(confirmNoChange.narrative).toMatch(/no change/i);
      expect(
        await auditRows(server, { operation: 'confirmNoChange', entityType: 'ProgressUpdate', entityId: confirmNoChange.id, actorId: world.users.health }),
      ).toBe(1);

      const { acknowledgeReturn } = await world.clients.coordinator.ok(ACK, { id: reportProgress.id });
      expect(acknowledgeReturn).toEqual({ id: reportProgress.id, acknowledged: true });
      expect(
        await auditRows(server, { operation: 'acknowledgeReturn', entityType: 'ProgressUpdate', entityId: reportProgress.id, actorId: world.users.coordinator }),
      ).toBe(1);
      // Acknowledging again changes nothing (no second audit row).
      await world.clients.coordinator.ok(ACK, { id: reportProgress.id });
      expect(
        await auditRows(server, { operation: 'acknowledgeReturn', entityType: 'ProgressUpdate', entityId: reportProgress.id, actorId: world.users.coordinator }),
      ).toBe(1);

      const { reportingRound } = await world.clients.board.ok(ROUND, { id: r.id });
      const byAgency = Object.fromEntries(reportingRound.agencies.map((a) => [a.agency.id, a]));
      expect(byAgency[world.agencies.police].compliance).toEqual({ due: 1, onTime: 1, late: 0, missed: 0, outstanding: 0, acknowledged: 1 });
      expect(byAgency[world.agencies.health].compliance).toEqual({ due: 1, onTime: 1, late: 0, missed: 0, outstanding: 0, acknowledged: 0 });
      expect(byAgency[world.agencies.health].due[0]).toMatchObject({
        status: 'ON_TIME',
        returnedOn: TODAY,
        progressUpdate: { id: confirmNoChange.id, noChange: true },
      });
      expect(byAgency[world.agencies.police].done).toEqual([{ action: { id: police } }]);
      expect(byAgency[world.agencies.police].late).toEqual([]);
      // The SQL compliance agrees with the per-agency lists.
      const sqlCompliance = Object.fromEntries(reportingRound.compliance.map((c) => [c.agency.id, c]));
      expect(sqlCompliance[world.agencies.police]).toMatchObject({ due: 1, onTime: 1, acknowledged: 1 });
    });

    it("confirmNoChange is refused on another agency's action and on an action the round does not ask for", async () => {
      const { world, police, health } = await planWithActions();
      const { createReportingRound: r } = await world.clients.coordinator.ok(CREATE, { input: round(world, { actionIds: [health] }) });
      const before = await rowCounts(server, TABLES);
      expect(await world.clients.police.code(NO_CHANGE, { actionId: health })).toBe('FORBIDDEN');
      expect(await world.clients.board.code(NO_CHANGE, { actionId: health })).toBe('FORBIDDEN');
      const notInRound = await world.clients.police.request(NO_CHANGE, { actionId: police, roundId: r.id });
      expect(notInRound.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(notInRound.errors?.[0])).toEqual(['actionId']);
      expect(await rowCounts(server, TABLES)).toEqual(before);
    });

    it('a query on a return is answered by the agency, not by another, and acknowledgement is for coordinators', async () => {
      const { world, police } = await planWithActions();
      await world.clients.coordinator.ok(CREATE, { input: round(world) });
      const { reportProgress } = await world.clients.police.ok(REPORT, {
        input: { actionId: police, narrative: 'Training delivered to 40 staff', percentComplete: 40, status: 'IN_PROGRESS' },
      });
      expect(await world.clients.police.code(ACK, { id: reportProgress.id })).toBe('FORBIDDEN');
      expect(await world.clients.police.code(QUERY, { id: reportProgress.id, comment: 'Fine' })).toBe('FORBIDDEN');
      const blank = await world.clients.coordinator.request(QUERY, { id: reportProgress.id, comment: '   ' });
      expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(blank.errors?.[0])).toEqual(['comment']);

      const { queryReturn } = await world.clients.coordinator.ok(QUERY, { id: reportProgress.id, comment: 'Which staff groups were trained?' });
      expect(queryReturn).toMatchObject({ comment: 'Which staff groups were trained?', answersQueryId: null });
      expect(await world.clients.health.code(ANSWER, { id: queryReturn.id, comment: 'Not ours' })).toBe('FORBIDDEN');
      // The voluntary sector supports the action: its partner may answer, as may the lead agency's.
      await world.clients.voluntary.ok(ANSWER, { id: queryReturn.id, comment: 'Our volunteers were part of it.' });
      const { answerReturnQuery } = await world.clients.police.ok(ANSWER, { id: queryReturn.id, comment: 'Custody and neighbourhood teams.' });
      expect(answerReturnQuery.answersQueryId).toBe(queryReturn.id);
      const outsider = await createWorld(server, 'Outsider');
      expect(await outsider.clients.coordinator.code(QUERY, { id: reportProgress.id, comment: 'x' })).toBe('NOT_FOUND');

      const thread = await world.clients.board.ok(
        graphql(`query RoundsAction($id: ID!) { action(id: $id) { updates { id acknowledged queries { comment answersQueryId } } } }`),
        { id: police },
      );
      expect(thread.action!.updates[0].queries.map((q) => q.comment)).toEqual([
        'Which staff groups were trained?',
        'Our volunteers were part of it.',
        'Custody and neighbourhood teams.',
      ]);
      expect(await auditRows(server, { operation: 'queryReturn', entityType: 'ReturnQuery', entityId: queryReturn.id, actorId: world.users.coordinator })).toBe(1);
    });

    it('a return that turns an action RED must carry a sentence on what is being done', async () => {
      const { world, police } = await planWithActions();
      const before = await rowCounts(server, TABLES);
      const short = await world.clients.police.request(REPORT, {
        input: { actionId: police, narrative: 'red', percentComplete: 10, status: 'IN_PROGRESS', rag: 'RED' },
      });
      expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(short.errors?.[0])).toEqual(['input.narrative']);
      expect(await rowCounts(server, TABLES)).toEqual(before);
      await world.clients.police.ok(REPORT, {
        input: { actionId: police, narrative: 'Funding withdrawn; a bid to the PCC goes in next week.', percentComplete: 10, status: 'IN_PROGRESS', rag: 'RED' },
      });
      // Already red: a short return that keeps it red is accepted.
      await world.clients.police.ok(REPORT, { input: { actionId: police, narrative: 'still red', percentComplete: 10, status: 'IN_PROGRESS', rag: 'RED' } });
    });

    it('closing a round turns outstanding returns into missed ones; closing again is refused', async () => {
      const { world, police } = await planWithActions();
      const { createReportingRound: r } = await world.clients.coordinator.ok(CREATE, { input: round(world) });
      await world.clients.police.ok(REPORT, {
        input: { actionId: police, narrative: 'Training delivered to 40 staff', percentComplete: 40, status: 'IN_PROGRESS' },
      });
      expect(await world.clients.police.code(CLOSE, { id: r.id })).toBe('FORBIDDEN');
      const { closeReportingRound } = await world.clients.coordinator.ok(CLOSE, { id: r.id });
      expect(closeReportingRound).toEqual({ id: r.id, closedOn: TODAY, state: 'CLOSED' });
      const again = await world.clients.coordinator.request(CLOSE, { id: r.id });
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      const { reportingRound } = await world.clients.coordinator.ok(ROUND, { id: r.id });
      const counts = Object.fromEntries(reportingRound.compliance.map((c) => [c.agency.id, [c.due, c.onTime, c.late, c.missed, c.outstanding]]));
      expect(counts).toEqual({ [world.agencies.police]: [1, 1, 0, 0, 0], [world.agencies.health]: [1, 0, 0, 1, 0] });
      expect((await world.clients.health.ok(MY_DUE)).myReturnsDue).toEqual([]);

      const report = await world.clients.board.ok(
        graphql(
          `query RoundsBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { roundCompliance { agency { id } due onTime missed } } }`,
        ),
        { id: world.planId, asOf: TODAY },
      );
      expect(report.boardReport.roundCompliance).toHaveLength(2);
      expect(report.boardReport.roundCompliance.find((c) => c.agency.id === world.agencies.health)).toMatchObject({ due: 1, onTime: 0, missed: 1 });
    });
  });

  describe('generateReportingRounds', () => {
    it('opens monthly rounds, or none when one overlaps', async () => {
      const { world } = await planWithActions();
      const GENERATE = graphql(
        `mutation RoundsGenerateReportingRounds($input: GenerateReportingRoundsInput!) { generateReportingRounds(input: $input) { opensOn deadline graceEndsOn } }`,
      );
      const { generateReportingRounds } = await world.clients.coordinator.ok(GENERATE, {
        input: { deliveryPlanId: world.planId, cadence: 'MONTHLY', from: '2026-12-01', until: '2027-02-01', openDays: 14, graceWorkingDays: 3 },
      });
      expect(generateReportingRounds).toEqual([
        { opensOn: '2026-12-01', deadline: '2026-12-14', graceEndsOn: '2026-12-17' },
        { opensOn: '2027-01-01', deadline: '2027-01-14', graceEndsOn: '2027-01-19' },
        { opensOn: '2027-02-01', deadline: '2027-02-14', graceEndsOn: '2027-02-17' }, // 14 Feb is a Sunday: grace counts from it
      ]);
      const before = await rowCounts(server, TABLES);
      const overlap = await world.clients.coordinator.request(GENERATE, {
        input: { deliveryPlanId: world.planId, cadence: 'QUARTERLY', from: '2026-11-16', until: '2027-06-01', openDays: 14, graceWorkingDays: 3 },
      });
      expect(overlap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await rowCounts(server, TABLES)).toEqual(before);
    });
  });

  describe('settings', () => {
    it('reminder steps per partnership (coordinators) and digest frequency per person', async () => {
      const { world } = await planWithActions();
      const GET = graphql(`query RoundsReminderSettings($id: ID!) { reminderSettings(partnershipId: $id) { daysBefore onDeadline escalateAfterGrace } }`);
      const SET = graphql(
        `mutation RoundsSetReminderSettings($input: SetReminderSettingsInput!) { setReminderSettings(input: $input) { daysBefore onDeadline escalateAfterGrace } }`,
      );
      expect((await world.clients.police.ok(GET, { id: world.partnershipId })).reminderSettings).toEqual({
        daysBefore: [7, 1],
        onDeadline: true,
        escalateAfterGrace: true,
      });
      const input = { partnershipId: world.partnershipId, daysBefore: [3], onDeadline: false, escalateAfterGrace: true };
      expect(await world.clients.police.code(SET, { input })).toBe('FORBIDDEN');
      const bad = await world.clients.coordinator.request(SET, { input: { ...input, daysBefore: [0] } });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await world.clients.coordinator.ok(SET, { input });
      expect((await world.clients.police.ok(GET, { id: world.partnershipId })).reminderSettings).toEqual({
        daysBefore: [3],
        onDeadline: false,
        escalateAfterGrace: true,
      });

      expect((await world.clients.police.ok(graphql(`query RoundsMyDigestFrequency { myDigestFrequency }`))).myDigestFrequency).toBe('DAILY');
      await world.clients.police.ok(graphql(`mutation RoundsSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }`));
      expect((await world.clients.police.ok(graphql(`query RoundsMyDigestFrequency { myDigestFrequency }`))).myDigestFrequency).toBe('WEEKLY');
      expect((await world.clients.health.ok(graphql(`query RoundsMyDigestFrequency { myDigestFrequency }`))).myDigestFrequency).toBe('DAILY');
    });
  });
});
