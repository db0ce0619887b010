import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
 * The API as its own process, for tests that must kill or signal it, or measure it. `nodeFlags` are
 * Node flags (e.g. production's heap cap in scripts/server-node-flags.js); `built` runs the compiled
 * server as production does (`npm start`), else the TypeScript sources.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000, nodeFlags: string[] = [], built = false): Promise<ServerProcess> {
  const entry = built ? [ensureBuilt()] : ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')];
  return startProcess([...nodeFlags, ...entry], env, timeoutMs);
}

/**
 * The compiled server with the Node flags production runs it with: what a deployment runs, for
 * tests that measure its memory. (Run from the TypeScript sources, the compiler in the process adds ~100 MB.)
 */
export async function spawnBuiltServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const flags = require('../../scripts/server-node-flags') as string[];
  return spawnServer(env, timeoutMs, flags, true);
}

/** dist/apps/api/src/main.js, built first (as scripts/start.js does) when missing or older than a source. */
export function ensureBuilt(): string {
  const entry = join(ROOT, 'dist/apps/api/src/main.js');
  if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource()) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT, stdio: 'ignore' });
  }
  return entry;
}

function newestSource(dir = ROOT, depth = 0): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (depth === 0 && !['apps', 'libs', 'package.json'].includes(name.name)) continue;
    const path = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(path, depth + 1));
    else if (name.name.endsWith('.ts') || name.name === 'package.json') newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function startProcess(args: string[], env: Record<string, string>, timeoutMs: number): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
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

/** The process's resident memory in MB (VmRSS in /proc/<pid>/status; Linux). */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb[1]) / 1024;
}
