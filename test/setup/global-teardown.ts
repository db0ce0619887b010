import { adminQuery, testDatabaseInfo } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${testDatabaseInfo().template} WITH (FORCE)`).catch(() => undefined);
  await globalThis.__PDT_EMBEDDED__?.stop();
}
