import { expect, test } from '@playwright/test';
import { BOARD_MEMBER, COORDINATOR, demoPlan, expectAccessible, gql, gqlAs, longDate, makeHistory, plusDays, signIn, tokenFor } from './support';

/** The reasons' short labels, written here apart from the app's own code. */
const LABEL: Record<string, string> = {
  OVERDUE: 'Overdue',
  MILESTONE_OVERDUE: 'Milestone overdue',
  NO_RECENT_UPDATE: 'No recent update',
  REPORTED_RED: 'Reported red',
  REPORTED_AMBER: 'Reported amber',
  ON_HOLD: 'On hold',
};

const REPORT = `query($p: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $p, asOf: $asOf, since: $since) {
    asOf since staleAfterDays dueSoonDays
    sinceBoardMeeting { date title }
    dueSoon { ref dueDate originalDueDate }
    overdueActions { ref dueDate originalDueDate }
    changes { ref kinds ragReasonsBefore ragReasonsAfter dueDateBefore dueDateAfter }
  }
}`;

/** What REPORT selects. */
type Report = {
  boardReport: {
    asOf: string;
    since: string | null;
    staleAfterDays: number;
    dueSoonDays: number;
    sinceBoardMeeting: { date: string; title: string } | null;
    dueSoon: { ref: string; dueDate: string; originalDueDate: string | null }[];
    overdueActions: { ref: string; dueDate: string; originalDueDate: string | null }[];
    changes: { ref: string; kinds: string[]; ragReasonsBefore: string[]; ragReasonsAfter: string[]; dueDateBefore: string | null; dueDateAfter: string | null }[];
  };
};

test('the dashboard compares with the previous board meeting and the action page shows a re-baselined due date', async ({ page, request }) => {
  const h = await makeHistory(request);
  await signIn(page, BOARD_MEMBER);
  const plan = await demoPlan(page);
  const r = (await gql<Report>(page, REPORT, { p: plan.id })).boardReport;
  // The server compares with the meeting made above, the latest before today.
  expect(r.sinceBoardMeeting).toEqual({ date: h.meeting.date, title: h.meeting.title });
  expect(r.since).toBe(h.meeting.date);

  await page.goto(`/plans/${plan.id}`);
  await expect(page.locator('#report-dates')).toHaveText(
    `Figures as of ${longDate(h.today)} (today), with changes since the board meeting of ${longDate(h.meeting.date)} (${h.meeting.title}).`,
  );
  await expect(page.getByRole('heading', { name: `Changes since the board meeting of ${longDate(h.meeting.date)} (${r.changes.length})` })).toBeVisible();
  // The rules in force for the date shown (the demo's quarterly returns: 120 days).
  expect(r.staleAfterDays).toBe(120);
  await expect(page.locator('#report-rules')).toHaveText(
    `Rules in force on ${longDate(h.today)}: no recent update after 120 days; due soon within ${r.dueSoonDays} days.`,
  );
  // With a meeting, the pack finds and names it itself.
  expect(await page.getByRole('link', { name: 'PDF board pack' }).getAttribute('href')).not.toContain('since=');

  // Every change, by ref, with its kinds and reasons before → after in words.
  const rows = page.locator('#changes-table tbody tr');
  await expect(rows).toHaveCount(r.changes.length);
  for (const [i, c] of r.changes.entries()) {
    await expect(rows.nth(i)).toHaveAttribute('data-ref', c.ref);
    const before = rows.nth(i).locator('td').nth(2);
    const after = rows.nth(i).locator('td').nth(3);
    if (!c.kinds.includes('ADDED')) await expect(before).toContainText(`Reasons: ${c.ragReasonsBefore.map((x: string) => LABEL[x]).join(', ') || 'None'}`);
    if (!c.kinds.includes('REMOVED')) await expect(after).toContainText(`Reasons: ${c.ragReasonsAfter.map((x: string) => LABEL[x]).join(', ') || 'None'}`);
  }
  const moved = page.locator(`#changes-table tr[data-ref="${h.moved.ref}"]`);
  await expect(moved.locator('td').nth(1)).toContainText(`Due date moved from ${longDate(h.moved.from)} to ${longDate(h.moved.to)}`);
  // Overdue at the meeting (its due date had passed), not overdue now.
  if (h.moved.from < h.meeting.date) await expect(moved.locator('td').nth(2)).toContainText('Overdue');
  await expect(moved.locator('td').nth(3)).not.toContainText('Overdue');
  const added = page.locator(`#changes-table tr[data-ref="${h.added.ref}"]`);
  await expect(added.locator('td').nth(1)).toHaveText('Added to the plan');
  await expect(added.locator('td').nth(2)).toHaveText('Not in the plan');
  const removed = page.locator(`#changes-table tr[data-ref="${h.removed.ref}"]`);
  await expect(removed.locator('td').nth(1)).toHaveText('Removed from the plan');
  await expect(removed.locator('td').nth(3)).toHaveText('Not in the plan');

  // The re-baselined action is due soon now, and says it moved.
  expect(r.dueSoon.find((a) => a.ref === h.moved.ref)).toEqual({ ref: h.moved.ref, dueDate: h.moved.to, originalDueDate: h.moved.from });
  const dueSoonRow = page.getByRole('region', { name: 'Actions due soon' }).locator('tbody tr', { hasText: `${h.moved.ref} ` });
  await expect(dueSoonRow).toContainText(`${longDate(h.moved.to)} (in 10 days)originally ${longDate(h.moved.from)}, moved on ${longDate(h.today)}`);
  await expectAccessible(page, 'dashboard since a board meeting');

  // As of yesterday the move had not happened: the old due date, overdue, with no note.
  const yesterday = plusDays(h.today, -1);
  await page.goto(`/plans/${plan.id}?asOf=${yesterday}&since=${plusDays(yesterday, -30)}`);
  await expect(page.locator('#report-dates')).toContainText(`changes since ${longDate(plusDays(yesterday, -30))}`);
  const overdueRow = page.getByRole('region', { name: 'Overdue actions, most days overdue first' }).locator('tbody tr', { hasText: `${h.moved.ref} ` });
  await expect(overdueRow).toContainText(`Overdue: due ${longDate(h.moved.from)}`);
  await expect(overdueRow.locator('.pdt-due-moved')).toHaveCount(0);

  // The action page: the due date with its original, and every move (when, by whom, from → to).
  await page.goto(`/actions/${h.moved.id}`);
  await expect(page.locator('#action-details')).toContainText(
    `Due date${longDate(h.moved.to)} (originally ${longDate(h.moved.from)}, moved on ${longDate(h.today)}), in 10 days`,
  );
  await expect(page.locator('#due-date-revisions li')).toHaveCount(1);
  await expect(page.locator('#due-date-revisions li')).toContainText(
    `Moved from ${longDate(h.moved.from)} to ${longDate(h.moved.to)} by Sarah Whitfield, in force from ${longDate(h.today)} (recorded ${longDate(h.today)} at `,
  );
  await expectAccessible(page, 'action page with a moved due date');
});

test('the dashboard states the rules in force on the date shown, which follow a settings change', async ({ page, request }) => {
  const token = await tokenFor(request, COORDINATOR);
  const p = (
    await gqlAs<{ partnerships: { id: string; today: string; dueSoonDays: number; staleAfterDays: number; version: number }[] }>(
      request,
      token,
      '{ partnerships { id today dueSoonDays staleAfterDays version } }',
    )
  ).partnerships[0];
  const set = (dueSoonDays: number) =>
    gqlAs(request, token, 'mutation($id: ID!, $i: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $i) { dueSoonDays } }', {
      id: p.id,
      i: { dueSoonDays },
    });
  await set(p.dueSoonDays + 15);
  try {
    await signIn(page, BOARD_MEMBER);
    const plan = await demoPlan(page);
    const yesterday = plusDays(p.today, -1);
    await page.goto(`/plans/${plan.id}?asOf=${yesterday}&since=${plusDays(yesterday, -30)}`);
    await expect(page.locator('#report-rules')).toHaveText(
      `Rules in force on ${longDate(yesterday)}: no recent update after ${p.staleAfterDays} days; due soon within ${p.dueSoonDays} days.` +
        ` Today's rules differ: no recent update after ${p.staleAfterDays} days; due soon within ${p.dueSoonDays + 15} days.`,
    );
    await expect(page.getByText(`Open actions due in the ${p.dueSoonDays} days from ${longDate(yesterday)}, soonest first.`)).toBeVisible();
    await page.goto(`/plans/${plan.id}`);
    await expect(page.locator('#report-rules')).toHaveText(
      `Rules in force on ${longDate(p.today)}: no recent update after ${p.staleAfterDays} days; due soon within ${p.dueSoonDays + 15} days.`,
    );
    await expectAccessible(page, 'dashboard with the rules in force');
  } finally {
    await set(p.dueSoonDays);
  }
});
