import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BOARD_MEMBER, demoPlan, expectAccessible, gql, longDate, signIn } from './support';

const REPORT = `query($p: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $p, asOf: $asOf, since: $since) {
    asOf since
    overall { total completed overdue dueSoon stale progress }
    byPillar { pillar rollUp { total progress byRag { red amber green blue } } }
    byObjective { objective { id code title } rollUp { total progress overdue } }
    byAgency { agency { name } rollUp { total progress } }
    overdueActions { ref dueDate daysOverdue ragReasons action { id } }
    overdueMilestones { milestone { title } }
    dueSoon { ref }
    staleActions { ref }
    changes { ref statusBefore statusAfter }
  }
}`;

type RollUp = {
  total: number;
  completed: number;
  overdue: number;
  dueSoon: number;
  stale: number;
  progress: number;
  byRag: { red: number; amber: number; green: number; blue: number };
};
/** What REPORT selects. */
type Report = {
  boardReport: {
    asOf: string;
    since: string | null;
    overall: RollUp;
    byPillar: { pillar: string; rollUp: RollUp }[];
    byObjective: { objective: { id: string; code: string; title: string }; rollUp: RollUp }[];
    byAgency: { agency: { name: string }; rollUp: RollUp }[];
    overdueActions: { ref: string; dueDate: string; daysOverdue: number; ragReasons: string[]; action: { id: string } }[];
    overdueMilestones: { milestone: { title: string } }[];
    dueSoon: { ref: string }[];
    staleActions: { ref: string }[];
    changes: { ref: string; statusBefore: string | null; statusAfter: string | null }[];
  };
};

/** Three months before a date, written here apart from the app's own code (day clamped to the month). */
function threeMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - 3, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

const pct = (n: number) => `${n}%`;

async function expectFiguresMatch(page: Page, planId: string, asOf: string, since: string) {
  const r = (await gql<Report>(page, REPORT, { p: planId, asOf, since })).boardReport;
  await expect(page.locator('#report-dates')).toContainText(`Figures as of ${longDate(asOf)}`);
  await expect(page.locator('#report-dates')).toContainText(`changes since ${longDate(since)}`);
  const figure = (label: string) => page.locator(`[data-figure="${label}"] .pdt-figure__value`);
  await expect(figure('Actions')).toHaveText(String(r.overall.total));
  await expect(figure('Progress')).toHaveText(pct(r.overall.progress));
  await expect(figure('Overdue')).toHaveText(String(r.overall.overdue));
  await expect(figure('Due soon')).toHaveText(String(r.overall.dueSoon));
  await expect(figure('No recent update')).toHaveText(String(r.overall.stale));
  await expect(figure('Completed')).toHaveText(String(r.overall.completed));
  // RAG by P: the table behind the chart, one row per P in the 4 P's order.
  const rows = page.locator('#rag-table tbody tr');
  await expect(rows).toHaveCount(4);
  const names: Record<string, string> = { PREVENT: 'Prevent', PURSUE: 'Pursue', PROTECT: 'Protect', PREPARE: 'Prepare' };
  for (const [i, p] of r.byPillar.entries()) {
    const b = p.rollUp.byRag;
    await expect(rows.nth(i).locator('th, td')).toHaveText([
      names[p.pillar],
      String(b.red),
      String(b.amber),
      String(b.green),
      String(b.blue),
      String(p.rollUp.total),
      pct(p.rollUp.progress),
    ]);
  }
  await expect(page.getByRole('heading', { name: `Overdue actions (${r.overdueActions.length})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Overdue milestones (${r.overdueMilestones.length})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Due soon (${r.dueSoon.length})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `No recent update (${r.staleActions.length})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Changes since ${longDate(since)} (${r.changes.length})` })).toBeVisible();
  // Objectives and agencies: every row's figures.
  const objectiveRows = page.getByRole('region', { name: 'Progress by objective' }).locator('tbody tr');
  await expect(objectiveRows).toHaveCount(r.byObjective.length);
  for (const [i, o] of r.byObjective.entries()) {
    await expect(objectiveRows.nth(i).locator('th')).toHaveText(`${o.objective.code} ${o.objective.title}`);
    await expect(objectiveRows.nth(i).locator('td').nth(0)).toHaveText(String(o.rollUp.total));
    await expect(objectiveRows.nth(i).locator('td').nth(1)).toHaveText(pct(o.rollUp.progress));
    await expect(objectiveRows.nth(i).locator('td').nth(3)).toHaveText(String(o.rollUp.overdue));
  }
  const agencyRows = page.getByRole('region', { name: 'Progress by lead agency' }).locator('tbody tr');
  await expect(agencyRows.locator('th')).toHaveText(r.byAgency.map((a) => a.agency.name));
  // Overdue actions, most days first, each with its reasons in words.
  const overdueRows = page.getByRole('region', { name: 'Overdue actions, most days overdue first' }).locator('tbody tr');
  await expect(overdueRows).toHaveCount(r.overdueActions.length);
  for (const [i, a] of r.overdueActions.entries()) {
    await expect(overdueRows.nth(i).locator('td').first()).toContainText(a.ref);
    await expect(overdueRows.nth(i).locator('td').nth(2)).toHaveText(String(a.daysOverdue));
    await expect(overdueRows.nth(i)).toContainText(`Overdue: due ${longDate(a.dueDate)}, ${a.daysOverdue} ${a.daysOverdue === 1 ? 'day' : 'days'} ago`);
  }
  return r;
}

test('a board member reads the dashboard as of a date, every figure as boardReport, and drills down to an action', async ({ page }) => {
  await signIn(page, BOARD_MEMBER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your partnerships');
  const plan = await demoPlan(page);
  await expect(page.getByRole('heading', { name: plan.partnership.name })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My actions' })).toHaveCount(1); // Westbrook District Council supports actions
  await expectAccessible(page, 'home (board member)');

  await page.getByRole('link', { name: `${plan.title}: board dashboard` }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${plan.title}: board dashboard`);
  const today = plan.partnership.today;
  // The demo records no board meeting (history.e2e.ts makes one later): changes since 3 months back.
  expect(
    (
      await gql<{ boardReport: { sinceBoardMeeting: { id: string } | null } }>(
        page,
        `query($p: ID!) { boardReport(deliveryPlanId: $p) { sinceBoardMeeting { id } } }`,
        { p: plan.id },
      )
    ).boardReport.sinceBoardMeeting,
  ).toBeNull();
  const report = await expectFiguresMatch(page, plan.id, today, threeMonthsBefore(today));
  expect(report.overdueActions.length).toBeGreaterThan(0);
  await expect(page.locator('.pdt-chart svg').first()).toBeVisible();
  await expectAccessible(page, 'board dashboard');

  // Another date: the dates go into the URL, the figures follow, and the back button comes back.
  const asOf = threeMonthsBefore(today);
  const since = threeMonthsBefore(asOf);
  await page.getByRole('textbox', { name: 'Figures as of' }).fill(asOf);
  await page.getByRole('textbox', { name: 'Changes since' }).fill(since);
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${asOf}&since=${since}`));
  await expectFiguresMatch(page, plan.id, asOf, since);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
  await expectFiguresMatch(page, plan.id, today, threeMonthsBefore(today));

  // A since date after the as-of date is explained, not sent.
  await page.getByRole('textbox', { name: 'Changes since' }).fill(today);
  await page.getByRole('textbox', { name: 'Figures as of' }).fill(since);
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The changes since date must be before the as of date');
  await expectAccessible(page, 'dashboard date error');

  // Drill down: P → objective → action.
  await page.goto(`/plans/${plan.id}?asOf=${asOf}&since=${since}`);
  await page.locator('#rag-table').getByRole('link', { name: 'Protect' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/pillars/protect\\?asOf=${asOf}&since=${since}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protect');
  await expectAccessible(page, 'pillar page');
  const objectiveLink = page.getByRole('region', { name: 'Objectives under Protect' }).getByRole('link').first();
  const objectiveText = (await objectiveLink.textContent())!;
  await objectiveLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(objectiveText.replace(/^\S+\s/, ''));
  await expectAccessible(page, 'objective page');
  const actionLink = page.getByRole('region', { name: 'Actions of this objective' }).getByRole('link').first();
  const [ref] = (await actionLink.textContent())!.split(' ');
  await actionLink.click();
  await expect(page.getByText(`Action ${ref}`, { exact: true })).toBeVisible();
  const actionId = page.url().split('/actions/')[1];
  const action = (
    await gql<{ action: { title: string; leadAgency: { name: string }; updates: { reportedOn: string; narrative: string; author: { name: string } }[] } }>(
      page,
      `query($id: ID!) { action(id: $id) { title leadAgency { name } updates { reportedOn narrative author { name } } } }`,
      { id: actionId },
    )
  ).action;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(action.title);
  await expect(page.locator('#action-details')).toContainText(action.leadAgency.name);
  // A board member reports nothing.
  await expect(page.getByRole('button', { name: 'Report progress' })).toHaveCount(0);
  // The full history, newest first.
  const items = page.locator('#history > li');
  await expect(items).toHaveCount(action.updates.length);
  for (const [i, u] of action.updates.entries()) {
    await expect(items.nth(i).locator('h3')).toContainText(longDate(u.reportedOn));
    await expect(items.nth(i)).toContainText(u.author.name);
  }
  await expectAccessible(page, 'action page (board member)');
});

test('the action page explains each reason in a sentence', async ({ page }) => {
  await signIn(page, BOARD_MEMBER);
  const plan = await demoPlan(page);
  const r = (await gql<Report>(page, REPORT, { p: plan.id })).boardReport;
  const worst = r.overdueActions[0];
  await page.goto(`/actions/${worst.action.id}`);
  const days = worst.daysOverdue === 1 ? 'day' : 'days';
  await expect(page.locator('#rag-reasons')).toContainText(`Overdue: due ${longDate(worst.dueDate)}, ${worst.daysOverdue} ${days} ago`);
  await expect(page.locator('#rag-reasons li')).toHaveCount(worst.ragReasons.length);
});

test('board pack downloads for the dates shown, with the session cookie', async ({ page }) => {
  await signIn(page, BOARD_MEMBER);
  const plan = await demoPlan(page);
  await page.goto(`/plans/${plan.id}?asOf=2026-06-30&since=2026-03-31`);
  await expect(page.locator('#report-dates')).toContainText('30 June 2026');
  const pdf = page.waitForEvent('download');
  await page.getByRole('link', { name: 'PDF board pack' }).click();
  const pdfFile = await (await pdf).path();
  expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
  const csv = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Actions (CSV)' }).click();
  const download = await csv;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  const actions = (
    await gql<{ deliveryPlan: { actions: { ref: string; title: string }[] } }>(page, `query($p: ID!) { deliveryPlan(id: $p) { actions { ref title } } }`, {
      p: plan.id,
    })
  ).deliveryPlan.actions;
  for (const a of actions) expect(text).toContain(a.title);
  const xlsx = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Spreadsheet (XLSX)' }).click();
  expect(
    readFileSync(await (await xlsx).path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});

test('printing the dashboard gives a clean, paginated document without navigation', async ({ page }) => {
  await signIn(page, BOARD_MEMBER);
  const plan = await demoPlan(page);
  await page.goto(`/plans/${plan.id}`);
  await page.getByRole('heading', { name: 'Headline figures' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.govuk-header')).toBeHidden();
  await expect(page.locator('.govuk-service-navigation')).toBeHidden();
  await expect(page.locator('.govuk-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show figures' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'PDF board pack' })).toBeHidden();
  await expect(page.locator('#rag-table')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
});
