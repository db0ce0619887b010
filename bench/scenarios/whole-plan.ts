import { PEER_WHOLE_PLAN, WHOLE_PLAN } from '../documents';
import { graphql, GraphqlRequest } from '../harness/load';
import { fmt } from '../harness/output';
import type { Scenario } from './scenario';

/** 3. The whole nested plan (150 actions with their relations), cold and warm, against PostGraphile reading the same rows. */
export function wholePlan(): Scenario {
  const name = '3. whole plan';
  let request: GraphqlRequest;
  let peerRequest: GraphqlRequest;
  return {
    id: '3',
    name,
    async check(ctx) {
      request = { query: WHOLE_PLAN, variables: { id: ctx.plan } };
      const sample = await graphql<{ deliveryPlan: { actions: unknown[] } }>(ctx.apiUrl, request, ctx.tokens.board);
      if (sample.data.deliveryPlan.actions.length !== 150) throw new Error('the whole-plan read did not return 150 actions');
      ctx.record.sqlStatements.wholePlan = sample.statements;
    },
    async measure(ctx) {
      await ctx.runApi(name, 16, ctx.tokens.board, [request]);
      await ctx.runApi(name, 16, ctx.tokens.board, [request], 'warm');
    },
    async checkPeer(ctx) {
      peerRequest = { query: PEER_WHOLE_PLAN, variables: { id: ctx.plan } };
      const sample = await graphql<{ deliveryPlanByRowId: { actionsByDeliveryPlanId: { nodes: unknown[] } } }>(ctx.peerUrl, peerRequest);
      if (sample.data.deliveryPlanByRowId.actionsByDeliveryPlanId.nodes.length !== 150) throw new Error('PostGraphile did not return 150 actions');
    },
    async measurePeer(ctx) {
      await ctx.runPeer(name, [peerRequest]);
    },
    cachedTargets(find, cache) {
      const plan16 = find(cache === 'warm' ? `${name} (warm)` : name, 'api', 16);
      const peer16 = find(name, 'postgraphile', 16);
      if (!plan16 || !peer16) return [];
      return [
        {
          target: `whole plan c16 req/s ≥ PostGraphile, ${cache}`,
          value: `${fmt(plan16.rps, 0)} / ${fmt(peer16.rps, 0)} = ${fmt(plan16.rps / peer16.rps, 2)}× (p50 ${fmt(plan16.p50, 1)} vs ${fmt(peer16.p50, 1)} ms = ${fmt(plan16.p50 / peer16.p50, 2)}×)`,
          met: plan16.rps >= peer16.rps,
        },
      ];
    },
  };
}
