import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where global setup left the server (embedded or DATABASE_URL) and the migrated template database. */
export interface TestDatabaseInfo {
  /** URL of a maintenance database on the server, for CREATE/DROP DATABASE. */
  adminUrl: string;
  template: string;
}

export const INFO_ENV = 'PDT_TEST_DATABASE';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function testDatabaseInfo(): TestDatabaseInfo {
  const raw = process.env[INFO_ENV];
  if (!raw) throw new Error('The e2e global setup has not run (jest --selectProjects e2e)');
  return JSON.parse(raw) as TestDatabaseInfo;
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testDatabaseInfo().adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one spec file: a copy of the migrated template (fast, and files stay independent). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const info = testDatabaseInfo();
  const name = `pdt_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${info.template}`);
  return {
    url: withDatabase(info.adminUrl, name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
