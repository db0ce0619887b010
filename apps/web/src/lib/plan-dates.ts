import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { isCalendarDate } from './dates';
import { monthsBefore } from './format';
import { PlanContextQuery } from './operations';

/**
 * The plan a page is about (pillar and objective pages) and the report dates from the URL: `asOf` (default today in the
 * partnership's timezone) and `since` (default 3 months before asOf; the dashboard asks `boardReport` for
 * the previous board meeting first, see DashboardPage). The dates stay in the URL,
 * so every view can be linked to and the back button works.
 */
export function usePlanDates(planId: string) {
  const [params] = useSearchParams();
  const context = useQuery(PlanContextQuery, { variables: { plan: planId }, fetchPolicy: 'cache-first' });
  const plan = context.data?.deliveryPlan ?? null;
  const asOfParam = params.get('asOf');
  const sinceParam = params.get('since');
  const asOf = isCalendarDate(asOfParam) ? asOfParam : (plan?.partnership.today ?? null);
  const since = isCalendarDate(sinceParam) ? sinceParam : asOf ? monthsBefore(asOf, 3) : null;
  /** The query string that keeps the chosen dates when moving between views. */
  const keep = new URLSearchParams();
  if (isCalendarDate(asOfParam)) keep.set('asOf', asOfParam);
  if (isCalendarDate(sinceParam)) keep.set('since', sinceParam);
  const search = keep.toString() ? `?${keep.toString()}` : '';
  return { context, plan, asOf, since, search, asOfParam, sinceParam };
}
