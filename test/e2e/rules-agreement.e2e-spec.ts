import { randomUUID } from 'node:crypto';
import { addDays, compareDates, daysBetween, todayIn } from '@app/calendar';
import { rollUp, RollUp } from '@app/board-report';
import {
  ACTION_STATE_PAIRS_SQL,
  ActionEvaluation,
  ActionFacts,
  ActionStateRaw,
  ActionStatus,
  evaluateAction,
  evaluationOf,
  isMilestoneOverdue,
  Rag,
  RuleSettings,
  toActionStateRow,
} from '@app/progress';
import { createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The SQL reports (`actionStateSql` and the board report built on it) and the pure rules
 * (`evaluateAction`, `rollUp`) must agree on every figure. Plans with random histories are written
 * straight into the database, read back as plain facts, and evaluated both ways as of many dates.
 */

// Near midnight UTC, so "today" differs between the partnerships' timezones.
const NOW = '2025-06-15T23:30:00Z';
const SEED = 20250615;

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number): boolean => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
const PILLARS = ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'] as const;

interface PlanSpec {
  timezone: string;
  settings: RuleSettings;
  actions: number;
}

const PLANS: PlanSpec[] = [
  { timezone: 'Europe/London', settings: { staleAfterDays: 30, dueSoonDays: 30 }, actions: 90 },
  { timezone: 'America/New_York', settings: { staleAfterDays: 14, dueSoonDays: 7 }, actions: 80 },
  { timezone: 'Pacific/Auckland', settings: { staleAfterDays: 90, dueSoonDays: 0 }, actions: 70 },
  { timezone: 'UTC', settings: { staleAfterDays: 1, dueSoonDays: 365 }, actions: 60 },
];

interface Seeded {
  planId: string;
  partnershipId: string;
  timezone: string;
  settings: RuleSettings;
  today: string;
  objectives: { id: string; pillar: string; position: number }[];
  agencies: { id: string; name: string }[];
}

interface LoadedAction {
  id: string;
  ref: string;
  objectiveId: string;
  pillar: string;
  leadAgencyId: string;
  supportingAgencyIds: string[];
  dueDate: string;
  facts: ActionFacts;
  milestones: { id: string; dueDate: string; completedOn: string | null; position: number }[];
  updates: { id: string; reportedOn: string; seq: number }[];
}

const randomDate = (rng: Rng, from: string, to: string): string => {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, rng.int(0, days));
};

/** Writes one random plan (partnership, agencies, strategy, objectives, actions, milestones, history). */
async function seedPlan(server: TestServer, world: World, rng: Rng, spec: PlanSpec, index: number): Promise<Seeded> {
  const db = server.db;
  const today = todayIn(spec.timezone, new Date(NOW));
  const partnershipId = randomUUID();
  await db.query(
    `INSERT INTO partnership (id, name, slug, timezone, stale_after_days, due_soon_days) VALUES ($1, $2, $3, $4, $5, $6)`,
    [partnershipId, `Agreement ${index}`, `agreement-${index}-${partnershipId.slice(0, 8)}`, spec.timezone, spec.settings.staleAfterDays, spec.settings.dueSoonDays],
  );
  // The coordinator of the fixture world authors every update; membership is not needed for that.
  const agencies: { id: string; name: string }[] = [];
  for (const name of ['Zeta Police', 'Alpha Council', 'Midlands Health', 'Beta Charity', 'Idle Fire Service']) {
    const id = randomUUID();
    const full = `${name} ${index}-${id.slice(0, 6)}`;
    await db.query(`INSERT INTO agency (id, name, kind) VALUES ($1, $2, 'OTHER')`, [id, full]);
    await db.query(`INSERT INTO partnership_agency (partnership_id, agency_id) VALUES ($1, $2)`, [partnershipId, id]);
    agencies.push({ id, name: full });
  }
  const strategyId = randomUUID();
  await db.query(
    `INSERT INTO strategy (id, partnership_id, title, start_date, end_date, status) VALUES ($1, $2, 'S', '2023-01-01', '2027-12-31', 'ACTIVE')`,
    [strategyId, partnershipId],
  );
  // Two objectives per pillar except PREPARE, which gets one left empty, to test empty groups.
  const objectives: { id: string; pillar: string; position: number }[] = [];
  let code = 0;
  for (const pillar of ['PURSUE', 'PREVENT', 'PROTECT', 'PREVENT', 'PURSUE', 'PREPARE']) {
    const id = randomUUID();
    code += 1;
    const position = objectives.filter((o) => o.pillar === pillar).length + 1;
    await db.query(
      `INSERT INTO objective (id, partnership_id, strategy_id, pillar, code, title, position) VALUES ($1, $2, $3, $4, $5, 'O', $6)`,
      [id, partnershipId, strategyId, pillar, `O${code}`, position],
    );
    objectives.push({ id, pillar, position });
  }
  const usable = objectives.filter((o) => o.pillar !== 'PREPARE');
  const planId = randomUUID();
  await db.query(
    `INSERT INTO delivery_plan (id, partnership_id, strategy_id, title, start_date, end_date) VALUES ($1, $2, $3, 'P', '2024-01-01', '2026-12-31')`,
    [planId, partnershipId, strategyId],
  );

  const updates: unknown[][] = [];
  for (let i = 0; i < spec.actions; i += 1) {
    const actionId = randomUUID();
    const ref = i % 17 === 16 ? `X${i}` : `${rng.int(1, 4)}.${i + 1}`;
    const leadAgency = agencies[rng.int(0, 3)]; // the fifth agency never leads
    const dueDate = randomDate(rng, '2024-03-01', '2026-06-30');
    await db.query(
      `INSERT INTO action (id, partnership_id, delivery_plan_id, objective_id, ref, title, description, lead_agency_id, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [actionId, partnershipId, planId, rng.pick(usable).id, ref, `Action ${ref}`, rng.chance(0.5) ? 'Some text' : null, leadAgency.id, dueDate],
    );
    for (const supporter of agencies) {
      if (supporter.id !== leadAgency.id && rng.chance(0.25)) {
        await db.query(`INSERT INTO action_supporting_agency (action_id, agency_id, partnership_id) VALUES ($1, $2, $3)`, [actionId, supporter.id, partnershipId]);
      }
    }
    const milestones = rng.int(0, 3);
    for (let m = 0; m < milestones; m += 1) {
      const due = randomDate(rng, '2024-01-15', '2026-03-31');
      const completed = rng.chance(0.5) ? randomDate(rng, '2024-01-01', today) : null;
      await db.query(
        `INSERT INTO milestone (partnership_id, action_id, title, due_date, completed_on, position) VALUES ($1, $2, 'M', $3, $4, $5)`,
        [partnershipId, actionId, due, completed, m + 1],
      );
    }
    const count = rng.pick([0, 1, 2, 3, 4, 6, 8]);
    let previous: string | null = null;
    for (let u = 0; u < count; u += 1) {
      // Ties on the same reportedOn are common: corrections on the day.
      const reportedOn: string = previous !== null && rng.chance(0.3) ? previous : randomDate(rng, '2024-01-01', today);
      previous = reportedOn;
      const status = rng.pick(STATUSES);
      const percent = status === 'COMPLETED' ? 100 : rng.int(0, 100);
      const rag = rng.pick<Rag | null>([null, 'RED', 'AMBER', 'GREEN']);
      updates.push([partnershipId, actionId, world.users.coordinator, reportedOn, `Update ${u}`, percent, status, rag]);
    }
  }
  // Recorded in random order, so back-dated updates and same-day corrections are both common.
  for (let i = updates.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [updates[i], updates[j]] = [updates[j], updates[i]];
  }
  for (const row of updates) {
    await db.query(
      `INSERT INTO progress_update (partnership_id, action_id, author_id, reported_on, narrative, percent_complete, status, rag)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      row,
    );
  }
  return { planId, partnershipId, timezone: spec.timezone, settings: spec.settings, today, objectives, agencies };
}

/** The plan's data read back as plain facts for the pure rules. */
async function loadActions(server: TestServer, planId: string): Promise<LoadedAction[]> {
  const db = server.db;
  const { rows: actions } = await db.query(
    `SELECT a.id, a.ref, a.objective_id, o.pillar, a.lead_agency_id, a.due_date::text AS due_date,
            ARRAY(SELECT sa.agency_id FROM action_supporting_agency sa WHERE sa.action_id = a.id) AS supporting
       FROM action a JOIN objective o ON o.id = a.objective_id WHERE a.delivery_plan_id = $1`,
    [planId],
  );
  const { rows: updates } = await db.query(
    `SELECT u.id, u.action_id, u.reported_on::text AS reported_on, u.seq::int AS seq, u.status, u.percent_complete, u.rag
       FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.delivery_plan_id = $1`,
    [planId],
  );
  const { rows: milestones } = await db.query(
    `SELECT m.id, m.action_id, m.due_date::text AS due_date, m.completed_on::text AS completed_on, m.position
       FROM milestone m JOIN action a ON a.id = m.action_id WHERE a.delivery_plan_id = $1`,
    [planId],
  );
  return actions.map((a) => {
    const own = updates.filter((u) => u.action_id === a.id);
    const ms = milestones.filter((m) => m.action_id === a.id);
    return {
      id: a.id,
      ref: a.ref,
      objectiveId: a.objective_id,
      pillar: a.pillar,
      leadAgencyId: a.lead_agency_id,
      supportingAgencyIds: a.supporting,
      dueDate: a.due_date,
      facts: {
        dueDate: a.due_date,
        updates: own.map((u) => ({ reportedOn: u.reported_on, seq: u.seq, status: u.status, percentComplete: u.percent_complete, rag: u.rag })),
        milestones: ms.map((m) => ({ dueDate: m.due_date, completedOn: m.completed_on })),
      },
      milestones: ms.map((m) => ({ id: m.id, dueDate: m.due_date, completedOn: m.completed_on, position: m.position })),
      updates: own.map((u) => ({ id: u.id, reportedOn: u.reported_on, seq: u.seq })),
    };
  });
}

/** Natural ref order, as REF_ORDER_SQL: dotted numbers by their parts, then the rest by text. */
function compareRefs(a: string, b: string): number {
  const key = (ref: string) => (/^[0-9]{1,6}(\.[0-9]{1,6})*$/.test(ref) ? ref.split('.').map(Number) : null);
  const ka = key(a);
  const kb = key(b);
  if (ka && kb) {
    for (let i = 0; i < Math.min(ka.length, kb.length); i += 1) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    if (ka.length !== kb.length) return ka.length - kb.length;
  } else if (ka || kb) {
    return ka ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

const ROLL_UP_FIELDS = 'total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue }';
const ROW_FIELDS = 'ref title objective { id } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue action { id }';

const BOARD_REPORT = `query Report($plan: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since
    overall { ${ROLL_UP_FIELDS} }
    byPillar { pillar rollUp { ${ROLL_UP_FIELDS} } }
    byObjective { objective { id } rollUp { ${ROLL_UP_FIELDS} } }
    byAgency { agency { id name } rollUp { ${ROLL_UP_FIELDS} } }
    overdueActions { ${ROW_FIELDS} }
    overdueMilestones { milestone { id } action { id } dueDate daysOverdue }
    dueSoon { ${ROW_FIELDS} }
    staleActions { ${ROW_FIELDS} }
    changes { action { id } ref statusBefore statusAfter ragBefore ragAfter }
    updatesSince { id reportedOn }
  }
}`;

interface Evaluated {
  action: LoadedAction;
  evaluation: ActionEvaluation;
}

function expectedRow(e: Evaluated) {
  return {
    ref: e.action.ref,
    title: `Action ${e.action.ref}`,
    objective: { id: e.action.objectiveId },
    pillar: e.action.pillar,
    leadAgency: { id: e.action.leadAgencyId },
    dueDate: e.action.dueDate,
    status: e.evaluation.status,
    progress: e.evaluation.progress,
    rag: e.evaluation.rag,
    ragReasons: e.evaluation.ragReasons,
    daysOverdue: e.evaluation.daysOverdue,
    action: { id: e.action.id },
  };
}

describe('SQL reports agree with the pure rules', () => {
  let server: TestServer;
  let world: World;
  const plans: { seeded: Seeded; actions: LoadedAction[] }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server);
    const rng = prng(SEED);
    for (const [i, spec] of PLANS.entries()) {
      const seeded = await seedPlan(server, world, rng, spec, i);
      plans.push({ seeded, actions: await loadActions(server, seeded.planId) });
    }
  }, 300_000);
  afterAll(() => server.close());

  /** As-of dates per plan: today, the day before and after, edges of the history, a leap day, random ones. */
  function asOfDates(seeded: Seeded, rng: Rng): string[] {
    const fixed = [seeded.today, addDays(seeded.today, -1), addDays(seeded.today, 1), '2024-01-01', '2023-12-31', '2024-02-29', '2026-07-01'];
    const random = Array.from({ length: 8 }, () => randomDate(rng, '2024-01-01', seeded.today));
    return [...new Set([...fixed, ...random])];
  }

  it('has generated a few hundred actions with ties, cancelled, completed and on-hold states', () => {
    const all = plans.flatMap((p) => p.actions);
    expect(all.length).toBeGreaterThanOrEqual(250);
    const ties = all.filter((a) => new Set(a.facts.updates.map((u) => u.reportedOn)).size < a.facts.updates.length);
    expect(ties.length).toBeGreaterThan(10);
    const latest = all.map((a) => evaluateAction(a.facts, '2030-01-01', { staleAfterDays: 30, dueSoonDays: 30 }).status);
    for (const status of STATUSES) expect(latest).toContain(status);
  });

  it('computes every action state as of many dates exactly as evaluateAction', async () => {
    const rng = prng(SEED + 1);
    let compared = 0;
    for (const { seeded, actions } of plans) {
      const dates = asOfDates(seeded, rng);
      const pairs = actions.flatMap((a) => dates.map((asOf) => ({ actionId: a.id, asOf })));
      const { rows } = await server.db.query(ACTION_STATE_PAIRS_SQL, [pairs.map((p) => p.actionId), pairs.map((p) => p.asOf)]);
      const states = (rows as ActionStateRaw[]).map(toActionStateRow);
      expect(states).toHaveLength(pairs.length);
      const byId = new Map(actions.map((a) => [a.id, a]));
      for (const state of states) {
        const action = byId.get(state.actionId)!;
        const expected = evaluateAction(action.facts, state.asOf, seeded.settings);
        expect({ ref: action.ref, asOf: state.asOf, ...evaluationOf(state) }).toEqual({ ref: action.ref, asOf: state.asOf, ...expected });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('shows each action as of today in its partnership timezone through the Action type and the actions connection', async () => {
    const admin = world.clients.admin;
    for (const { seeded, actions } of plans) {
      const edges: any[] = [];
      let after: string | null = null;
      for (;;) {
        const { actions: page }: any = await admin.ok(
          `query($plan: ID!, $after: String) { actions(deliveryPlanId: $plan, first: 37, after: $after) {
             totalCount pageInfo { hasNextPage endCursor }
             edges { cursor node { id ref status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { id overdue } } } } }`,
          { plan: seeded.planId, after },
        );
        expect(page.totalCount).toBe(actions.length);
        edges.push(...page.edges);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(edges.map((e) => e.node.ref)).toEqual(actions.map((a) => a.ref).sort(compareRefs));
      const byId = new Map(actions.map((a) => [a.id, a]));
      for (const { node } of edges) {
        const action = byId.get(node.id)!;
        const e = evaluateAction(action.facts, seeded.today, seeded.settings);
        expect(node).toEqual({
          id: action.id,
          ref: action.ref,
          status: e.status,
          progress: e.progress,
          lastReportedOn: e.lastReportedOn,
          rag: e.rag,
          ragReasons: e.ragReasons,
          overdue: e.overdue,
          daysOverdue: e.daysOverdue,
          milestones: [...action.milestones]
            .sort((a, b) => a.position - b.position)
            .map((m) => ({ id: m.id, overdue: isMilestoneOverdue(m, e.status, seeded.today) })),
        });
      }
    }
  });

  it('filters the actions connection as the rules say', async () => {
    const admin = world.clients.admin;
    const { seeded, actions } = plans[0];
    const evaluated = actions.map((action) => ({ action, evaluation: evaluateAction(action.facts, seeded.today, seeded.settings) }));
    const agency = seeded.agencies[1].id;
    const cases: [Record<string, unknown>, (e: Evaluated) => boolean][] = [
      [{ rag: ['RED', 'AMBER'] }, (e) => e.evaluation.rag === 'RED' || e.evaluation.rag === 'AMBER'],
      [{ status: ['ON_HOLD', 'CANCELLED'] }, (e) => ['ON_HOLD', 'CANCELLED'].includes(e.evaluation.status)],
      [{ overdue: true }, (e) => e.evaluation.overdue],
      [{ overdue: false, pillar: 'PREVENT' }, (e) => !e.evaluation.overdue && e.action.pillar === 'PREVENT'],
      [{ agencyId: agency }, (e) => e.action.leadAgencyId === agency || e.action.supportingAgencyIds.includes(agency)],
      [{ leadAgencyId: agency, dueBefore: '2025-06-30', dueAfter: '2024-12-01' }, (e) => e.action.leadAgencyId === agency && e.action.dueDate <= '2025-06-30' && e.action.dueDate >= '2024-12-01'],
      [{ objectiveId: seeded.objectives[0].id }, (e) => e.action.objectiveId === seeded.objectives[0].id],
      [{ search: 'x1' }, (e) => /x1/i.test(e.action.ref) || /x1/i.test(`Action ${e.action.ref}`)],
      [{ search: '1_' }, (e) => e.action.ref.includes('1_')],
      [{ status: [] }, () => true],
    ];
    for (const [filter, predicate] of cases) {
      const { actions: page }: any = await admin.ok(
        `query($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter, first: 200) { totalCount edges { node { ref } } } }`,
        { plan: seeded.planId, filter },
      );
      const expected = evaluated.filter(predicate).map((e) => e.action.ref).sort(compareRefs);
      expect({ filter, refs: page.edges.map((edge: any) => edge.node.ref) }).toEqual({ filter, refs: expected });
      expect(page.totalCount).toBe(expected.length);
    }
  });

  it('builds every board report figure as rollUp and evaluateAction do, as of past, present and future dates', async () => {
    const admin = world.clients.admin;
    const rng = prng(SEED + 2);
    for (const { seeded, actions } of plans) {
      const dates = asOfDates(seeded, rng);
      for (const asOf of dates) {
        const since = rng.chance(0.2) ? null : addDays(asOf, -rng.int(1, 200));
        const { boardReport: report }: any = await admin.ok(BOARD_REPORT, { plan: seeded.planId, asOf, since });
        const now = actions.map((action) => ({ action, evaluation: evaluateAction(action.facts, asOf, seeded.settings) }));
        const label = `${seeded.timezone} as of ${asOf} since ${since}`;
        const group = (keep: (e: Evaluated) => boolean): RollUp => rollUp(now.filter(keep).map((e) => e.evaluation));
        const ordered = [...now].sort((a, b) => compareRefs(a.action.ref, b.action.ref));

        expect({ label, asOf: report.asOf, since: report.since }).toEqual({ label, asOf, since });
        expect({ label, overall: report.overall }).toEqual({ label, overall: group(() => true) });
        expect({ label, byPillar: report.byPillar }).toEqual({
          label,
          byPillar: PILLARS.map((pillar) => ({ pillar, rollUp: group((e) => e.action.pillar === pillar) })),
        });
        const strategyOrder = [...seeded.objectives].sort((a, b) => PILLARS.indexOf(a.pillar as never) - PILLARS.indexOf(b.pillar as never) || a.position - b.position);
        expect({ label, byObjective: report.byObjective }).toEqual({
          label,
          byObjective: strategyOrder.map((o) => ({ objective: { id: o.id }, rollUp: group((e) => e.action.objectiveId === o.id) })),
        });
        const leads = seeded.agencies.filter((ag) => actions.some((a) => a.leadAgencyId === ag.id)).sort((a, b) => (a.name < b.name ? -1 : 1));
        expect({ label, byAgency: report.byAgency }).toEqual({
          label,
          byAgency: leads.map((ag) => ({ agency: { id: ag.id, name: ag.name }, rollUp: group((e) => e.action.leadAgencyId === ag.id) })),
        });

        expect({ label, overdue: report.overdueActions }).toEqual({
          label,
          overdue: ordered.filter((e) => e.evaluation.overdue).sort((a, b) => b.evaluation.daysOverdue - a.evaluation.daysOverdue).map(expectedRow),
        });
        expect({ label, dueSoon: report.dueSoon }).toEqual({
          label,
          dueSoon: ordered.filter((e) => e.evaluation.dueSoon).sort((a, b) => compareDates(a.action.dueDate, b.action.dueDate)).map(expectedRow),
        });
        expect({ label, stale: report.staleActions }).toEqual({ label, stale: ordered.filter((e) => e.evaluation.stale).map(expectedRow) });

        const milestones = ordered
          .flatMap((e) =>
            e.action.milestones
              .filter((m) => isMilestoneOverdue(m, e.evaluation.status, asOf))
              .sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.position - b.position)
              .map((m) => ({ milestone: { id: m.id }, action: { id: e.action.id }, dueDate: m.dueDate, daysOverdue: daysBetween(m.dueDate, asOf) })),
          )
          .sort((a, b) => b.daysOverdue - a.daysOverdue);
        expect({ label, milestones: report.overdueMilestones }).toEqual({ label, milestones });

        const before = since === null ? [] : ordered.map((e) => evaluateAction(e.action.facts, since, seeded.settings));
        const changes =
          since === null
            ? []
            : ordered.flatMap((e, i) =>
                before[i].status !== e.evaluation.status || before[i].rag !== e.evaluation.rag
                  ? [{ action: { id: e.action.id }, ref: e.action.ref, statusBefore: before[i].status, statusAfter: e.evaluation.status, ragBefore: before[i].rag, ragAfter: e.evaluation.rag }]
                  : [],
              );
        expect({ label, changes: report.changes }).toEqual({ label, changes });

        const window =
          since === null
            ? []
            : actions
                .flatMap((a) => a.updates)
                .filter((u) => compareDates(u.reportedOn, since) > 0 && compareDates(u.reportedOn, asOf) <= 0)
                .sort((a, b) => compareDates(a.reportedOn, b.reportedOn) || a.seq - b.seq)
                .map((u) => ({ id: u.id, reportedOn: u.reportedOn }));
        expect({ label, updatesSince: report.updatesSince }).toEqual({ label, updatesSince: window });
      }
    }
  }, 120_000);

  it('lists overdue actions for an agency (lead or supporting) as the rules say', async () => {
    const admin = world.clients.admin;
    for (const { seeded, actions } of plans) {
      for (const agency of seeded.agencies) {
        const asOf = '2025-03-31';
        const { overdueActions }: any = await admin.ok(
          `query($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ${ROW_FIELDS} } }`,
          { plan: seeded.planId, asOf, agency: agency.id },
        );
        const expected = actions
          .filter((a) => a.leadAgencyId === agency.id || a.supportingAgencyIds.includes(agency.id))
          .map((action) => ({ action, evaluation: evaluateAction(action.facts, asOf, seeded.settings) }))
          .filter((e) => e.evaluation.overdue)
          .sort((a, b) => compareRefs(a.action.ref, b.action.ref))
          .sort((a, b) => b.evaluation.daysOverdue - a.evaluation.daysOverdue)
          .map(expectedRow);
        expect(overdueActions).toEqual(expected);
      }
    }
  });
});
