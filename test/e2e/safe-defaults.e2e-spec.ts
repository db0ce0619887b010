import { Client } from 'pg';
import { graphql } from '../generated';
import { createTestDatabase } from '../setup/test-database';
import { GraphqlClient } from '../support/graphql-client';
import { exited, spawnServer } from '../support/server-process';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from '../support/test-server';

const LOGIN = graphql(`mutation SafeDefaultsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const CREATE_AGENCY = graphql(`mutation SafeDefaultsCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }`);

/**
 * Safe defaults (issue #11): production refuses guessable secrets; the bootstrap admin exists
 * before the demo; access logs hold no query strings; a stop lets requests in flight finish.
 */
describe('safe defaults', () => {
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it.each([
    ['JWT_SECRET missing', {}, /JWT_SECRET is required when NODE_ENV=production/],
    ["docker-compose.yml's old JWT_SECRET", { JWT_SECRET: 'change-me-to-a-long-random-secret' }, /JWT_SECRET is a placeholder value/],
    [
      "docker-compose.yml's old admin password",
      { JWT_SECRET: 'q3V0aGVudGljLXJhbmRvbS1rZXktb2YtNDgtYnl0ZXMtZm9yLXRlc3Rz', BOOTSTRAP_ADMIN_EMAIL: 'a@b.example', BOOTSTRAP_ADMIN_PASSWORD: 'change-me-now' },
      /BOOTSTRAP_ADMIN_PASSWORD is a placeholder value/,
    ],
  ])(
    'refuses to start in production with %s, and says which variable',
    async (_name, env, message) => {
      const attempt = spawnServer({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        JWT_SECRET: '',
        BOOTSTRAP_ADMIN_EMAIL: '',
        BOOTSTRAP_ADMIN_PASSWORD: '',
        ...env,
      });
      await expect(attempt).rejects.toThrow(message);
      await expect(attempt).rejects.toThrow(/openssl rand -base64 48/);
      await expect(attempt).rejects.not.toThrow(/\n\s+at /);
    },
    60_000,
  );

  it('creates the bootstrap admin before the demo, which then adds no admin of its own', async () => {
    const server = await startTestServer({ seedDemo: true });
    try {
      expect(await server.count('partnership')).toBe(1);
      expect(await server.count('user_account', 'is_admin')).toBe(1);
      expect(await server.count('user_account', 'is_admin AND email = $1', [ADMIN_EMAIL])).toBe(1);
      expect(await server.count('user_account', "email = 'admin@example.org'")).toBe(0);
      expect(await server.client.code(LOGIN, { e: 'admin@example.org', p: 'demo-password' })).toBe('UNAUTHENTICATED');
      expect(await server.adminToken()).toEqual(expect.any(String));
    } finally {
      await server.close();
    }
  }, 60_000);

  describe('a server process', () => {
    let locker: Client;
    beforeAll(async () => {
      locker = new Client({ connectionString: database.url });
      await locker.connect();
    });
    afterAll(() => locker.end());

    it('logs the path of a download link, never its query string', async () => {
      const server = await spawnServer({ DATABASE_URL: database.url, SEED_DEMO: 'false', LOG_LEVEL: 'info' });
      try {
        const response = await fetch(`${server.url}/api/downloads/board-pack?token=SIGNED-LINK-SECRET-1234&expires=99`);
        expect(response.status).toBeGreaterThanOrEqual(400);
        await new Promise((r) => setTimeout(r, 300));
        expect(server.output()).toContain('/api/downloads/board-pack');
        expect(server.output()).not.toContain('SIGNED-LINK-SECRET-1234');
      } finally {
        server.child.kill('SIGTERM');
        await exited(server.child);
      }
    }, 60_000);

    it('on SIGTERM, stops accepting, lets a request in flight finish, then exits cleanly', async () => {
      const server = await spawnServer({
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      });
      const anonymous = new GraphqlClient(`${server.url}/graphql`, null);
      const { login } = await anonymous.ok(LOGIN, { e: ADMIN_EMAIL, p: ADMIN_PASSWORD });
      const admin = new GraphqlClient(`${server.url}/graphql`, login.token);

      // The request waits on this lock (loading its account) before it starts its transaction, so it
      // is in flight when the signal comes, and still needs connections from the pool afterwards.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE user_account IN ACCESS EXCLUSIVE MODE');
      const inFlight = admin.request(CREATE_AGENCY, { input: { name: 'Written during the stop', kind: 'VOLUNTARY' } });
      await waitFor(
        async () =>
          (await locker.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'user_account'::regclass AND NOT granted")).rows[0].n > 0,
      );

      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      await expect(fetch(`${server.url}/health/live`)).rejects.toThrow();
      expect(server.child.exitCode).toBeNull();

      await locker.query('COMMIT');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.createAgency.name).toBe('Written during the stop');
      expect(await exited(server.child)).toBe(0);
      expect((await locker.query<{ n: number }>("SELECT count(*)::int AS n FROM agency WHERE name = 'Written during the stop'")).rows[0].n).toBe(1);
    }, 60_000);

    it('on SIGTERM, lets an import in flight finish and answer, not 500', async () => {
      const server = await spawnServer({
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      });
      const anonymous = new GraphqlClient(`${server.url}/graphql`, null);
      const { login } = await anonymous.ok(LOGIN, { e: ADMIN_EMAIL, p: ADMIN_PASSWORD });
      const admin = new GraphqlClient(`${server.url}/graphql`, login.token);
      const suffix = Date.now().toString(36);
      const { createPartnership } = await admin.ok(
        graphql(`mutation SafeDefaultsCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`),
        { input: { name: `Stop ${suffix}`, slug: `stop-${suffix}` } },
      );
      await admin.ok(CREATE_AGENCY, { input: { name: `Stop Police ${suffix}`, kind: 'POLICE', partnershipId: createPartnership.id } });
      const { createStrategy } = await admin.ok(
        graphql(`mutation SafeDefaultsCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`),
        {
          input: { partnershipId: createPartnership.id, title: 'Strategy', startDate: '2024-01-01', endDate: '2027-12-31', status: 'ACTIVE' },
        },
      );
      const { createDeliveryPlan } = await admin.ok(
        graphql(`mutation SafeDefaultsCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }`),
        {
          input: { strategyId: createStrategy.id, title: 'Plan', startDate: '2024-01-01', endDate: '2026-12-31' },
        },
      );
      const header = [
        'Ref',
        'Pillar',
        'Objective code',
        'Objective title',
        'Action',
        'Description',
        'Success measure',
        'Lead agency',
        'Supporting agencies',
        'Start date',
        'Due date',
        'Milestones',
        'Status',
        '% complete',
        'RAG',
        'Latest update',
        'Reported on',
      ];
      const row = ['1.1', 'PREVENT', 'PV1', 'Awareness', 'Imported during the stop', '', '', `Stop Police ${suffix}`, '', '', '2026-06-30', '', '', '', '', '', ''];
      const form = new FormData();
      form.append('file', new Blob([`${header.join(',')}\n${row.join(',')}\n`]), 'plan.csv');

      // The import's first write waits on this lock, so it is in flight when the signal comes.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE action IN EXCLUSIVE MODE');
      const inFlight = fetch(`${server.url}/api/plans/${createDeliveryPlan.id}/import?dryRun=false&createMissingObjectives=true`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${login.token}` },
      });
      await waitFor(
        async () => (await locker.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'action'::regclass AND NOT granted")).rows[0].n > 0,
      );

      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      await locker.query('COMMIT');
      const answer = await inFlight;
      const body = (await answer.json()) as { applied?: boolean };
      expect([answer.status, body.applied]).toEqual([200, true]);
      expect(await exited(server.child)).toBe(0);
      expect((await locker.query<{ n: number }>("SELECT count(*)::int AS n FROM action WHERE title = 'Imported during the stop'")).rows[0].n).toBe(1);
    }, 60_000);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
