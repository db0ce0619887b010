import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { addDays, compareDates, daysBetween, todayIn } from '@app/calendar';
import { rollUp, RollUp } from '@app/board-report';
import {
  ACTION_STATE_PAIRS_SQL,
  ActionEvaluation,
  ActionFacts,
  ActionStateRaw,
  ActionStatus,
  ActionVersionFact,
  applyEdit,
  evaluateAction,
  evaluateActionHistory,
  evaluationOf,
  isMilestoneCompleteAsOf,
  MilestoneVersionFact,
  Rag,
  RuleSettings,
  SettingsVersionFact,
  versionAsOf,
  Versioned,
} from '@app/progress';
import { toActionStateRow } from '@app/progress';
import { graphql } from '../generated';
import type { ActionFilter } from '../generated/graphql';
import { createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The SQL reports (`actionStateSql` and the board report built on it) and the pure rules
 * (`evaluateAction`, `evaluateActionHistory`, `rollUp`) must agree on every figure. Plans with
 * random histories are written straight into the database and evaluated both ways as of many
 * dates. The plan's structure has a history too: actions and milestones enter the plan on random
 * days, and structural edits (due and start dates, titles, objectives, lead agencies, removals,
 * milestone dates and removals, the partnership's settings, objectives' pillars) take effect on
 * random days, in a random order (so back-dated corrections land after later edits). The database
 * keeps that history with its triggers; the test keeps its own model with the pure `applyEdit`.
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

interface ObjectiveVersion extends Versioned {
  pillar: string;
}

interface Seeded {
  planId: string;
  partnershipId: string;
  timezone: string;
  /** The settings' history (first version from '-infinity'). */
  settings: SettingsVersionFact[];
  today: string;
  objectives: { id: string; code: string; position: number; versions: ObjectiveVersion[] }[];
  agencies: { id: string; name: string }[];
}

/** What a report shows of an action's structure, with its history. */
interface ActionVersion extends ActionVersionFact {
  title: string;
  objectiveId: string;
  leadAgencyId: string;
}

interface MilestoneModel {
  id: string;
  position: number;
  versions: MilestoneVersionFact[];
}

interface LoadedAction {
  id: string;
  ref: string;
  supportingAgencyIds: string[];
  inPlanSince: string;
  versions: ActionVersion[];
  /** Today's values (the latest version): for the facts of the old-style rule. */
  facts: ActionFacts;
  milestones: MilestoneModel[];
  updates: { id: string; reportedOn: string; seq: number }[];
}

const randomDate = (rng: Rng, from: string, to: string): string => {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, rng.int(0, days));
};

/**
 * A structural edit the generator makes: a row of `table` changes from `effectiveFrom`. `apply`
 * updates the test's model and returns the columns to set, or null when nothing would change
 * (the history triggers keep the fields whose value changes, so an edit to the current value is
 * no edit).
 */
interface Edit {
  table: 'action' | 'milestone' | 'partnership' | 'objective';
  id: string;
  effectiveFrom: string;
  removal?: boolean;
  apply(): Record<string, string | number | null> | null;
}

const latest = <T>(versions: readonly T[]): T => versions[versions.length - 1];

/**
 * Writes one random plan (partnership, agencies, strategy, objectives, actions, milestones,
 * progress history), then its structural edits, and returns it with the test's model of it.
 */
async function seedPlan(server: TestServer, world: World, rng: Rng, spec: PlanSpec, index: number): Promise<{ seeded: Seeded; actions: LoadedAction[] }> {
  const db = server.db;
  const today = todayIn(spec.timezone, new Date(NOW));
  const partnershipId = randomUUID();
  await db.query(`INSERT INTO partnership (id, name, slug, timezone, stale_after_days, due_soon_days) VALUES ($1, $2, $3, $4, $5, $6)`, [
    partnershipId,
    `Agreement ${index}`,
    `agreement-${index}-${partnershipId.slice(0, 8)}`,
    spec.timezone,
    spec.settings.staleAfterDays,
    spec.settings.dueSoonDays,
  ]);
  const settings: SettingsVersionFact[] = [{ validFrom: '-infinity', validTo: null, ...spec.settings }];
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
  await db.query(`INSERT INTO strategy (id, partnership_id, title, start_date, end_date, status) VALUES ($1, $2, 'S', '2023-01-01', '2027-12-31', 'ACTIVE')`, [
    strategyId,
    partnershipId,
  ]);
  // Two objectives per pillar except PREPARE, which gets one left empty, to test empty groups.
  const objectives: Seeded['objectives'] = [];
  let code = 0;
  for (const pillar of ['PURSUE', 'PREVENT', 'PROTECT', 'PREVENT', 'PURSUE', 'PREPARE']) {
    const id = randomUUID();
    code += 1;
    const position = objectives.filter((o) => latest(o.versions).pillar === pillar).length + 1;
    await db.query(`INSERT INTO objective (id, partnership_id, strategy_id, pillar, code, title, position) VALUES ($1, $2, $3, $4, $5, 'O', $6)`, [
      id,
      partnershipId,
      strategyId,
      pillar,
      `O${code}`,
      position,
    ]);
    objectives.push({ id, code: `O${code}`, position, versions: [{ validFrom: '-infinity', validTo: null, pillar }] });
  }
  const usable = objectives.filter((o) => latest(o.versions).pillar !== 'PREPARE');
  const planId = randomUUID();
  await db.query(`INSERT INTO delivery_plan (id, partnership_id, strategy_id, title, start_date, end_date) VALUES ($1, $2, $3, 'P', '2024-01-01', '2026-12-31')`, [
    planId,
    partnershipId,
    strategyId,
  ]);

  const edits: Edit[] = [];
  const actions: LoadedAction[] = [];
  const updates: unknown[][] = [];
  for (let i = 0; i < spec.actions; i += 1) {
    const actionId = randomUUID();
    const ref = i % 17 === 16 ? `X${i}` : `${rng.int(1, 4)}.${i + 1}`;
    const leadAgency = agencies[rng.int(0, 3)]; // the fifth agency never leads
    const dueDate = randomDate(rng, '2024-03-01', '2026-06-30');
    const startDate = rng.chance(0.4) ? randomDate(rng, '2024-01-01', dueDate) : null;
    // Half have been in the plan since it began; the others entered it on a random day.
    const inPlanSince = rng.chance(0.5) ? '2024-01-01' : randomDate(rng, '2024-01-01', today);
    const objectiveId = rng.pick(usable).id;
    await db.query(
      `INSERT INTO action (id, partnership_id, delivery_plan_id, objective_id, ref, title, description, lead_agency_id, start_date, due_date, in_plan_since)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [actionId, partnershipId, planId, objectiveId, ref, `Action ${ref}`, rng.chance(0.5) ? 'Some text' : null, leadAgency.id, startDate, dueDate, inPlanSince],
    );
    const supportingAgencyIds: string[] = [];
    for (const supporter of agencies) {
      if (supporter.id !== leadAgency.id && rng.chance(0.25)) {
        await db.query(`INSERT INTO action_supporting_agency (action_id, agency_id, partnership_id) VALUES ($1, $2, $3)`, [actionId, supporter.id, partnershipId]);
        supportingAgencyIds.push(supporter.id);
      }
    }
    const action: LoadedAction = {
      id: actionId,
      ref,
      supportingAgencyIds,
      inPlanSince,
      versions: [{ validFrom: inPlanSince, validTo: null, inPlan: true, title: `Action ${ref}`, objectiveId, leadAgencyId: leadAgency.id, startDate, dueDate }],
      facts: { dueDate, updates: [], milestones: [] },
      milestones: [],
      updates: [],
    };
    actions.push(action);
    const milestones = rng.int(0, 3);
    for (let m = 0; m < milestones; m += 1) {
      const due = randomDate(rng, '2024-01-15', '2026-03-31');
      const completed = rng.chance(0.5) ? randomDate(rng, '2024-01-01', today) : null;
      const since = rng.chance(0.6) ? '2024-01-01' : randomDate(rng, '2024-01-01', today);
      const [{ id }] = (
        await db.query<{ id: string }>(
          `INSERT INTO milestone (partnership_id, action_id, title, due_date, completed_on, position, in_plan_since) VALUES ($1, $2, 'M', $3, $4, $5, $6) RETURNING id`,
          [partnershipId, actionId, due, completed, m + 1, since],
        )
      ).rows;
      const milestone: MilestoneModel = { id, position: m + 1, versions: [{ validFrom: since, validTo: null, inPlan: true, dueDate: due, completedOn: completed }] };
      action.milestones.push(milestone);
      if (rng.chance(0.3)) {
        const to = randomDate(rng, '2024-01-15', '2026-06-30');
        const from = randomDate(rng, '2024-01-01', today);
        edits.push({
          table: 'milestone',
          id,
          effectiveFrom: from,
          apply: () => {
            if (latest(milestone.versions).dueDate === to) return null;
            milestone.versions = applyEdit(milestone.versions, from, { dueDate: to });
            return { due_date: to };
          },
        });
      }
      if (rng.chance(0.15)) {
        const from = randomDate(rng, since, today);
        edits.push({
          table: 'milestone',
          id,
          effectiveFrom: from,
          removal: true,
          apply: () => {
            milestone.versions = applyEdit(milestone.versions, from, { inPlan: false });
            return { removed_on: from };
          },
        });
      }
    }
    // Structural edits of the action, each from a random day (some before it entered the plan:
    // they apply from its first day). New values are drawn when the edit is made, from the row as
    // it then stands, so the current row stays valid (due on or after start).
    const editCount = rng.pick([0, 0, 1, 1, 2, 3]);
    for (let k = 0; k < editCount; k += 1) {
      const from = randomDate(rng, '2024-01-01', today);
      const kind = rng.pick(['due', 'due', 'start', 'title', 'objective', 'lead'] as const);
      const field = (
        column: string,
        key: 'dueDate' | 'startDate' | 'title' | 'objectiveId' | 'leadAgencyId',
        draw: (now: ActionVersion) => string | null,
      ): Edit => ({
        table: 'action',
        id: actionId,
        effectiveFrom: from,
        apply: () => {
          const now = latest(action.versions);
          const to = draw(now);
          if (to === now[key]) return null;
          action.versions = applyEdit(action.versions, from, { [key]: to });
          return { [column]: to };
        },
      });
      if (kind === 'due') edits.push(field('due_date', 'dueDate', (now) => randomDate(rng, now.startDate ?? '2024-03-01', '2026-12-31')));
      else if (kind === 'start') edits.push(field('start_date', 'startDate', (now) => (rng.chance(0.3) ? null : randomDate(rng, '2024-01-01', now.dueDate))));
      else if (kind === 'title') edits.push(field('title', 'title', () => `Action ${ref} (renamed ${k})`));
      else if (kind === 'objective') edits.push(field('objective_id', 'objectiveId', () => rng.pick(usable).id));
      else edits.push(field('lead_agency_id', 'leadAgencyId', () => agencies[rng.int(0, 3)].id));
    }
    if (rng.chance(0.1)) {
      const from = randomDate(rng, inPlanSince, today);
      edits.push({
        table: 'action',
        id: actionId,
        effectiveFrom: from,
        removal: true,
        apply: () => {
          action.versions = applyEdit(action.versions, from, { inPlan: false });
          return { removed_on: from };
        },
      });
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
  // Settings changed once or twice, and one objective moved to another pillar.
  for (let k = rng.int(1, 2); k > 0; k -= 1) {
    const from = randomDate(rng, '2024-01-01', today);
    const next: RuleSettings = { staleAfterDays: rng.pick([7, 30, 45, 90, 120]), dueSoonDays: rng.pick([0, 14, 30, 60]) };
    edits.push({
      table: 'partnership',
      id: partnershipId,
      effectiveFrom: from,
      apply: () => {
        const now = latest(settings);
        const changes: Partial<RuleSettings> = {};
        if (next.staleAfterDays !== now.staleAfterDays) changes.staleAfterDays = next.staleAfterDays;
        if (next.dueSoonDays !== now.dueSoonDays) changes.dueSoonDays = next.dueSoonDays;
        if (Object.keys(changes).length === 0) return null;
        settings.splice(0, settings.length, ...applyEdit(settings, from, changes));
        return { stale_after_days: next.staleAfterDays, due_soon_days: next.dueSoonDays };
      },
    });
  }
  const moved = objectives[rng.int(0, 4)];
  const movedTo = rng.pick(PILLARS.filter((p) => p !== latest(moved.versions).pillar));
  const movedFrom = randomDate(rng, '2024-01-01', today);
  edits.push({
    table: 'objective',
    id: moved.id,
    effectiveFrom: movedFrom,
    apply: () => {
      moved.versions = applyEdit(moved.versions, movedFrom, { pillar: movedTo });
      return { pillar: movedTo };
    },
  });

  // Edits in a random order, removals last, each in its own transaction with its effective day.
  for (let i = edits.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [edits[i], edits[j]] = [edits[j], edits[i]];
  }
  edits.sort((a, b) => Number(a.removal ?? false) - Number(b.removal ?? false));
  const client = await db.connect();
  try {
    for (const edit of edits) {
      const set = edit.apply();
      if (set === null) continue;
      const columns = Object.keys(set);
      await client.query('BEGIN');
      await client.query(`SELECT set_config('tracker.effective_from', $1, true)`, [edit.effectiveFrom]);
      await client.query(`UPDATE ${edit.table} SET ${columns.map((c, n) => `${c} = $${n + 2}`).join(', ')} WHERE id = $1`, [edit.id, ...columns.map((c) => set[c])]);
      await client.query('COMMIT');
    }
  } finally {
    client.release();
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
  type Update = ActionFacts['updates'][number];
  type UpdateRow = { id: string; action_id: string; reported_on: string; seq: number; status: Update['status']; percent_complete: number; rag: Update['rag'] };
  const { rows } = await db.query<UpdateRow>(
    `SELECT u.id, u.action_id, u.reported_on::text AS reported_on, u.seq::int AS seq, u.status, u.percent_complete, u.rag
       FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.delivery_plan_id = $1`,
    [planId],
  );
  for (const action of actions) {
    const own = rows.filter((u) => u.action_id === action.id);
    const now = latest(action.versions);
    action.updates = own.map((u) => ({ id: u.id, reportedOn: u.reported_on, seq: u.seq }));
    action.facts = {
      dueDate: now.dueDate,
      updates: own.map((u) => ({ reportedOn: u.reported_on, seq: u.seq, status: u.status, percentComplete: u.percent_complete, rag: u.rag })),
      milestones: action.milestones.filter((m) => latest(m.versions).inPlan).map((m) => latest(m.versions)),
    };
  }
  return { seeded: { planId, partnershipId, timezone: spec.timezone, settings, today, objectives, agencies }, actions };
}

/** The action as of `asOf`, or null when it was not in the plan then. */
function evaluate(action: LoadedAction, seeded: Seeded, asOf: string): { evaluation: ActionEvaluation; version: ActionVersion } | null {
  const evaluation = evaluateActionHistory(
    { inPlanSince: action.inPlanSince, versions: action.versions, updates: action.facts.updates, milestones: action.milestones },
    asOf,
    seeded.settings,
  );
  return evaluation === null ? null : { evaluation, version: versionAsOf(action.versions, asOf)! };
}

function pillarAsOf(seeded: Seeded, objectiveId: string, asOf: string): string {
  return versionAsOf(seeded.objectives.find((o) => o.id === objectiveId)!.versions, asOf)!.pillar;
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

graphql(
  `fragment AgreementRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }`,
);
graphql(
  `fragment AgreementRow on ActionRow { ref title objective { id } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue action { id } }`,
);

const BOARD_REPORT = graphql(`query AgreementReport($plan: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since staleAfterDays dueSoonDays
    overall { ...AgreementRollUp }
    byPillar { pillar rollUp { ...AgreementRollUp } }
    byObjective { objective { id pillar } rollUp { ...AgreementRollUp } }
    byAgency { agency { id name } rollUp { ...AgreementRollUp } }
    overdueActions { ...AgreementRow }
    overdueMilestones { milestone { id } action { id } dueDate daysOverdue }
    dueSoon { ...AgreementRow }
    staleActions { ...AgreementRow }
    changes {
      action { id } ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter
      progressBefore progressAfter dueDateBefore dueDateAfter
    }
    updatesSince { id reportedOn }
  }
}`);

const ACTIONS_PAGE = graphql(`query AgreementActionsPage($plan: ID!, $after: String) { actions(deliveryPlanId: $plan, first: 37, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id ref dueDate status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { id overdue } } } } }`);

/** An action in the plan as of a date: its evaluation and the structure then in force. */
interface Evaluated {
  action: LoadedAction;
  evaluation: ActionEvaluation;
  version: ActionVersion;
  pillar: string;
}

function expectedRow(e: Evaluated) {
  return {
    ref: e.action.ref,
    title: e.version.title,
    objective: { id: e.version.objectiveId },
    pillar: e.pillar,
    leadAgency: { id: e.version.leadAgencyId },
    dueDate: e.version.dueDate,
    status: e.evaluation.status,
    progress: e.evaluation.progress,
    rag: e.evaluation.rag,
    ragReasons: e.evaluation.ragReasons,
    daysOverdue: e.evaluation.daysOverdue,
    action: { id: e.action.id },
  };
}

/** The actions in the plan as of `asOf`, evaluated by the pure rules over the test's model. */
function inPlan(seeded: Seeded, actions: readonly LoadedAction[], asOf: string): Evaluated[] {
  return actions.flatMap((action) => {
    const e = evaluate(action, seeded, asOf);
    return e === null ? [] : [{ action, ...e, pillar: pillarAsOf(seeded, e.version.objectiveId, asOf) }];
  });
}

describe('SQL reports agree with the pure rules', () => {
  let server: TestServer;
  let world: World;
  const plans: { seeded: Seeded; actions: LoadedAction[] }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server);
    const rng = prng(SEED);
    for (const [i, spec] of PLANS.entries()) plans.push(await seedPlan(server, world, rng, spec, i));
  }, 300_000);
  afterAll(() => server.close());

  /** As-of dates per plan: today, the day before and after, edges of the history, a leap day, random ones. */
  function asOfDates(seeded: Seeded, rng: Rng): string[] {
    const fixed = [seeded.today, addDays(seeded.today, -1), addDays(seeded.today, 1), '2024-01-01', '2023-12-31', '2024-02-29', '2026-07-01'];
    const random = Array.from({ length: 8 }, () => randomDate(rng, '2024-01-01', seeded.today));
    return [...new Set([...fixed, ...random])];
  }

  it('has generated a few hundred actions with ties, cancelled, completed and on-hold states, and a history of structural edits', async () => {
    const all = plans.flatMap((p) => p.actions);
    expect(all.length).toBeGreaterThanOrEqual(250);
    const ties = all.filter((a) => new Set(a.facts.updates.map((u) => u.reportedOn)).size < a.facts.updates.length);
    expect(ties.length).toBeGreaterThan(10);
    const latestStatus = all.map((a) => evaluateAction(a.facts, '2030-01-01', { staleAfterDays: 30, dueSoonDays: 30 }).status);
    for (const status of STATUSES) expect(latestStatus).toContain(status);
    // Re-baselined, removed, late entrants, moved milestones, and the settings changed in every plan.
    expect(all.filter((a) => new Set(a.versions.map((v) => v.dueDate)).size > 1).length).toBeGreaterThan(20);
    expect(all.filter((a) => a.versions.some((v) => !v.inPlan)).length).toBeGreaterThan(5);
    expect(all.filter((a) => a.inPlanSince !== '2024-01-01').length).toBeGreaterThan(50);
    expect(all.flatMap((a) => a.milestones).filter((m) => m.versions.length > 1).length).toBeGreaterThan(10);
    for (const { seeded } of plans) expect(seeded.settings.length).toBeGreaterThan(1);
    // The database kept as many versions as the model.
    const { rows } = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM action_version v JOIN action a ON a.id = v.action_id WHERE a.delivery_plan_id = ANY($1::uuid[])`,
      [plans.map((p) => p.seeded.planId)],
    );
    expect(rows[0].n).toBe(all.reduce((n, a) => n + a.versions.length, 0));
  });

  it('computes every action state as of many dates exactly as evaluateActionHistory', async () => {
    const rng = prng(SEED + 1);
    let compared = 0;
    for (const { seeded, actions } of plans) {
      const dates = asOfDates(seeded, rng);
      const pairs = actions.flatMap((a) => dates.map((asOf) => ({ actionId: a.id, asOf })));
      const { rows } = await server.db.query(ACTION_STATE_PAIRS_SQL, [pairs.map((p) => p.actionId), pairs.map((p) => p.asOf)]);
      const states = (rows as ActionStateRaw[]).map(toActionStateRow);
      // One row per pair whose action was in the plan on that day.
      const expectedPairs = pairs.filter(
        (p) =>
          evaluate(
            actions.find((a) => a.id === p.actionId)!,
            seeded,
            p.asOf,
          ) !== null,
      );
      expect(states).toHaveLength(expectedPairs.length);
      const byId = new Map(actions.map((a) => [a.id, a]));
      for (const state of states) {
        const action = byId.get(state.actionId)!;
        const expected = evaluate(action, seeded, state.asOf)!;
        expect({ ref: action.ref, asOf: state.asOf, dueDate: state.dueDate, ...evaluationOf(state) }).toEqual({
          ref: action.ref,
          asOf: state.asOf,
          dueDate: expected.version.dueDate,
          ...expected.evaluation,
        });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('shows each action as of today in its partnership timezone through the Action type and the actions connection', async () => {
    const admin = world.clients.admin;
    for (const { seeded, actions } of plans) {
      const current = inPlan(seeded, actions, seeded.today);
      const edges: ResultOf<typeof ACTIONS_PAGE>['actions']['edges'] = [];
      let after: string | null = null;
      for (;;) {
        // Annotated: `after` comes from the previous page, which TypeScript cannot infer through the loop.
        const { actions: page }: ResultOf<typeof ACTIONS_PAGE> = await admin.ok(ACTIONS_PAGE, { plan: seeded.planId, after });
        expect(page.totalCount).toBe(current.length);
        edges.push(...page.edges);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(edges.map((e) => e.node.ref)).toEqual(current.map((e) => e.action.ref).sort(compareRefs));
      const byId = new Map(current.map((e) => [e.action.id, e]));
      for (const { node } of edges) {
        const { action, evaluation: e, version } = byId.get(node.id)!;
        expect(node).toEqual({
          id: action.id,
          ref: action.ref,
          dueDate: version.dueDate,
          status: e.status,
          progress: e.progress,
          lastReportedOn: e.lastReportedOn,
          rag: e.rag,
          ragReasons: e.ragReasons,
          overdue: e.overdue,
          daysOverdue: e.daysOverdue,
          milestones: action.milestones
            .filter((m) => latest(m.versions).inPlan)
            .sort((a, b) => a.position - b.position)
            .map((m) => {
              const v = latest(m.versions);
              return { id: m.id, overdue: e.status !== 'CANCELLED' && !isMilestoneCompleteAsOf(v, seeded.today) && compareDates(v.dueDate, seeded.today) < 0 };
            }),
        });
      }
    }
  });

  it('filters the actions connection as the rules say', async () => {
    const admin = world.clients.admin;
    const { seeded, actions } = plans[0];
    const evaluated = inPlan(seeded, actions, seeded.today);
    const agency = seeded.agencies[1].id;
    const cases: [ActionFilter, (e: Evaluated) => boolean][] = [
      [{ rag: ['RED', 'AMBER'] }, (e) => e.evaluation.rag === 'RED' || e.evaluation.rag === 'AMBER'],
      [{ status: ['ON_HOLD', 'CANCELLED'] }, (e) => ['ON_HOLD', 'CANCELLED'].includes(e.evaluation.status)],
      [{ overdue: true }, (e) => e.evaluation.overdue],
      [{ overdue: false, pillar: 'PREVENT' }, (e) => !e.evaluation.overdue && e.pillar === 'PREVENT'],
      [{ agencyId: agency }, (e) => e.version.leadAgencyId === agency || e.action.supportingAgencyIds.includes(agency)],
      [
        { leadAgencyId: agency, dueBefore: '2025-06-30', dueAfter: '2024-12-01' },
        (e) => e.version.leadAgencyId === agency && e.version.dueDate <= '2025-06-30' && e.version.dueDate >= '2024-12-01',
      ],
      [{ objectiveId: seeded.objectives[0].id }, (e) => e.version.objectiveId === seeded.objectives[0].id],
      [{ search: 'x1' }, (e) => /x1/i.test(e.action.ref) || /x1/i.test(e.version.title)],
      [{ search: '1_' }, (e) => e.action.ref.includes('1_')],
      [{ status: [] }, () => true],
    ];
    for (const [filter, predicate] of cases) {
      const { actions: page } = await admin.ok(
        graphql(
          `query AgreementActions($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter, first: 200) { totalCount edges { node { ref } } } }`,
        ),
        { plan: seeded.planId, filter },
      );
      const expected = evaluated
        .filter(predicate)
        .map((e) => e.action.ref)
        .sort(compareRefs);
      expect({ filter, refs: page.edges.map((edge) => edge.node.ref) }).toEqual({ filter, refs: expected });
      expect(page.totalCount).toBe(expected.length);
    }
  });

  it('builds every board report figure as rollUp and evaluateActionHistory do, with the structure and settings in force, as of past, present and future dates', async () => {
    const admin = world.clients.admin;
    const rng = prng(SEED + 2);
    for (const { seeded, actions } of plans) {
      const dates = asOfDates(seeded, rng);
      for (const asOf of dates) {
        const since = rng.chance(0.2) ? null : addDays(asOf, -rng.int(1, 200));
        const { boardReport: report } = await admin.ok(BOARD_REPORT, { plan: seeded.planId, asOf, since });
        const now = inPlan(seeded, actions, asOf);
        const label = `${seeded.timezone} as of ${asOf} since ${since}`;
        const group = (keep: (e: Evaluated) => boolean): RollUp => rollUp(now.filter(keep).map((e) => e.evaluation));
        const ordered = [...now].sort((a, b) => compareRefs(a.action.ref, b.action.ref));
        const settings = versionAsOf(seeded.settings, asOf)!;

        expect({ label, asOf: report.asOf, since: report.since, staleAfterDays: report.staleAfterDays, dueSoonDays: report.dueSoonDays }).toEqual({
          label,
          asOf,
          since,
          staleAfterDays: settings.staleAfterDays,
          dueSoonDays: settings.dueSoonDays,
        });
        expect({ label, overall: report.overall }).toEqual({ label, overall: group(() => true) });
        expect({ label, byPillar: report.byPillar }).toEqual({
          label,
          byPillar: PILLARS.map((pillar) => ({ pillar, rollUp: group((e) => e.pillar === pillar) })),
        });
        const pillarOf = (o: Seeded['objectives'][number]) => versionAsOf(o.versions, asOf)!.pillar;
        const strategyOrder = [...seeded.objectives].sort(
          (a, b) => PILLARS.indexOf(pillarOf(a) as never) - PILLARS.indexOf(pillarOf(b) as never) || a.position - b.position || a.code.localeCompare(b.code),
        );
        expect({ label, byObjective: report.byObjective }).toEqual({
          label,
          byObjective: strategyOrder.map((o) => ({ objective: { id: o.id, pillar: pillarOf(o) }, rollUp: group((e) => e.version.objectiveId === o.id) })),
        });
        const leads = seeded.agencies.filter((ag) => now.some((e) => e.version.leadAgencyId === ag.id)).sort((a, b) => (a.name < b.name ? -1 : 1));
        expect({ label, byAgency: report.byAgency }).toEqual({
          label,
          byAgency: leads.map((ag) => ({ agency: { id: ag.id, name: ag.name }, rollUp: group((e) => e.version.leadAgencyId === ag.id) })),
        });

        expect({ label, overdue: report.overdueActions }).toEqual({
          label,
          overdue: ordered
            .filter((e) => e.evaluation.overdue)
            .sort((a, b) => b.evaluation.daysOverdue - a.evaluation.daysOverdue)
            .map(expectedRow),
        });
        expect({ label, dueSoon: report.dueSoon }).toEqual({
          label,
          dueSoon: ordered
            .filter((e) => e.evaluation.dueSoon)
            .sort((a, b) => compareDates(a.version.dueDate, b.version.dueDate))
            .map(expectedRow),
        });
        expect({ label, stale: report.staleActions }).toEqual({ label, stale: ordered.filter((e) => e.evaluation.stale).map(expectedRow) });

        const milestones = ordered
          .flatMap((e) =>
            e.action.milestones
              .map((m) => ({ m, v: versionAsOf(m.versions, asOf) }))
              .filter(
                ({ v }) => v !== null && v.inPlan && e.evaluation.status !== 'CANCELLED' && !isMilestoneCompleteAsOf(v, asOf) && compareDates(v.dueDate, asOf) < 0,
              )
              .sort((a, b) => compareDates(a.v!.dueDate, b.v!.dueDate) || a.m.position - b.m.position)
              .map(({ m, v }) => ({ milestone: { id: m.id }, action: { id: e.action.id }, dueDate: v!.dueDate, daysOverdue: daysBetween(v!.dueDate, asOf) })),
          )
          .sort((a, b) => b.daysOverdue - a.daysOverdue);
        expect({ label, milestones: report.overdueMilestones }).toEqual({ label, milestones });

        const changes =
          since === null
            ? []
            : [...actions]
                .sort((a, b) => compareRefs(a.ref, b.ref))
                .flatMap((action) => {
                  const before = evaluate(action, seeded, since);
                  const after = evaluate(action, seeded, asOf);
                  if (before === null && after === null) return [];
                  const kinds: string[] = [];
                  if (before === null) kinds.push('ADDED');
                  else if (after === null) kinds.push('REMOVED');
                  else {
                    if (before.evaluation.status !== after.evaluation.status || before.evaluation.rag !== after.evaluation.rag) kinds.push('STATUS_OR_RAG');
                    if (before.version.dueDate !== after.version.dueDate) kinds.push('DUE_DATE_MOVED');
                    if (before.evaluation.rag === after.evaluation.rag && Math.abs(after.evaluation.progress - before.evaluation.progress) >= 10)
                      kinds.push('PROGRESS_MOVED');
                  }
                  if (kinds.length === 0) return [];
                  return [
                    {
                      action: { id: action.id },
                      ref: action.ref,
                      kinds,
                      statusBefore: before?.evaluation.status ?? 'NOT_STARTED',
                      statusAfter: after?.evaluation.status ?? before!.evaluation.status,
                      ragBefore: before?.evaluation.rag ?? null,
                      ragAfter: after?.evaluation.rag ?? null,
                      ragReasonsBefore: before?.evaluation.ragReasons ?? [],
                      ragReasonsAfter: after?.evaluation.ragReasons ?? [],
                      progressBefore: before?.evaluation.progress ?? null,
                      progressAfter: after?.evaluation.progress ?? null,
                      dueDateBefore: before?.version.dueDate ?? null,
                      dueDateAfter: after?.version.dueDate ?? null,
                    },
                  ];
                });
        expect({ label, changes: report.changes }).toEqual({ label, changes });

        const window =
          since === null
            ? []
            : now
                .flatMap((e) => e.action.updates)
                .filter((u) => compareDates(u.reportedOn, since) > 0 && compareDates(u.reportedOn, asOf) <= 0)
                .sort((a, b) => compareDates(a.reportedOn, b.reportedOn) || a.seq - b.seq)
                .map((u) => ({ id: u.id, reportedOn: u.reportedOn }));
        expect({ label, updatesSince: report.updatesSince }).toEqual({ label, updatesSince: window });
      }
    }
  }, 120_000);

  it('lists overdue actions for an agency (lead as of the date, or supporting) as the rules say', async () => {
    const admin = world.clients.admin;
    for (const { seeded, actions } of plans) {
      for (const agency of seeded.agencies) {
        const asOf = '2025-03-31';
        const { overdueActions } = await admin.ok(
          graphql(
            `query AgreementOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ...AgreementRow } }`,
          ),
          { plan: seeded.planId, asOf, agency: agency.id },
        );
        const expected = inPlan(seeded, actions, asOf)
          .filter((e) => e.version.leadAgencyId === agency.id || e.action.supportingAgencyIds.includes(agency.id))
          .filter((e) => e.evaluation.overdue)
          .sort((a, b) => compareRefs(a.action.ref, b.action.ref))
          .sort((a, b) => b.evaluation.daysOverdue - a.evaluation.daysOverdue)
          .map(expectedRow);
        expect(overdueActions).toEqual(expected);
      }
    }
  });
});
