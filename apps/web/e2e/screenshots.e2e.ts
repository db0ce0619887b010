import { join } from 'node:path';
import { test } from '@playwright/test';
import { BOARD_MEMBER, demoPlan, gql, makeHistory, POLICE_PARTNER, signIn, type History } from './support';

/** Screenshots of every page at 1280 and 390 px wide, into .tmp/screenshots (SCREENSHOTS=1 to run). */
test.skip(!process.env.SCREENSHOTS, 'screenshots only on request (SCREENSHOTS=1)');

let history: History | undefined;

for (const width of [1280, 390]) {
  test(`screenshots at ${width}px`, async ({ page, request }) => {
    // A board meeting, a re-baselined due date, an added and a removed action (once per server).
    history ??= await makeHistory(request);
    await page.setViewportSize({ width, height: 900 });
    const shot = (name: string) => page.screenshot({ path: join(__dirname, `../../../.tmp/screenshots/${width}-${name}.png`), fullPage: true });
    await page.goto('/sign-in');
    await shot('01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await shot('02-sign-in-errors');
    await page.goto('/accessibility');
    await shot('03-accessibility');
    await signIn(page, BOARD_MEMBER);
    await shot('04-home-board');
    const plan = await demoPlan(page);
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('heading', { name: 'Headline figures' }).waitFor();
    await page.locator('.pdt-chart svg').waitFor();
    await page.locator('#changes-table').waitFor();
    await shot('05-dashboard');
    // Parts of the long dashboard at full size: the dates and rules, and the changes.
    const part = (name: string, selector: string) => page.locator(selector).screenshot({ path: join(__dirname, `../../../.tmp/screenshots/${width}-${name}.png`) });
    await page.screenshot({ path: join(__dirname, `../../../.tmp/screenshots/${width}-05a-dashboard-top.png`) });
    await part('05b-dashboard-changes', 'section[aria-labelledby="changes"]');
    await part('05b1-change-moved', `#changes-table tr[data-ref="${history.moved.ref}"]`);
    await part('05b2-change-added', `#changes-table tr[data-ref="${history.added.ref}"]`);
    await part('05c-dashboard-due-soon', 'section[aria-labelledby="due-soon"]');
    await page.goto(`/plans/${plan.id}/pillars/protect`);
    await page.getByRole('heading', { name: 'Objectives' }).waitFor();
    await shot('06-pillar');
    await page.locator('table a').first().click();
    await page.getByRole('heading', { name: /^Actions/ }).waitFor();
    await shot('07-objective');
    const overdue = await gql<{ boardReport: { overdueActions: { action: { id: string } }[] } }>(
      page,
      `query($p: ID!) { boardReport(deliveryPlanId: $p) { overdueActions { action { id } } } }`,
      { p: plan.id },
    );
    await page.goto(`/actions/${overdue.boardReport.overdueActions[0].action.id}`);
    await page.getByRole('heading', { name: /Progress returns/ }).waitFor();
    await shot('08-action-board');
    await page.goto(`/actions/${history.moved.id}`);
    await page.locator('#due-date-revisions').waitFor();
    await shot('08b-action-due-date-moved');
    await page.emulateMedia({ media: 'print' });
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('heading', { name: 'Headline figures' }).waitFor();
    await shot('09-dashboard-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await shot('10-signed-out');
    await signIn(page, POLICE_PARTNER);
    await shot('11-home-partner');
    await page.goto('/my-actions');
    await page.locator('#my-actions').waitFor();
    await shot('12-my-actions');
    await page.goto('/my-actions?show=overdue');
    await page.getByRole('heading', { name: /actions?: overdue|0 actions/ }).waitFor();
    await shot('13-my-actions-overdue');
    const mine = await gql<{ myActions: { action: { id: string; milestones: { id: string; completedOn: string | null }[] } }[] }>(
      page,
      '{ myActions { action { id milestones { id completedOn } } } }',
    );
    const withMilestone = mine.myActions.find((m) => m.action.milestones.some((x) => !x.completedOn)) ?? mine.myActions[0];
    await page.goto(`/actions/${withMilestone.action.id}`);
    await page.getByRole('heading', { name: /Progress returns/ }).waitFor();
    await shot('14-action-partner');
    await page.getByRole('button', { name: 'Report progress' }).click();
    await page.getByLabel('What has happened since the last return').waitFor();
    await shot('15-report-form');
    await page.getByLabel('Percent complete').fill('150');
    await page.getByRole('button', { name: 'Save progress return' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await shot('16-report-errors');
    const m = withMilestone.action.milestones.find((x) => !x.completedOn);
    if (m) {
      await page.goto(`/actions/${withMilestone.action.id}/milestones/${m.id}/complete`);
      await page.getByLabel('Date completed').waitFor();
      await shot('17-complete-milestone');
    }
    await page.goto('/no-such-page');
    await shot('18-not-found');
  });
}
