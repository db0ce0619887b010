/**
 * `npm run bench`: the real server (production settings) against the dataset of `bench:data`,
 * driven over HTTP on loopback by autocannon; the board report's hand-written SQL floor sent with
 * pg from this process; and PostGraphile v5 as the peer for the nested plan read and the actions
 * page. Prints a markdown table and writes bench/out/results-<scale>.json (results-<scale>-only-….json
 * for a partial run). A benchmark, not a test: it asserts nothing about speed, it measures.
 *
 * Options: --duration <s> (each measured run, default 10), --warmup <s> (before each, default 2),
 * --only <list> (scenario numbers, e.g. 1,3; default all: the summary then checks only what ran).
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import {
  benchEmails,
  benchIds,
  BENCH_PASSWORD,
  DATASET_TODAY,
  openBenchDatabase,
  PARTNERSHIPS,
  readManifest,
  REPORT_AS_OF,
  REPORT_SINCE,
  Scale,
} from './bench-database';
import {
  ACTIONS_PAGE,
  BOARD_REPORT,
  LOGIN,
  PEER_ACTIONS_BY_AGENCY,
  PEER_ACTIONS_BY_OBJECTIVE,
  PEER_ACTIONS_EARLIEST_DUE,
  PEER_WHOLE_PLAN,
  REPORT_PROGRESS,
  WHOLE_PLAN,
} from './documents';
import { FLOOR_BOARD_REPORT_SQL } from './floor.sql';

const ROOT = resolve(__dirname, '..');
// A CommonJS list, shared with scripts/start.js.
const SERVER_NODE_FLAGS = require('../scripts/server-node-flags') as string[];
const OUT = join(ROOT, 'bench', 'out');
const READONLY_ROLE = 'bench_readonly';

interface RunResult {
  scenario: string;
  target: 'api' | 'floor' | 'postgraphile';
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Statements per request from `x-sql-statements` (min and max over every response); null where not reported. */
  sqlMin: number | null;
  sqlMax: number | null;
  /** Peak resident memory of the serving process during the run (MB); null for the floor. */
  peakRssMb: number | null;
}

interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Processes

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Production runs the compiled server: build it when missing or older than a source (as `npm start` does). */
function ensureBuilt(): string {
  const entry = join(ROOT, 'dist/apps/api/src/main.js');
  const sources = Math.max(newestMtime(join(ROOT, 'apps')), newestMtime(join(ROOT, 'libs')));
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
    console.error('building the server (npx nest build api)...');
    execSync('npx nest build api', { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return entry;
}

async function waitFor(url: string, init: RequestInit, child: ChildProcess, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(url, init);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process, sampled from /proc (Linux): current and the kernel's high-water mark. */
function memoryOf(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every 100 ms; `take()` returns the peak since the last call. */
function rssSampler(pid: number) {
  let peak = 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m) peak = Math.max(peak, m.rssMb);
  }, 100);
  timer.unref();
  return {
    take(): number {
      const m = memoryOf(pid);
      const value = Math.max(peak, m?.rssMb ?? 0);
      peak = 0;
      return value;
    },
    stop: () => clearInterval(timer),
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(latencies: number[]): { p50: number; p95: number; p99: number } {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  return { p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99) };
}

/** Anything GraphQL reports as an error, whatever the HTTP status. */
function graphqlFailed(status: number, body: string): boolean {
  return status !== 200 || body.includes('"errors":[');
}

interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Cycled in order by every connection. */
  requests: (GraphqlRequest | (() => GraphqlRequest))[];
}

/** One autocannon run; latencies are taken per response (autocannon's histogram has no p95). */
async function load(options: LoadOptions): Promise<Omit<RunResult, 'scenario' | 'target' | 'peakRssMb'>> {
  const latencies: number[] = [];
  let failures = 0;
  let sqlMin: number | null = null;
  let sqlMax: number | null = null;
  const headers = { 'content-type': 'application/json', ...options.headers };
  let instance: autocannon.Instance;
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
  instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 30,
    requests: options.requests.map((request) => ({
      method: 'POST' as const,
      headers,
      ...(typeof request === 'function'
        ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(request()) }) }
        : { body: JSON.stringify(request) }),
      onResponse: (status: number, body: string, _context: object, responseHeaders?: Record<string, string | string[] | undefined>) => {
        if (graphqlFailed(status, body)) failures += 1;
        const sql = responseHeaders?.['x-sql-statements'];
        if (typeof sql === 'string') {
          const n = Number(sql);
          sqlMin = sqlMin === null ? n : Math.min(sqlMin, n);
          sqlMax = sqlMax === null ? n : Math.max(sqlMax, n);
        }
      },
    })),
  }, (error, done) => (error ? reject(error as Error) : resolveRun(done)));
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: latencies.length,
    rps: latencies.length / options.seconds,
    ...summarise(latencies),
    errors: failures + result.errors + result.timeouts,
    sqlMin,
    sqlMax,
  };
}

/** The floor: `callers` loops each sending the statement and waiting for its answer, for `seconds`. */
async function floorLoad(pool: Pool, callers: number, seconds: number, params: unknown[]): Promise<Omit<RunResult, 'scenario' | 'target' | 'peakRssMb'>> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          // Unnamed, so planned for its parameters each time: a prepared statement's generic plan
          // (chosen after five runs) is several times slower for this query.
          await pool.query(FLOOR_BOARD_REPORT_SQL, params);
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { connections: callers, seconds, requests: latencies.length, rps: latencies.length / seconds, ...summarise(latencies), errors, sqlMin: 1, sqlMax: 1 };
}

async function graphql<T>(url: string, request: GraphqlRequest, token?: string): Promise<{ data: T; statements: number | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`${request.query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? res.status).slice(0, 500)}`);
  const header = res.headers.get('x-sql-statements');
  return { data: body.data as T, statements: header === null ? null : Number(header) };
}

// ---------------------------------------------------------------------------------------------
// The floor against the API: the same figures?

interface ApiBoardReport {
  overall: Record<string, unknown>;
  byPillar: { pillar: string; rollUp: Record<string, unknown> }[];
  byObjective: { objective: { code: string }; rollUp: Record<string, unknown> }[];
  byAgency: { agency: { name: string }; rollUp: Record<string, unknown> }[];
  overdueActions: { ref: string; ragReasons: string[] }[];
  overdueMilestones: { action: { ref: string }; daysOverdue: number }[];
  dueSoon: { ref: string }[];
  staleActions: { ref: string; rag: string }[];
  changes: { ref: string; ragBefore: string | null; ragAfter: string | null }[];
  updatesSince: { narrative: string }[];
}

/** The floor's board report (FLOOR_BOARD_REPORT_SQL's JSON), in its own field names. */
interface FloorBoardReport {
  overall?: Record<string, unknown> | null;
  byPillar?: { pillar: string; rollUp: Record<string, unknown> | null }[];
  byObjective?: { code: string; rollUp: Record<string, unknown> | null }[];
  byAgency?: { agency: string; rollUp: Record<string, unknown> | null }[];
  overdueActions?: { ref: string; ragReasons: string[] }[];
  overdueMilestones?: { ref: string; daysOverdue: number }[];
  dueSoon?: { ref: string }[];
  staleActions?: { ref: string; rag: string }[];
  changes?: { ref: string; ragBefore: string | null; ragAfter: string | null }[];
  updatesSince?: { narrative: string }[];
}

/** Compares what the floor computed with what the API answered, figure by figure; returns the differences. */
function compareWithFloor(api: ApiBoardReport, floor: FloorBoardReport): string[] {
  const differences: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${what}: api ${JSON.stringify(a).slice(0, 120)} floor ${JSON.stringify(b).slice(0, 120)}`);
  };
  const empty = { total: 0, cancelled: 0, completed: 0, overdue: 0, dueSoon: 0, stale: 0, progress: 0, byStatus: { notStarted: 0, inProgress: 0, onHold: 0, completed: 0 }, byRag: { red: 0, amber: 0, green: 0, blue: 0 } };
  const norm = (r: Record<string, unknown> | null) => JSON.stringify({ ...empty, ...(r ?? {}), progress: Number((r ?? empty).progress) }, Object.keys(empty).concat('notStarted', 'inProgress', 'onHold', 'red', 'amber', 'green', 'blue').sort());
  same('overall', norm(api.overall), norm(floor.overall ?? null));
  same('byPillar', api.byPillar.map((p) => [p.pillar, norm(p.rollUp)]), (floor.byPillar ?? []).map((p) => [p.pillar, norm(p.rollUp)]));
  same('byObjective', api.byObjective.map((o) => [o.objective.code, norm(o.rollUp)]), (floor.byObjective ?? []).map((o) => [o.code, norm(o.rollUp)]));
  same('byAgency', api.byAgency.map((a) => [a.agency.name, norm(a.rollUp)]), (floor.byAgency ?? []).map((a) => [a.agency, norm(a.rollUp)]));
  same('overdueActions', api.overdueActions.map((r) => [r.ref, r.ragReasons]), (floor.overdueActions ?? []).map((r) => [r.ref, r.ragReasons]));
  same('overdueMilestones', api.overdueMilestones.map((m) => [m.action.ref, m.daysOverdue]), (floor.overdueMilestones ?? []).map((m) => [m.ref, m.daysOverdue]));
  same('dueSoon', api.dueSoon.map((r) => r.ref), (floor.dueSoon ?? []).map((r) => r.ref));
  same('staleActions', api.staleActions.map((r) => [r.ref, r.rag]), (floor.staleActions ?? []).map((r) => [r.ref, r.rag]));
  same('changes', api.changes.map((c) => [c.ref, c.ragBefore, c.ragAfter]), (floor.changes ?? []).map((c) => [c.ref, c.ragBefore, c.ragAfter]));
  same('updatesSince', api.updatesSince.map((u) => u.narrative), (floor.updatesSince ?? []).map((u) => u.narrative));
  return differences;
}

// ---------------------------------------------------------------------------------------------
// Output

const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));

function table(results: RunResult[]): string {
  const lines = [
    '| scenario | served by | callers | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | peak RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const sql = r.sqlMin === null ? '–' : r.sqlMin === r.sqlMax ? String(r.sqlMin) : `${r.sqlMin}–${r.sqlMax}`;
    lines.push(`| ${r.scenario} | ${r.target} | ${r.connections} | ${fmt(r.rps, 0)} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${r.errors} | ${sql} | ${fmt(r.peakRssMb, 0)} |`);
  }
  return lines.join('\n');
}

interface Check {
  target: string;
  value: string;
  met: boolean | null;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '10' }, warmup: { type: 'string', default: '2' }, only: { type: 'string', default: '1,2,3,4' } },
  });
  const only = new Set(String(values.only).split(',').map((s) => s.trim()));
  const seconds = Number(values.duration);
  const warmup = Number(values.warmup);
  mkdirSync(OUT, { recursive: true });
  const startedAt = new Date();
  const loadBefore = loadavg();

  const entry = ensureBuilt();
  const db = await openBenchDatabase();
  const children: ChildProcess[] = [];
  const pool = new Pool({ connectionString: db.url, max: 16, application_name: 'bench-floor' });
  try {
    // What is there: the scale is what the database holds, whatever the manifest says.
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    const { rows: counted } = await admin.query<{ n: number; server: string }>(`SELECT count(*)::int AS n, current_setting('server_version') AS server FROM partnership WHERE slug LIKE 'bench-%'`).catch(() => ({ rows: [{ n: 0, server: '' }] }));
    const partnerships = counted[0].n;
    const scale = (Object.entries(PARTNERSHIPS).find(([, n]) => n === partnerships)?.[0] ?? null) as Scale | null;
    if (!scale) throw new Error(`No bench dataset found (${partnerships} bench partnerships). Run \`npm run bench:data -- --scale S|M|L\` first.`);
    // The peer reads through a role that can only SELECT, and only the planning tables (no accounts' hashes, no secrets).
    const readonlyPassword = randomBytes(12).toString('hex');
    await admin.query(`DO $$ BEGIN CREATE ROLE ${READONLY_ROLE} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await admin.query(`ALTER ROLE ${READONLY_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${readonlyPassword}'`);
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${READONLY_ROLE}`);
    await admin.query(
      `GRANT SELECT ON partnership, agency, partnership_agency, strategy, objective, delivery_plan, action, action_supporting_agency, milestone, progress_update TO ${READONLY_ROLE}`,
    );
    await admin.query(`GRANT SELECT (id, name, agency_id) ON user_account TO ${READONLY_ROLE}`);
    await admin.end();
    const peerUrl = new URL(db.url);
    peerUrl.username = READONLY_ROLE;
    peerUrl.password = readonlyPassword;

    console.error(`bench: scale ${scale} (${partnerships} partnerships), ${seconds} s per run after ${warmup} s of warm-up, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

    // --- our server ---------------------------------------------------------------------------
    const apiPort = await freePort();
    const apiLog = createWriteStream(join(OUT, `server-${scale}.log`));
    // Started as `npm start` starts it: the same Node flags, the compiled server.
    const api = spawn(process.execPath, [...SERVER_NODE_FLAGS, entry], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        SQL_COUNT_HEADER: 'true',
        DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        // The dataset's today, so "as of today" figures are the same at every run.
        CLOCK_NOW: `${DATASET_TODAY}T12:00:00Z`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(api);
    api.stdout.pipe(apiLog);
    api.stderr.pipe(apiLog);
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    await waitFor(`http://127.0.0.1:${apiPort}/health`, {}, api, 'the API server');
    const apiRss = rssSampler(api.pid!);

    const n1 = 1;
    const nLast = partnerships;
    const plan = benchIds.plan(n1);
    const board = (await graphql<{ login: { token: string } }>(apiUrl, { query: LOGIN, variables: { email: benchEmails.board(n1), password: BENCH_PASSWORD } })).data.login.token;
    const coordinator = (await graphql<{ login: { token: string } }>(apiUrl, { query: LOGIN, variables: { email: benchEmails.coordinator(nLast), password: BENCH_PASSWORD } })).data.login.token;
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });

    const boardRequest: GraphqlRequest = { query: BOARD_REPORT, variables: { plan, asOf: REPORT_AS_OF, since: REPORT_SINCE } };
    // Three filters in turn: overdue, a pillar, a lead agency (the council, which leads the most).
    const actionRequests: GraphqlRequest[] = [
      { query: ACTIONS_PAGE, variables: { plan, filter: { overdue: true } } },
      { query: ACTIONS_PAGE, variables: { plan, filter: { pillar: 'PROTECT' } } },
      { query: ACTIONS_PAGE, variables: { plan, filter: { leadAgencyId: benchIds.agency(n1, 1) } } },
    ];
    const wholePlanRequest: GraphqlRequest = { query: WHOLE_PLAN, variables: { id: plan } };
    // Writes go to the last partnership's plan (the reads use the first), one action after another.
    let writeCounter = 0;
    const writeRequest = (): GraphqlRequest => {
      writeCounter += 1;
      return {
        query: REPORT_PROGRESS,
        variables: {
          input: {
            actionId: benchIds.action(nLast, 1 + (writeCounter % 150)),
            narrative: `Bench return ${writeCounter}: partners met, figures in the annex.`,
            percentComplete: 50,
            status: 'IN_PROGRESS',
            rag: 'GREEN',
          },
        },
      };
    };

    // One answer of each, checked, before load.
    const sample = await graphql<{ boardReport: ApiBoardReport }>(apiUrl, boardRequest, board);
    const actionsSample = await graphql<{ actions: { edges: unknown[]; totalCount: number } }>(apiUrl, actionRequests[0], board);
    const planSample = await graphql<{ deliveryPlan: { actions: unknown[] } }>(apiUrl, wholePlanRequest, board);
    if (planSample.data.deliveryPlan.actions.length !== 150) throw new Error('the whole-plan read did not return 150 actions');
    const floorSample = JSON.parse((await pool.query<{ report: string }>(FLOOR_BOARD_REPORT_SQL, [plan, REPORT_AS_OF, REPORT_SINCE])).rows[0].report) as FloorBoardReport;
    const differences = compareWithFloor(sample.data.boardReport, floorSample);
    const report = sample.data.boardReport;
    console.error(
      `board report of plan 1: ${report.overdueActions.length} overdue, ${report.overdueMilestones.length} overdue milestones, ${report.dueSoon.length} due soon, ` +
        `${report.staleActions.length} stale, ${report.changes.length} changes, ${report.updatesSince.length} updates since; floor ${differences.length === 0 ? 'agrees' : `DIFFERS:\n  ${differences.join('\n  ')}`}`,
    );
    console.error(`actions page (overdue): ${actionsSample.data.actions.edges.length} of ${actionsSample.data.actions.totalCount}`);

    const results: RunResult[] = [];
    // Cold: every request asks for a fresh response (`Cache-Control: no-cache`), so each is computed.
    // Warm: the same requests as a board's readers send them, served from the response cache.
    const runApi = async (scenario: string, connections: number, token: string, requests: LoadOptions['requests'], cache: 'cold' | 'warm' = 'cold') => {
      const headers = cache === 'cold' ? { ...auth(token), 'cache-control': 'no-cache' } : auth(token);
      if (cache === 'warm') scenario = `${scenario} (warm)`;
      await load({ url: apiUrl, connections, seconds: warmup, headers, requests });
      apiRss.take();
      const r = await load({ url: apiUrl, connections, seconds, headers, requests });
      results.push({ scenario, target: 'api', ...r, peakRssMb: apiRss.take() });
      console.error(`  ${scenario} c${connections}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, errors ${r.errors}`);
    };
    const runFloor = async (scenario: string, callers: number) => {
      const params = [plan, REPORT_AS_OF, REPORT_SINCE];
      await floorLoad(pool, callers, warmup, params);
      const r = await floorLoad(pool, callers, seconds, params);
      results.push({ scenario, target: 'floor', ...r, peakRssMb: null });
      console.error(`  ${scenario} (floor) c${callers}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms`);
    };

    if (only.has('1')) {
      await runApi('1. board report', 1, board, [boardRequest]);
      await runApi('1. board report', 1, board, [boardRequest], 'warm');
      await runFloor('1. board report', 1);
      await runApi('1. board report', 16, board, [boardRequest]);
      await runApi('1. board report', 16, board, [boardRequest], 'warm');
      await runFloor('1. board report', 16);
    }
    if (only.has('2')) {
      await runApi('2. actions page', 16, board, actionRequests);
      await runApi('2. actions page', 16, board, actionRequests, 'warm');
    }
    if (only.has('3')) {
      await runApi('3. whole plan', 16, board, [wholePlanRequest]);
      await runApi('3. whole plan', 16, board, [wholePlanRequest], 'warm');
    }
    const writeSample = await graphql(apiUrl, writeRequest(), coordinator);
    if (only.has('4')) await runApi('4. reportProgress', 16, coordinator, [writeRequest]);
    const apiHwm = memoryOf(api.pid!)?.hwmMb ?? null;
    apiRss.stop();
    await stopChild(api);
    await pool.end();

    // --- the peer -----------------------------------------------------------------------------
    const peerPort = await freePort();
    const peerLog = createWriteStream(join(OUT, `postgraphile-${scale}.log`));
    const peer = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'bench/peer-postgraphile.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', GRAPHILE_ENV: 'production', PEER_DATABASE_URL: peerUrl.toString(), PORT: String(peerPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(peer);
    peer.stdout.pipe(peerLog);
    peer.stderr.pipe(peerLog);
    const peerUrlHttp = `http://127.0.0.1:${peerPort}/graphql`;
    await waitFor(peerUrlHttp, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }, peer, 'PostGraphile');
    const peerRss = rssSampler(peer.pid!);
    const peerPlan = await graphql<{ deliveryPlanByRowId: { actionsByDeliveryPlanId: { nodes: unknown[] } } }>(peerUrlHttp, { query: PEER_WHOLE_PLAN, variables: { id: plan } });
    if (peerPlan.data.deliveryPlanByRowId.actionsByDeliveryPlanId.nodes.length !== 150) throw new Error('PostGraphile did not return 150 actions');
    const objectiveOfPillar = (await (async () => {
      const c = new Client({ connectionString: db.url });
      await c.connect();
      try {
        return (await c.query<{ id: string }>(`SELECT id FROM objective WHERE strategy_id = (SELECT strategy_id FROM delivery_plan WHERE id = $1) AND pillar = 'PROTECT' ORDER BY position LIMIT 1`, [plan])).rows[0].id;
      } finally {
        await c.end();
      }
    })());
    const peerActionRequests: GraphqlRequest[] = [
      { query: PEER_ACTIONS_EARLIEST_DUE, variables: { plan } },
      { query: PEER_ACTIONS_BY_OBJECTIVE, variables: { plan, objective: objectiveOfPillar } },
      { query: PEER_ACTIONS_BY_AGENCY, variables: { plan, agency: benchIds.agency(n1, 1) } },
    ];
    for (const request of peerActionRequests) await graphql(peerUrlHttp, request);
    const runPeer = async (scenario: string, requests: GraphqlRequest[]) => {
      await load({ url: peerUrlHttp, connections: 16, seconds: warmup, headers: {}, requests });
      peerRss.take();
      const r = await load({ url: peerUrlHttp, connections: 16, seconds, headers: {}, requests });
      results.push({ scenario, target: 'postgraphile', ...r, peakRssMb: peerRss.take() });
      console.error(`  ${scenario} (postgraphile) c16: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, errors ${r.errors}`);
    };
    if (only.has('2')) await runPeer('2. actions page', peerActionRequests);
    if (only.has('3')) await runPeer('3. whole plan', [{ query: PEER_WHOLE_PLAN, variables: { id: plan } }]);
    peerRss.stop();
    await stopChild(peer);

    // --- summary ------------------------------------------------------------------------------
    const find = (scenario: string, target: RunResult['target'], connections: number) =>
      results.find((r) => r.scenario === scenario && r.target === target && r.connections === connections);
    const floor1 = find('1. board report', 'floor', 1);
    const floor16 = find('1. board report', 'floor', 16);
    const actions16 = find('2. actions page', 'api', 16);
    const peerActions16 = find('2. actions page', 'postgraphile', 16);
    const peerPlan16 = find('3. whole plan', 'postgraphile', 16);
    const writes16 = find('4. reportProgress', 'api', 16);
    const ratio = (a: number, b: number) => a / b;

    const checks: Check[] = [];
    for (const cache of ['cold', 'warm'] as const) {
      const name = (scenario: string) => (cache === 'warm' ? `${scenario} (warm)` : scenario);
      const board1 = find(name('1. board report'), 'api', 1);
      const board16 = find(name('1. board report'), 'api', 16);
      const plan16 = find(name('3. whole plan'), 'api', 16);
      if (board1 && floor1 && board16 && floor16) {
        checks.push(
          { target: `board report c1 p50 ≤ 2 × floor c1 p50, ${cache}`, value: `${fmt(board1.p50, 2)} / ${fmt(floor1.p50, 2)} ms = ${fmt(ratio(board1.p50, floor1.p50), 2)}×`, met: ratio(board1.p50, floor1.p50) <= 2 },
          { target: `board report c16 req/s ≥ ½ floor c16 req/s, ${cache}`, value: `${fmt(board16.rps, 0)} / ${fmt(floor16.rps, 0)} = ${fmt(ratio(board16.rps, floor16.rps), 2)}`, met: ratio(board16.rps, floor16.rps) >= 0.5 },
        );
      }
      if (plan16 && peerPlan16) {
        checks.push({
          target: `whole plan c16 req/s ≥ PostGraphile, ${cache}`,
          value: `${fmt(plan16.rps, 0)} / ${fmt(peerPlan16.rps, 0)} = ${fmt(ratio(plan16.rps, peerPlan16.rps), 2)}× (p50 ${fmt(plan16.p50, 1)} vs ${fmt(peerPlan16.p50, 1)} ms = ${fmt(ratio(plan16.p50, peerPlan16.p50), 2)}×)`,
          met: plan16.rps >= peerPlan16.rps,
        });
      }
    }
    if (actions16 && peerActions16) {
      checks.push({
        target: 'actions page c16 vs PostGraphile (no target; see the note on its pages)',
        value: `${fmt(actions16.rps, 0)} / ${fmt(peerActions16.rps, 0)} req/s = ${fmt(ratio(actions16.rps, peerActions16.rps), 2)}× (p50 ${fmt(actions16.p50, 1)} vs ${fmt(peerActions16.p50, 1)} ms = ${fmt(ratio(actions16.p50, peerActions16.p50), 2)}×)`,
        met: null,
      });
    }
    if (writes16) {
      checks.push({ target: 'reportProgress c16 ≥ 300 writes/s, 0 errors', value: `${fmt(writes16.rps, 0)} writes/s, ${writes16.errors} errors`, met: writes16.rps >= 300 && writes16.errors === 0 });
    }
    checks.push(
      { target: 'server peak RSS < 300 MB', value: `${fmt(apiHwm, 0)} MB (VmHWM)`, met: apiHwm !== null && apiHwm < 300 },
      { target: 'floor computes the same figures as the API', value: differences.length === 0 ? 'yes' : `no: ${differences.length} differences`, met: differences.length === 0 },
    );
    // Scale comparisons need the other scale's results from an earlier run.
    const other = (['S', 'L'] as Scale[]).find((s) => s !== scale && existsSync(join(OUT, `results-${s}.json`)));
    if (other) {
      const previous = JSON.parse(readFileSync(join(OUT, `results-${other}.json`), 'utf8')) as { results: RunResult[] };
      const prev = (scenario: string, connections: number) => previous.results.find((r) => r.scenario === scenario && r.target === 'api' && r.connections === connections);
      for (const [scenario, connections] of [['1. board report', 1], ['1. board report (warm)', 1], ['2. actions page', 16], ['2. actions page (warm)', 16]] as const) {
        const here = find(scenario, 'api', connections);
        const there = prev(scenario, connections);
        if (!here || !there) continue;
        const [l, s] = scale === 'L' ? [here, there] : [there, here];
        checks.push({ target: `${scenario} c${connections} p50 at L ≤ 1.5 × at S`, value: `${fmt(l.p50, 2)} / ${fmt(s.p50, 2)} ms = ${fmt(ratio(l.p50, s.p50), 2)}× (vs results-${other}.json)`, met: ratio(l.p50, s.p50) <= 1.5 });
      }
      const sqlSame = results
        .filter((r) => r.target === 'api')
        .every((r) => {
          const there = prev(r.scenario, r.connections);
          return !there || (there.sqlMin === r.sqlMin && there.sqlMax === r.sqlMax);
        });
      checks.push({ target: `SQL statements per request identical at ${scale} and ${other}`, value: sqlSame ? 'identical' : 'different', met: sqlSame });
    }

    const loadAfter = loadavg();
    const markdown = [
      `### Scale ${scale}: ${partnerships} partnership(s), ${partnerships * 150} actions, ${partnerships * 600} milestones, ${partnerships * 3600} progress updates`,
      '',
      `${startedAt.toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, PostgreSQL ${counted[0].server}; ` +
        `${seconds} s per run after ${warmup} s warm-up; load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after.`,
      '',
      table(results),
      '',
      '| target | measured | met |',
      '| --- | --- | --- |',
      ...checks.map((c) => `| ${c.target} | ${c.value} | ${c.met === null ? '–' : c.met ? 'yes' : '**no**'} |`),
      '',
    ].join('\n');
    console.log(markdown);
    // A partial run (--only) never replaces the full results the scale comparisons read.
    const complete = ['1', '2', '3', '4'].every((n) => only.has(n));
    const file = join(OUT, complete ? `results-${scale}.json` : `results-${scale}-only-${[...only].sort().join('-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          scale,
          partnerships,
          startedAt: startedAt.toISOString(),
          machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, postgres: counted[0].server, loadBefore, loadAfter },
          settings: { seconds, warmup, asOf: REPORT_AS_OF, since: REPORT_SINCE, today: DATASET_TODAY },
          dataset: readManifest(),
          sqlStatements: {
            boardReport: sample.statements,
            actionsPage: actionsSample.statements,
            wholePlan: planSample.statements,
            reportProgress: writeSample.statements,
          },
          serverPeakRssMb: apiHwm,
          floorAgrees: differences.length === 0,
          floorDifferences: differences,
          results,
          checks,
        },
        null,
        2,
      )}\n`,
    );
    console.error(`wrote ${file}`);
  } finally {
    for (const child of children) await stopChild(child);
    await pool.end().catch(() => {});
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
