import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
export async function gql<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Zero axe violations of the WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The demo's one delivery plan. */
export async function demoPlan(page: Page): Promise<{ id: string; title: string; partnership: { name: string; today: string } }> {
  const data = await gql(page, '{ partnerships { name today strategies { deliveryPlans { id title } } } }');
  const p = data.partnerships[0];
  return { ...p.strategies[0].deliveryPlans[0], partnership: { name: p.name, today: p.today } };
}

/** Formats a calendar date as the app does ("30 September 2026"), written out here independently. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
