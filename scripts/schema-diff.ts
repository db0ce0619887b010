/**
 * Prints the SQL TypeORM's schema builder would run to make a freshly migrated database match the
 * entities. Empty output means the migrations and the entities agree. Used when writing a migration:
 * `node -r @swc-node/register scripts/schema-diff.ts`.
 */
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, startEmbeddedPostgres } from '@app/db';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pdt-schema-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres(join(dir, 'data'));
  const ds = new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? db.url));
  try {
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries) console.log(`${q.query};`);
  } finally {
    await ds.destroy();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
