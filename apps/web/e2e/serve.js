#!/usr/bin/env node
/**
 * The server the browser tests drive: the real API from its TypeScript sources, serving apps/web's
 * build, on an embedded PostgreSQL in a fresh folder with the demo loaded (or on DATABASE_URL's
 * server when set: give it an empty database). Stops the database cleanly on SIGTERM.
 */
const { spawn } = require('node:child_process');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'pdt-web-e2e-'));
chmodSync(dir, 0o755);
const child = spawn(process.execPath, ['-r', '@swc-node/register', join(root, 'apps/api/src/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATA_DIR: join(dir, 'data'),
    PORT: process.env.WEB_E2E_PORT ?? '3917',
    HOST: '127.0.0.1',
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SQL_COUNT_HEADER: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
