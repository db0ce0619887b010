/**
 * `npm run bench:import`: times a real import of a 2,000-action spreadsheet against a real server.
 *
 * Starts PostgreSQL (the embedded one, or the server in DATABASE_URL) and the real API over HTTP
 * as the e2e suite does, builds a partnership through the API, then for each of `--runs` fresh
 * delivery plans uploads a CSV of 2,000 actions (five objectives, one of them new, two new
 * agencies, a milestone on every third action, a return on half of them):
 *   1. dry run against the empty plan (every row checked, nothing written);
 *   2. the real import (2,000 actions, their milestones and returns, in one transaction);
 *   3. dry run of the same file again (every row matched, nothing to change);
 *   4. the real import of a revised file (every action's status and progress, a third of due dates moved).
 * Prints the time of each (median and every run), the rows per second and what each reported.
 *
 *   npm run bench:import -- --runs 3 --actions 2000
 */
import { stringify } from 'csv-stringify/sync';
import globalSetup from '../test/setup/global-setup';
import globalTeardown from '../test/setup/global-teardown';
import { createWorld, World } from '../test/support/fixtures';
import { startTestServer, TestServer } from '../test/support/test-server';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = arg('runs', 3);
const ACTIONS = arg('actions', 2000);

const OBJECTIVES: [string, string, string][] = [
  ['PREVENT', 'PV1', 'PREVENT objective'],
  ['PURSUE', 'PU1', 'PURSUE objective'],
  ['PROTECT', 'PT1', 'PROTECT objective'],
  ['PREPARE', 'PR1', 'PREPARE objective'],
  ['PREVENT', 'PV2', 'Slavery-free supply chains'],
];
const HEADER = [
  'Ref',
  'Pillar',
  'Objective code',
  'Objective title',
  'Action',
  'Description',
  'Success measure',
  'Lead agency',
  'Supporting agencies',
  'Start date',
  'Due date',
  'Milestones',
  'Status',
  '% complete',
  'RAG',
  'Latest update',
  'Reported on',
];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The plan's CSV; `revised` moves every action on (status, progress) and a third of the due dates. */
function planCsv(agencies: string[], revised: boolean): Buffer {
  const all = [...agencies, 'Bench Business Network', 'Bench Churches Together'];
  const rows = Array.from({ length: ACTIONS }, (_, i) => {
    const [pillar, code, objectiveTitle] = OBJECTIVES[i % OBJECTIVES.length];
    const lead = all[i % all.length];
    const supporting = [all[(i + 1) % all.length], all[(i + 3) % all.length]].filter((a) => a !== lead).slice(0, i % 3);
    const moved = revised && i % 3 === 0;
    const due = iso(2025 + (i % 2), 1 + (i % 12), moved ? 28 : 1 + ((i * 7) % 27));
    const kind = i % 4;
    const status = revised
      ? kind === 0
        ? 'In progress'
        : kind === 1
          ? 'Completed'
          : kind === 2
            ? 'On hold'
            : 'In progress'
      : kind === 0
        ? ''
        : kind === 1
          ? 'In progress'
          : kind === 2
            ? 'Completed'
            : 'On hold';
    const percent = revised ? (status === 'Completed' ? 100 : 60) : kind === 0 ? null : kind === 1 ? 30 : kind === 2 ? 100 : 45;
    return [
      `${(i % OBJECTIVES.length) + 1}.${Math.floor(i / OBJECTIVES.length) + 1}`,
      pillar,
      code,
      objectiveTitle,
      `Bench action ${i + 1}: deliver the partnership's work`,
      `Action ${i + 1} of the bench plan.`,
      `Measure ${i + 1}`,
      lead,
      supporting.join('; '),
      i % 4 === 0 ? '' : iso(2024, 1 + (i % 12), 1),
      due,
      i % 3 === 0 ? `Scope agreed for action ${i + 1} - due 2025-03-31; Report to the board - due 2025-09-30` : '',
      status,
      percent === null ? '' : `${percent}%`,
      status === 'On hold' ? 'Amber' : '',
      status === 'On hold' ? 'Paused pending the budget review' : '',
      revised ? '2026-06-30' : kind === 1 ? '2025-05-31' : '',
    ];
  });
  return Buffer.from(stringify([HEADER, ...rows]), 'utf8');
}

interface Timed {
  ms: number;
  status: number;
  report: { applied?: boolean; created?: unknown; updated?: unknown; unchanged?: number; problems?: unknown[]; error?: unknown };
}

async function importOnce(server: TestServer, token: string, planId: string, csv: Buffer, dryRun: boolean): Promise<Timed> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(csv)]), 'bench-plan.csv');
  const query = `dryRun=${dryRun}&createMissingAgencies=true&createMissingObjectives=true&reportedOn=2026-06-30`;
  const t = process.hrtime.bigint();
  const res = await fetch(`${server.url}/api/plans/${planId}/import?${query}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const report = (await res.json()) as Timed['report'];
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (res.status !== 200) throw new Error(`import failed (${res.status}): ${JSON.stringify(report).slice(0, 600)}`);
  return { ms, status: res.status, report };
}

async function newPlan(world: World, n: number): Promise<string> {
  const { createDeliveryPlan } = await world.clients.coordinator.ok<{ createDeliveryPlan: { id: string } }>(
    'mutation($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }',
    { input: { strategyId: world.strategyId, title: `Bench plan ${n}`, startDate: '2024-01-01', endDate: '2026-12-31' } },
  );
  return createDeliveryPlan.id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  await globalSetup();
  const server = await startTestServer({ now: '2026-10-15T12:00:00Z' });
  try {
    const world = await createWorld(server, 'Bench Import');
    const agencyNames = (
      await server.db.query<{ name: string }>('SELECT name FROM agency WHERE id = ANY($1) ORDER BY name', [Object.values(world.agencies)])
    ).rows.map((r) => r.name);
    const first = planCsv(agencyNames, false);
    const revised = planCsv(agencyNames, true);
    const steps: Record<string, Timed[]> = { 'dry run, empty plan': [], 'import, empty plan': [], 'dry run, same file again': [], 'import, revised file': [] };
    const keys = Object.keys(steps);
    for (let run = 1; run <= RUNS; run++) {
      const planId = await newPlan(world, run);
      steps[keys[0]].push(await importOnce(server, world.tokens.coordinator, planId, first, true));
      steps[keys[1]].push(await importOnce(server, world.tokens.coordinator, planId, first, false));
      steps[keys[2]].push(await importOnce(server, world.tokens.coordinator, planId, first, true));
      steps[keys[3]].push(await importOnce(server, world.tokens.coordinator, planId, revised, false));
      process.stderr.write(`run ${run}/${RUNS}: ${keys.map((k) => fmt(steps[k][run - 1].ms)).join(', ')}\n`);
    }
    console.log(
      `\nImport of ${ACTIONS} actions (${(first.length / 1024).toFixed(0)} KiB CSV), ${RUNS} runs, load average ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    console.log('| step | median | runs | actions/s | report |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const key of keys) {
      const timed = steps[key];
      const m = median(timed.map((t) => t.ms));
      const r = timed[timed.length - 1].report;
      const summary = `applied ${r.applied}, created ${JSON.stringify(r.created)}, updated ${JSON.stringify(r.updated)}, unchanged ${r.unchanged}`;
      console.log(`| ${key} | ${fmt(m)} | ${timed.map((t) => fmt(t.ms)).join(', ')} | ${Math.round(ACTIONS / (m / 1000))} | ${summary} |`);
    }
  } finally {
    await server.close();
    await globalTeardown();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
