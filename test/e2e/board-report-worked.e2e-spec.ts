import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import type { ActionFilter, ReportProgressInput } from '../generated/graphql';
import { createAction, createPlan, createWorld, World } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/*
 * A worked example of the board report (DESIGN.md "The rules", "Board report"): a realistic plan
 * of 12 actions entered through the public API, every figure worked out by hand and written below
 * as a literal. Nothing here calls the rules or the code under test to compute an expectation.
 *
 * Clock: 2025-09-30 12:00 UTC = 13:00 in London (BST), so today D = 2025-09-30.
 * Partnership defaults: staleAfterDays = 30, dueSoonDays = 30.
 *   As of D = 2025-09-30: stale when last update < 2025-08-31; due soon when 2025-09-30 ≤ due ≤ 2025-10-30.
 *   As of P = 2025-06-30: stale when last update < 2025-05-31; due soon when 2025-06-30 ≤ due ≤ 2025-07-30.
 *   As of Q = 2025-03-31: stale when last update < 2025-03-01; due soon when 2025-03-31 ≤ due ≤ 2025-04-30.
 *
 * The plan (objective PV1 = PREVENT, PU1 = PURSUE, PT1 = PROTECT; PREPARE has no action).
 * Updates are listed in the order they are entered (creation order breaks reportedOn ties).
 *
 * ref  | obj | lead    | due        | milestones (due → completed)               | updates: reportedOn status % rag
 * 1.1  | PV1 | Council | 2025-10-30 | –                                          | 06-25 IP 40 G; 09-20 IP 70 A
 * 1.2  | PV1 | Council | 2026-01-31 | –                                          | 08-31 IP 20 G (exactly 30 days before D)
 * 1.3  | PV1 | Charity | 2025-09-30 | –                                          | 03-15 IP 40 G; 09-29 IP 95 G
 * 1.10 | PV1 | Council | 2026-09-30 | –                                          | none
 * 2.1  | PU1 | Police  | 2025-06-20 | 07-31 → never                              | 04-10 IP 30 G; 07-20 IP 60 –
 * 2.2  | PU1 | Fire    | 2025-07-25 | 07-15 → never                              | 05-30 IP 30 –; 08-01 CANCELLED 30 –
 * 2.9  | PU1 | Police  | 2025-09-01 | –                                          | 06-02 IP 20 R; 09-15 IP 45 G; then 09-15 IP 35 R (tie: later wins)
 * 2.10 | PU1 | Police  | 2025-09-01 | –                                          | 06-30 IP 50 G; 09-25 IP 90 G
 * 3.1  | PT1 | Health  | 2026-06-30 | 06-15 → 07-10; 09-15 → never               | 05-31 IP 25 G; 09-10 IP 50 G
 * 3.2  | PT1 | Health  | 2026-03-31 | –                                          | 08-30 IP 40 –; then back-dated 06-20 IP 15 G
 * 3.3  | PT1 | Charity | 2025-10-31 | –                                          | 05-01 IP 10 G; 09-05 IP 30 G; then 09-05 ON_HOLD 25 – (tie)
 * 3.4  | PT1 | Health  | 2025-06-15 | 05-31 → 05-30                              | 04-01 IP 60 A; 09-12 COMPLETED 100 –
 *
 * State as of D = 2025-09-30 (IP = IN_PROGRESS):
 * ref  | status      | prog | rag   | reasons                                      | overdue (days) | due soon | stale
 * 1.1  | IP          |  70  | AMBER | REPORTED_AMBER                               | –              | yes (D+30) | no
 * 1.2  | IP          |  20  | GREEN | –                                            | –              | no       | no (08-31 = D−30)
 * 1.3  | IP          |  95  | GREEN | –                                            | – (due today)  | yes (D)  | no
 * 1.10 | NOT_STARTED |   0  | AMBER | NO_RECENT_UPDATE                             | –              | no       | yes (none)
 * 2.1  | IP          |  60  | RED   | OVERDUE, MILESTONE_OVERDUE, NO_RECENT_UPDATE | 102            | no       | yes (07-20)
 * 2.2  | CANCELLED   |  30  | –     | –                                            | left out of every roll-up and list
 * 2.9  | IP          |  35  | RED   | OVERDUE, REPORTED_RED                        | 29             | no       | no
 * 2.10 | IP          |  90  | RED   | OVERDUE                                      | 29             | no       | no
 * 3.1  | IP          |  50  | AMBER | MILESTONE_OVERDUE (09-15, 15 days)           | –              | no       | no
 * 3.2  | IP          |  40  | AMBER | NO_RECENT_UPDATE                             | –              | no       | yes (08-30 = D−31)
 * 3.3  | ON_HOLD     |  25  | AMBER | ON_HOLD                                      | –              | no (D+31) | no
 * 3.4  | COMPLETED   | 100  | BLUE  | –                                            | – (completed)  | no       | no
 *   Overall: 11 actions + 1 cancelled; progress 585 / 11 = 53.18… → 53.2.
 *   PREVENT 185 / 4 = 46.25 → 46.3 (half-up; half-even would give 46.2); PURSUE 185 / 3 = 61.67 → 61.7;
 *   PROTECT 215 / 4 = 53.75 → 53.8. Charity 120 / 2 = 60; Council 90 / 3 = 30; Fire only cancelled → 0;
 *   Health 190 / 3 = 63.33 → 63.3; Police 185 / 3 = 61.7.
 *
 * State as of P = 2025-06-30 (every update reported later is ignored; 3.1's first milestone was
 * completed on 07-10, so it is still overdue as of P):
 * ref  | status      | prog | rag   | reasons                                      | overdue | due soon | stale
 * 1.1  | IP          |  40  | GREEN | –                                            | –       | no       | no (06-25)
 * 1.2  | NOT_STARTED |   0  | AMBER | NO_RECENT_UPDATE                             | –       | no       | yes (none yet)
 * 1.3  | IP          |  40  | AMBER | NO_RECENT_UPDATE                             | –       | no       | yes (03-15)
 * 1.10 | NOT_STARTED |   0  | AMBER | NO_RECENT_UPDATE                             | –       | no       | yes
 * 2.1  | IP          |  30  | RED   | OVERDUE, NO_RECENT_UPDATE                    | 10      | no       | yes (04-10)
 * 2.2  | IP          |  30  | AMBER | NO_RECENT_UPDATE                             | –       | yes (07-25) | yes (05-30 = P−31)
 * 2.9  | IP          |  20  | RED   | REPORTED_RED                                 | –       | no       | no (06-02)
 * 2.10 | IP          |  50  | GREEN | –                                            | –       | no       | no (06-30 = P)
 * 3.1  | IP          |  25  | AMBER | MILESTONE_OVERDUE (06-15, 15 days)           | –       | no       | no (05-31 = P−30)
 * 3.2  | IP          |  15  | GREEN | –                                            | –       | no       | no (06-20)
 * 3.3  | IP          |  10  | AMBER | NO_RECENT_UPDATE                             | –       | no       | yes (05-01)
 * 3.4  | IP          |  60  | RED   | OVERDUE, NO_RECENT_UPDATE, REPORTED_AMBER    | 15      | no       | yes (04-01)
 *   Overall: 12 actions; progress 320 / 12 = 26.67 → 26.7. PREVENT 80 / 4 = 20; PURSUE 130 / 4 = 32.5;
 *   PROTECT 110 / 4 = 27.5. Charity 50 / 2 = 25; Council 40 / 3 = 13.3; Fire 30; Health 100 / 3 = 33.3;
 *   Police 100 / 3 = 33.3.
 *
 * As of Q = 2025-03-31 only 1.3 has an update (03-15, IP 40 GREEN, fresh): GREEN. Every other
 * action is NOT_STARTED, AMBER [NO_RECENT_UPDATE].
 */

const NOW = '2025-09-30T12:00:00Z';
const D = '2025-09-30';
const P = '2025-06-30';
const Q = '2025-03-31';

type Who = 'coordinator' | 'police' | 'health' | 'voluntary';
type AgencyKey = keyof World['agencies'];
type ObjectiveKey = keyof World['objectives'];
type Status = 'NOT_STARTED' | 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';
type Rag = 'RED' | 'AMBER' | 'GREEN' | 'BLUE';

interface UpdateSpec {
  by: Who;
  on: string;
  status: Status;
  percent: number;
  rag?: 'RED' | 'AMBER' | 'GREEN';
  narrative: string;
}

interface ActionSpec {
  ref: string;
  title: string;
  objective: ObjectiveKey;
  lead: AgencyKey;
  supporting?: AgencyKey[];
  due: string;
  milestones?: { title: string; due: string; completedOn?: string }[];
  updates?: UpdateSpec[];
}

/** The plan, in the order the coordinator enters it (deliberately not ref order). */
const PLAN: ActionSpec[] = [
  { ref: '1.10', title: 'Community awareness campaign', objective: 'prevent', lead: 'council', due: '2026-09-30' },
  {
    ref: '1.1',
    title: 'Business supply-chain pledge',
    objective: 'prevent',
    lead: 'council',
    due: '2025-10-30',
    updates: [
      { by: 'coordinator', on: '2025-06-25', status: 'IN_PROGRESS', percent: 40, rag: 'GREEN', narrative: '1.1 pledge drafted' },
      { by: 'coordinator', on: '2025-09-20', status: 'IN_PROGRESS', percent: 70, rag: 'AMBER', narrative: '1.1 few signatories' },
    ],
  },
  {
    ref: '1.2',
    title: 'Modern slavery lessons in schools',
    objective: 'prevent',
    lead: 'council',
    due: '2026-01-31',
    updates: [{ by: 'coordinator', on: '2025-08-31', status: 'IN_PROGRESS', percent: 20, rag: 'GREEN', narrative: '1.2 lesson plans written' }],
  },
  {
    ref: '1.3',
    title: 'Awareness training for frontline staff',
    objective: 'prevent',
    lead: 'voluntary',
    supporting: ['council', 'health'],
    due: '2025-09-30',
    updates: [
      { by: 'voluntary', on: '2025-03-15', status: 'IN_PROGRESS', percent: 40, rag: 'GREEN', narrative: '1.3 first cohort trained' },
      { by: 'voluntary', on: '2025-09-29', status: 'IN_PROGRESS', percent: 95, rag: 'GREEN', narrative: '1.3 last cohort booked' },
    ],
  },
  {
    ref: '2.10',
    title: 'Financial investigation training',
    objective: 'pursue',
    lead: 'police',
    supporting: ['health'],
    due: '2025-09-01',
    updates: [
      { by: 'police', on: '2025-06-30', status: 'IN_PROGRESS', percent: 50, rag: 'GREEN', narrative: '2.10 course half run' },
      { by: 'police', on: '2025-09-25', status: 'IN_PROGRESS', percent: 90, rag: 'GREEN', narrative: '2.10 nearly there' },
    ],
  },
  {
    ref: '2.9',
    title: 'Intelligence sharing agreement',
    objective: 'pursue',
    lead: 'police',
    due: '2025-09-01',
    updates: [
      { by: 'police', on: '2025-06-02', status: 'IN_PROGRESS', percent: 20, rag: 'RED', narrative: '2.9 legal review stalled' },
      { by: 'police', on: '2025-09-15', status: 'IN_PROGRESS', percent: 45, rag: 'GREEN', narrative: '2.9 signed by two agencies' },
      { by: 'coordinator', on: '2025-09-15', status: 'IN_PROGRESS', percent: 35, rag: 'RED', narrative: '2.9 correction: one signature withdrawn' },
    ],
  },
  {
    ref: '2.1',
    title: 'Joint disruption operations',
    objective: 'pursue',
    lead: 'police',
    due: '2025-06-20',
    milestones: [{ title: 'Operation plan agreed', due: '2025-07-31' }],
    updates: [
      { by: 'police', on: '2025-04-10', status: 'IN_PROGRESS', percent: 30, rag: 'GREEN', narrative: '2.1 targets identified' },
      { by: 'police', on: '2025-07-20', status: 'IN_PROGRESS', percent: 60, narrative: '2.1 first operation run' },
    ],
  },
  {
    ref: '2.2',
    title: 'Joint premises inspections',
    objective: 'pursue',
    lead: 'fire',
    due: '2025-07-25',
    milestones: [{ title: 'Inspection schedule agreed', due: '2025-07-15' }],
    updates: [
      { by: 'coordinator', on: '2025-05-30', status: 'IN_PROGRESS', percent: 30, narrative: '2.2 premises listed' },
      { by: 'coordinator', on: '2025-08-01', status: 'CANCELLED', percent: 30, narrative: '2.2 superseded by regional operation' },
    ],
  },
  {
    ref: '3.4',
    title: 'Victim identification training for health staff',
    objective: 'protect',
    lead: 'health',
    due: '2025-06-15',
    milestones: [{ title: 'Training materials approved', due: '2025-05-31', completedOn: '2025-05-30' }],
    updates: [
      { by: 'health', on: '2025-04-01', status: 'IN_PROGRESS', percent: 60, rag: 'AMBER', narrative: '3.4 trainers short' },
      { by: 'health', on: '2025-09-12', status: 'COMPLETED', percent: 100, narrative: '3.4 all staff trained' },
    ],
  },
  {
    ref: '3.3',
    title: 'Independent advocates for survivors',
    objective: 'protect',
    lead: 'voluntary',
    due: '2025-10-31',
    updates: [
      { by: 'voluntary', on: '2025-05-01', status: 'IN_PROGRESS', percent: 10, rag: 'GREEN', narrative: '3.3 recruiting' },
      { by: 'voluntary', on: '2025-09-05', status: 'IN_PROGRESS', percent: 30, rag: 'GREEN', narrative: '3.3 two advocates in post' },
      { by: 'coordinator', on: '2025-09-05', status: 'ON_HOLD', percent: 25, narrative: '3.3 funding paused' },
    ],
  },
  {
    ref: '3.2',
    title: 'Safe accommodation beds',
    objective: 'protect',
    lead: 'health',
    due: '2026-03-31',
    updates: [
      { by: 'health', on: '2025-08-30', status: 'IN_PROGRESS', percent: 40, narrative: '3.2 four beds open' },
      { by: 'coordinator', on: '2025-06-20', status: 'IN_PROGRESS', percent: 15, rag: 'GREEN', narrative: '3.2 last quarter return' },
    ],
  },
  {
    ref: '3.1',
    title: 'Survivor support pathway',
    objective: 'protect',
    lead: 'health',
    due: '2026-06-30',
    milestones: [
      { title: 'Pathway agreed', due: '2025-06-15', completedOn: '2025-07-10' },
      { title: 'Referral service live', due: '2025-09-15' },
    ],
    updates: [
      { by: 'health', on: '2025-05-31', status: 'IN_PROGRESS', percent: 25, rag: 'GREEN', narrative: '3.1 partners consulted' },
      { by: 'health', on: '2025-09-10', status: 'IN_PROGRESS', percent: 50, rag: 'GREEN', narrative: '3.1 pathway published' },
    ],
  },
];

const SPEC = new Map(PLAN.map((a) => [a.ref, a]));
const CODE: Record<ObjectiveKey, string> = { prevent: 'PV1', pursue: 'PU1', protect: 'PT1', prepare: 'PR1' };
const PILLAR: Record<ObjectiveKey, string> = { prevent: 'PREVENT', pursue: 'PURSUE', protect: 'PROTECT', prepare: 'PREPARE' };

/** Hand-worked state of one action: status, progress, rag, reasons, days overdue. */
type State = [Status, number, Rag | null, string[], number];

// As of D = 2025-09-30 (see the table above).
const AT_D: Record<string, State> = {
  '1.1': ['IN_PROGRESS', 70, 'AMBER', ['REPORTED_AMBER'], 0],
  '1.2': ['IN_PROGRESS', 20, 'GREEN', [], 0],
  '1.3': ['IN_PROGRESS', 95, 'GREEN', [], 0],
  '1.10': ['NOT_STARTED', 0, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '2.1': ['IN_PROGRESS', 60, 'RED', ['OVERDUE', 'MILESTONE_OVERDUE', 'NO_RECENT_UPDATE'], 102],
  '2.2': ['CANCELLED', 30, null, [], 0],
  '2.9': ['IN_PROGRESS', 35, 'RED', ['OVERDUE', 'REPORTED_RED'], 29],
  '2.10': ['IN_PROGRESS', 90, 'RED', ['OVERDUE'], 29],
  '3.1': ['IN_PROGRESS', 50, 'AMBER', ['MILESTONE_OVERDUE'], 0],
  '3.2': ['IN_PROGRESS', 40, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '3.3': ['ON_HOLD', 25, 'AMBER', ['ON_HOLD'], 0],
  '3.4': ['COMPLETED', 100, 'BLUE', [], 0],
};

// As of P = 2025-06-30 (see the table above).
const AT_P: Record<string, State> = {
  '1.1': ['IN_PROGRESS', 40, 'GREEN', [], 0],
  '1.2': ['NOT_STARTED', 0, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '1.3': ['IN_PROGRESS', 40, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '1.10': ['NOT_STARTED', 0, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '2.1': ['IN_PROGRESS', 30, 'RED', ['OVERDUE', 'NO_RECENT_UPDATE'], 10],
  '2.2': ['IN_PROGRESS', 30, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '2.9': ['IN_PROGRESS', 20, 'RED', ['REPORTED_RED'], 0],
  '2.10': ['IN_PROGRESS', 50, 'GREEN', [], 0],
  '3.1': ['IN_PROGRESS', 25, 'AMBER', ['MILESTONE_OVERDUE'], 0],
  '3.2': ['IN_PROGRESS', 15, 'GREEN', [], 0],
  '3.3': ['IN_PROGRESS', 10, 'AMBER', ['NO_RECENT_UPDATE'], 0],
  '3.4': ['IN_PROGRESS', 60, 'RED', ['OVERDUE', 'NO_RECENT_UPDATE', 'REPORTED_AMBER'], 15],
};

/** A roll-up literal: counts, progress, [notStarted, inProgress, onHold, completed], [red, amber, green, blue]. */
function rollUp(
  total: number,
  cancelled: number,
  completed: number,
  overdue: number,
  dueSoon: number,
  stale: number,
  progress: number,
  [notStarted, inProgress, onHold, done]: number[],
  [red, amber, green, blue]: number[],
) {
  return {
    total,
    cancelled,
    completed,
    overdue,
    dueSoon,
    stale,
    progress,
    byStatus: { notStarted, inProgress, onHold, completed: done },
    byRag: { red, amber, green, blue },
  };
}
const ZERO = rollUp(0, 0, 0, 0, 0, 0, 0, [0, 0, 0, 0], [0, 0, 0, 0]);

graphql(
  `fragment WorkedRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }`,
);
graphql(`fragment WorkedRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } }`);

/** Every as-of-asOf figure of the report; nothing here is "as of today", so a past report can be compared whole. */
const REPORT = graphql(`query WorkedBoardReport($plan: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since
    overall { ...WorkedRollUp }
    byPillar { pillar rollUp { ...WorkedRollUp } }
    byObjective { objective { code } rollUp { ...WorkedRollUp } }
    byAgency { agency { name } rollUp { ...WorkedRollUp } }
    overdueActions { ...WorkedRow }
    overdueMilestones { milestone { title dueDate completedOn } action { ref } dueDate daysOverdue }
    dueSoon { ...WorkedRow }
    staleActions { ...WorkedRow }
    changes { ref kinds statusBefore statusAfter ragBefore ragAfter action { ref } }
    updatesSince { reportedOn narrative percentComplete status rag author { name } agency { name } action { ref } }
  }
}`);

type Report = ResultOf<typeof REPORT>['boardReport'];

/** The report as of today with each row's own Action fields (also as of today), to compare the two. */
const TODAY_ROWS = graphql(`query WorkedBoardReport2($plan: ID!) {
  boardReport(deliveryPlanId: $plan) {
    asOf
    overdueActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }
    dueSoon { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }
    staleActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }
    overdueMilestones { milestone { title overdue } action { ref } }
  }
}`);

graphql(
  `fragment WorkedActionFields on Action { ref status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { title dueDate completedOn overdue } }`,
);
const ACTIONS = graphql(`query WorkedActions($plan: ID!, $filter: ActionFilter) {
  actions(deliveryPlanId: $plan, filter: $filter, first: 50) { totalCount edges { node { ...WorkedActionFields } } }
}`);

const OVERDUE = graphql(`query WorkedOverdueActions($plan: ID!, $asOf: Date, $agencyId: ID) {
  overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agencyId) { ref status progress rag ragReasons daysOverdue dueDate }
}`);

const REPORT_PROGRESS = graphql(`mutation WorkedReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`);
const ADD_MILESTONE = graphql(`mutation WorkedAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`);
const COMPLETE_MILESTONE = graphql(
  `mutation WorkedCompleteMilestone($id: ID!, $completedOn: Date) { completeMilestone(id: $id, completedOn: $completedOn) { id } }`,
);

interface EnteredPlan {
  planId: string;
  actionIds: Record<string, string>;
  milestoneIds: Record<string, string[]>;
}

async function newPlan(world: World, title: string): Promise<string> {
  return (await createPlan(world, title)).planId;
}

/** Enters PLAN through the public API: each action, its milestones (completed back-dated), then its updates in order. */
async function enterPlan(world: World, title: string): Promise<EnteredPlan> {
  const planId = await newPlan(world, title);
  const coordinator = world.clients.coordinator;
  const actionIds: Record<string, string> = {};
  const milestoneIds: Record<string, string[]> = {};
  for (const spec of PLAN) {
    const action = await createAction(
      coordinator,
      { ...world, planId },
      {
        ref: spec.ref,
        title: spec.title,
        objectiveId: world.objectives[spec.objective],
        leadAgencyId: world.agencies[spec.lead],
        supportingAgencyIds: (spec.supporting ?? []).map((key) => world.agencies[key]),
        dueDate: spec.due,
      },
    );
    actionIds[spec.ref] = action.id;
    milestoneIds[spec.ref] = [];
    for (const milestone of spec.milestones ?? []) {
      const { addMilestone } = await coordinator.ok(ADD_MILESTONE, {
        input: { actionId: action.id, title: milestone.title, dueDate: milestone.due, inPlanSince: '2024-01-01' },
      });
      milestoneIds[spec.ref].push(addMilestone.id);
      if (milestone.completedOn) await coordinator.ok(COMPLETE_MILESTONE, { id: addMilestone.id, completedOn: milestone.completedOn });
    }
    for (const update of spec.updates ?? []) {
      await world.clients[update.by].ok(REPORT_PROGRESS, {
        input: {
          actionId: action.id,
          reportedOn: update.on,
          narrative: update.narrative,
          percentComplete: update.percent,
          status: update.status,
          ...(update.rag ? { rag: update.rag } : {}),
        },
      });
    }
  }
  return { planId, actionIds, milestoneIds };
}

describe('board report, worked example of a 12-action plan (today 2025-09-30, Europe/London)', () => {
  let server: TestServer;
  let world: World;
  let board: GraphqlClient;
  let plan: EnteredPlan;
  /** Agency names (they carry a random suffix), by fixture key. */
  let agencyName: Record<AgencyKey, string>;

  /** The report row expected for `ref` from a hand-worked state table. */
  const row = (ref: string, table: Record<string, State>) => {
    const spec = SPEC.get(ref)!;
    const [status, progress, rag, ragReasons, daysOverdue] = table[ref];
    return {
      ref,
      title: spec.title,
      pillar: PILLAR[spec.objective],
      dueDate: spec.due,
      status,
      progress,
      rag,
      ragReasons,
      daysOverdue,
      objective: { code: CODE[spec.objective] },
      leadAgency: { name: agencyName[spec.lead] },
    };
  };

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server);
    board = world.clients.board;
    plan = await enterPlan(world, 'Modern Slavery Delivery Plan 2025');
    const { partnership } = await board.ok(
      graphql(`query WorkedPartnership($id: ID!) { partnership(id: $id) { staleAfterDays dueSoonDays timezone agencies { id name } } }`),
      {
        id: world.partnershipId,
      },
    );
    expect(partnership).toMatchObject({ staleAfterDays: 30, dueSoonDays: 30, timezone: 'Europe/London' });
    const byId = new Map<string, string>(partnership!.agencies.map((a) => [a.id, a.name]));
    agencyName = Object.fromEntries(Object.entries(world.agencies).map(([key, id]) => [key, byId.get(id)!])) as Record<AgencyKey, string>;
  }, 180_000);
  afterAll(() => server.close());

  describe('as of today, 2025-09-30', () => {
    let report: Report;
    beforeAll(async () => {
      report = (await board.ok(REPORT, { plan: plan.planId, asOf: D })).boardReport;
    });

    it('defaults asOf to today in the partnership timezone, with the same figures', async () => {
      const { boardReport } = await board.ok(REPORT, { plan: plan.planId });
      expect(boardReport.asOf).toBe(D);
      expect(boardReport).toEqual(report);
    });

    it('rolls up the whole plan: cancelled counted apart, mean progress rounded half-up', () => {
      expect(report.asOf).toBe(D);
      expect(report.since).toBeNull();
      // 11 actions (2.2 cancelled); 3.4 completed; overdue 2.1 2.9 2.10; due soon 1.1 1.3; stale 1.10 2.1 3.2;
      // progress 585 / 11 = 53.18 → 53.2; NS 1.10; IP 1.1 1.2 1.3 2.1 2.9 2.10 3.1 3.2; OH 3.3; C 3.4;
      // RED 2.1 2.9 2.10; AMBER 1.1 1.10 3.1 3.2 3.3; GREEN 1.2 1.3; BLUE 3.4.
      expect(report.overall).toEqual(rollUp(11, 1, 1, 3, 2, 3, 53.2, [1, 8, 1, 1], [3, 5, 2, 1]));
    });

    it('rolls up by pillar (all four, in order, PREPARE empty) and by objective in strategy order', () => {
      const prevent = rollUp(4, 0, 0, 0, 2, 1, 46.3, [1, 3, 0, 0], [0, 2, 2, 0]); // 185 / 4 = 46.25 → 46.3
      const pursue = rollUp(3, 1, 0, 3, 0, 1, 61.7, [0, 3, 0, 0], [3, 0, 0, 0]); // 185 / 3 = 61.67 → 61.7
      const protect = rollUp(4, 0, 1, 0, 0, 1, 53.8, [0, 2, 1, 1], [0, 3, 0, 1]); // 215 / 4 = 53.75 → 53.8
      expect(report.byPillar).toEqual([
        { pillar: 'PREVENT', rollUp: prevent },
        { pillar: 'PURSUE', rollUp: pursue },
        { pillar: 'PROTECT', rollUp: protect },
        { pillar: 'PREPARE', rollUp: ZERO },
      ]);
      expect(report.byObjective).toEqual([
        { objective: { code: 'PV1' }, rollUp: prevent },
        { objective: { code: 'PU1' }, rollUp: pursue },
        { objective: { code: 'PT1' }, rollUp: protect },
        { objective: { code: 'PR1' }, rollUp: ZERO },
      ]);
    });

    it('rolls up by lead agency, by name, with Fire (only a cancelled action) showing cancelled alone', () => {
      expect(report.byAgency).toEqual([
        // Charity: 1.3 (95, due today, GREEN), 3.3 (25, ON_HOLD, AMBER) → 120 / 2 = 60
        { agency: { name: agencyName.voluntary }, rollUp: rollUp(2, 0, 0, 0, 1, 0, 60, [0, 1, 1, 0], [0, 1, 1, 0]) },
        // Council: 1.1 (70, AMBER, due soon), 1.2 (20, GREEN), 1.10 (0, AMBER, stale) → 90 / 3 = 30
        { agency: { name: agencyName.council }, rollUp: rollUp(3, 0, 0, 0, 1, 1, 30, [1, 2, 0, 0], [0, 2, 1, 0]) },
        // Fire: 2.2 cancelled only
        { agency: { name: agencyName.fire }, rollUp: rollUp(0, 1, 0, 0, 0, 0, 0, [0, 0, 0, 0], [0, 0, 0, 0]) },
        // Health: 3.1 (50, AMBER), 3.2 (40, AMBER, stale), 3.4 (100, BLUE) → 190 / 3 = 63.33 → 63.3
        { agency: { name: agencyName.health }, rollUp: rollUp(3, 0, 1, 0, 0, 1, 63.3, [0, 2, 0, 1], [0, 2, 0, 1]) },
        // Police: 2.1 (60), 2.9 (35), 2.10 (90), all RED and overdue → 185 / 3 = 61.67 → 61.7
        { agency: { name: agencyName.police }, rollUp: rollUp(3, 0, 0, 3, 0, 1, 61.7, [0, 3, 0, 0], [3, 0, 0, 0]) },
      ]);
    });

    it('lists overdue actions most days overdue first, then in natural ref order (2.9 before 2.10)', () => {
      expect(report.overdueActions.map((r) => [r.ref, r.daysOverdue])).toEqual([
        ['2.1', 102],
        ['2.9', 29],
        ['2.10', 29],
      ]);
      expect(report.overdueActions).toEqual(['2.1', '2.9', '2.10'].map((ref) => row(ref, AT_D)));
    });

    it('lists overdue milestones, not those of the cancelled action nor those completed', () => {
      expect(report.overdueMilestones).toEqual([
        { milestone: { title: 'Operation plan agreed', dueDate: '2025-07-31', completedOn: null }, action: { ref: '2.1' }, dueDate: '2025-07-31', daysOverdue: 61 },
        { milestone: { title: 'Referral service live', dueDate: '2025-09-15', completedOn: null }, action: { ref: '3.1' }, dueDate: '2025-09-15', daysOverdue: 15 },
      ]);
    });

    it('lists due-soon actions soonest first: due today and due in exactly 30 days, not in 31', () => {
      expect(report.dueSoon.map((r) => [r.ref, r.dueDate])).toEqual([
        ['1.3', '2025-09-30'],
        ['1.1', '2025-10-30'],
      ]);
      expect(report.dueSoon).toEqual(['1.3', '1.1'].map((ref) => row(ref, AT_D)));
    });

    it('lists stale actions in ref order: none yet, 31 days old; not 30 days old', () => {
      expect(report.staleActions).toEqual(['1.10', '2.1', '3.2'].map((ref) => row(ref, AT_D)));
    });

    it('has no changes or updates without since', () => {
      expect(report.changes).toEqual([]);
      expect(report.updatesSince).toEqual([]);
    });
  });

  describe('as of a past date, 2025-06-30', () => {
    let report: Report;
    beforeAll(async () => {
      report = (await board.ok(REPORT, { plan: plan.planId, asOf: P })).boardReport;
    });

    it('rolls up the plan as it stood, ignoring every update reported later', () => {
      expect(report.asOf).toBe(P);
      // 12 actions (2.2 not cancelled yet); overdue 2.1 3.4; due soon 2.2; stale 1.2 1.3 1.10 2.1 2.2 3.3 3.4;
      // progress 320 / 12 = 26.67 → 26.7; NS 1.2 1.10; IP the other 10;
      // RED 2.1 2.9 3.4; AMBER 1.2 1.3 1.10 2.2 3.1 3.3; GREEN 1.1 2.10 3.2.
      expect(report.overall).toEqual(rollUp(12, 0, 0, 2, 1, 7, 26.7, [2, 10, 0, 0], [3, 6, 3, 0]));
      const prevent = rollUp(4, 0, 0, 0, 0, 3, 20, [2, 2, 0, 0], [0, 3, 1, 0]); // 80 / 4
      const pursue = rollUp(4, 0, 0, 1, 1, 2, 32.5, [0, 4, 0, 0], [2, 1, 1, 0]); // 130 / 4
      const protect = rollUp(4, 0, 0, 1, 0, 2, 27.5, [0, 4, 0, 0], [1, 2, 1, 0]); // 110 / 4
      expect(report.byPillar).toEqual([
        { pillar: 'PREVENT', rollUp: prevent },
        { pillar: 'PURSUE', rollUp: pursue },
        { pillar: 'PROTECT', rollUp: protect },
        { pillar: 'PREPARE', rollUp: ZERO },
      ]);
      expect(report.byObjective.map((o) => [o.objective.code, o.rollUp])).toEqual([
        ['PV1', prevent],
        ['PU1', pursue],
        ['PT1', protect],
        ['PR1', ZERO],
      ]);
      expect(report.byAgency).toEqual([
        // Charity: 1.3 (40, stale), 3.3 (10, stale) → 25
        { agency: { name: agencyName.voluntary }, rollUp: rollUp(2, 0, 0, 0, 0, 2, 25, [0, 2, 0, 0], [0, 2, 0, 0]) },
        // Council: 1.1 (40, GREEN), 1.2 (0, NS), 1.10 (0, NS) → 40 / 3 = 13.3
        { agency: { name: agencyName.council }, rollUp: rollUp(3, 0, 0, 0, 0, 2, 13.3, [2, 1, 0, 0], [0, 2, 1, 0]) },
        // Fire: 2.2 (30, due soon, stale) — still open
        { agency: { name: agencyName.fire }, rollUp: rollUp(1, 0, 0, 0, 1, 1, 30, [0, 1, 0, 0], [0, 1, 0, 0]) },
        // Health: 3.1 (25, AMBER), 3.2 (15, GREEN), 3.4 (60, RED overdue stale) → 100 / 3 = 33.3
        { agency: { name: agencyName.health }, rollUp: rollUp(3, 0, 0, 1, 0, 1, 33.3, [0, 3, 0, 0], [1, 1, 1, 0]) },
        // Police: 2.1 (30, RED overdue stale), 2.9 (20, RED), 2.10 (50, GREEN) → 100 / 3 = 33.3
        { agency: { name: agencyName.police }, rollUp: rollUp(3, 0, 0, 1, 0, 1, 33.3, [0, 3, 0, 0], [2, 0, 1, 0]) },
      ]);
    });

    it('lists the actions and milestones as they stood', () => {
      expect(report.overdueActions.map((r) => [r.ref, r.daysOverdue])).toEqual([
        ['3.4', 15],
        ['2.1', 10],
      ]);
      expect(report.overdueActions).toEqual(['3.4', '2.1'].map((ref) => row(ref, AT_P)));
      // Completed on 07-10, after P: still overdue as of P.
      expect(report.overdueMilestones).toEqual([
        { milestone: { title: 'Pathway agreed', dueDate: '2025-06-15', completedOn: '2025-07-10' }, action: { ref: '3.1' }, dueDate: '2025-06-15', daysOverdue: 15 },
      ]);
      expect(report.dueSoon).toEqual([row('2.2', AT_P)]);
      expect(report.staleActions).toEqual(['1.2', '1.3', '1.10', '2.1', '2.2', '3.3', '3.4'].map((ref) => row(ref, AT_P)));
    });

    it('reports what changed between 2025-03-31 and 2025-06-30, and the updates in that window', async () => {
      const { boardReport } = await board.ok(REPORT, { plan: plan.planId, asOf: P, since: Q });
      expect(boardReport.since).toBe(Q);
      const { since: _since, changes, updatesSince, ...figures } = boardReport;
      const { since: _none, changes: _c, updatesSince: _u, ...plain } = report;
      expect(figures).toEqual(plain);
      // As of Q only 1.3 had an update (IP GREEN); all the others were NOT_STARTED AMBER.
      // Progress moved by 10 points or more with the same RAG as well (PROGRESS_MOVED): 2.2 0 → 30 and 3.1 0 → 25
      // (AMBER both), 3.3 0 → 10 (AMBER both; exactly 10 points counts).
      expect(changes).toEqual([
        {
          ref: '1.1',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'GREEN',
          action: { ref: '1.1' },
        },
        {
          ref: '1.3',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'GREEN',
          ragAfter: 'AMBER',
          action: { ref: '1.3' },
        },
        {
          ref: '2.1',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'RED',
          action: { ref: '2.1' },
        },
        {
          ref: '2.2',
          kinds: ['STATUS_OR_RAG', 'PROGRESS_MOVED'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'AMBER',
          action: { ref: '2.2' },
        },
        {
          ref: '2.9',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'RED',
          action: { ref: '2.9' },
        },
        {
          ref: '2.10',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'GREEN',
          action: { ref: '2.10' },
        },
        {
          ref: '3.1',
          kinds: ['STATUS_OR_RAG', 'PROGRESS_MOVED'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'AMBER',
          action: { ref: '3.1' },
        },
        {
          ref: '3.2',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'GREEN',
          action: { ref: '3.2' },
        },
        {
          ref: '3.3',
          kinds: ['STATUS_OR_RAG', 'PROGRESS_MOVED'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'AMBER',
          action: { ref: '3.3' },
        },
        {
          ref: '3.4',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'RED',
          action: { ref: '3.4' },
        },
      ]);
      // (03-31, 06-30]: the back-dated 3.2 return of 06-20 is in; its 08-30 update (entered first) is not.
      expect(updatesSince.map((u) => [u.reportedOn, u.action.ref, u.status, u.percentComplete, u.rag, u.narrative])).toEqual([
        ['2025-04-01', '3.4', 'IN_PROGRESS', 60, 'AMBER', '3.4 trainers short'],
        ['2025-04-10', '2.1', 'IN_PROGRESS', 30, 'GREEN', '2.1 targets identified'],
        ['2025-05-01', '3.3', 'IN_PROGRESS', 10, 'GREEN', '3.3 recruiting'],
        ['2025-05-30', '2.2', 'IN_PROGRESS', 30, null, '2.2 premises listed'],
        ['2025-05-31', '3.1', 'IN_PROGRESS', 25, 'GREEN', '3.1 partners consulted'],
        ['2025-06-02', '2.9', 'IN_PROGRESS', 20, 'RED', '2.9 legal review stalled'],
        ['2025-06-20', '3.2', 'IN_PROGRESS', 15, 'GREEN', '3.2 last quarter return'],
        ['2025-06-25', '1.1', 'IN_PROGRESS', 40, 'GREEN', '1.1 pledge drafted'],
        ['2025-06-30', '2.10', 'IN_PROGRESS', 50, 'GREEN', '2.10 course half run'],
      ]);
    });
  });

  describe('since 2025-06-30, as of 2025-09-30', () => {
    let report: Report;
    beforeAll(async () => {
      report = (await board.ok(REPORT, { plan: plan.planId, asOf: D, since: P })).boardReport;
    });

    it('lists exactly the actions whose status or derived RAG changed, with both values, and those whose progress moved 10 points or more', () => {
      // Status and RAG unchanged: 1.10 (NS AMBER both, 0 % both: not listed), and three listed for progress
      // alone (PROGRESS_MOVED, same RAG, 10 points or more): 2.1 (IP RED, 30 → 60), 2.9 (IP RED, 20 → 35),
      // 3.1 (IP AMBER, 25 → 50). 3.3 moved 10 → 25 with AMBER both: PROGRESS_MOVED beside its status change.
      expect(report.changes).toEqual([
        {
          ref: '1.1',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'GREEN',
          ragAfter: 'AMBER',
          action: { ref: '1.1' },
        },
        {
          ref: '1.2',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'GREEN',
          action: { ref: '1.2' },
        },
        {
          ref: '1.3',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'GREEN',
          action: { ref: '1.3' },
        },
        {
          ref: '2.1',
          kinds: ['PROGRESS_MOVED'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'RED',
          ragAfter: 'RED',
          action: { ref: '2.1' },
        },
        { ref: '2.2', kinds: ['STATUS_OR_RAG'], statusBefore: 'IN_PROGRESS', statusAfter: 'CANCELLED', ragBefore: 'AMBER', ragAfter: null, action: { ref: '2.2' } },
        {
          ref: '2.9',
          kinds: ['PROGRESS_MOVED'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'RED',
          ragAfter: 'RED',
          action: { ref: '2.9' },
        },
        {
          ref: '2.10',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'GREEN',
          ragAfter: 'RED',
          action: { ref: '2.10' },
        },
        {
          ref: '3.1',
          kinds: ['PROGRESS_MOVED'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'AMBER',
          action: { ref: '3.1' },
        },
        {
          ref: '3.2',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'GREEN',
          ragAfter: 'AMBER',
          action: { ref: '3.2' },
        },
        {
          ref: '3.3',
          kinds: ['STATUS_OR_RAG', 'PROGRESS_MOVED'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'ON_HOLD',
          ragBefore: 'AMBER',
          ragAfter: 'AMBER',
          action: { ref: '3.3' },
        },
        { ref: '3.4', kinds: ['STATUS_OR_RAG'], statusBefore: 'IN_PROGRESS', statusAfter: 'COMPLETED', ragBefore: 'RED', ragAfter: 'BLUE', action: { ref: '3.4' } },
      ]);
    });

    it('lists exactly the updates reported in (2025-06-30, 2025-09-30], by date then as entered', () => {
      // 2.10's update of 06-30 (= since) is out; 3.2's back-dated 06-20 return is out; both 09-05 and both 09-15 updates are in.
      expect(report.updatesSince).toEqual(
        [
          ['2025-07-20', '2.1', 'IN_PROGRESS', 60, null, 'police', '2.1 first operation run'],
          ['2025-08-01', '2.2', 'CANCELLED', 30, null, 'coordinator', '2.2 superseded by regional operation'],
          ['2025-08-30', '3.2', 'IN_PROGRESS', 40, null, 'health', '3.2 four beds open'],
          ['2025-08-31', '1.2', 'IN_PROGRESS', 20, 'GREEN', 'coordinator', '1.2 lesson plans written'],
          ['2025-09-05', '3.3', 'IN_PROGRESS', 30, 'GREEN', 'voluntary', '3.3 two advocates in post'],
          ['2025-09-05', '3.3', 'ON_HOLD', 25, null, 'coordinator', '3.3 funding paused'],
          ['2025-09-10', '3.1', 'IN_PROGRESS', 50, 'GREEN', 'health', '3.1 pathway published'],
          ['2025-09-12', '3.4', 'COMPLETED', 100, null, 'health', '3.4 all staff trained'],
          ['2025-09-15', '2.9', 'IN_PROGRESS', 45, 'GREEN', 'police', '2.9 signed by two agencies'],
          ['2025-09-15', '2.9', 'IN_PROGRESS', 35, 'RED', 'coordinator', '2.9 correction: one signature withdrawn'],
          ['2025-09-20', '1.1', 'IN_PROGRESS', 70, 'AMBER', 'coordinator', '1.1 few signatories'],
          ['2025-09-25', '2.10', 'IN_PROGRESS', 90, 'GREEN', 'police', '2.10 nearly there'],
          ['2025-09-29', '1.3', 'IN_PROGRESS', 95, 'GREEN', 'voluntary', '1.3 last cohort booked'],
        ].map(([reportedOn, ref, status, percentComplete, rag, who, narrative]) => ({
          reportedOn,
          narrative,
          percentComplete,
          status,
          rag,
          author: { name: { coordinator: 'Coordinator', police: 'Police Partner', health: 'Health Partner', voluntary: 'Charity Partner' }[who as Who] },
          agency: { name: agencyName[({ coordinator: 'council', police: 'police', health: 'health', voluntary: 'voluntary' } as const)[who as Who]] },
          action: { ref },
        })),
      );
    });

    it('keeps every as-of figure identical to the report without since', async () => {
      const { boardReport: without } = await board.ok(REPORT, { plan: plan.planId, asOf: D });
      const strip = ({ since: _s, changes: _c, updatesSince: _u, ...rest }: Report) => rest;
      expect(strip(report)).toEqual(strip(without));
    });
  });

  describe("the Action type's own fields and the action lists, as of today", () => {
    const LAST_REPORTED: Record<string, string | null> = {
      '1.1': '2025-09-20',
      '1.2': '2025-08-31',
      '1.3': '2025-09-29',
      '1.10': null,
      '2.1': '2025-07-20',
      '2.2': '2025-08-01',
      '2.9': '2025-09-15',
      '2.10': '2025-09-25',
      '3.1': '2025-09-10',
      '3.2': '2025-08-30',
      '3.3': '2025-09-05',
      '3.4': '2025-09-12',
    };
    const MILESTONES: Record<string, { title: string; dueDate: string; completedOn: string | null; overdue: boolean }[]> = {
      '2.1': [{ title: 'Operation plan agreed', dueDate: '2025-07-31', completedOn: null, overdue: true }],
      // The cancelled action's milestones are never overdue.
      '2.2': [{ title: 'Inspection schedule agreed', dueDate: '2025-07-15', completedOn: null, overdue: false }],
      '3.1': [
        { title: 'Pathway agreed', dueDate: '2025-06-15', completedOn: '2025-07-10', overdue: false },
        { title: 'Referral service live', dueDate: '2025-09-15', completedOn: null, overdue: true },
      ],
      '3.4': [{ title: 'Training materials approved', dueDate: '2025-05-31', completedOn: '2025-05-30', overdue: false }],
    };
    const actionToday = (ref: string) => {
      const [status, progress, rag, ragReasons, daysOverdue] = AT_D[ref];
      return {
        ref,
        status,
        progress,
        lastReportedOn: LAST_REPORTED[ref],
        rag,
        ragReasons,
        overdue: daysOverdue > 0,
        daysOverdue,
        milestones: MILESTONES[ref] ?? [],
      };
    };
    const ALL_REFS = ['1.1', '1.2', '1.3', '1.10', '2.1', '2.2', '2.9', '2.10', '3.1', '3.2', '3.3', '3.4'];
    const refsOf = async (filter: ActionFilter) => (await board.ok(ACTIONS, { plan: plan.planId, filter })).actions.edges.map((e) => e.node.ref);

    it('computes status, progress, lastReportedOn, rag, reasons and overdue for every action, matching the table', async () => {
      const { actions } = await board.ok(ACTIONS, { plan: plan.planId });
      expect(actions.totalCount).toBe(12);
      expect(actions.edges.map((e) => e.node)).toEqual(ALL_REFS.map(actionToday));
      for (const ref of ['2.1', '2.2', '3.3', '1.10']) {
        const { action } = await board.ok(graphql(`query WorkedAction($id: ID!) { action(id: $id) { ...WorkedActionFields } }`), { id: plan.actionIds[ref] });
        expect(action).toEqual(actionToday(ref));
      }
    });

    it("gives each report row's action the same values as the row, the report being as of today", async () => {
      const { boardReport } = await board.ok(TODAY_ROWS, { plan: plan.planId });
      expect(boardReport.asOf).toBe(D);
      const rows = [...boardReport.overdueActions, ...boardReport.dueSoon, ...boardReport.staleActions];
      expect(rows.map((r) => r.ref)).toEqual(['2.1', '2.9', '2.10', '1.3', '1.1', '1.10', '2.1', '3.2']);
      for (const r of rows) {
        const [status, progress, rag, ragReasons, daysOverdue] = AT_D[r.ref];
        const values = { status, progress, rag, ragReasons, daysOverdue };
        expect(r).toMatchObject(values);
        expect(r.action).toEqual({ ref: r.ref, ...values, overdue: daysOverdue > 0 });
      }
      expect(boardReport.overdueMilestones).toEqual([
        { milestone: { title: 'Operation plan agreed', overdue: true }, action: { ref: '2.1' } },
        { milestone: { title: 'Referral service live', overdue: true }, action: { ref: '3.1' } },
      ]);
    });

    it('filters by derived RAG, overdue, pillar and status as of today', async () => {
      expect(await refsOf({ rag: ['RED'] })).toEqual(['2.1', '2.9', '2.10']);
      expect(await refsOf({ rag: ['AMBER', 'BLUE'] })).toEqual(['1.1', '1.10', '3.1', '3.2', '3.3', '3.4']);
      expect(await refsOf({ rag: ['GREEN'] })).toEqual(['1.2', '1.3']);
      expect(await refsOf({ overdue: true })).toEqual(['2.1', '2.9', '2.10']);
      expect(await refsOf({ overdue: false })).toEqual(['1.1', '1.2', '1.3', '1.10', '2.2', '3.1', '3.2', '3.3', '3.4']);
      expect(await refsOf({ pillar: 'PROTECT' })).toEqual(['3.1', '3.2', '3.3', '3.4']);
      expect(await refsOf({ pillar: 'PREPARE' })).toEqual([]);
      expect(await refsOf({ status: ['ON_HOLD', 'CANCELLED'] })).toEqual(['2.2', '3.3']);
      expect(await refsOf({ pillar: 'PURSUE', rag: ['RED'], overdue: true, leadAgencyId: world.agencies.police })).toEqual(['2.1', '2.9', '2.10']);
    });

    it('lists overdue actions as of today, as of the past date, and for an agency leading or supporting', async () => {
      const today = (await board.ok(OVERDUE, { plan: plan.planId })).overdueActions;
      const asOfD = (await board.ok(OVERDUE, { plan: plan.planId, asOf: D })).overdueActions;
      const expected = ['2.1', '2.9', '2.10'].map((ref) => {
        const { ref: _r, title: _t, pillar: _p, objective: _o, leadAgency: _l, ...rest } = row(ref, AT_D);
        return { ref, ...rest };
      });
      expect(today).toEqual(expected);
      expect(asOfD).toEqual(expected);
      const past = (await board.ok(OVERDUE, { plan: plan.planId, asOf: P })).overdueActions;
      expect(past.map((r) => [r.ref, r.status, r.progress, r.rag, r.ragReasons, r.daysOverdue])).toEqual([
        ['3.4', 'IN_PROGRESS', 60, 'RED', ['OVERDUE', 'NO_RECENT_UPDATE', 'REPORTED_AMBER'], 15],
        ['2.1', 'IN_PROGRESS', 30, 'RED', ['OVERDUE', 'NO_RECENT_UPDATE'], 10],
      ]);
      // Health leads none of today's overdue actions but supports 2.10.
      expect((await board.ok(OVERDUE, { plan: plan.planId, agencyId: world.agencies.health })).overdueActions.map((r) => r.ref)).toEqual(['2.10']);
      expect((await board.ok(OVERDUE, { plan: plan.planId, agencyId: world.agencies.fire })).overdueActions).toEqual([]);
      // As of P, Health leads 3.4.
      expect((await board.ok(OVERDUE, { plan: plan.planId, asOf: P, agencyId: world.agencies.health })).overdueActions.map((r) => r.ref)).toEqual(['3.4']);
    });
  });

  it('does not change a past report when updates and completions dated after it are recorded later', async () => {
    // A copy of the same plan, so the other tests' figures stay as worked out.
    const copy = await enterPlan(world, 'Copy for later updates');
    const before = await board.request(REPORT, { plan: copy.planId, asOf: P, since: Q });
    expect(before.errors).toBeUndefined();
    expect(before.data!.boardReport.overall).toEqual(rollUp(12, 0, 0, 2, 1, 7, 26.7, [2, 10, 0, 0], [3, 6, 3, 0]));

    const coordinator = world.clients.coordinator;
    const report = (ref: string, input: Omit<ReportProgressInput, 'actionId' | 'narrative'>) =>
      coordinator.ok(REPORT_PROGRESS, { input: { actionId: copy.actionIds[ref], narrative: `Later report on ${ref}`, ...input } });
    await report('1.10', { reportedOn: '2025-07-01', percentComplete: 10, status: 'IN_PROGRESS', rag: 'RED' });
    await report('2.1', { percentComplete: 100, status: 'COMPLETED' }); // today
    await report('3.3', { reportedOn: '2025-09-06', percentComplete: 25, status: 'CANCELLED' });
    // Between P and 2.9's 09-15 updates: changes neither report.
    await report('2.9', { reportedOn: '2025-07-01', percentComplete: 0, status: 'ON_HOLD', rag: 'AMBER' });
    await coordinator.ok(COMPLETE_MILESTONE, { id: copy.milestoneIds['2.1'][0], completedOn: '2025-07-01' });
    await coordinator.ok(COMPLETE_MILESTONE, { id: copy.milestoneIds['3.1'][1] }); // today

    const after = await board.request(REPORT, { plan: copy.planId, asOf: P, since: Q });
    expect(after.errors).toBeUndefined();
    expect(JSON.stringify(after.data)).toBe(JSON.stringify(before.data));

    // The later writes did land: as of today, 2.1 is completed and no milestone is overdue.
    const today = (await board.ok(REPORT, { plan: copy.planId })).boardReport;
    expect(today.overdueActions.map((r) => r.ref)).toEqual(['2.9', '2.10']);
    expect(today.overdueMilestones).toEqual([]);
    // 11 − 1 (3.3 now cancelled) = 10 actions, 2 cancelled; progress 1.1 70 + 1.2 20 + 1.3 95 + 1.10 10 + 2.1 100
    // + 2.9 35 + 2.10 90 + 3.1 50 + 3.2 40 + 3.4 100 = 610 / 10 = 61.
    expect(today.overall).toMatchObject({ total: 10, cancelled: 2, completed: 2, overdue: 2, progress: 61 });
  });

  describe('statements per report, whatever the size of the plan and its history', () => {
    /** The full report with every nested relation a board pack follows (rows' actions are as of today). */
    const FULL = graphql(`query WorkedBoardReport3($plan: ID!, $asOf: Date, $since: Date) {
      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
        asOf deliveryPlan { title } partnership { name }
        overall { ...WorkedRollUp }
        byPillar { pillar rollUp { ...WorkedRollUp } }
        byObjective { objective { code title } rollUp { ...WorkedRollUp } }
        byAgency { agency { name kind } rollUp { ...WorkedRollUp } }
        overdueActions { ...WorkedRow action { id status rag overdue } }
        overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }
        dueSoon { ...WorkedRow action { id status rag overdue } }
        staleActions { ...WorkedRow action { id status rag overdue } }
        changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }
        updatesSince { reportedOn narrative author { name } agency { name } action { ref } }
      }
    }`);

    /**
     * A plan of `size` actions inserted with SQL straight into the server's database (the API would
     * take minutes for 200): each with one supporting agency, `milestonesEach` milestones (even ones
     * completed) and `updatesEach` updates, the last between 09-22 and 09-28 except every fourth
     * action's, 40 days older (stale). Projections on the action rows are refreshed like the API does.
     */
    async function insertPlan(size: number, milestonesEach: number, updatesEach: number): Promise<string> {
      const planId = await newPlan(world, `Bulk plan of ${size}`);
      const objectives = [world.objectives.prevent, world.objectives.pursue, world.objectives.protect];
      const agencies = Object.values(world.agencies);
      const db = server.db;
      await db.query(
        `INSERT INTO action (partnership_id, delivery_plan_id, objective_id, ref, title, lead_agency_id, due_date, created_at, in_plan_since)
         SELECT $1, $2, ($3::uuid[])[1 + i % 3], (1 + i % 4) || '.' || i, 'Bulk action ' || i, ($4::uuid[])[1 + i % 5],
                DATE '2025-07-01' + (i * 37) % 180, now() + i * interval '1 millisecond', DATE '2024-01-01'
           FROM generate_series(1, $5::int) AS i`,
        [world.partnershipId, planId, objectives, agencies, size],
      );
      const ACTS = `SELECT a.id, a.partnership_id, a.due_date, row_number() OVER (ORDER BY a.created_at)::int AS n FROM action a WHERE a.delivery_plan_id = $1`;
      await db.query(
        `WITH acts AS (${ACTS})
         INSERT INTO action_supporting_agency (action_id, agency_id, partnership_id)
         SELECT acts.id, ($2::uuid[])[1 + (acts.n + 2) % 5], acts.partnership_id FROM acts`,
        [planId, agencies],
      );
      await db.query(
        `WITH acts AS (${ACTS})
         INSERT INTO milestone (partnership_id, action_id, title, due_date, completed_on, position, in_plan_since)
         SELECT acts.partnership_id, acts.id, 'Step ' || m, acts.due_date - 30 * m,
                CASE WHEN m % 2 = 0 THEN LEAST(acts.due_date - 30 * m + 3, DATE '2025-09-30') END, m, DATE '2024-01-01'
           FROM acts CROSS JOIN generate_series(1, $2::int) AS m`,
        [planId, milestonesEach],
      );
      await db.query(
        `WITH acts AS (${ACTS})
         INSERT INTO progress_update (partnership_id, action_id, author_id, agency_id, reported_on, narrative, percent_complete, status, rag)
         SELECT acts.partnership_id, acts.id, $2, $3,
                DATE '2025-09-28' - ($4::int - k) * 45 - acts.n % 7 - CASE WHEN acts.n % 4 = 0 THEN 40 ELSE 0 END,
                'Update ' || k || ' on action ' || acts.n,
                CASE WHEN s.status = 'COMPLETED' THEN 100 ELSE LEAST(95, 15 * k + acts.n % 10) END,
                s.status,
                (ARRAY['GREEN', 'AMBER', 'RED', NULL])[1 + (acts.n + k) % 4]
           FROM acts
          CROSS JOIN generate_series(1, $4::int) AS k
          CROSS JOIN LATERAL (SELECT CASE WHEN k = $4::int AND acts.n % 9 = 0 THEN 'COMPLETED'
                                          WHEN k = $4::int AND acts.n % 11 = 0 THEN 'CANCELLED'
                                          WHEN acts.n % 5 = 0 THEN 'ON_HOLD'
                                          ELSE 'IN_PROGRESS' END AS status) s
          ORDER BY acts.n, k`,
        [planId, world.users.coordinator, world.agencies.council, updatesEach],
      );
      await db.query(
        `UPDATE action a
            SET status = l.status, percent_complete = l.percent_complete, last_reported_on = l.reported_on
           FROM (SELECT DISTINCT ON (u.action_id) u.action_id, u.status, u.percent_complete, u.reported_on
                   FROM progress_update u JOIN action x ON x.id = u.action_id
                  WHERE x.delivery_plan_id = $1
                  ORDER BY u.action_id, u.reported_on DESC, u.seq DESC) l
          WHERE a.id = l.action_id`,
        [planId],
      );
      return planId;
    }

    it('issues as many statements for 200 actions (3 milestones, 4 updates each) as for 5 (1 milestone, 2 updates)', async () => {
      const small = await insertPlan(5, 1, 2);
      const large = await insertPlan(200, 3, 4);
      expect(await server.count('milestone m JOIN action a ON a.id = m.action_id', 'a.delivery_plan_id = $1', [large])).toBe(600);
      expect(await server.count('progress_update u JOIN action a ON a.id = u.action_id', 'a.delivery_plan_id = $1', [large])).toBe(800);

      for (const args of [{ since: P }, { asOf: '2025-08-10', since: '2025-05-01' }]) {
        const smallRead = await board.request(FULL, { plan: small, ...args });
        const largeRead = await board.request(FULL, { plan: large, ...args });
        expect(smallRead.errors).toBeUndefined();
        expect(largeRead.errors).toBeUndefined();
        for (const read of [smallRead, largeRead]) {
          // Every list is non-empty, so every nested relation is resolved in both.
          const r = read.data!.boardReport;
          const empty = (['overdueActions', 'overdueMilestones', 'staleActions', 'changes', 'updatesSince'] as const).filter((list) => r[list].length === 0);
          expect(empty).toEqual([]);
        }
        const lr = largeRead.data!.boardReport;
        expect(lr.overall.total + lr.overall.cancelled).toBe(200);
        expect(lr.updatesSince.length).toBeGreaterThan(smallRead.data!.boardReport.updatesSince.length);
        expect(lr.overdueMilestones.length).toBeGreaterThan(smallRead.data!.boardReport.overdueMilestones.length);
        expect(largeRead.statements).toBe(smallRead.statements);
        expect(largeRead.statements).toBeLessThanOrEqual(16);
      }
    }, 60_000);
  });

  /*
   * A second worked example, in its own partnership: the plan's structure and settings change over
   * time, and each report uses the structure and settings in force at the end of its date.
   * Every action is in the plan since 2025-01-01 unless said; dueSoonDays stays 30.
   *
   * ref | obj | lead    | due                                         | other                                         | returns
   * 1   | PV1 | Police  | 2025-07-31, moved to 2025-12-31 from 08-15  | re-baselined (entered today, effective 08-15) | 06-15 IP 30 G; 09-10 IP 50 G
   * 2   | PU1 | Health  | 2025-06-01                                  | removed from 09-01 ("Duplicate of 2.1")       | none
   * 3   | PT1 | Council | 2025-10-20                                  | added later: in the plan since 2025-08-20     | none
   * 4   | PR1 | Fire    | 2026-03-31                                  | not yet started: start date 2025-11-01        | none
   * 5   | PV1 | Council | 2026-06-30                                  | –                                             | 08-10 IP 40 G
   * Settings: staleAfterDays 30, changed to 60 from 2025-08-01 (a back-dated change).
   *
   * As of P = 2025-06-30 (staleAfterDays 30: stale when the last return, or with none the later of
   * start date and entry, is before 05-31; due soon 06-30..07-30). 3 is not in the plan yet.
   * ref | status | prog | rag   | reasons                    | notes
   * 1   | IP     |  30  | GREEN | –                          | due 07-31 (the move applies from 08-15): 31 days away, not due soon; 06-15 fresh
   * 2   | NS     |   0  | RED   | OVERDUE, NO_RECENT_UPDATE  | 29 days overdue; no return, in the plan since 01-01
   * 4   | NS     |   0  | GREEN | –                          | starts 11-01, after P: never stale before its start
   * 5   | NS     |   0  | AMBER | NO_RECENT_UPDATE           | no return yet, in the plan since 01-01
   *   Overall: 4 actions; progress 30 / 4 = 7.5; red 1, amber 1, green 2; overdue 1; stale 2 (2, 5).
   *
   * As of M = 2025-08-10 (staleAfterDays 60 from 08-01): 1 is due 07-31 still (moved from 08-15):
   * overdue 10 days; 2 is still in the plan (removed from 09-01): overdue 70 days. Most days first: 2, 1.
   *
   * As of D = 2025-09-30 (staleAfterDays 60: stale when before 08-01; due soon 09-30..10-30).
   * 2 is no longer in the plan.
   * ref | status | prog | rag   | reasons | notes
   * 1   | IP     |  50  | GREEN | –       | due 12-31 (originally 07-31, moved from 08-15); 09-10 fresh
   * 3   | NS     |   0  | GREEN | –       | due soon (10-20); in the plan since 08-20, not before 08-01: not stale
   * 4   | NS     |   0  | GREEN | –       | starts 11-01, after D
   * 5   | IP     |  40  | GREEN | –       | 08-10 is on or after 08-01: fresh under 60 days (under 30 it would be stale)
   *   Overall: 4 actions; progress (50 + 0 + 0 + 40) / 4 = 22.5; green 4; due soon 1; none overdue or stale.
   *
   * Changes since P as of D, by ref (4 changed nothing: NS GREEN 0 both):
   * 1: DUE_DATE_MOVED (07-31 → 12-31) and PROGRESS_MOVED (30 → 50, GREEN both)
   * 2: REMOVED (before: NS RED [OVERDUE, NO_RECENT_UPDATE], 0, due 06-01)
   * 3: ADDED (after: NS GREEN, 0, due 10-20)
   * 5: STATUS_OR_RAG (NS AMBER [NO_RECENT_UPDATE] → IP GREEN []; 0 → 40 but the RAG changed, so no PROGRESS_MOVED)
   */
  describe('a plan whose structure and settings change: each report uses those in force at its date', () => {
    const M = '2025-08-10';
    const HISTORY_REPORT = graphql(`query WorkedBoardReport4($plan: ID!, $asOf: Date, $since: Date) {
      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
        asOf staleAfterDays dueSoonDays
        overall { ...WorkedRollUp }
        overdueActions { ref dueDate daysOverdue originalDueDate }
        dueSoon { ref dueDate }
        staleActions { ref }
        byPillar { pillar rollUp { total } }
        changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }
      }
    }`);
    let history: World;
    let planId: string;
    let atPBefore: unknown;

    beforeAll(async () => {
      history = await createWorld(server, 'Worked history');
      const coordinator = history.clients.coordinator;
      planId = await newPlan(history, 'Plan with a history');
      const h = { ...history, planId };
      const add = (ref: string, objective: ObjectiveKey, lead: AgencyKey, due: string, more: Record<string, unknown> = {}) =>
        createAction(coordinator, h, {
          ref,
          title: `History ${ref}`,
          objectiveId: history.objectives[objective],
          leadAgencyId: history.agencies[lead],
          dueDate: due,
          inPlanSince: '2025-01-01',
          ...more,
        });
      const a1 = await add('1', 'prevent', 'police', '2025-07-31');
      const a2 = await add('2', 'pursue', 'health', '2025-06-01');
      await add('3', 'protect', 'council', '2025-10-20', { inPlanSince: '2025-08-20' });
      await add('4', 'prepare', 'fire', '2026-03-31', { startDate: '2025-11-01' });
      const a5 = await add('5', 'prevent', 'council', '2026-06-30');
      const report = (actionId: string, on: string, percent: number) =>
        coordinator.ok(REPORT_PROGRESS, {
          input: { actionId, reportedOn: on, percentComplete: percent, status: 'IN_PROGRESS', rag: 'GREEN', narrative: `Return of ${on}` },
        });
      await report(a1.id, '2025-06-15', 30);
      await report(a1.id, '2025-09-10', 50);
      await report(a5.id, '2025-08-10', 40);
      atPBefore = await history.clients.board.ok(HISTORY_REPORT, { plan: planId, asOf: P });

      await coordinator.ok(
        graphql(`mutation WorkedUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }`),
        {
          id: a1.id,
          v: a1.version,
          input: { dueDate: '2025-12-31', effectiveFrom: '2025-08-15' },
        },
      );
      await coordinator.ok(graphql(`mutation WorkedRemoveAction($id: ID!, $r: String!, $from: Date) { removeAction(id: $id, reason: $r, effectiveFrom: $from) }`), {
        id: a2.id,
        r: 'Duplicate of 2.1',
        from: '2025-09-01',
      });
      await coordinator.ok(
        graphql(`mutation WorkedUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }`),
        {
          id: history.partnershipId,
          input: { staleAfterDays: 60, effectiveFrom: '2025-08-01' },
        },
      );
    }, 60_000);

    it('leaves the report as of 2025-06-30 exactly as it was before the edits', async () => {
      expect(await history.clients.board.ok(HISTORY_REPORT, { plan: planId, asOf: P })).toEqual(atPBefore);
    });

    it('as of 2025-06-30: the plan then (3 not yet in it), 1 due 07-31, under a 30-day stale rule', async () => {
      const { boardReport: r } = await history.clients.board.ok(HISTORY_REPORT, { plan: planId, asOf: P });
      expect([r.staleAfterDays, r.dueSoonDays]).toEqual([30, 30]);
      expect(r.overall).toEqual(rollUp(4, 0, 0, 1, 0, 2, 7.5, [3, 1, 0, 0], [1, 1, 2, 0]));
      expect(r.overdueActions).toEqual([{ ref: '2', dueDate: '2025-06-01', daysOverdue: 29, originalDueDate: '2025-06-01' }]);
      expect(r.dueSoon).toEqual([]);
      expect(r.staleActions.map((row) => row.ref)).toEqual(['2', '5']);
    });

    it('as of 2025-08-10: 1 still due 07-31 (moved from 08-15), 2 still in the plan (removed from 09-01)', async () => {
      const { boardReport: r } = await history.clients.board.ok(HISTORY_REPORT, { plan: planId, asOf: M });
      expect([r.staleAfterDays, r.dueSoonDays]).toEqual([60, 30]);
      expect(r.overdueActions).toEqual([
        { ref: '2', dueDate: '2025-06-01', daysOverdue: 70, originalDueDate: '2025-06-01' },
        { ref: '1', dueDate: '2025-07-31', daysOverdue: 10, originalDueDate: '2025-07-31' },
      ]);
    });

    it('as of today: 2 gone, 3 added and due soon, 1 re-baselined, 4 not started yet, 5 fresh under 60 days', async () => {
      const { boardReport: r } = await history.clients.board.ok(HISTORY_REPORT, { plan: planId, asOf: D, since: P });
      expect([r.staleAfterDays, r.dueSoonDays]).toEqual([60, 30]);
      expect(r.overall).toEqual(rollUp(4, 0, 0, 0, 1, 0, 22.5, [2, 2, 0, 0], [0, 0, 4, 0]));
      expect(r.overdueActions).toEqual([]);
      expect(r.dueSoon).toEqual([{ ref: '3', dueDate: '2025-10-20' }]);
      expect(r.staleActions).toEqual([]);
      expect(r.byPillar.map((p) => [p.pillar, p.rollUp.total])).toEqual([
        ['PREVENT', 2],
        ['PURSUE', 0],
        ['PROTECT', 1],
        ['PREPARE', 1],
      ]);
      const none = { ragReasonsBefore: [], ragReasonsAfter: [] };
      expect(r.changes).toEqual([
        {
          ref: '1',
          kinds: ['DUE_DATE_MOVED', 'PROGRESS_MOVED'],
          statusBefore: 'IN_PROGRESS',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'GREEN',
          ragAfter: 'GREEN',
          ...none,
          progressBefore: 30,
          progressAfter: 50,
          dueDateBefore: '2025-07-31',
          dueDateAfter: '2025-12-31',
        },
        {
          ref: '2',
          kinds: ['REMOVED'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'NOT_STARTED',
          ragBefore: 'RED',
          ragAfter: null,
          ragReasonsBefore: ['OVERDUE', 'NO_RECENT_UPDATE'],
          ragReasonsAfter: [],
          progressBefore: 0,
          progressAfter: null,
          dueDateBefore: '2025-06-01',
          dueDateAfter: null,
        },
        {
          ref: '3',
          kinds: ['ADDED'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'NOT_STARTED',
          ragBefore: null,
          ragAfter: 'GREEN',
          ...none,
          progressBefore: null,
          progressAfter: 0,
          dueDateBefore: null,
          dueDateAfter: '2025-10-20',
        },
        {
          ref: '5',
          kinds: ['STATUS_OR_RAG'],
          statusBefore: 'NOT_STARTED',
          statusAfter: 'IN_PROGRESS',
          ragBefore: 'AMBER',
          ragAfter: 'GREEN',
          ragReasonsBefore: ['NO_RECENT_UPDATE'],
          ragReasonsAfter: [],
          progressBefore: 0,
          progressAfter: 40,
          dueDateBefore: '2026-06-30',
          dueDateAfter: '2026-06-30',
        },
      ]);
    });
  });
});
