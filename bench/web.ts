/**
 * `npm run bench:web`: the board dashboard of a 150-action plan in headless Chromium (Debian's), against the
 * compiled server with production settings on the dataset `npm run bench:data` loaded (plan 1, as of
 * the last quarter end, changes since the one before). Prints, cold and warm:
 * - JavaScript transferred for the first page (compressed bytes on the wire; budget 200 KB),
 * - time from navigation start to the dashboard's figures being visible (budget 1.0 s warm, 1.5 s cold),
 * - the server's SQL statements per page view (the `x-sql-statements` of its GraphQL responses).
 * Cold: a new browser context (nothing cached) whose requests carry `Cache-Control: no-cache`, so the
 * server computes every read. Warm: a context that has loaded the page once (assets from the browser's
 * cache, reads from the server's response cache). Figures only: nothing here fails on a time.
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from '@playwright/test';
import { Client } from 'pg';
import { BENCH_PASSWORD, benchEmails, benchIds, DATASET_TODAY, openBenchDatabase, PARTNERSHIPS, REPORT_AS_OF, REPORT_SINCE } from './bench-database';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const SERVER_NODE_FLAGS = require('../scripts/server-node-flags') as string[];

function newest(dir: string, ext: RegExp): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = e.name === 'node_modules' || e.name === 'dist' ? t : Math.max(t, newest(p, ext));
    else if (ext.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt(): string {
  const entry = join(ROOT, 'dist/apps/api/src/main.js');
  if (!existsSync(entry) || statSync(entry).mtimeMs < Math.max(newest(join(ROOT, 'apps/api'), /\.ts$/), newest(join(ROOT, 'libs'), /\.ts$/))) {
    console.error('building the server (npx nest build api)...');
    execSync('npx nest build api', { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const index = join(ROOT, 'apps/web/dist/index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < newest(join(ROOT, 'apps/web/src'), /\.(ts|tsx|scss)$/)) {
    console.error('building the web app (npm run build:web)...');
    execSync('npm run build:web', { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return entry;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the server exited before it was ready');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready');
}

interface View {
  jsBytes: number;
  jsRequests: number;
  figuresMs: number;
  statements: number;
  graphqlRequests: number;
}

/** One page view: navigation to the dashboard until its headline figures are visible. */
async function view(context: BrowserContext, url: string): Promise<View> {
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const v: View = { jsBytes: 0, jsRequests: 0, figuresMs: 0, statements: 0, graphqlRequests: 0 };
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() === 'script') {
      pending.push(
        request.sizes().then((s) => {
          // From the browser's cache: nothing on the wire.
          if (response.fromServiceWorker() || response.status() === 304) return;
          v.jsBytes += s.responseBodySize + s.responseHeadersSize;
          if (s.responseBodySize > 0) v.jsRequests += 1;
        }),
      );
    }
    if (request.url().endsWith('/graphql')) {
      v.graphqlRequests += 1;
      v.statements += Number(response.headers()['x-sql-statements'] ?? 0);
    }
  });
  await page.goto(url);
  await page.locator('[data-figure="Actions"] .pdt-figure__value').waitFor({ state: 'visible' });
  v.figuresMs = await page.evaluate(() => performance.now());
  if (process.env.BENCH_WEB_DEBUG) {
    const entries = await page.evaluate(() =>
      performance
        .getEntries()
        .map(
          (e) =>
            `${e.entryType} ${e.name.replace((globalThis as unknown as { location: { origin: string } }).location.origin, '')} start ${e.startTime.toFixed(0)} end ${(e.startTime + e.duration).toFixed(0)}`,
        ),
    );
    console.error(`figures at ${v.figuresMs.toFixed(0)} ms\n  ${entries.join('\n  ')}`);
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return v;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  const runs = Math.max(1, Number(values.runs));
  const entry = ensureBuilt();
  const db = await openBenchDatabase();
  let server: ChildProcess | null = null;
  try {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM partnership WHERE slug LIKE 'bench-%'`).catch(() => ({ rows: [{ n: 0 }] }));
    await admin.end();
    const scale = Object.entries(PARTNERSHIPS).find(([, n]) => n === rows[0].n)?.[0];
    if (!scale) throw new Error(`No bench dataset found (${rows[0].n} bench partnerships). Run \`npm run bench:data -- --scale S|M|L\` first.`);

    const port = await freePort();
    server = spawn(process.execPath, [...SERVER_NODE_FLAGS, entry], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        SQL_COUNT_HEADER: 'true',
        DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        CLOCK_NOW: `${DATASET_TODAY}T12:00:00Z`,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/health`, server);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const signedIn = async (extraHTTPHeaders?: Record<string, string>) => {
      const context = await browser.newContext({ baseURL: base, extraHTTPHeaders });
      const r = await context.request.post('/api/session', {
        data: { email: benchEmails.board(1), password: BENCH_PASSWORD },
        headers: { 'x-requested-with': 'bench' },
      });
      if (!r.ok()) throw new Error(`sign-in failed: ${r.status()} ${await r.text()}`);
      return context;
    };
    const url = `/plans/${benchIds.plan(1)}?asOf=${REPORT_AS_OF}&since=${REPORT_SINCE}`;
    console.error(`bench:web: scale ${scale}, plan 1 (150 actions), ${runs} runs each, dashboard as of ${REPORT_AS_OF} since ${REPORT_SINCE}`);

    const cold: View[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await signedIn({ 'cache-control': 'no-cache' });
      cold.push(await view(context, url));
      await context.close();
    }
    const warmContext = await signedIn();
    await view(warmContext, url); // fills the browser's and the server's caches
    const warm: View[] = [];
    for (let i = 0; i < runs; i++) warm.push(await view(warmContext, url));
    await warmContext.close();
    await browser.close();

    const row = (name: string, vs: View[]) =>
      `| ${name} | ${(median(vs.map((v) => v.jsBytes)) / 1024).toFixed(1)} KB in ${median(vs.map((v) => v.jsRequests))} file(s) | ${median(vs.map((v) => v.figuresMs)).toFixed(0)} ms | ${max(vs.map((v) => v.figuresMs)).toFixed(0)} ms | ${median(vs.map((v) => v.statements))} in ${median(vs.map((v) => v.graphqlRequests))} request(s) |`;
    const table = [
      `Board dashboard, scale ${scale}, headless Chromium on loopback, median of ${runs} page views`,
      '',
      '| cache | JavaScript transferred | figures visible (median) | (slowest) | SQL statements per page view |',
      '| --- | --- | --- | --- | --- |',
      row('cold', cold),
      row('warm', warm),
    ].join('\n');
    console.log(table);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `web-${scale}.json`), `${JSON.stringify({ scale, runs, at: new Date().toISOString(), cold, warm }, null, 2)}\n`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
