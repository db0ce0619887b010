import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { graphql } from '../generated';
import { createTestDatabase } from '../setup/test-database';
import { createAction, createWorld, World } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { postGraphql } from '../support/raw-http';
import { exited, residentMb, ServerProcess, spawnBuiltServer } from '../support/server-process';
import { ADMIN_EMAIL, ADMIN_PASSWORD, TestServer } from '../support/test-server';

/** The bound on the server's resident memory under these attacks. */
const RSS_LIMIT_MB = 300;
const ACTIONS = 100;
const RETURNS_PER_ACTION = 24;
/** The response backstop this server runs with (RESPONSE_MAX_MB), small enough for a plan's full narratives to pass it. */
const RESPONSE_MAX_MB = 1;
/** ~600 characters: 2,400 of them with their fields are ~1.7 MB of JSON, over the 1 MB backstop. */
const NARRATIVE = `Monthly return. ${'Partners met, training delivered, referrals reviewed. '.repeat(11)}`;

const DEPTH_7 = `query Depth7($id: ID!) { deliveryPlan(id: $id) { actions { updates { action { updates { action { updates { id } } } } } } } }`;
const DEPTH_5 = `query Depth5($id: ID!) { deliveryPlan(id: $id) { actions { updates { action { updates { id } } } } } }`;
const WHOLE_HISTORY = `query WholeHistory($id: ID!) { deliveryPlan(id: $id) { title actions { ref status updates { id reportedOn status percentComplete } } } }`;
const WHOLE_NARRATIVES = `query WholeNarratives($id: ID!) { deliveryPlan(id: $id) { actions { ref updates { reportedOn narrative author { name } } } } }`;
const PLAN_READ = `query PlanRead($id: ID!) { deliveryPlan(id: $id) { title actions { ref title dueDate } } }`;

/**
 * The edge under the attacks (#11), against the real server in its own process, as
 * production runs it: compiled, NODE_ENV=production and the 192 MB heap cap. A plan of 100 actions with 24
 * monthly returns each (two years of normal use) is built through the API and SQL. Each attack
 * must get a clear refusal or a correct answer, and afterwards the server must be alive, its
 * resident memory under 300 MB, and /health/live answering.
 */
describe('hostile load on the GraphQL edge (production mode, heap capped)', () => {
  let database: { url: string; drop(): Promise<void> };
  let server: ServerProcess;
  let db: Pool;
  let world: World;
  let endpoint: string;
  let board: string;
  let peakRss = 0;

  const sampleRss = () => {
    peakRss = Math.max(peakRss, residentMb(server.child.pid!));
    return peakRss;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await spawnBuiltServer(
      {
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        JWT_SECRET: randomBytes(48).toString('base64'),
        BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
        RESPONSE_MAX_MB: String(RESPONSE_MAX_MB),
        RESPONSE_CACHE_MB: '8',
        SQL_COUNT_HEADER: 'true',
      },
      120_000,
    );
    endpoint = `${server.url}/graphql`;
    db = new Pool({ connectionString: database.url, max: 2 });
    world = await createWorld(asTestServer(server, db));
    board = world.tokens.board;

    // 100 actions through the API (as a coordinator enters them), then 24 monthly returns each in one
    // INSERT … SELECT, as two years of partners' returns would have left them.
    for (let batch = 0; batch < ACTIONS; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          createAction(world.clients.coordinator, world, { ref: `${(i % 4) + 1}.${batch + i + 1}`, leadAgencyId: world.agencies.police }),
        ),
      );
    }
    await db.query(
      `INSERT INTO progress_update (partnership_id, action_id, author_id, agency_id, reported_on, narrative, percent_complete, status, rag)
       SELECT a.partnership_id, a.id, $2, $3, (date '2024-01-28' + make_interval(months => m))::date, $4 || m, m * 4, 'IN_PROGRESS', 'GREEN'
         FROM action a CROSS JOIN generate_series(0, $5 - 1) m
        WHERE a.delivery_plan_id = $1`,
      [world.planId, world.users.police, world.agencies.police, NARRATIVE, RETURNS_PER_ACTION],
    );
    const { rows } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.delivery_plan_id = $1',
      [world.planId],
    );
    expect(rows[0].n).toBe(ACTIONS * RETURNS_PER_ACTION);
    sampleRss();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    if (server) {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    await database?.drop();
  });

  /** The server is up, answers liveness at once, and stays under the memory bound. */
  async function expectHealthy(): Promise<void> {
    expect(server.child.exitCode).toBeNull();
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    expect(sampleRss()).toBeLessThan(RSS_LIMIT_MB);
  }

  it.each([
    ['depth 7: updates → action → updates → action → updates (the issue’s query)', DEPTH_7],
    ['depth 5: updates → action → updates', DEPTH_5],
  ])('refuses %s before running it: 400 QUERY_TOO_COSTLY', async (_name, query) => {
    const response = await postGraphql(endpoint, board, { query, variables: { id: world.planId } });
    expect(response.status).toBe(400);
    expect(response.code).toBe('QUERY_TOO_COSTLY');
    expect(response.json!.data ?? null).toBeNull();
    expect(response.errors?.[0].message).toMatch(/limit is 20,000,000/);
    // Refused before execution: not one SQL statement was run for it (not even loading the caller).
    expect(response.headers.get('x-sql-statements')).toBe('0');
    await expectHealthy();
  });

  it('answers the whole plan with every action’s full history (2,400 returns)', async () => {
    const response = await postGraphql<{ deliveryPlan: { actions: { updates: unknown[] }[] } }>(endpoint, board, {
      query: WHOLE_HISTORY,
      variables: { id: world.planId },
    });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const actions = response.json!.data!.deliveryPlan.actions;
    expect(actions).toHaveLength(ACTIONS);
    expect(actions.every((a) => a.updates.length === RETURNS_PER_ACTION)).toBe(true);
    await expectHealthy();
  });

  it("answers the README's example (every plan of the caller's partnerships) for a board member", async () => {
    const example =
      '{ partnerships { name strategies { title deliveryPlans { id title actions { ref title leadAgency { name } status progress rag ragReasons dueDate } } } } }';
    const response = await postGraphql<{ partnerships: { strategies: { deliveryPlans: { actions: unknown[] }[] }[] }[] }>(endpoint, board, { query: example });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.json!.data!.partnerships[0].strategies[0].deliveryPlans[0].actions).toHaveLength(ACTIONS);
    await expectHealthy();
  });

  it('refuses a response over RESPONSE_MAX_MB with RESPONSE_TOO_LARGE, and serves the next request', async () => {
    const response = await postGraphql(endpoint, board, { query: WHOLE_NARRATIVES, variables: { id: world.planId } });
    // Found during execution, so answered as execution errors are: 200, data null.
    expect(response.status).toBe(200);
    expect(response.code).toBe('RESPONSE_TOO_LARGE');
    expect(response.json!.data ?? null).toBeNull();
    expect(response.text.length).toBeLessThan(1000);
    await expectHealthy();
  });

  it('serves 150 plan reads each carrying an unused 900 kB variable, with memory flat', async () => {
    const rssBefore = residentMb(server.child.pid!);
    let served = 0;
    for (let wave = 0; wave < 150; wave += 10) {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          // A different unused value each time: under a key made of the raw variables, 150 distinct 900 kB keys.
          postGraphql<{ deliveryPlan: { actions: unknown[] } }>(endpoint, board, {
            query: PLAN_READ,
            variables: { id: world.planId, padding: `${wave + i}:${'x'.repeat(900_000)}` },
          }),
        ),
      );
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
        expect(response.json!.data!.deliveryPlan.actions).toHaveLength(ACTIONS);
        served += 1;
      }
      sampleRss();
    }
    expect(served).toBe(150);
    await expectHealthy();
    // Flat: the 150 requests carried 135 MB of variables; the server grew by far less than one tenth of it.
    expect(residentMb(server.child.pid!) - rssBefore).toBeLessThan(50);
  });

  it('answers a wrong password with UNAUTHENTICATED and HTTP 200, as in development', async () => {
    const response = await postGraphql(endpoint, null, {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: ADMIN_EMAIL, p: 'not-the-password' },
    });
    expect([response.status, response.code]).toEqual([200, 'UNAUTHENTICATED']);
    expect(response.json!.data).toBeNull();
  });

  it('stays alive and under 300 MB after all of it', async () => {
    await expectHealthy();
    expect(peakRss).toBeLessThan(RSS_LIMIT_MB);
  });
});

/** The fixtures' view of a server (they sign in and call GraphQL): the spawned process and SQL. */
function asTestServer(server: ServerProcess, db: Pool): TestServer {
  const endpoint = `${server.url}/graphql`;
  const client = new GraphqlClient(endpoint, null);
  const login = async (email: string, password: string) => {
    const data = await client.ok(graphql(`mutation HostileLoadEdgeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`), {
      e: email,
      p: password,
    });
    return data.login.token;
  };
  let admin: string | null = null;
  return {
    url: server.url,
    client,
    as: (token) => new GraphqlClient(endpoint, token),
    login,
    adminToken: async () => (admin ??= await login(ADMIN_EMAIL, ADMIN_PASSWORD)),
    db,
    jwtSecret: null,
    async count(table, where = 'true', params = []) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
      return rows[0].n;
    },
    close: async () => undefined,
  };
}
