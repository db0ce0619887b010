import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
// Relative imports of the two modules needed, on purpose: global setup runs outside jest's module
// registry (with --runInBand, in the same process), so loading the feature libraries here would
// register their GraphQL and ORM metadata a second time, against other module instances.
import { startEmbeddedPostgres } from '../../libs/db/src/embedded-postgres';
import { MIGRATIONS } from '../../libs/db/src/migrations';
import { adminQuery, INFO_ENV, TestDatabaseInfo, withDatabase } from './test-database';

declare global {
  var __PDT_EMBEDDED__: { stop(): Promise<void> } | undefined;
}

/**
 * Starts PostgreSQL once for the whole e2e run (the embedded one, or the server in DATABASE_URL),
 * and runs the real migrations into a template database that each spec file copies.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'pdt-e2e-'));
    chmodSync(dir, 0o755); // the postgres user must reach the data folder when running as root
    const embedded = await startEmbeddedPostgres(join(dir, 'data'));
    globalThis.__PDT_EMBEDDED__ = embedded;
    adminUrl = embedded.url;
  }
  const template = `pdt_template_${process.pid}`;
  const info: TestDatabaseInfo = { adminUrl, template };
  process.env[INFO_ENV] = JSON.stringify(info);

  await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(`CREATE DATABASE ${template}`);
  const ds = new DataSource({ type: 'postgres', url: withDatabase(adminUrl, template), migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    await ds.runMigrations();
  } finally {
    await ds.destroy();
  }
}
