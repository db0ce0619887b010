/**
 * `npm run bench`: the real server (production settings) against the dataset of `bench:data`,
 * driven over HTTP on loopback by autocannon; the board report's hand-written SQL floor sent with
 * pg from this process; and PostGraphile v5 as the peer for the nested plan read and the actions
 * page. Prints a markdown table and writes bench/out/results-<scale>.json (results-<scale>-only-….json
 * for a partial run). A benchmark, not a test: it asserts nothing about speed, it measures.
 *
 * The scenarios are in bench/scenarios/ (board report, actions page, whole plan, writes), each
 * with what it checks before load, what it measures and its targets; bench/harness/ starts and
 * measures. This file picks the scenarios, runs our server then the peer, and prints.
 *
 * Options: --duration <s> (each measured run, default 10), --warmup <s> (before each, default 2),
 * --only <list> (scenario numbers, e.g. 1,3; default all: the summary then checks only what ran).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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
import { LOGIN } from './documents';
import { floorLoad, graphql, GraphqlRequest, load, LoadOptions, RunResult } from './harness/load';
import { Check, fmt, table } from './harness/output';
import { ensureBuilt, freePort, memoryOf, ROOT, rssSampler, stopChild, waitFor } from './harness/processes';
import { ApiContext, FindResult, PeerContext, scenarios } from './scenarios';

// A CommonJS list, shared with scripts/start.js.
const SERVER_NODE_FLAGS = require('../scripts/server-node-flags') as string[];
const OUT = join(ROOT, 'bench', 'out');
const READONLY_ROLE = 'bench_readonly';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      only: {
        type: 'string',
        default: scenarios()
          .map((s) => s.id)
          .join(','),
      },
    },
  });
  const only = new Set(
    String(values.only)
      .split(',')
      .map((s) => s.trim()),
  );
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
    const { rows: counted } = await admin
      .query<{ n: number; server: string }>(`SELECT count(*)::int AS n, current_setting('server_version') AS server FROM partnership WHERE slug LIKE 'bench-%'`)
      .catch(() => ({ rows: [{ n: 0, server: '' }] }));
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

    console.error(
      `bench: scale ${scale} (${partnerships} partnerships), ${seconds} s per run after ${warmup} s of warm-up, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
    );

    // --- our server ---------------------------------------------------------------------------
    const apiPort = await freePort();
    const apiLog = createWriteStream(join(OUT, `server-${scale}.log`));
    // Started as `npm start` starts it: the same Node flags, the compiled server.
    const apiServer = spawn(process.execPath, [...SERVER_NODE_FLAGS, entry], {
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
    children.push(apiServer);
    apiServer.stdout.pipe(apiLog);
    apiServer.stderr.pipe(apiLog);
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    await waitFor(`http://127.0.0.1:${apiPort}/health`, {}, apiServer, 'the API server');
    const apiRss = rssSampler(apiServer.pid!);

    const n1 = 1;
    const nLast = partnerships;
    const plan = benchIds.plan(n1);
    const board = (await graphql<{ login: { token: string } }>(apiUrl, { query: LOGIN, variables: { email: benchEmails.board(n1), password: BENCH_PASSWORD } })).data
      .login.token;
    const coordinator = (
      await graphql<{ login: { token: string } }>(apiUrl, { query: LOGIN, variables: { email: benchEmails.coordinator(nLast), password: BENCH_PASSWORD } })
    ).data.login.token;
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });

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

    // Each scenario in turn: its answer checked (always), then measured when picked.
    const picked = scenarios();
    const api: ApiContext = {
      apiUrl,
      dbUrl: db.url,
      pool,
      n1,
      nLast,
      plan,
      tokens: { board, coordinator },
      runApi,
      runFloor,
      record: { sqlStatements: {}, floorDifferences: [] },
    };
    for (const scenario of picked) {
      await scenario.check(api);
      if (only.has(scenario.id)) await scenario.measure(api);
    }
    const differences = api.record.floorDifferences;
    const apiHwm = memoryOf(apiServer.pid!)?.hwmMb ?? null;
    apiRss.stop();
    await stopChild(apiServer);
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
    const runPeer = async (scenario: string, requests: GraphqlRequest[]) => {
      await load({ url: peerUrlHttp, connections: 16, seconds: warmup, headers: {}, requests });
      peerRss.take();
      const r = await load({ url: peerUrlHttp, connections: 16, seconds, headers: {}, requests });
      results.push({ scenario, target: 'postgraphile', ...r, peakRssMb: peerRss.take() });
      console.error(`  ${scenario} (postgraphile) c16: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, errors ${r.errors}`);
    };
    const peerContext: PeerContext = { peerUrl: peerUrlHttp, dbUrl: db.url, n1, plan, runPeer };
    for (const scenario of picked) {
      await scenario.checkPeer?.(peerContext);
      if (only.has(scenario.id)) await scenario.measurePeer?.(peerContext);
    }
    peerRss.stop();
    await stopChild(peer);

    // --- summary ------------------------------------------------------------------------------
    const find: FindResult = (scenario, target, connections) => results.find((r) => r.scenario === scenario && r.target === target && r.connections === connections);
    const ratio = (a: number, b: number) => a / b;

    const checks: Check[] = [];
    for (const cache of ['cold', 'warm'] as const) {
      for (const scenario of picked) checks.push(...(scenario.cachedTargets?.(find, cache) ?? []));
    }
    for (const scenario of picked) checks.push(...(scenario.targets?.(find) ?? []));
    checks.push(
      { target: 'server peak RSS < 300 MB', value: `${fmt(apiHwm, 0)} MB (VmHWM)`, met: apiHwm !== null && apiHwm < 300 },
      {
        target: 'floor computes the same figures as the API',
        value: differences.length === 0 ? 'yes' : `no: ${differences.length} differences`,
        met: differences.length === 0,
      },
    );
    // Scale comparisons need the other scale's results from an earlier run.
    const other = (['S', 'L'] as Scale[]).find((s) => s !== scale && existsSync(join(OUT, `results-${s}.json`)));
    if (other) {
      const previous = JSON.parse(readFileSync(join(OUT, `results-${other}.json`), 'utf8')) as { results: RunResult[] };
      const prev = (scenario: string, connections: number) =>
        previous.results.find((r) => r.scenario === scenario && r.target === 'api' && r.connections === connections);
      for (const [scenario, connections] of [
        ['1. board report', 1],
        ['1. board report (warm)', 1],
        ['2. actions page', 16],
        ['2. actions page (warm)', 16],
      ] as const) {
        const here = find(scenario, 'api', connections);
        const there = prev(scenario, connections);
        if (!here || !there) continue;
        const [l, s] = scale === 'L' ? [here, there] : [there, here];
        checks.push({
          target: `${scenario} c${connections} p50 at L ≤ 1.5 × at S`,
          value: `${fmt(l.p50, 2)} / ${fmt(s.p50, 2)} ms = ${fmt(ratio(l.p50, s.p50), 2)}× (vs results-${other}.json)`,
          met: ratio(l.p50, s.p50) <= 1.5,
        });
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
    const complete = picked.every((s) => only.has(s.id));
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
          sqlStatements: api.record.sqlStatements,
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
