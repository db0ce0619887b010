import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'demo-password';
export const BOARD_MEMBER = 'helen.marsh@example.org';
export const POLICE_PARTNER = 'daniel.okafor@example.org';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** A GraphQL request with the page's session cookie: what the server says the figures are. */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await response.json()) as GraphQLBody<T>;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A GraphQL answer: the data the test's type argument describes (the fields its query selects), or errors. */
interface GraphQLBody<T> {
  data: T;
  errors?: unknown[];
}

/** Zero axe violations of the WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The demo's one delivery plan. */
export async function demoPlan(page: Page): Promise<{ id: string; title: string; partnership: { name: string; today: string } }> {
  const data = await gql<{ partnerships: { name: string; today: string; strategies: { deliveryPlans: { id: string; title: string }[] }[] }[] }>(
    page,
    '{ partnerships { name today strategies { deliveryPlans { id title } } } }',
  );
  const p = data.partnerships[0];
  return { ...p.strategies[0].deliveryPlans[0], partnership: { name: p.name, today: p.today } };
}

/** Formats a calendar date as the app does ("30 September 2026"), written out here independently. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const COORDINATOR = 'sarah.whitfield@example.org';

/** GraphQL as a script would send it: a bearer token, apart from any page's cookie. */
export async function gqlAs<T>(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
  const body = (await response.json()) as GraphQLBody<T>;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function tokenFor(request: APIRequestContext, email: string, password = PASSWORD): Promise<string> {
  const response = await request.post('/graphql', {
    data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: password } },
    headers: { 'content-type': 'application/json' },
  });
  return ((await response.json()) as GraphQLBody<{ login: { token: string } }>).data.login.token;
}

/** A calendar date plus n days, written here apart from the app's own code. */
export function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export interface History {
  today: string;
  meeting: { id: string; date: string; title: string };
  /** An action overdue this morning whose due date the coordinator moved today, into the due-soon window. */
  moved: { id: string; ref: string; from: string; to: string };
  added: { id: string; ref: string };
  removed: { id: string; ref: string };
}

/**
 * The plan's history made through the API by the demo coordinator: a board meeting 40 days ago, an
 * overdue action re-baselined today, an action added today and one (in the plan since before the
 * meeting) removed today.
 */
export async function makeHistory(request: APIRequestContext): Promise<History> {
  const token = await tokenFor(request, COORDINATOR);
  const q = <T = unknown>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(request, token, query, variables);
  type Partnerships = {
    partnerships: {
      id: string;
      today: string;
      agencies: { id: string; name: string }[];
      strategies: { objectives: { id: string }[]; deliveryPlans: { id: string }[] }[];
    }[];
  };
  const data = await q<Partnerships>(`{ partnerships { id today agencies { id name } strategies { objectives { id } deliveryPlans { id } } } }`);
  const p = data.partnerships[0];
  const today: string = p.today;
  const planId = p.strategies[0].deliveryPlans[0].id;
  type Overdue = { boardReport: { overdueActions: { ref: string; dueDate: string; action: { id: string; version: number } }[] } };
  const report = (await q<Overdue>(`query($p: ID!) { boardReport(deliveryPlanId: $p) { overdueActions { ref dueDate action { id version } } } }`, { p: planId }))
    .boardReport;
  const target = report.overdueActions[0];
  const to = plusDays(today, 10);
  await q(`mutation($id: ID!, $v: Int!, $i: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $i) { id } }`, {
    id: target.action.id,
    v: target.action.version,
    i: { dueDate: to },
  });
  const meetingDate = plusDays(today, -40);
  const suffix = String(Date.now() % 100_000);
  const meeting = (
    await q<{ createBoardMeeting: History['meeting'] }>(`mutation($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id date title } }`, {
      i: { partnershipId: p.id, date: meetingDate, title: `Partnership board ${suffix}` },
    })
  ).createBoardMeeting;
  const agency = p.agencies.find((a: { name: string }) => a.name === 'Northshire County Council') ?? p.agencies[0];
  const create = async (ref: string, title: string, inPlanSince: string) =>
    (
      await q<{ createAction: { id: string; ref: string } }>(`mutation($i: CreateActionInput!) { createAction(input: $i) { id ref } }`, {
        i: {
          deliveryPlanId: planId,
          objectiveId: p.strategies[0].objectives[0].id,
          leadAgencyId: agency.id,
          ref,
          title,
          dueDate: plusDays(today, 200),
          inPlanSince,
        },
      })
    ).createAction;
  const added = await create(`H${suffix}.1`, 'Publish the survivor support directory', today);
  const removed = await create(`H${suffix}.2`, 'Duplicate of the directory action', plusDays(today, -60));
  await q(`mutation($id: ID!) { removeAction(id: $id, reason: "Entered twice by mistake") }`, { id: removed.id });
  return { today, meeting, moved: { id: target.action.id, ref: target.ref, from: target.dueDate, to }, added, removed };
}
