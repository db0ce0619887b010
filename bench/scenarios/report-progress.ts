import { benchIds } from '../bench-database';
import { REPORT_PROGRESS } from '../documents';
import { graphql, GraphqlRequest } from '../harness/load';
import { fmt } from '../harness/output';
import type { Scenario } from './scenario';

/** 4. Writes: `reportProgress` by 16 callers on the last partnership's plan (the reads use the first), one action after another. */
export function reportProgress(): Scenario {
  const name = '4. reportProgress';
  let nLast = 1;
  let counter = 0;
  const request = (): GraphqlRequest => {
    counter += 1;
    return {
      query: REPORT_PROGRESS,
      variables: {
        input: {
          actionId: benchIds.action(nLast, 1 + (counter % 150)),
          narrative: `Bench return ${counter}: partners met, figures in the annex.`,
          percentComplete: 50,
          status: 'IN_PROGRESS',
          rag: 'GREEN',
        },
      },
    };
  };
  return {
    id: '4',
    name,
    async check(ctx) {
      nLast = ctx.nLast;
      const sample = await graphql(ctx.apiUrl, request(), ctx.tokens.coordinator);
      ctx.record.sqlStatements.reportProgress = sample.statements;
    },
    async measure(ctx) {
      await ctx.runApi(name, 16, ctx.tokens.coordinator, [request]);
    },
    targets(find) {
      const writes16 = find(name, 'api', 16);
      if (!writes16) return [];
      return [
        {
          target: 'reportProgress c16 ≥ 300 writes/s, 0 errors',
          value: `${fmt(writes16.rps, 0)} writes/s, ${writes16.errors} errors`,
          met: writes16.rps >= 300 && writes16.errors === 0,
        },
      ];
    },
  };
}
