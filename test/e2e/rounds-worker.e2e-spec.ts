import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { addDays } from '@app/calendar';
import { graphql } from '../generated';
import { RunningWorker, startWorker } from '../../apps/worker/src/worker';
import { readSettings } from '@app/config';
import { uniqueSuffix } from '../support/db-assertions';
import { createAction, createUser, createWorld, World } from '../support/fixtures';
import { startSmtpPeer } from '../support/smtp-peer';
import { startTestServer, TestServer } from '../support/test-server';

const ROOT = join(__dirname, '../..');
const PUBLIC_URL = 'https://tracker.example.org';

// Sunday 1 November 2026. The round opens Monday 2 November, its deadline is Friday 20 November and
// two working days of grace end on Tuesday 24 November: escalation is due on Wednesday 25 November.
const NOW = '2026-11-01T12:00:00Z';
const at9 = (day: string) => new Date(`${day}T09:00:00Z`);

describe('the rounds worker', () => {
  let server: TestServer;
  let databaseUrl: string;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    databaseUrl = (server.db as unknown as { options: { connectionString: string } }).options.connectionString;
  });

  afterAll(async () => {
    await server.close();
  });

  async function roundWithPartners(): Promise<{ world: World; action: string; weekly: { id: string; email: string } }> {
    const world = await createWorld(server, 'Worker');
    const action = (await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.police, title: 'Train custody staff' })).id;
    await createAction(world.clients.coordinator, world, { leadAgencyId: world.agencies.health, title: 'Refresh the referral pathway' });
    await world.clients.coordinator.ok(
      graphql(`mutation RoundsWorkerCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }`),
      { input: { deliveryPlanId: world.planId, title: 'December board', opensOn: '2026-11-02', deadline: '2026-11-20', graceWorkingDays: 2 } },
    );
    // A second police partner who asked for a weekly digest.
    const weekly = await createUser(server, world.clients.admin, {
      name: 'Weekly Police',
      agencyId: world.agencies.police,
      partnershipId: world.partnershipId,
      role: 'PARTNER',
    });
    await server.as(weekly.token).ok(graphql(`mutation RoundsWorkerSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }`));
    return { world, action, weekly };
  }

  async function inProcessWorker(smtpUrl: string): Promise<RunningWorker> {
    return startWorker({ ...readSettings({}), databaseUrl, smtpUrl, publicUrl: PUBLIC_URL }, { queue: false });
  }

  it('sends each partner one digest a day over SMTP, listing their actions with the link to their list', async () => {
    const peer = await startSmtpPeer();
    const worker = await inProcessWorker(peer.url);
    try {
      const { world } = await roundWithPartners();
      const emails = await server.db.query(`SELECT u.id, u.email FROM user_account u WHERE u.id = ANY($1::uuid[])`, [[world.users.police, world.users.health]]);
      const email = Object.fromEntries(emails.rows.map((r: { id: string; email: string }) => [r.id, r.email]));
      await worker.tick(at9('2026-11-10'));
      await worker.tick(at9('2026-11-10')); // the same day again: nothing new
      const mine = peer.received.filter((m) => m.to.includes(email[world.users.police]));
      expect(mine).toHaveLength(1);
      expect(mine[0].subject).toBe('Returns due: 1 action to report on (2026-11-10)');
      expect(mine[0].text).toMatch(/- A\w+ Train custody staff — Worker \w+, December board \(due by 2026-11-20\)/);
      expect(mine[0].text).toContain(`${PUBLIC_URL}/my-actions`);
      expect(mine[0].html).toContain(`<a href="${PUBLIC_URL}/my-actions">`);
      expect(mine[0].html).toContain('Train custody staff');
      expect(peer.received.filter((m) => m.to.includes(email[world.users.health]))[0].text).toContain('Refresh the referral pathway');
      // The voluntary partner and the board member have nothing due: no digest.
      expect(peer.received.filter((m) => m.subject.includes('2026-11-10'))).toHaveLength(2);
    } finally {
      await worker.stop();
      await peer.close();
    }
  });

  it('a clock moved through the round sends the configured steps: daily digests, weekly ones on Mondays and reminder days, one escalation', async () => {
    const peer = await startSmtpPeer();
    const worker = await inProcessWorker(peer.url);
    try {
      const { world, weekly } = await roundWithPartners();
      const [police, coordinator] = (
        await server.db.query(`SELECT email FROM user_account WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [
          [world.users.police, world.users.coordinator],
        ])
      ).rows.map((r: { email: string }) => r.email);
      const days: string[] = [];
      for (let d = '2026-10-30'; d <= '2026-11-27'; d = addDays(d, 1)) days.push(d);
      for (const day of days) {
        await worker.tick(at9(day));
        await worker.tick(new Date(`${day}T17:00:00Z`)); // a second tick the same day sends nothing more
      }
      const datesTo = (address: string, prefix: string) =>
        peer.received.filter((m) => m.to.includes(address) && m.subject.startsWith(prefix)).map((m) => /\((\d{4}-\d{2}-\d{2})\)/.exec(m.subject)?.[1] ?? m.subject);
      // Daily: every day the round takes returns, 2 to 24 November.
      const daily: string[] = [];
      for (let d = '2026-11-02'; d <= '2026-11-24'; d = addDays(d, 1)) daily.push(d);
      expect(datesTo(police, 'Returns due')).toEqual(daily);
      // Weekly: Mondays 2, 9, 16 and 23 November, 7 days before (13th), 1 day before (19th) and the deadline (20th).
      expect(datesTo(weekly.email, 'Returns due')).toEqual(['2026-11-02', '2026-11-09', '2026-11-13', '2026-11-16', '2026-11-19', '2026-11-20', '2026-11-23']);
      // Escalation once, the day after grace, to the late agency's partners and the coordinator.
      const partnership = (await server.db.query<{ name: string }>(`SELECT name FROM partnership WHERE id = $1`, [world.partnershipId])).rows[0].name;
      const escalations = peer.received.filter((m) => m.subject === `Missed returns: December board (${partnership})`);
      const health = (await server.db.query<{ email: string }>(`SELECT email FROM user_account WHERE id = $1`, [world.users.health])).rows[0].email;
      expect(escalations.map((m) => m.to[0]).sort()).toEqual([police, weekly.email, health, coordinator].sort());
      expect(escalations.filter((m) => m.to.includes(coordinator))).toHaveLength(1);
      expect(escalations.filter((m) => m.to.includes(police))).toHaveLength(1);
      expect(escalations.filter((m) => m.to.includes(weekly.email))).toHaveLength(1);
      const coordinatorMail = escalations.find((m) => m.to.includes(coordinator))!;
      expect(coordinatorMail.text).toContain('Train custody staff');
      expect(coordinatorMail.text).toContain('Refresh the referral pathway');
      expect(escalations.find((m) => m.to.includes(police))!.text).not.toContain('Refresh the referral pathway');
    } finally {
      await worker.stop();
      await peer.close();
    }
  });

  it("a query on a return goes through the outbox to the return's author, and the answer to the coordinator, once each", async () => {
    const peer = await startSmtpPeer();
    const worker = await inProcessWorker(peer.url);
    try {
      const { world, action } = await roundWithPartners();
      const [police, coordinator] = (
        await server.db.query(`SELECT email FROM user_account WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [
          [world.users.police, world.users.coordinator],
        ])
      ).rows.map((r: { email: string }) => r.email);
      const { reportProgress } = await world.clients.police.ok(
        graphql(`mutation RoundsWorkerReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`),
        {
          input: { actionId: action, narrative: 'Training delivered to 40 staff', percentComplete: 40, status: 'IN_PROGRESS' },
        },
      );
      const { queryReturn } = await world.clients.coordinator.ok(
        graphql(`mutation RoundsWorkerQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: "Which teams were trained?") { id } }`),
        {
          id: reportProgress.id,
        },
      );
      // Written in the query's own transaction, waiting for the worker.
      expect(await server.count('outbox_event', `processed_at IS NULL AND payload->>'queryId' = $1`, [queryReturn.id])).toBe(1);
      await worker.tick(at9('2026-11-01'));
      await world.clients.police.ok(
        graphql(`mutation RoundsWorkerAnswerReturnQuery($id: ID!) { answerReturnQuery(queryId: $id, comment: "Custody teams.") { id } }`),
        { id: queryReturn.id },
      );
      await worker.tick(at9('2026-11-01'));
      await worker.tick(at9('2026-11-01'));
      const queried = peer.received.filter((m) => m.subject.startsWith('Your return was queried'));
      expect(queried.map((m) => m.to)).toEqual([[police]]);
      expect(queried[0].text).toContain('Which teams were trained?');
      const answered = peer.received.filter((m) => m.subject.startsWith('Your query was answered'));
      expect(answered.map((m) => m.to)).toEqual([[coordinator]]);
      expect(answered[0].text).toContain('Custody teams.');
    } finally {
      await worker.stop();
      await peer.close();
    }
  });

  /** Partners of one agency with a return due, made straight in the database (no sign-in needed to be mailed). */
  async function manyPartners(world: World, count: number): Promise<string[]> {
    const emails: string[] = [];
    for (let i = 0; i < count; i++) {
      const email = `bulk.${i}.${uniqueSuffix()}@tracker.test`;
      const {
        rows: [{ id }],
      } = await server.db.query<{ id: string }>(`INSERT INTO user_account (email, name, password_hash, agency_id) VALUES ($1, $2, 'not-a-hash', $3) RETURNING id`, [
        email,
        `Partner ${i}`,
        world.agencies.police,
      ]);
      await server.db.query(`INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, 'PARTNER')`, [id, world.partnershipId]);
      emails.push(email);
    }
    return emails;
  }

  function spawnWorker(env: Record<string, string>): ChildProcess {
    return spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL, WORKER_ONCE: 'true', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }

  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it('killed with SIGKILL mid-batch and restarted, it sends every digest exactly once', async () => {
    const { world } = await roundWithPartners();
    const emails = await manyPartners(world, 30);
    let child: ChildProcess | null = null;
    // The peer takes 20 ms a message; on the 10th it kills the worker before accepting it, so that
    // message is not delivered and must be sent again by the next worker.
    const peer = await startSmtpPeer(async (count) => {
      await new Promise((r) => setTimeout(r, 20));
      if (count === 9 && child && child.exitCode === null) {
        child.kill('SIGKILL');
        throw new Error('killed');
      }
    });
    try {
      const env = { SMTP_URL: peer.url, CLOCK_NOW: '2026-11-11T09:00:00Z' };
      child = spawnWorker(env);
      await exited(child);
      const afterKill = peer.received.filter((m) => m.subject.includes('2026-11-11')).length;
      expect(afterKill).toBe(9);
      child = null;
      const again = spawnWorker(env);
      expect(await exited(again)).toBe(0);
      const counts = new Map<string, number>();
      for (const m of peer.received.filter((m) => m.subject.includes('2026-11-11'))) counts.set(m.to[0], (counts.get(m.to[0]) ?? 0) + 1);
      for (const email of emails) expect([email, counts.get(email)]).toEqual([email, 1]);
    } finally {
      await peer.close();
    }
  });

  it('two workers at once send no digest twice', async () => {
    const { world } = await roundWithPartners();
    const emails = await manyPartners(world, 30);
    const peer = await startSmtpPeer(() => new Promise((r) => setTimeout(r, 10)));
    try {
      const env = { SMTP_URL: peer.url, CLOCK_NOW: '2026-11-12T09:00:00Z' };
      const [a, b] = [spawnWorker(env), spawnWorker(env)];
      expect(await Promise.all([exited(a), exited(b)])).toEqual([0, 0]);
      const counts = new Map<string, number>();
      for (const m of peer.received.filter((m) => m.subject.includes('2026-11-12'))) counts.set(m.to[0], (counts.get(m.to[0]) ?? 0) + 1);
      for (const email of emails) expect([email, counts.get(email)]).toEqual([email, 1]);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await peer.close();
    }
  });
});
