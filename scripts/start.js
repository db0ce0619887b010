#!/usr/bin/env node
/**
 * `npm start`: builds the server when the build is missing or older than any source file, then runs
 * it, and the reporting rounds worker beside it. Keeps `npm install && npm start` a two-command start
 * on a bare machine.
 */
const { execSync, spawn } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/api/src/main.js');

function newestSource(dir, extensions = ['.ts']) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) {
      if (name.name !== 'node_modules' && name.name !== 'dist') newest = Math.max(newest, newestSource(path, extensions));
    } else if (extensions.some((ext) => name.name.endsWith(ext))) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

// The web app (apps/web), served by the server at `/`: built when missing or older than its sources.
const webIndex = join(root, 'apps/web/dist/index.html');
const webSources = Math.max(
  newestSource(join(root, 'apps/web/src'), ['.ts', '.tsx', '.scss']),
  statSync(join(root, 'apps/web/index.html')).mtimeMs,
  statSync(join(root, 'apps/web/vite.config.ts')).mtimeMs,
  statSync(join(root, 'package.json')).mtimeMs,
);
if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < webSources) {
  console.log('Building the web app (first start, or sources changed)...');
  execSync('npx vite build --config apps/web/vite.config.ts --logLevel error', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  execSync(`"${process.execPath}" scripts/compress-web.js`, { cwd: root, stdio: 'inherit' });
}

const sources = Math.max(newestSource(join(root, 'apps/api')), newestSource(join(root, 'libs')), statSync(join(root, 'package.json')).mtimeMs);
if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
  console.log('Building the server (first start, or sources changed)...');
  execSync('npx nest build api', { cwd: root, stdio: 'inherit' });
}

// Two malloc arenas, as the Dockerfile sets: memory the server's threads free is reused.
const env = { MALLOC_ARENA_MAX: '2', ...process.env };
const child = spawn(process.execPath, [...require('./server-node-flags'), entry, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
// The worker (reporting rounds' e-mail) beside it, once the API is up: the API runs the migrations and,
// without DATABASE_URL, starts the embedded database the worker then uses. WORKER=false leaves it out.
let worker = null;
if (process.env.WORKER !== 'false') {
  const workerEntry = join(root, 'dist/apps/worker/src/main.js');
  const health = `http://127.0.0.1:${process.env.PORT ?? 3000}/health`;
  const startWorker = async () => {
    for (let i = 0; i < 240; i++) {
      const up = await fetch(health).then(
        (r) => r.ok,
        () => false,
      );
      if (up) {
        worker = spawn(process.execPath, [workerEntry], { cwd: root, stdio: 'inherit', env });
        worker.on('exit', (code, signal) => {
          if (!stopping) console.error(`Worker stopped (${signal ?? code}); the API keeps running. Restart with npm start.`);
        });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.error('The API did not become healthy within two minutes: the worker was not started.');
  };
  startWorker();
}

// Forward stop signals so the server can finish requests and stop its database cleanly.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    worker?.kill(signal);
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  stopping = true;
  worker?.kill('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
