/**
 * `npm run bench:rounds`: the worker on a deadline day at the scale `npm run bench:data` loaded.
 *
 * One reporting round is opened in every bench partnership (every open action of its plan, opened
 * on 1 October 2026, deadline 15 October, five working days of grace), then one worker tick on the
 * deadline day plans and sends every digest to a real SMTP server on loopback. Prints the time,
 * messages per second and the worker's peak RSS, and the API's board report p50 (computed afresh,
 * `Cache-Control: no-cache`) idle and while the worker sends. Run again, it clears its own rounds
 * and mail first.
 */

async function post<T>(url: string, body: object, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data: T; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../test/support/server-process';
import { BENCH_PASSWORD, benchEmails, benchIds, REPORT_AS_OF, REPORT_SINCE } from './bench-database';
import { BOARD_REPORT, LOGIN } from './documents';
import { startWorker } from '../apps/worker/src/worker';
import { readSettings } from '@app/config';
import { startSmtpPeer } from '../test/support/smtp-peer';
import { openBenchDatabase } from './bench-database';

const TITLE = 'Bench round';
const DEADLINE_DAY = new Date('2026-10-15T08:00:00Z');

async function main(): Promise<void> {
  const db = await openBenchDatabase();
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const {
      rows: [{ n: partnerships }],
    } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM partnership WHERE slug LIKE 'bench-%'`);
    if (partnerships === 0) throw new Error('No bench dataset: run `npm run bench:data -- --scale S|M|L` first.');
    await client.query(`DELETE FROM mail_delivery WHERE key LIKE 'digest:%:2026-10-15'`);
    await client.query(`DELETE FROM reporting_round WHERE title = $1`, [TITLE]);
    const {
      rows: [{ id: creator }],
    } = await client.query<{ id: string }>(`SELECT id FROM user_account ORDER BY created_at LIMIT 1`);
    await client.query(
      `INSERT INTO reporting_round (partnership_id, delivery_plan_id, title, opens_on, deadline, grace_working_days, grace_ends_on, created_by)
       SELECT dp.partnership_id, dp.id, $1, '2026-10-01', '2026-10-15', 5, '2026-10-22', $2 FROM delivery_plan dp`,
      [TITLE, creator],
    );
    await client.query(
      `INSERT INTO reporting_round_action (round_id, partnership_id, action_id, agency_id)
       SELECT r.id, r.partnership_id, a.id, a.lead_agency_id
         FROM reporting_round r JOIN action a ON a.delivery_plan_id = r.delivery_plan_id
        WHERE r.title = $1 AND a.status NOT IN ('COMPLETED', 'CANCELLED')`,
      [TITLE],
    );
    const {
      rows: [{ n: due }],
    } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reporting_round_action ra JOIN reporting_round r ON r.id = ra.round_id WHERE r.title = $1`,
      [TITLE],
    );

    // The API as its own process over the same database, the dataset's "today".
    const port = await freePort();
    const api = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../apps/api/src/main.ts')], {
      cwd: join(__dirname, '..'),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PORT: String(port),
        HOST: '127.0.0.1',
        CLOCK_NOW: '2026-10-15T12:00:00Z',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    const apiUrl = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; ; i++) {
      if (
        await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 240) throw new Error('the API did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    const token = (await post<{ login: { token: string } }>(apiUrl, { query: LOGIN, variables: { email: benchEmails.board(1), password: BENCH_PASSWORD } })).login
      .token;
    const report = async () => {
      const t = process.hrtime.bigint();
      await post(
        apiUrl,
        { query: BOARD_REPORT, variables: { plan: benchIds.plan(1), asOf: REPORT_AS_OF, since: REPORT_SINCE } },
        { authorization: `Bearer ${token}`, 'cache-control': 'no-cache' },
      );
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    for (let i = 0; i < 5; i++) await report();
    const idle: number[] = [];
    for (let i = 0; i < 40; i++) idle.push(await report());

    const peer = await startSmtpPeer();
    const worker = await startWorker({ ...readSettings({}), databaseUrl: db.url, smtpUrl: peer.url, publicUrl: 'https://tracker.example.org' }, { queue: false });
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const started = process.hrtime.bigint();
    const planned = await worker.mail.planDigests(DEADLINE_DAY, 'https://tracker.example.org');
    const planSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    let sending = true;
    const during: number[] = [];
    const reads = (async () => {
      while (sending) during.push(await report());
    })();
    const sent = await worker.mail.drain(worker.mailer);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    sending = false;
    await reads;
    api.kill('SIGTERM');
    clearInterval(sampler);
    await worker.stop();
    await peer.close();
    console.log(
      [
        `bench:rounds — ${partnerships} partnerships, ${due} returns due, deadline day 2026-10-15`,
        `| digests planned | sent (accepted by the SMTP peer) | planning s | total s | messages/s | worker peak RSS (MB, process incl. SMTP peer) |`,
        `| --- | --- | --- | --- | --- | --- |`,
        `| ${planned} | ${sent} (${peer.received.length}) | ${planSeconds.toFixed(1)} | ${seconds.toFixed(1)} | ${(sent / seconds).toFixed(0)} | ${(peakRss / 1048576).toFixed(0)} |`,
        ``,
        `API board report p50 (no-cache): idle ${median(idle).toFixed(0)} ms (${idle.length} requests), while the worker sent ${median(during).toFixed(0)} ms (${during.length} requests): ${(median(during) / median(idle)).toFixed(2)}×`,
      ].join('\n'),
    );
  } finally {
    await client.end();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
