import { graphql } from '../generated';
import type { ReportProgressInput } from '../generated/graphql';
import { auditRows, errorFields, leakedMarkers, rowCounts } from '../support/db-assertions';
import { createAction, createWorld, World } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

// 23:30 UTC on 15 June is already 16 June in London (BST): "today" is the partnership's.
const NOW = '2025-06-15T23:30:00Z';
const TODAY = '2025-06-16';

const REPORT = graphql(`mutation ProgressReportProgress($input: ReportProgressInput!) {
  reportProgress(input: $input) {
    id reportedOn narrative percentComplete status rag createdAt
    author { id } agency { id } action { id status progress lastReportedOn }
  }
}`);

const COMPLETE = graphql(`mutation ProgressCompleteMilestone($id: ID!, $completedOn: Date) {
  completeMilestone(id: $id, completedOn: $completedOn) { id completedOn overdue action { id } }
}`);

const ACTION_STATE = graphql(`query ProgressAction($id: ID!) {
  action(id: $id) {
    status progress lastReportedOn rag ragReasons overdue daysOverdue version
    updates { id reportedOn percentComplete status }
    milestones { id overdue completedOn }
  }
}`);

function input(actionId: string, overrides: Partial<ReportProgressInput> = {}): ReportProgressInput {
  return { actionId, narrative: 'Training delivered to 40 staff', percentComplete: 40, status: 'IN_PROGRESS', ...overrides };
}

async function addMilestone(client: GraphqlClient, actionId: string, dueDate: string): Promise<string> {
  const data = await client.ok(graphql(`mutation ProgressAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`), {
    input: { actionId, title: 'Milestone', dueDate },
  });
  return data.addMilestone.id;
}

describe('progress', () => {
  let server: TestServer;
  let world: World;
  let other: World;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server);
    other = await createWorld(server, 'Other Partnership');
  }, 180_000);
  afterAll(() => server.close());

  describe('reportProgress', () => {
    it('appends an update dated today in the partnership timezone by default, with author, agency and audit', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const { reportProgress: update } = await world.clients.police.ok(REPORT, { input: input(action.id, { rag: 'AMBER' }) });
      expect(update).toMatchObject({
        reportedOn: TODAY,
        percentComplete: 40,
        status: 'IN_PROGRESS',
        rag: 'AMBER',
        author: { id: world.users.police },
        agency: { id: world.agencies.police },
        action: { id: action.id, status: 'IN_PROGRESS', progress: 40, lastReportedOn: TODAY },
      });
      expect(await auditRows(server, { operation: 'reportProgress', entityType: 'ProgressUpdate', entityId: update.id, actorId: world.users.police })).toBe(1);
      const { rows } = await server.db.query('SELECT status, percent_complete, last_reported_on::text AS d, version FROM action WHERE id = $1', [action.id]);
      expect(rows[0]).toEqual({ status: 'IN_PROGRESS', percent_complete: 40, d: TODAY, version: action.version });
    });

    it('trims the narrative', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const { reportProgress } = await world.clients.coordinator.ok(REPORT, { input: input(action.id, { narrative: '  Done a thing  ' }) });
      expect(reportProgress.narrative).toBe('Done a thing');
    });

    it.each<[string, Partial<ReportProgressInput>, string]>([
      ['a BLUE rag', { rag: 'BLUE' }, 'input.rag'],
      ['a future reportedOn', { reportedOn: '2025-06-17' }, 'input.reportedOn'],
      ['COMPLETED below 100 %', { status: 'COMPLETED', percentComplete: 99 }, 'input.percentComplete'],
      ['a blank narrative', { narrative: '   ' }, 'input.narrative'],
      ['a narrative over 5000 characters', { narrative: 'x'.repeat(5001) }, 'input.narrative'],
      ['a percent over 100', { percentComplete: 101 }, 'input.percentComplete'],
      ['a negative percent', { percentComplete: -1 }, 'input.percentComplete'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, overrides, field) => {
      const action = await createAction(world.clients.coordinator, world);
      const result = await world.clients.coordinator.request(REPORT, { input: input(action.id, overrides) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(result.errors?.[0])).toContain(field);
      expect(leakedMarkers(result.errors)).toEqual([]);
      expect(await server.count('progress_update', 'action_id = $1', [action.id])).toBe(0);
    });

    it('accepts a narrative of exactly 5000 characters and reportedOn today', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const result = await world.clients.coordinator.request(REPORT, { input: input(action.id, { narrative: 'x'.repeat(5000), reportedOn: TODAY }) });
      expect(result.errors).toBeUndefined();
    });

    it.each([
      ['the coordinator, on any action', 'ok', 'coordinator'],
      ['the admin', 'ok', 'admin'],
      ['a partner of the lead agency', 'ok', 'police'],
      ['a partner of a supporting agency', 'ok', 'health'],
      ['a partner of an unrelated agency', 'FORBIDDEN', 'voluntary'],
      ['a board member', 'FORBIDDEN', 'board'],
      ["another partnership's coordinator", 'NOT_FOUND', 'other'],
      ['nobody', 'UNAUTHENTICATED', 'anonymous'],
    ])('%s reporting → %s', async (_name, outcome, who) => {
      const action = await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.police, supportingAgencyIds: [world.agencies.health] });
      const client = who === 'other' ? other.clients.coordinator : who === 'anonymous' ? server.client : world.clients[who as keyof World['clients']];
      const result = await client.request(REPORT, { input: input(action.id) });
      if (outcome === 'ok') {
        expect(result.errors).toBeUndefined();
        expect(await server.count('progress_update', 'action_id = $1', [action.id])).toBe(1);
      } else {
        expect(result.errors?.[0]?.extensions?.code).toBe(outcome);
        expect(await server.count('progress_update', 'action_id = $1', [action.id])).toBe(0);
      }
    });

    it('answers NOT_FOUND for an unknown or malformed action id', async () => {
      expect(await world.clients.coordinator.code(REPORT, { input: input('00000000-0000-4000-8000-000000000000') })).toBe('NOT_FOUND');
      expect(await world.clients.coordinator.code(REPORT, { input: input('not-a-uuid') })).toBe('NOT_FOUND');
    });

    it('keeps the projection on the latest update: back-dated reports do not win, same-day corrections do', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const coordinator = world.clients.coordinator;
      await coordinator.ok(REPORT, { input: input(action.id, { reportedOn: '2025-06-10', percentComplete: 50 }) });
      await coordinator.ok(REPORT, { input: input(action.id, { reportedOn: '2025-03-31', percentComplete: 20 }) });
      let { rows } = await server.db.query('SELECT percent_complete, last_reported_on::text AS d FROM action WHERE id = $1', [action.id]);
      expect(rows[0]).toEqual({ percent_complete: 50, d: '2025-06-10' });
      await coordinator.ok(REPORT, { input: input(action.id, { reportedOn: '2025-06-10', percentComplete: 55, status: 'ON_HOLD' }) });
      ({ rows } = await server.db.query('SELECT status, percent_complete FROM action WHERE id = $1', [action.id]));
      expect(rows[0]).toEqual({ status: 'ON_HOLD', percent_complete: 55 });

      const { action: read } = await coordinator.ok(ACTION_STATE, { id: action.id });
      expect(read).toMatchObject({ status: 'ON_HOLD', progress: 55, lastReportedOn: '2025-06-10', rag: 'AMBER', ragReasons: ['ON_HOLD'], version: action.version });
      expect(read!.updates.map((u) => [u.reportedOn, u.percentComplete])).toEqual([
        ['2025-06-10', 55],
        ['2025-06-10', 50],
        ['2025-03-31', 20],
      ]);
    });

    it('lands every one of many concurrent reports on one action, and the projection is the latest', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const dates = ['2025-06-01', '2025-06-16', '2025-05-20', '2025-06-16', '2025-06-02', '2025-06-16', '2025-01-01', '2025-06-15'];
      const clients = [world.clients.coordinator, world.clients.police, world.clients.admin];
      const results = await Promise.all(
        [...dates, ...dates].map((reportedOn, i) =>
          clients[i % clients.length].request(REPORT, { input: input(action.id, { reportedOn, percentComplete: i, narrative: `Report ${i}` }) }),
        ),
      );
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(await server.count('progress_update', 'action_id = $1', [action.id])).toBe(dates.length * 2);
      const { rows } = await server.db.query<{ agrees: boolean }>(
        `SELECT a.percent_complete = l.percent_complete AND a.last_reported_on = l.reported_on AND a.status = l.status AS agrees
           FROM action a,
                LATERAL (SELECT * FROM progress_update u WHERE u.action_id = a.id ORDER BY u.reported_on DESC, u.seq DESC LIMIT 1) l
          WHERE a.id = $1`,
        [action.id],
      );
      expect(rows[0].agrees).toBe(true);
    });
  });

  describe('completeMilestone', () => {
    it('completes a milestone today by default, moves the date when completed again, and audits both', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const milestoneId = await addMilestone(world.clients.coordinator, action.id, '2025-05-31');
      const before = await world.clients.police.ok(ACTION_STATE, { id: action.id });
      expect(before.action!.milestones).toEqual([{ id: milestoneId, overdue: true, completedOn: null }]);
      expect(before.action!.ragReasons).toContain('MILESTONE_OVERDUE');

      const first = await world.clients.police.ok(COMPLETE, { id: milestoneId });
      expect(first.completeMilestone).toEqual({ id: milestoneId, completedOn: TODAY, overdue: false, action: { id: action.id } });
      const second = await world.clients.police.ok(COMPLETE, { id: milestoneId, completedOn: '2025-06-01' });
      expect(second.completeMilestone.completedOn).toBe('2025-06-01');
      expect(await auditRows(server, { operation: 'completeMilestone', entityType: 'Milestone', entityId: milestoneId, actorId: world.users.police })).toBe(2);
      const { rows } = await server.db.query(
        `SELECT before->>'completedOn' AS b, after->>'completedOn' AS a FROM audit_event WHERE entity_id = $1 AND operation = 'completeMilestone' ORDER BY seq`,
        [milestoneId],
      );
      expect(rows).toEqual([
        { b: null, a: TODAY },
        { b: TODAY, a: '2025-06-01' },
      ]);
    });

    it('refuses a future completedOn', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const milestoneId = await addMilestone(world.clients.coordinator, action.id, '2025-05-31');
      const result = await world.clients.coordinator.request(COMPLETE, { id: milestoneId, completedOn: '2025-06-17' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorFields(result.errors?.[0])).toEqual(['completedOn']);
    });

    it('refuses a milestone of a cancelled action, whose milestones are never overdue', async () => {
      const action = await createAction(world.clients.coordinator, world);
      const milestoneId = await addMilestone(world.clients.coordinator, action.id, '2025-05-31');
      await world.clients.coordinator.ok(REPORT, { input: input(action.id, { status: 'CANCELLED' }) });
      const { action: read } = await world.clients.coordinator.ok(ACTION_STATE, { id: action.id });
      expect(read).toMatchObject({ status: 'CANCELLED', rag: null, ragReasons: [], milestones: [{ id: milestoneId, overdue: false, completedOn: null }] });
      const result = await world.clients.coordinator.request(COMPLETE, { id: milestoneId });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['a partner of the lead agency', 'ok', 'police'],
      ['a partner of a supporting agency', 'ok', 'health'],
      ['a partner of an unrelated agency', 'FORBIDDEN', 'voluntary'],
      ['a board member', 'FORBIDDEN', 'board'],
      ["another partnership's coordinator", 'NOT_FOUND', 'other'],
      ['nobody', 'UNAUTHENTICATED', 'anonymous'],
    ])('%s completing → %s', async (_name, outcome, who) => {
      const action = await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.police, supportingAgencyIds: [world.agencies.health] });
      const milestoneId = await addMilestone(world.clients.coordinator, action.id, '2025-05-31');
      const client = who === 'other' ? other.clients.coordinator : who === 'anonymous' ? server.client : world.clients[who as keyof World['clients']];
      const result = await client.request(COMPLETE, { id: milestoneId });
      if (outcome === 'ok') expect(result.errors).toBeUndefined();
      else expect(result.errors?.[0]?.extensions?.code).toBe(outcome);
      expect(await server.count('milestone', 'id = $1 AND completed_on IS NOT NULL', [milestoneId])).toBe(outcome === 'ok' ? 1 : 0);
    });
  });
  describe('closing an action and dating a return (docs/rules.md, "Reporting")', () => {
    /** Led by police, supported by health; the world's plan starts on 2024-01-01. */
    const supportedAction = () =>
      createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.police, supportingAgencyIds: [world.agencies.health] });
    const done = { status: 'COMPLETED', percentComplete: 100 } as const;
    const cancelled = { status: 'CANCELLED', percentComplete: 10 } as const;

    it.each([
      ['COMPLETED', done],
      ['CANCELLED', cancelled],
    ])('refuses a supporting agency setting %s (FORBIDDEN), writing nothing', async (_status, closing) => {
      const action = await supportedAction();
      const before = await rowCounts(server, ['progress_update', 'audit_event']);
      const result = await world.clients.health.request(REPORT, { input: input(action.id, closing) });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
      expect(await rowCounts(server, ['progress_update', 'audit_event'])).toEqual(before);
      const { rows } = await server.db.query<{ status: string }>('SELECT status FROM action WHERE id = $1', [action.id]);
      expect(rows[0].status).toBe('NOT_STARTED');
    });

    it('lets the supporting agency report any other status on the same action', async () => {
      const action = await supportedAction();
      for (const status of ['IN_PROGRESS', 'ON_HOLD', 'NOT_STARTED'] as const) {
        const { reportProgress } = await world.clients.health.ok(REPORT, { input: input(action.id, { status }) });
        expect(reportProgress.status).toBe(status);
      }
    });

    it.each([
      ['the lead agency', 'police', 'COMPLETED', done],
      ['the lead agency', 'police', 'CANCELLED', cancelled],
      ['a coordinator', 'coordinator', 'COMPLETED', done],
      ['a coordinator', 'coordinator', 'CANCELLED', cancelled],
      ['an admin', 'admin', 'CANCELLED', cancelled],
    ] as const)('lets %s (as %s) set %s', async (_who, client, status, closing) => {
      const action = await supportedAction();
      const { reportProgress } = await world.clients[client].ok(REPORT, { input: input(action.id, closing) });
      expect(reportProgress).toMatchObject({ status, action: { id: action.id, status } });
      const actorId = client === 'admin' ? (await world.clients.admin.ok(graphql(`query ProgressMe { me { id } }`))).me.id : world.users[client];
      expect(await auditRows(server, { operation: 'reportProgress', entityType: 'ProgressUpdate', entityId: reportProgress.id, actorId })).toBe(1);
    });

    it('refuses a return dated before the delivery plan starts (BAD_USER_INPUT on input.reportedOn), writing nothing; the start date itself is accepted', async () => {
      const action = await supportedAction();
      const before = await rowCounts(server, ['progress_update', 'audit_event']);
      const result = await world.clients.police.request(REPORT, { input: input(action.id, { reportedOn: '2023-12-31' }) });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(errorFields(result.errors![0])).toEqual(['input.reportedOn']);
      expect(leakedMarkers(result.errors)).toEqual([]);
      expect(await rowCounts(server, ['progress_update', 'audit_event'])).toEqual(before);

      const { reportProgress } = await world.clients.police.ok(REPORT, { input: input(action.id, { reportedOn: '2024-01-01' }) });
      expect(reportProgress.reportedOn).toBe('2024-01-01');
    });
  });
});
