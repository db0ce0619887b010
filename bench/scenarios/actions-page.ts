import { Client } from 'pg';
import { benchIds } from '../bench-database';
import { ACTIONS_PAGE, PEER_ACTIONS_BY_AGENCY, PEER_ACTIONS_BY_OBJECTIVE, PEER_ACTIONS_EARLIEST_DUE } from '../documents';
import { graphql, GraphqlRequest } from '../harness/load';
import { fmt } from '../harness/output';
import type { Scenario } from './scenario';

/** 2. A page of 50 actions of plan 1 under three filters in turn, cold and warm, and PostGraphile's nearest pages. */
export function actionsPage(): Scenario {
  const name = '2. actions page';
  let requests: GraphqlRequest[];
  let peerRequests: GraphqlRequest[];
  return {
    id: '2',
    name,
    async check(ctx) {
      // Three filters in turn: overdue, a pillar, a lead agency (the council, which leads the most).
      requests = [
        { query: ACTIONS_PAGE, variables: { plan: ctx.plan, filter: { overdue: true } } },
        { query: ACTIONS_PAGE, variables: { plan: ctx.plan, filter: { pillar: 'PROTECT' } } },
        { query: ACTIONS_PAGE, variables: { plan: ctx.plan, filter: { leadAgencyId: benchIds.agency(ctx.n1, 1) } } },
      ];
      const sample = await graphql<{ actions: { edges: unknown[]; totalCount: number } }>(ctx.apiUrl, requests[0], ctx.tokens.board);
      ctx.record.sqlStatements.actionsPage = sample.statements;
      console.error(`actions page (overdue): ${sample.data.actions.edges.length} of ${sample.data.actions.totalCount}`);
    },
    async measure(ctx) {
      await ctx.runApi(name, 16, ctx.tokens.board, requests);
      await ctx.runApi(name, 16, ctx.tokens.board, requests, 'warm');
    },
    async checkPeer(ctx) {
      const c = new Client({ connectionString: ctx.dbUrl });
      await c.connect();
      let objectiveOfPillar: string;
      try {
        objectiveOfPillar = (
          await c.query<{ id: string }>(
            `SELECT id FROM objective WHERE strategy_id = (SELECT strategy_id FROM delivery_plan WHERE id = $1) AND pillar = 'PROTECT' ORDER BY position LIMIT 1`,
            [ctx.plan],
          )
        ).rows[0].id;
      } finally {
        await c.end();
      }
      peerRequests = [
        { query: PEER_ACTIONS_EARLIEST_DUE, variables: { plan: ctx.plan } },
        { query: PEER_ACTIONS_BY_OBJECTIVE, variables: { plan: ctx.plan, objective: objectiveOfPillar } },
        { query: PEER_ACTIONS_BY_AGENCY, variables: { plan: ctx.plan, agency: benchIds.agency(ctx.n1, 1) } },
      ];
      for (const request of peerRequests) await graphql(ctx.peerUrl, request);
    },
    async measurePeer(ctx) {
      await ctx.runPeer(name, peerRequests);
    },
    targets(find) {
      const actions16 = find(name, 'api', 16);
      const peer16 = find(name, 'postgraphile', 16);
      if (!actions16 || !peer16) return [];
      return [
        {
          target: 'actions page c16 vs PostGraphile (no target; see the note on its pages)',
          value: `${fmt(actions16.rps, 0)} / ${fmt(peer16.rps, 0)} req/s = ${fmt(actions16.rps / peer16.rps, 2)}× (p50 ${fmt(actions16.p50, 1)} vs ${fmt(peer16.p50, 1)} ms = ${fmt(actions16.p50 / peer16.p50, 2)}×)`,
          met: null,
        },
      ];
    },
  };
}
