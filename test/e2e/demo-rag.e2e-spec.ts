import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The demo partnership (SEED_DEMO) shows the board its data file intends: the RAG of every action
 * as of today, the counts by P and overall, what is overdue and due soon (the table at the end of
 * libs/demo/src/demo-plan.data.ts, written out here by hand). Whoever changes how the demo is
 * seeded keeps this table true.
 */
const NOW = '2026-11-23T10:00:00Z';

type Rag = 'RED' | 'AMBER' | 'GREEN' | 'BLUE';
type Pillar = 'PREVENT' | 'PURSUE' | 'PROTECT' | 'PREPARE';

/** ref → P, RAG as of today (null: cancelled) and the reasons in RAG_REASON_ORDER. */
const INTENDED: Record<string, [Pillar, Rag | null, string[]]> = {
  '1.1': ['PREVENT', 'BLUE', []],
  '1.2': ['PREVENT', 'GREEN', []],
  '1.3': ['PREVENT', 'GREEN', []],
  '1.4': ['PREVENT', 'AMBER', ['REPORTED_AMBER']],
  '1.5': ['PREVENT', 'GREEN', []],
  '2.1': ['PREVENT', 'BLUE', []],
  '2.2': ['PREVENT', 'AMBER', ['MILESTONE_OVERDUE']],
  '2.3': ['PREVENT', 'GREEN', []],
  '2.4': ['PREVENT', null, []],
  '3.1': ['PURSUE', 'GREEN', []],
  '3.2': ['PURSUE', 'RED', ['REPORTED_RED']],
  '4.1': ['PURSUE', 'GREEN', []],
  '4.2': ['PURSUE', 'GREEN', []],
  '5.1': ['PROTECT', 'RED', ['OVERDUE', 'MILESTONE_OVERDUE', 'REPORTED_AMBER']],
  '5.2': ['PROTECT', 'AMBER', ['REPORTED_AMBER', 'ON_HOLD']],
  '5.3': ['PROTECT', 'GREEN', []],
  '5.4': ['PROTECT', 'BLUE', []],
  '6.1': ['PROTECT', 'GREEN', []],
  '6.2': ['PROTECT', 'BLUE', []],
  '6.3': ['PROTECT', 'AMBER', ['REPORTED_AMBER']],
  '6.4': ['PROTECT', 'RED', ['OVERDUE', 'MILESTONE_OVERDUE']],
  '7.1': ['PREPARE', 'GREEN', []],
  '7.2': ['PREPARE', 'RED', ['OVERDUE', 'MILESTONE_OVERDUE']],
  '8.1': ['PREPARE', 'GREEN', []],
  '8.2': ['PREPARE', 'AMBER', ['REPORTED_AMBER']],
};

/** Counts by derived RAG (cancelled actions only in `cancelled`, not in `total`). */
const COUNTS: Record<'overall' | Pillar, { total: number; cancelled: number; byRag: Record<'red' | 'amber' | 'green' | 'blue', number> }> = {
  overall: { total: 24, cancelled: 1, byRag: { red: 4, amber: 5, green: 11, blue: 4 } },
  PREVENT: { total: 8, cancelled: 1, byRag: { red: 0, amber: 2, green: 4, blue: 2 } },
  PURSUE: { total: 4, cancelled: 0, byRag: { red: 1, amber: 0, green: 3, blue: 0 } },
  PROTECT: { total: 8, cancelled: 0, byRag: { red: 2, amber: 2, green: 2, blue: 2 } },
  PREPARE: { total: 4, cancelled: 0, byRag: { red: 1, amber: 1, green: 2, blue: 0 } },
};

graphql(`fragment DemoRagRollUp on RollUp { total cancelled byRag { red amber green blue } }`);
const REPORT = graphql(`query DemoRagReport($plan: ID!) {
  boardReport(deliveryPlanId: $plan) {
    asOf
    overall { ...DemoRagRollUp }
    byPillar { pillar rollUp { ...DemoRagRollUp } }
    overdueActions { ref }
    dueSoon { ref }
    deliveryPlan { actions { ref pillar rag ragReasons } }
  }
}`);

type Report = ResultOf<typeof REPORT>['boardReport'];

describe('the demo plan as the board sees it', () => {
  let server: TestServer;
  let report: Report;
  let planId: string;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW, seedDemo: true });
    const admin = server.as(await server.adminToken());
    const { partnerships } = await admin.ok(graphql(`query DemoRagPartnerships { partnerships { name strategies { deliveryPlans { id } } } }`));
    const demo = partnerships.filter((p) => p.name === 'Northshire Modern Slavery Partnership');
    const plans = demo.flatMap((p) => p.strategies.flatMap((s) => s.deliveryPlans));
    expect(plans).toHaveLength(1);
    planId = plans[0].id;
    report = (await admin.ok(REPORT, { plan: planId })).boardReport;
  }, 180_000);
  afterAll(() => server.close());

  it('reports as of today', () => {
    expect(report.asOf).toBe('2026-11-23');
  });

  it('gives every action its intended P, RAG and reasons', () => {
    const seen = Object.fromEntries(report.deliveryPlan.actions.map((a) => [a.ref, [a.pillar, a.rag, a.ragReasons]]));

    expect(seen).toEqual(INTENDED);
  });

  it('counts the intended RAGs for the whole plan and for each P', () => {
    expect(report.overall).toEqual(COUNTS.overall);
    expect(report.byPillar).toEqual((['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'] as const).map((pillar) => ({ pillar, rollUp: COUNTS[pillar] })));
  });

  it('lists the intended overdue actions (most days overdue first) and those due soon (soonest first)', () => {
    // Overdue: 5.1 due 60 days ago, 6.4 25 days ago, 7.2 15 days ago.
    expect(report.overdueActions.map((a) => a.ref)).toEqual(['5.1', '6.4', '7.2']);
    // Due within 30 days: 1.3 in 12, 8.1 in 21, 4.2 in 25, 6.1 in 28.
    expect(report.dueSoon.map((a) => a.ref)).toEqual(['1.3', '8.1', '4.2', '6.1']);
  });

  it('shows what changed over the last 90 days, and the stale actions at a past board date', async () => {
    const admin = server.as(await server.adminToken());
    const { changes, past } = await admin.ok(
      graphql(`query DemoRagChangesAndStale($plan: ID!) {
        changes: boardReport(deliveryPlanId: $plan, since: "2026-08-25") { changes { ref kinds } }
        past: boardReport(deliveryPlanId: $plan, asOf: "2026-09-23") { staleActions { ref } }
      }`),
      { plan: planId },
    );
    // Derived RAG or status different 90 days ago (today − 90 = 2026-08-25).
    expect(changes.changes.filter((c) => c.kinds.includes('STATUS_OR_RAG')).map((c) => c.ref)).toEqual([
      '1.4',
      '2.1',
      '2.2',
      '2.4',
      '3.2',
      '4.1',
      '5.1',
      '5.2',
      '5.4',
      '6.3',
      '6.4',
      '7.1',
      '7.2',
    ]);
    // At a past board date (today − 61), with staleAfterDays 120: two actions with no recent update.
    expect(past.staleActions).toHaveLength(2);
  });
});
