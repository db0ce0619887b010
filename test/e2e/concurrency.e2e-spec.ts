import { graphql } from '../generated';
import { createAction, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

const REPORT = graphql(`mutation ConcurrencyReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete } }`);
const UPDATE = graphql(
  `mutation ConcurrencyUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version title } }`,
);

describe('concurrent writes', () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer({ now: '2025-06-15T12:00:00Z' });
    world = await createWorld(server);
  }, 60_000);
  afterAll(() => server.close());

  it('lands all 50 parallel reportProgress calls on one action, and projects the latest of them', async () => {
    const action = await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.police });
    const reporters = [world.clients.coordinator, world.clients.police];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        reporters[i % 2].request(REPORT, {
          input: { actionId: action.id, narrative: `Return ${i}`, percentComplete: i + 1, status: 'IN_PROGRESS', reportedOn: '2025-06-10' },
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await server.count('progress_update', 'action_id = $1', [action.id])).toBe(50);
    expect(await server.count('audit_event', "operation = 'reportProgress' AND after->>'actionId' = $1", [action.id])).toBe(50);

    // All share one reportedOn, so the latest is the one created last (highest seq).
    const { rows: latest } = await server.db.query<{ percent_complete: number }>(
      'SELECT percent_complete FROM progress_update WHERE action_id = $1 ORDER BY reported_on DESC, seq DESC LIMIT 1',
      [action.id],
    );
    const { rows: projected } = await server.db.query('SELECT status, percent_complete, last_reported_on FROM action WHERE id = $1', [action.id]);
    expect(projected[0]).toEqual({ status: 'IN_PROGRESS', percent_complete: latest[0].percent_complete, last_reported_on: '2025-06-10' });
    const read = await world.clients.board.ok(graphql(`query ConcurrencyAction($id: ID!) { action(id: $id) { progress status lastReportedOn } }`), {
      id: action.id,
    });
    expect(read.action).toEqual({ progress: latest[0].percent_complete, status: 'IN_PROGRESS', lastReportedOn: '2025-06-10' });
  }, 60_000);

  it('keeps a back-dated update out of the projection however the calls interleave', async () => {
    const action = await createAction(world.clients.coordinator, world);
    const calls = Array.from({ length: 20 }, (_, i) =>
      world.clients.coordinator.request(REPORT, {
        input: {
          actionId: action.id,
          narrative: i === 7 ? 'The latest return' : `Earlier return ${i}`,
          percentComplete: i === 7 ? 60 : 10,
          status: i === 7 ? 'ON_HOLD' : 'IN_PROGRESS',
          reportedOn: i === 7 ? '2025-06-14' : '2025-05-01',
        },
      }),
    );
    expect((await Promise.all(calls)).filter((r) => r.errors)).toEqual([]);
    const { rows } = await server.db.query('SELECT status, percent_complete, last_reported_on FROM action WHERE id = $1', [action.id]);
    expect(rows[0]).toEqual({ status: 'ON_HOLD', percent_complete: 60, last_reported_on: '2025-06-14' });
  }, 60_000);

  it('accepts exactly one of 20 parallel updateAction calls with the same version; the rest get CONFLICT', async () => {
    const action = await createAction(world.clients.coordinator, world, { title: 'Original title' });
    const before = await server.count('audit_event', "operation = 'updateAction' AND entity_id = $1", [action.id]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => world.clients.coordinator.request(UPDATE, { id: action.id, version: action.version, input: { title: `Title ${i}` } })),
    );
    const winners = results.filter((r) => !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array(19).fill('CONFLICT'));
    const { rows } = await server.db.query('SELECT title, version FROM action WHERE id = $1', [action.id]);
    expect(rows[0]).toEqual({ title: winners[0].data!.updateAction.title, version: action.version + 1 });
    expect(await server.count('audit_event', "operation = 'updateAction' AND entity_id = $1", [action.id])).toBe(before + 1);
  }, 60_000);
});
