/**
 * Publishing a board pack at the bench scale: the compiled server as production runs it, over the
 * bench dataset (`npm run bench:data -- --scale S|L` first), publishes the pack of partnership 1's
 * plan (150 actions) as of REPORT_AS_OF since REPORT_SINCE a number of times (each a new version,
 * with a reason), and prints each time, the pages of the PDF and the sizes stored. Figures, not
 * pass or fail: docs/performance.md records them.
 *
 *   node -r @swc-node/register bench/publish.ts [--runs 5]
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { BENCH_PASSWORD, benchEmails, benchIds, DATASET_TODAY, openBenchDatabase, PARTNERSHIPS, REPORT_AS_OF, REPORT_SINCE } from './bench-database';

const ROOT = resolve(__dirname, '..');
// A CommonJS list, shared with scripts/start.js.
const SERVER_NODE_FLAGS = require('../scripts/server-node-flags') as string[];

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const entry = join(ROOT, 'dist/apps/api/src/main.js');
  if (!existsSync(entry) || statSync(entry).mtimeMs < statSync(join(ROOT, 'libs/board-pack/src/publish/published-pack.service.ts')).mtimeMs) {
    execSync('npx nest build api', { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const db = await openBenchDatabase();
  let api: ChildProcess | null = null;
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM partnership WHERE slug LIKE 'bench-%'`);
    const scale = Object.entries(PARTNERSHIPS).find(([, n]) => n === rows[0].n)?.[0];
    if (!scale) throw new Error('No bench dataset: run `npm run bench:data -- --scale S` first');
    const port = await freePort();
    api = spawn(process.execPath, [...SERVER_NODE_FLAGS, entry], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PORT: String(port),
        HOST: '127.0.0.1',
        CLOCK_NOW: `${DATASET_TODAY}T12:00:00Z`,
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; i < 240; i += 1) {
      if (
        await fetch(`http://127.0.0.1:${port}/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const { login } = await graphql<{ login: { token: string } }>(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: benchEmails.coordinator(1),
      p: BENCH_PASSWORD,
    });
    const plan = benchIds.plan(1);
    console.log(
      `scale ${scale}, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log('| run | seconds | PDF pages | PDF KB | XLSX KB | CSV KB | data KB |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const times: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const started = process.hrtime.bigint();
      const { publishBoardPack: pack } = await graphql<{
        publishBoardPack: { id: string; pdf: { bytes: number }; xlsx: { bytes: number }; csv: { bytes: number } };
      }>(
        url,
        'mutation($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { id pdf { bytes } xlsx { bytes } csv { bytes } } }',
        { input: { deliveryPlanId: plan, asOf: REPORT_AS_OF, since: REPORT_SINCE, reason: `Bench run ${run} at ${new Date().toISOString()}` } },
        login.token,
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      times.push(seconds);
      const { rows: info } = await client.query<{ pdf: Buffer; data_kb: number }>(
        'SELECT pdf, octet_length(data::text) / 1024 AS data_kb FROM published_board_pack WHERE id = $1',
        [pack.id],
      );
      const pages = (info[0].pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      console.log(
        `| ${run} | ${seconds.toFixed(2)} | ${pages} | ${(pack.pdf.bytes / 1024).toFixed(0)} | ${(pack.xlsx.bytes / 1024).toFixed(0)} | ${(pack.csv.bytes / 1024).toFixed(0)} | ${info[0].data_kb} |`,
      );
    }
    times.sort((a, b) => a - b);
    console.log(`median ${times[Math.floor(times.length / 2)].toFixed(2)} s, best ${times[0].toFixed(2)} s, worst ${times[times.length - 1].toFixed(2)} s`);
    await client.end();
  } finally {
    api?.kill('SIGTERM');
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
