import { ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
}

/**
 * The API as its own process, run from the TypeScript sources (as `npm start` would run the build),
 * for tests that must kill or signal it, or measure it; `nodeArgs` are Node flags (e.g. the
 * production heap cap of scripts/server-node-flags.js). `built` runs the compiled server, as
 * production does (`npm start`), building it first when it is missing or older than the sources:
 * what production's memory is measured on (running from source adds ~75 MB of compiler).
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000, nodeArgs: string[] = [], built = false): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const entry = built ? [ensureBuilt()] : ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')];
  const child = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => output };
}

/** The exit code once the process has ended (null when a signal ended it). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** dist/apps/api/src/main.js, built (as scripts/start.js does) when missing or older than a source. */
export function ensureBuilt(): string {
  const entry = join(ROOT, 'dist/apps/api/src/main.js');
  const sources = Math.max(newestSource(join(ROOT, 'apps')), newestSource(join(ROOT, 'libs')), statSync(join(ROOT, 'package.json')).mtimeMs);
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources) execSync('npx nest build api', { cwd: ROOT, stdio: 'ignore' });
  return entry;
}
