import { REPORT_AS_OF, REPORT_SINCE } from '../bench-database';
import { BOARD_REPORT } from '../documents';
import { FLOOR_BOARD_REPORT_SQL } from '../floor.sql';
import { graphql, GraphqlRequest } from '../harness/load';
import { fmt } from '../harness/output';
import type { Scenario } from './scenario';

/**
 * 1. The whole board report of plan 1, by one caller and by 16, cold and warm, against the floor:
 * every figure computed by one hand-written statement (it must agree with the API's).
 */

interface ApiBoardReport {
  overall: Record<string, unknown>;
  byPillar: { pillar: string; rollUp: Record<string, unknown> }[];
  byObjective: { objective: { code: string }; rollUp: Record<string, unknown> }[];
  byAgency: { agency: { name: string }; rollUp: Record<string, unknown> }[];
  overdueActions: { ref: string; ragReasons: string[] }[];
  overdueMilestones: { action: { ref: string }; daysOverdue: number }[];
  dueSoon: { ref: string }[];
  staleActions: { ref: string; rag: string }[];
  changes: { ref: string; ragBefore: string | null; ragAfter: string | null }[];
  updatesSince: { narrative: string }[];
}

/** The floor's board report (FLOOR_BOARD_REPORT_SQL's JSON), in its own field names. */
interface FloorBoardReport {
  overall?: Record<string, unknown> | null;
  byPillar?: { pillar: string; rollUp: Record<string, unknown> | null }[];
  byObjective?: { code: string; rollUp: Record<string, unknown> | null }[];
  byAgency?: { agency: string; rollUp: Record<string, unknown> | null }[];
  overdueActions?: { ref: string; ragReasons: string[] }[];
  overdueMilestones?: { ref: string; daysOverdue: number }[];
  dueSoon?: { ref: string }[];
  staleActions?: { ref: string; rag: string }[];
  changes?: { ref: string; ragBefore: string | null; ragAfter: string | null }[];
  updatesSince?: { narrative: string }[];
}

/** Compares what the floor computed with what the API answered, figure by figure; returns the differences. */
function compareWithFloor(api: ApiBoardReport, floor: FloorBoardReport): string[] {
  const differences: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${what}: api ${JSON.stringify(a).slice(0, 120)} floor ${JSON.stringify(b).slice(0, 120)}`);
  };
  const empty = {
    total: 0,
    cancelled: 0,
    completed: 0,
    overdue: 0,
    dueSoon: 0,
    stale: 0,
    progress: 0,
    byStatus: { notStarted: 0, inProgress: 0, onHold: 0, completed: 0 },
    byRag: { red: 0, amber: 0, green: 0, blue: 0 },
  };
  const norm = (r: Record<string, unknown> | null) =>
    JSON.stringify(
      { ...empty, ...(r ?? {}), progress: Number((r ?? empty).progress) },
      Object.keys(empty).concat('notStarted', 'inProgress', 'onHold', 'red', 'amber', 'green', 'blue').sort(),
    );
  same('overall', norm(api.overall), norm(floor.overall ?? null));
  same(
    'byPillar',
    api.byPillar.map((p) => [p.pillar, norm(p.rollUp)]),
    (floor.byPillar ?? []).map((p) => [p.pillar, norm(p.rollUp)]),
  );
  same(
    'byObjective',
    api.byObjective.map((o) => [o.objective.code, norm(o.rollUp)]),
    (floor.byObjective ?? []).map((o) => [o.code, norm(o.rollUp)]),
  );
  same(
    'byAgency',
    api.byAgency.map((a) => [a.agency.name, norm(a.rollUp)]),
    (floor.byAgency ?? []).map((a) => [a.agency, norm(a.rollUp)]),
  );
  same(
    'overdueActions',
    api.overdueActions.map((r) => [r.ref, r.ragReasons]),
    (floor.overdueActions ?? []).map((r) => [r.ref, r.ragReasons]),
  );
  same(
    'overdueMilestones',
    api.overdueMilestones.map((m) => [m.action.ref, m.daysOverdue]),
    (floor.overdueMilestones ?? []).map((m) => [m.ref, m.daysOverdue]),
  );
  same(
    'dueSoon',
    api.dueSoon.map((r) => r.ref),
    (floor.dueSoon ?? []).map((r) => r.ref),
  );
  same(
    'staleActions',
    api.staleActions.map((r) => [r.ref, r.rag]),
    (floor.staleActions ?? []).map((r) => [r.ref, r.rag]),
  );
  same(
    'changes',
    api.changes.map((c) => [c.ref, c.ragBefore, c.ragAfter]),
    (floor.changes ?? []).map((c) => [c.ref, c.ragBefore, c.ragAfter]),
  );
  same(
    'updatesSince',
    api.updatesSince.map((u) => u.narrative),
    (floor.updatesSince ?? []).map((u) => u.narrative),
  );
  return differences;
}

export function boardReport(): Scenario {
  const name = '1. board report';
  let request: GraphqlRequest;
  return {
    id: '1',
    name,
    async check(ctx) {
      request = { query: BOARD_REPORT, variables: { plan: ctx.plan, asOf: REPORT_AS_OF, since: REPORT_SINCE } };
      const sample = await graphql<{ boardReport: ApiBoardReport }>(ctx.apiUrl, request, ctx.tokens.board);
      ctx.record.sqlStatements.boardReport = sample.statements;
      const floorSample = JSON.parse(
        (await ctx.pool.query<{ report: string }>(FLOOR_BOARD_REPORT_SQL, [ctx.plan, REPORT_AS_OF, REPORT_SINCE])).rows[0].report,
      ) as FloorBoardReport;
      const differences = compareWithFloor(sample.data.boardReport, floorSample);
      ctx.record.floorDifferences.push(...differences);
      const report = sample.data.boardReport;
      console.error(
        `board report of plan 1: ${report.overdueActions.length} overdue, ${report.overdueMilestones.length} overdue milestones, ${report.dueSoon.length} due soon, ` +
          `${report.staleActions.length} stale, ${report.changes.length} changes, ${report.updatesSince.length} updates since; floor ${differences.length === 0 ? 'agrees' : `DIFFERS:\n  ${differences.join('\n  ')}`}`,
      );
    },
    async measure(ctx) {
      const { board } = ctx.tokens;
      await ctx.runApi(name, 1, board, [request]);
      await ctx.runApi(name, 1, board, [request], 'warm');
      await ctx.runFloor(name, 1);
      await ctx.runApi(name, 16, board, [request]);
      await ctx.runApi(name, 16, board, [request], 'warm');
      await ctx.runFloor(name, 16);
    },
    cachedTargets(find, cache) {
      const board1 = find(cache === 'warm' ? `${name} (warm)` : name, 'api', 1);
      const board16 = find(cache === 'warm' ? `${name} (warm)` : name, 'api', 16);
      const floor1 = find(name, 'floor', 1);
      const floor16 = find(name, 'floor', 16);
      if (!board1 || !floor1 || !board16 || !floor16) return [];
      return [
        {
          target: `board report c1 p50 ≤ 2 × floor c1 p50, ${cache}`,
          value: `${fmt(board1.p50, 2)} / ${fmt(floor1.p50, 2)} ms = ${fmt(board1.p50 / floor1.p50, 2)}×`,
          met: board1.p50 / floor1.p50 <= 2,
        },
        {
          target: `board report c16 req/s ≥ ½ floor c16 req/s, ${cache}`,
          value: `${fmt(board16.rps, 0)} / ${fmt(floor16.rps, 0)} = ${fmt(board16.rps / floor16.rps, 2)}`,
          met: board16.rps / floor16.rps >= 0.5,
        },
      ];
    },
  };
}
