#!/usr/bin/env node
/**
 * `npm start`: builds the server when the build is missing or older than any source file, then runs
 * it. Keeps `npm install && npm start` a two-command start on a bare machine.
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
  execSync('npx vite build --config apps/web/vite.config.ts --logLevel error', { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
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
// Forward stop signals so the server can finish requests and stop its database cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
