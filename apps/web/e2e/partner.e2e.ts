import { expect, test } from '@playwright/test';
import { expectAccessible, gql, longDate, POLICE_PARTNER, signIn } from './support';

const MINE = `query($f: MyActionsFilter) { myActions(filter: $f) { leads action { id ref title status progress rag dueDate lastReportedOn canReportProgress
  milestones { id title completedOn } deliveryPlan { id partnership { today } } } } }`;
/** What MINE selects. */
type Mine = {
  myActions: {
    leads: boolean;
    action: {
      id: string;
      ref: string;
      title: string;
      status: string;
      progress: number;
      rag: string | null;
      dueDate: string;
      lastReportedOn: string | null;
      canReportProgress: boolean;
      milestones: { id: string; title: string; completedOn: string | null }[];
      deliveryPlan: { id: string; partnership: { today: string } };
    };
  }[];
};

test('a police partner finds their actions, led first, and filters them', async ({ page }) => {
  await signIn(page, POLICE_PARTNER);
  await page.getByRole('link', { name: 'My actions' }).first().click();
  await expect(page).toHaveURL(/\/my-actions$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My actions');
  await expect(page.getByText('Northshire Police', { exact: true }).first()).toBeVisible();
  const all = (await gql<Mine>(page, MINE)).myActions;
  expect(all.length).toBeGreaterThan(0);
  const rows = page.locator('#my-actions tbody tr');
  await expect(rows).toHaveCount(all.length);
  for (const [i, m] of all.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toContainText(`${m.action.ref} ${m.action.title}`);
    await expect(cells.nth(1)).toHaveText(m.leads ? 'Lead' : 'Support');
    await expect(cells.nth(3)).toHaveText(`${m.action.progress}%`);
    await expect(cells.nth(5)).toHaveText(longDate(m.action.dueDate));
    await expect(cells.nth(6)).toHaveText(m.action.lastReportedOn ? longDate(m.action.lastReportedOn) : 'Never');
  }
  // Led first: no "Lead" after a "Support".
  const roles = await rows.locator('td:nth-child(2)').allTextContents();
  expect(roles.indexOf('Support') === -1 || roles.lastIndexOf('Lead') < roles.indexOf('Support')).toBe(true);
  await expectAccessible(page, 'my actions');

  for (const [label, filter] of [
    ['Overdue', { overdue: true }],
    ['Due soon', { dueSoon: true }],
    ['No recent update', { noRecentUpdate: true }],
  ] as const) {
    await page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: label, exact: true }).click();
    const expected = (await gql<Mine>(page, MINE, { f: filter })).myActions;
    await expect(page.locator('h2#count')).toHaveText(`${expected.length} ${expected.length === 1 ? 'action' : 'actions'}: ${label.toLowerCase()}`);
    if (expected.length) await expect(page.locator('#my-actions tbody tr td:first-child a')).toHaveText(expected.map((m) => `${m.action.ref} ${m.action.title}`));
    await expectAccessible(page, `my actions: ${label}`);
  }
  await page.goBack();
  await expect(page).toHaveURL(/show=due-soon/);
});

test('a partner reports progress: server refusals keep what was typed, then the new return shows at once', async ({ page }) => {
  await signIn(page, POLICE_PARTNER);
  const mine = (await gql<Mine>(page, MINE)).myActions.filter((m) => m.leads && m.action.status !== 'COMPLETED' && m.action.status !== 'CANCELLED');
  const target = mine[0].action;
  const today = target.deliveryPlan.partnership.today;
  await page.goto('/my-actions');
  await page.getByRole('link', { name: `${target.ref} ${target.title}` }).click();
  await page.getByRole('button', { name: 'Report progress' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report progress');
  await expect(page.getByLabel('Date reported')).toHaveValue(today);
  await expectAccessible(page, 'report progress form');

  // Refused by the server: percent over 100 and no narrative.
  await page.getByLabel('In progress').check();
  await page.getByLabel('Percent complete').fill('150');
  await page.getByLabel('Amber: at risk').check();
  await page.getByRole('button', { name: 'Save progress return' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Percent complete must not be greater than 100');
  await expect(summary).toContainText('Enter what has happened since the last return');
  await expect(page.locator('#percentComplete-error')).toContainText('Percent complete must not be greater than 100');
  await expect(page.locator('#narrative-error')).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('Percent complete')).toHaveValue('150');
  await expect(page.getByLabel('Amber: at risk')).toBeChecked();
  await expectAccessible(page, 'report progress with errors');
  // The summary's link takes the person to the field.
  await summary.getByRole('link', { name: /Percent complete/ }).click();
  await expect(page.getByLabel('Percent complete')).toBeFocused();

  // A date in the future is refused with the server's message, against the date field.
  const narrative = `Visited ${Date.now() % 1000} premises with licensing; two referrals made.`;
  await page.getByLabel('Percent complete').fill('80');
  await page.getByLabel('What has happened since the last return').fill(narrative);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Date reported').fill(tomorrow);
  await page.getByRole('button', { name: 'Save progress return' }).click();
  await expect(page.locator('#reportedOn-error')).toContainText('Must not be in the future');
  await expect(page.getByLabel('What has happened since the last return')).toHaveValue(narrative);

  await page.getByLabel('Date reported').fill(today);
  await page.getByRole('button', { name: 'Save progress return' }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${target.id}$`));
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(`Progress reported for ${longDate(today)}`);
  const first = page.locator('#history > li').first();
  await expect(first).toContainText(narrative);
  await expect(first).toContainText('Daniel Okafor, Northshire Police');
  await expect(first.locator('h3')).toContainText(`${longDate(today)}: In progress, 80%`);
  const saved = (
    await gql<{ action: { progress: number; updates: { narrative: string; percentComplete: number; rag: string | null; reportedOn: string }[] } }>(
      page,
      `query($id: ID!) { action(id: $id) { progress updates { narrative percentComplete rag reportedOn } } }`,
      { id: target.id },
    )
  ).action;
  expect(saved.updates[0]).toEqual({ narrative, percentComplete: 80, rag: 'AMBER', reportedOn: today });
  await expectAccessible(page, 'action page after reporting');
});

test('a partner completes a milestone with a date', async ({ page }) => {
  await signIn(page, POLICE_PARTNER);
  const mine = (await gql<Mine>(page, MINE)).myActions;
  const found = mine.find((m) => m.action.canReportProgress && m.action.status !== 'CANCELLED' && m.action.milestones.some((x) => !x.completedOn));
  test.skip(!found, 'the demo has no open milestone on a police action');
  const withOpen = found!;
  const milestone = withOpen.action.milestones.find((x) => !x.completedOn)!;
  const today = withOpen.action.deliveryPlan.partnership.today;
  const on = new Date(Date.parse(`${today}T00:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/actions/${withOpen.action.id}`);
  await page.getByRole('link', { name: new RegExp(`^Mark complete ?: ${milestone.title}$`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mark milestone complete');
  await expectAccessible(page, 'complete milestone form');
  await page.getByLabel('Date completed').fill(on);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(`marked complete on ${longDate(on)}`);
  await expect(page.locator('#milestones tr', { hasText: milestone.title })).toContainText(`Completed ${longDate(on)}`);
  const after = (
    await gql<{ action: { milestones: { id: string; completedOn: string | null }[] } }>(
      page,
      `query($id: ID!) { action(id: $id) { milestones { id completedOn } } }`,
      { id: withOpen.action.id },
    )
  ).action;
  expect(after.milestones.find((x) => x.id === milestone.id)!.completedOn).toBe(on);
});

test("another agency's action offers no report button, and the server's refusal is explained", async ({ page }) => {
  await signIn(page, POLICE_PARTNER);
  type Actions = {
    partnerships: { strategies: { deliveryPlans: { actions: { id: string; ref: string; title: string; canReportProgress: boolean; status: string }[] }[] }[] }[];
  };
  const all = (await gql<Actions>(page, `{ partnerships { strategies { deliveryPlans { actions { id ref title canReportProgress status } } } } }`)).partnerships[0]
    .strategies[0].deliveryPlans[0].actions;
  const found = all.find((a) => !a.canReportProgress && a.status !== 'CANCELLED');
  expect(found).toBeTruthy();
  const other = found!;
  await page.goto(`/actions/${other.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.title);
  await expect(page.getByRole('button', { name: 'Report progress' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Mark complete/ })).toHaveCount(0);
  // Typed the address anyway: the form is refused with the reason, and nothing typed is lost.
  await page.goto(`/actions/${other.id}/report`);
  await page.getByLabel('Percent complete').fill('10');
  await page.getByLabel('What has happened since the last return').fill('Trying to report on another agency’s action');
  await page.getByRole('button', { name: 'Save progress return' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'You cannot report progress on this action: only its lead and supporting agencies (and coordinators) can.',
  );
  await expect(page.getByLabel('What has happened since the last return')).toHaveValue('Trying to report on another agency’s action');
  await expectAccessible(page, 'report refused');
  const after = (
    await gql<{ action: { updates: { narrative: string }[] } }>(page, `query($id: ID!) { action(id: $id) { updates { narrative } } }`, { id: other.id })
  ).action;
  expect(after.updates.map((u) => u.narrative)).not.toContain('Trying to report on another agency’s action');
});
