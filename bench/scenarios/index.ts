import { actionsPage } from './actions-page';
import { boardReport } from './board-report';
import { reportProgress } from './report-progress';
import type { Scenario } from './scenario';
import { wholePlan } from './whole-plan';

export type { ApiContext, FindResult, PeerContext, Scenario } from './scenario';

/** The scenarios of `npm run bench`, in the order they run (`--only` picks by number). */
export function scenarios(): Scenario[] {
  return [boardReport(), actionsPage(), wholePlan(), reportProgress()];
}
