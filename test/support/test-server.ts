import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { startServer } from '../../apps/api/src/server';
import { readSettings } from '@app/config';
import { createTestDatabase } from '../setup/test-database';
import { graphql } from '../generated';
import { GraphqlClient } from './graphql-client';

/**
 * The mode the e2e servers run in: `test`, or `production` with `E2E_NODE_ENV=production` (CI runs
 * the permission, bad-input, hostile-query and auth suites both ways: errors must not differ).
 */
export const E2E_NODE_ENV = process.env.E2E_NODE_ENV === 'production' ? 'production' : 'test';
export const PRODUCTION_RUN = E2E_NODE_ENV === 'production';

export const ADMIN_EMAIL = 'admin@tracker.test';
export const ADMIN_PASSWORD = 'admin-password-1';

export interface TestServer {
  url: string;
  /** Anonymous client; `as(token)` for a signed-in one. */
  client: GraphqlClient;
  as(token: string | null): GraphqlClient;
  login(email: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  /** Direct SQL on the server's database, for assertions (row counts, audit rows). */
  db: Pool;
  /** The JWT_SECRET the server signs with, when one was set (production mode); else the key is in `app_secret`. */
  jwtSecret: string | null;
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Fixes the server's clock (ISO instant), so "today" is known to the test. */
  now?: string;
  seedDemo?: boolean;
  env?: Record<string, string>;
}

/**
 * The real server (AppModule over HTTP on a random port) against its own copy of the migrated
 * template database. One per spec file, in `beforeAll`.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const saved = { ...process.env };
  if (options.now) process.env.CLOCK_NOW = options.now;
  else delete process.env.CLOCK_NOW;
  const env: Record<string, string> = { NODE_ENV: E2E_NODE_ENV, ...options.env };
  // Production refuses to start without a proper signing key (README "Settings"): each server gets its own.
  if (env.NODE_ENV === 'production') env.JWT_SECRET ??= randomBytes(48).toString('base64');
  Object.assign(process.env, env);
  const settings = readSettings({
    ...process.env,
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: options.seedDemo ? 'true' : 'false',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    SQL_COUNT_HEADER: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // The caller's settings win, NODE_ENV=production included.
    ...env,
  });
  const server = await startServer(settings);
  process.env = saved;
  const db = new Pool({ connectionString: database.url, max: 2 });
  const client = new GraphqlClient(`${server.url}/graphql`, null);
  let admin: string | null = null;

  const login = async (email: string, password: string) => {
    const result = await client.request(
      graphql(`mutation TestServerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`),
      { email, password },
    );
    if (!result.data) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };

  return {
    url: server.url,
    client,
    as: (token) => new GraphqlClient(`${server.url}/graphql`, token),
    login,
    adminToken: async () => (admin ??= await login(ADMIN_EMAIL, ADMIN_PASSWORD)),
    db,
    jwtSecret: env.JWT_SECRET ?? null,
    async count(table, where = 'true', params = []) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
      return rows[0].n;
    },
    async close() {
      await db.end();
      await server.close();
      await database.drop();
    },
  };
}
