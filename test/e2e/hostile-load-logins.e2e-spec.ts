import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { graphql } from '../generated';
import { createTestDatabase } from '../setup/test-database';
import { documentText, GraphqlClient } from '../support/graphql-client';
import { exited, ServerProcess, spawnServer } from '../support/server-process';

/**
 * Issue 11, attack 8: 120 concurrent guesses at one account, the right password 61st, against the
 * real server as production runs it (NODE_ENV=production, a 192 MB heap, a 48-byte JWT_SECRET, its
 * own process). The throttle reserves each attempt before checking the password, so only the
 * limit (10 per account and address) are checked and the right guess, past it, gets no token; the
 * real user, from another address, still signs in; the server stays up and small.
 */

const ADMIN = { email: 'admin@hostile-logins.test', password: `admin-${randomBytes(12).toString('hex')}` };
const VICTIM_PASSWORD = 'the-real-users-password';
const ATTACKER = '203.0.113.66';
const REAL_USER = '198.51.100.77';
const LOGIN = graphql(`mutation HostileLoadLoginsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`);

interface Attempt {
  status: number;
  token: string | null;
  codes: string[];
}

/** The resident set of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

// Production as deployed; and development, where the answers' codes are checked whatever the state of item 7.
describe.each(['production', 'development'])('hostile load: concurrent logins (NODE_ENV=%s, 192 MB heap)', (nodeEnv) => {
  let server: ServerProcess;
  let database: { url: string; drop(): Promise<void> };
  let db: Client;
  let victim: { id: string; email: string };

  const loginFrom = async (address: string, email: string, password: string): Promise<Attempt> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: documentText(LOGIN), variables: { email, password } }),
    });
    const body = (await response.json()) as { data?: { login?: { token?: string } } | null; errors?: { extensions?: { code?: string } }[] };
    return {
      status: response.status,
      token: body.data?.login?.token ?? null,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await spawnServer({
      DATABASE_URL: database.url,
      NODE_ENV: nodeEnv,
      NODE_OPTIONS: '--max-old-space-size=192',
      JWT_SECRET: randomBytes(48).toString('base64url'),
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'false',
    });
    db = new Client({ connectionString: database.url });
    await db.connect();

    const anonymous = new GraphqlClient(`${server.url}/graphql`, null);
    const { login } = await anonymous.ok(LOGIN, ADMIN);
    const admin = new GraphqlClient(`${server.url}/graphql`, login.token);
    const email = `victim.${randomBytes(4).toString('hex')}@hostile-logins.test`;
    const { createUser } = await admin.ok(graphql(`mutation HostileLoadLoginsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), {
      input: { email, name: 'Real User', password: VICTIM_PASSWORD },
    });
    victim = { id: createUser.id, email };
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    if (server) {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    await database?.drop();
  });

  it('checks at most 10 of 120 concurrent guesses: the right one, 61st, gets no token; the real user signs in from elsewhere', async () => {
    const guesses = Array.from({ length: 120 }, (_, i) => (i === 60 ? VICTIM_PASSWORD : `guess-${i}-${randomBytes(3).toString('hex')}`));
    const attempts = await Promise.all(guesses.map((password) => loginFrom(ATTACKER, victim.email, password)));

    expect(attempts.filter((a) => a.token !== null)).toEqual([]);
    expect(attempts[60].token).toBeNull();
    for (const attempt of attempts) expect(attempt.codes).toHaveLength(1);
    // Exactly the limit was reserved (and so checked) for this account from this address.
    const { rows } = await db.query(`SELECT attempts FROM login_attempt WHERE scope = 'pair' AND key = $1`, [`${victim.email} ${ATTACKER}`]);
    expect(rows).toEqual([{ attempts: 10 }]);

    // The attacker's address stays refused, right password or not.
    const again = await loginFrom(ATTACKER, victim.email, VICTIM_PASSWORD);
    expect(again.token).toBeNull();

    // What the 120 were told, in production as in development: 10 checked and wrong, 110 refused unchecked.
    const control = await loginFrom('192.0.2.200', victim.email, 'a wrong password');
    expect(control.codes).toEqual(['UNAUTHENTICATED']);
    for (const attempt of attempts) expect(attempt.status).toBeLessThan(500);
    expect(attempts.filter((a) => a.codes[0] === 'TOO_MANY_REQUESTS')).toHaveLength(110);
    expect(attempts.filter((a) => a.codes[0] === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(again.codes).toEqual(['TOO_MANY_REQUESTS']);

    // The real user, from their own address, is not locked out by the attacker's guesses.
    const real = await loginFrom(REAL_USER, victim.email, VICTIM_PASSWORD);
    expect(real.codes).toEqual([]);
    expect(real.token).toEqual(expect.any(String));
    const me = await new GraphqlClient(`${server.url}/graphql`, real.token).ok(graphql(`query HostileLoadLoginsMe { me { id } }`));
    expect(me.me.id).toBe(victim.id);

    // Alive, answering, and small.
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    const rss = rssMb(server.child.pid!);
    console.log(`hostile logins: server RSS ${rss.toFixed(0)} MB after 120 concurrent logins`);
    expect(rss).toBeLessThan(300);
  }, 120_000);
});
