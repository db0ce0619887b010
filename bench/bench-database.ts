import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@app/db';

/** Where `bench:data` keeps its embedded PostgreSQL and the description of what it loaded. */
export const BENCH_DIR = resolve(__dirname, '..', '.bench-data');
const MANIFEST = join(BENCH_DIR, 'bench.json');

export type Scale = 'S' | 'M' | 'L';

/** Partnerships per scale (the sizes): 150 actions, 600 milestones and 3,600 updates each. */
export const PARTNERSHIPS: Record<Scale, number> = { S: 1, M: 30, L: 300 };

/**
 * The generated data's "today". Fixed, so a dataset means the same figures whenever it is measured:
 * the server runs with `CLOCK_NOW` at noon of this day, and the board report is asked as of the
 * last quarter end with `since` the one before.
 */
export const DATASET_TODAY = '2026-10-15';
export const REPORT_AS_OF = '2026-09-30';
export const REPORT_SINCE = '2026-06-30';
export const BENCH_PASSWORD = 'bench-password';

/** Ids are derived from numbers (md5 → uuid) both in the generator's SQL and here, so the bench needs no look-ups. */
export const benchIds = {
  partnership: (n: number) => md5Uuid(`p${n}`),
  plan: (n: number) => md5Uuid(`d${n}`),
  agency: (n: number, j: number) => md5Uuid(`a${n}.${j}`),
  action: (n: number, k: number) => md5Uuid(`x${n}.${k}`),
};
export const benchEmails = {
  coordinator: (n: number) => `bench.${n}.coordinator@example.org`,
  board: (n: number) => `bench.${n}.board@example.org`,
};

function md5Uuid(text: string): string {
  // Same as PostgreSQL's md5(text)::uuid.
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Manifest {
  scale: Scale;
  partnerships: number;
  database: 'embedded' | 'DATABASE_URL';
  loadedAt: string;
  loadSeconds: number;
  rows: Record<string, number>;
}

export function readManifest(): Manifest | null {
  return existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest) : null;
}

export function writeManifest(manifest: Manifest): void {
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

export interface BenchDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Server settings for the bench's own embedded PostgreSQL, kept in its postgresql.auto.conf: what
 * anyone would give a server hosting every partnership in the country (the embedded default of
 * 128 MB of shared buffers is sized for a laptop demo), and a WAL budget that lets the bulk load
 * run without a checkpoint every few seconds. A server given through DATABASE_URL is left as it is.
 */
const SERVER_SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  max_wal_size: '8GB',
  effective_cache_size: '8GB',
};

/**
 * The bench's database: DATABASE_URL when set, else the embedded PostgreSQL kept in `.bench-data/`
 * (started on a free loopback port, stopped by `stop`). `bench:data` and `bench` both come here, so
 * `npm run bench` finds what `npm run bench:data` loaded.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dataDir = join(BENCH_DIR, 'pg');
  let db = await startEmbeddedPostgres(dataDir);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  let restart = false;
  try {
    for (const [name, value] of Object.entries(SERVER_SETTINGS)) {
      // PostgreSQL prints these settings in the units used above ('1GB'), so a plain comparison holds.
      const { rows } = await client.query<{ same: boolean }>('SELECT current_setting($1) = $2 AS same', [name, value]);
      if (rows[0].same) continue;
      await client.query(`ALTER SYSTEM SET ${name} = '${value}'`); // names and values are the constants above
      restart = true;
    }
  } finally {
    await client.end();
  }
  if (restart) {
    await db.stop();
    db = await startEmbeddedPostgres(dataDir);
  }
  return { url: db.url, embedded: true, stop: () => db.stop() };
}
