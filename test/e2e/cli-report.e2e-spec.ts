import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import { startTestServer, TestServer } from '../support/test-server';

const ROOT = join(__dirname, '../..');
// The demo's history is dated from "today": fixed, so the API and the command agree on it.
const NOW = '2026-11-01T12:00:00Z';
const TODAY = '2026-11-01';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

graphql(
  `fragment CliRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }`,
);
const BOARD_REPORT = graphql(
  `query CliBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { asOf overall { ...CliRollUp } byPillar { pillar rollUp { ...CliRollUp } } } }`,
);

/** The report the command prints (JSON): the API's board report, with the plan it is of. */
type Printed = ResultOf<typeof BOARD_REPORT>['boardReport'] & { deliveryPlan: { id: string } };

/**
 * The command line (apps/cli) boots the core module without HTTP and prints a plan's board report
 * through BoardReportService: its figures are the database's, and the API's for the same plan.
 */
describe('npm run report (apps/cli)', () => {
  let server: TestServer;
  let databaseUrl: string;
  let planId: string;

  /** The command from its TypeScript sources, as `npm run report` runs it, on the test's database. */
  const report = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'report', ...args],
        { cwd: ROOT, env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, CLOCK_NOW: NOW, LOG_LEVEL: 'warn', ...env }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    server = await startTestServer({ now: NOW, seedDemo: true });
    databaseUrl = (server.db as unknown as { options: { connectionString: string } }).options.connectionString;
    planId = (await server.db.query<{ id: string }>('SELECT id FROM delivery_plan')).rows[0].id;
  });

  afterAll(async () => {
    await server.close();
  });

  it("prints the plan's board report as JSON, counting the plan's actions as the database holds them", async () => {
    const run = await report(['--plan', planId]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(printed.asOf).toBe(TODAY);
    expect(printed.deliveryPlan.id).toBe(planId);

    const {
      rows: [counts],
    } = await server.db.query<{ total: number; cancelled: number; completed: number; inProgress: number }>(
      `SELECT count(*) FILTER (WHERE status <> 'CANCELLED')::int AS total,
              count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS "inProgress"
         FROM action WHERE delivery_plan_id = $1 AND removed_on IS NULL AND in_plan_since <= $2`,
      [planId, TODAY],
    );
    expect(counts.total).toBeGreaterThan(0);
    expect(printed.overall.total).toBe(counts.total);
    expect(printed.overall.cancelled).toBe(counts.cancelled);
    expect(printed.overall.byStatus.completed).toBe(counts.completed);
    expect(printed.overall.byStatus.inProgress).toBe(counts.inProgress);
  });

  it('answers as the API answers an admin, as of a past date too', async () => {
    const admin = server.as(await server.adminToken());
    for (const asOf of [null, '2026-09-30']) {
      const run = await report(['--plan', planId, ...(asOf ? ['--as-of', asOf] : [])]);
      expect(run.code).toBe(0);
      const printed = JSON.parse(run.stdout) as Printed;
      const { boardReport } = await admin.ok(BOARD_REPORT, { id: planId, asOf });
      expect(printed.asOf).toBe(asOf ?? TODAY);
      expect(boardReport.asOf).toBe(asOf ?? TODAY);
      expect(printed.overall).toEqual(boardReport.overall);
      expect(printed.byPillar).toEqual(boardReport.byPillar);
    }
  });

  it('tells a plan it cannot find, and a bad date, in a sentence, with no stack trace', async () => {
    const missing = await report(['--plan', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/not found/i);
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const badDate = await report(['--plan', planId, '--as-of', '30/09/2026']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--as-of must be a date as YYYY-MM-DD/);
    expect(badDate.stderr).toMatch(/Usage: npm run report/);
  });
});
