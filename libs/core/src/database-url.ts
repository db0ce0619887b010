import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Settings, SettingsError } from '@app/config';

/** The file in DATA_DIR where the API writes its embedded database's URL once migrated (apps/api/src/server.ts). */
export const EMBEDDED_DATABASE_URL_FILE = 'embedded-database-url';

/**
 * The database of an app that does not start one itself (the worker, a command): DATABASE_URL, or
 * the embedded database the API started in DATA_DIR, waited for up to `waitMs` so `npm start` can
 * start the API and the worker at once.
 */
export async function databaseUrlOf(settings: Settings, waitMs: number): Promise<string> {
  if (settings.databaseUrl) return settings.databaseUrl;
  const file = join(settings.dataDir, EMBEDDED_DATABASE_URL_FILE);
  for (let waited = 0; ; waited += 500) {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    if (waited >= waitMs) break;
    await sleep(500);
  }
  throw new SettingsError(`No DATABASE_URL and no embedded database URL in ${file}: start the API first (npm start), or set DATABASE_URL`);
}
