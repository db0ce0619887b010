import { graphql } from '../generated';
import { createAction, createUser, createPlan, createWorld, World } from '../support/fixtures';
import { documentText } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The response cache (apps/api/src/response-cache.ts) serves a plan read again only while nothing it
 * could show has changed. A repeated read is recognised by its statement count: a served response
 * costs the caller's account and the change counters (2 statements), a computed one more.
 */
const REPORT = graphql(`query CacheBoardReport($plan: ID!, $asOf: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf) {
    overall { total completed progress }
    byAgency { agency { name } rollUp { total } }
    overdueActions { ref status progress }
  }
}`);

const PLAN = graphql(`query CachePlan($id: ID!) { deliveryPlan(id: $id) { title actions { ref title leadOfficer { name } } } }`);

const REPORT_PROGRESS = graphql(`mutation CacheReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`);

const SERVED_STATEMENTS = 2;

describe('response cache', () => {
  let server: TestServer;
  let world: World;
  let actionId: string;

  beforeAll(async () => {
    server = await startTestServer({ now: '2025-06-15T12:00:00Z' });
    world = await createWorld(server, 'Cached Partnership');
    const action = await createAction(world.clients.coordinator, world, {
      ref: '1.1',
      leadAgencyId: world.agencies.police,
      leadOfficerId: world.users.police,
      dueDate: '2025-03-31',
    });
    actionId = action.id;
    await world.clients.police.ok(REPORT_PROGRESS, {
      input: { actionId, reportedOn: '2025-02-01', narrative: 'Under way', percentComplete: 40, status: 'IN_PROGRESS' },
    });
  }, 180_000);
  afterAll(() => server.close());

  async function report(client = world.clients.board, asOf = '2025-05-31') {
    return client.request(REPORT, { plan: world.planId, asOf });
  }

  it("counts changes in every table that holds a partnership's rows, and in agencies and accounts", async () => {
    const { rows } = await server.db.query<{ table: string; triggers: string[] }>(
      `SELECT c.table_name AS table,
              array(SELECT t.tgname::text FROM pg_trigger t WHERE t.tgrelid = c.table_name::regclass AND t.tgname LIKE '%\\_count\\_%' ORDER BY 1) AS triggers
         FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name = 'partnership_id' AND c.table_name NOT IN ('audit_event', 'data_version')
        UNION ALL
       SELECT t, array(SELECT g.tgname::text FROM pg_trigger g WHERE g.tgrelid = t::regclass AND g.tgname LIKE '%\\_count\\_%' ORDER BY 1)
         FROM unnest(ARRAY['partnership', 'agency', 'user_account']) AS t
        ORDER BY 1`,
    );
    const uncounted = rows.filter((r) => r.triggers.length === 0).map((r) => r.table);
    expect(uncounted).toEqual([]);
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(['action', 'milestone', 'progress_update', 'partnership', 'agency']));
  });

  it('serves a repeated board report without computing it again, to every member of the partnership', async () => {
    const first = await report();
    const again = await report();
    const otherReader = await report(world.clients.health);

    expect(first.errors).toBeUndefined();
    expect(first.data!.boardReport.overdueActions).toEqual([{ ref: '1.1', status: 'IN_PROGRESS', progress: 40 }]);
    expect(first.statements).toBeGreaterThan(SERVED_STATEMENTS);
    expect(again.statements).toBe(SERVED_STATEMENTS);
    expect(again.data).toEqual(first.data);
    expect(otherReader.statements).toBe(SERVED_STATEMENTS);
    expect(otherReader.data).toEqual(first.data);
  });

  it('computes a report afresh when the request says Cache-Control: no-cache', async () => {
    await report();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.tokens.board}`, 'cache-control': 'no-cache' },
      body: JSON.stringify({ query: documentText(REPORT), variables: { plan: world.planId, asOf: '2025-05-31' } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };

    expect(body.errors).toBeUndefined();
    expect(Number(response.headers.get('x-sql-statements'))).toBeGreaterThan(SERVED_STATEMENTS);
    expect((await report()).statements).toBe(SERVED_STATEMENTS);
  });

  it('computes the report afresh after a back-dated progress return changes a past date', async () => {
    await report();
    await world.clients.police.ok(REPORT_PROGRESS, {
      input: { actionId, reportedOn: '2025-03-15', narrative: 'Finished late', percentComplete: 100, status: 'COMPLETED' },
    });

    const after = await report();

    expect(after.statements).toBeGreaterThan(SERVED_STATEMENTS);
    expect(after.data!.boardReport.overall).toEqual({ total: 1, completed: 1, progress: 100 });
    expect(after.data!.boardReport.overdueActions).toEqual([]);
  });

  it('sees a change written straight into the database, not through the API', async () => {
    const before = await report();
    const { rows } = await server.db.query<{ name: string }>('SELECT name FROM agency WHERE id = $1', [world.agencies.police]);
    expect(before.data!.boardReport.byAgency.map((a) => a.agency.name)).toEqual([rows[0].name]);

    await server.db.query(`UPDATE agency SET name = 'Renamed Constabulary' WHERE id = $1`, [world.agencies.police]);
    const after = await report();

    expect(after.statements).toBeGreaterThan(SERVED_STATEMENTS);
    expect(after.data!.boardReport.byAgency.map((a) => a.agency.name)).toEqual(['Renamed Constabulary']);
  });

  it('counts a TRUNCATE, which names no partnership, as a change of every report', async () => {
    await report();
    expect((await report()).statements).toBe(SERVED_STATEMENTS);

    await server.db.query('TRUNCATE action_supporting_agency');

    expect((await report()).statements).toBeGreaterThan(SERVED_STATEMENTS);
  });

  it('keeps a report apart from the same document with other variables', async () => {
    // Its own plan: an action completed on 1 April, so a report as of May and one as of March differ.
    const plan = await createPlan(world, 'Dated plan');
    const done = await createAction(world.clients.coordinator, plan, { ref: '1.1', leadAgencyId: world.agencies.police, dueDate: '2025-12-31' });
    await world.clients.police.ok(REPORT_PROGRESS, {
      input: { actionId: done.id, reportedOn: '2025-04-01', narrative: 'Done', percentComplete: 100, status: 'COMPLETED' },
    });
    const read = (asOf: string) => world.clients.board.request(REPORT, { plan: plan.planId, asOf });

    const may = await read('2025-05-31');
    const mayAgain = await read('2025-05-31');
    const march = await read('2025-03-01');
    const marchAgain = await read('2025-03-01');

    expect(may.data!.boardReport.overall.completed).toBe(1);
    expect(mayAgain.statements).toBe(SERVED_STATEMENTS);
    // Kept under its own key: computed, not May's response served again.
    expect(march.statements).toBeGreaterThan(SERVED_STATEMENTS);
    expect(march.data!.boardReport.overall.completed).toBe(0);
    expect(marchAgain.statements).toBe(SERVED_STATEMENTS);
    expect(marchAgain.data).toEqual(march.data);
    expect(mayAgain.data).toEqual(may.data);
  });

  it('refuses a cached report to a caller outside the partnership, and to a member once removed', async () => {
    const outsider = await createWorld(server, 'Other Partnership');
    await report();

    const refused = await report(outsider.clients.board);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(refused.data?.boardReport ?? null).toBeNull();

    const leaver = await createUser(server, world.clients.admin, {
      name: 'Leaving Member',
      agencyId: world.agencies.council,
      partnershipId: world.partnershipId,
      role: 'BOARD_MEMBER',
    });
    expect((await report(server.as(leaver.token))).errors).toBeUndefined();
    await server.db.query('DELETE FROM membership WHERE user_id = $1', [leaver.id]);
    const removed = await report(server.as(leaver.token));
    expect(removed.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('serves the nested plan again, and shows an account renamed since', async () => {
    const first = await world.clients.board.request(PLAN, { id: world.planId });
    const again = await world.clients.board.request(PLAN, { id: world.planId });
    expect(again.statements).toBe(SERVED_STATEMENTS);
    expect(again.data).toEqual(first.data);

    await server.db.query(`UPDATE user_account SET name = 'Police Partner (acting)' WHERE id = $1`, [world.users.police]);
    const renamed = await world.clients.board.request(PLAN, { id: world.planId });
    expect(renamed.data!.deliveryPlan!.actions[0].leadOfficer).toEqual({ name: 'Police Partner (acting)' });
  });

  it("never keeps a document that asks for a user's memberships, which depend on the caller", async () => {
    const query = graphql(`query CachePlanMemberships($id: ID!) { deliveryPlan(id: $id) { actions { leadOfficer { memberships { role } } } } }`);
    const first = await world.clients.board.request(query, { id: world.planId });
    const again = await world.clients.board.request(query, { id: world.planId });

    expect(first.errors).toBeUndefined();
    expect(again.statements).toBe(first.statements);
    expect(again.statements).toBeGreaterThan(SERVED_STATEMENTS);
  });

  it('shows every acknowledged write on the next read, while other readers keep computing and keeping the report', async () => {
    const plan = await createPlan(world, 'Raced plan');
    const raced = await createAction(world.clients.coordinator, plan, { ref: '9.1', leadAgencyId: world.agencies.police, dueDate: '2026-06-30' });
    const progressNow = graphql(`query CacheProgressNow($plan: ID!) { boardReport(deliveryPlanId: $plan) { overall { progress } } }`);
    const read = async () => (await world.clients.board.ok(progressNow, { plan: plan.planId })).boardReport.overall.progress;

    // Readers computing and keeping the report all the time, so writes commit while reports are being computed.
    let writing = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (writing) await read();
    });
    const seen: number[] = [];
    try {
      for (let percent = 1; percent <= 40; percent += 1) {
        await world.clients.police.ok(REPORT_PROGRESS, {
          input: { actionId: raced.id, narrative: `At ${percent}`, percentComplete: percent, status: 'IN_PROGRESS' },
        });
        seen.push(await read());
      }
    } finally {
      writing = false;
      await Promise.all(readers);
    }
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  }, 120_000);

  it('gives each caller their own canReportProgress, which depends on who asks, and keeps none of it', async () => {
    const query = graphql(`query CacheCanReportProgress($id: ID!) { deliveryPlan(id: $id) { actions { ref canReportProgress } } }`);
    const mayReport = async (client: typeof world.clients.board) => {
      const result = await client.request(query, { id: world.planId });
      expect(result.errors).toBeUndefined();
      return { statements: result.statements, actions: result.data!.deliveryPlan!.actions.filter((a) => a.ref === '1.1') };
    };

    const police = await mayReport(world.clients.police);
    const board = await mayReport(world.clients.board);
    const boardAgain = await mayReport(world.clients.board);

    expect(police.actions).toEqual([{ ref: '1.1', canReportProgress: true }]);
    expect(board.actions).toEqual([{ ref: '1.1', canReportProgress: false }]);
    expect(boardAgain.actions).toEqual([{ ref: '1.1', canReportProgress: false }]);
    expect(boardAgain.statements).toBeGreaterThan(SERVED_STATEMENTS);
  });

  it('never keeps a response with errors', async () => {
    // A plan the caller reads, and an error found only after the plan is loaded (since not before asOf).
    const query = graphql(`query CacheReportWithError($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: "2025-05-31", since: "2025-06-01") { asOf } }`);
    const first = await world.clients.board.request(query, { plan: world.planId });
    const again = await world.clients.board.request(query, { plan: world.planId });

    expect(first.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // Computed both times: a kept error would be served at the cost of the account and the counters alone.
    expect(first.statements).toBeGreaterThan(SERVED_STATEMENTS);
    expect(again.statements).toBe(first.statements);
  });
});
