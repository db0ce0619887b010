import { expect, test, type Page } from '@playwright/test';
import { gql, longDate, POLICE_PARTNER, signIn } from './support';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 80 presses. */
async function tabTo(page: Page, matches: (el: { tag: string; id: string; text: string; value: string }) => boolean, what: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName ?? '', id: a?.id ?? '', text: (a?.textContent ?? '').trim(), value: a?.value ?? '' };
    });
    if (matches(el)) {
      // Focus is visible: GOV.UK's yellow focus style (a box-shadow or an outline).
      const visible = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return s.outlineStyle !== 'none' || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)';
      });
      expect(visible, `focus visible on ${what}`).toBe(true);
      return;
    }
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

test('a partner reports progress with the keyboard only', async ({ page }) => {
  await signIn(page, POLICE_PARTNER);
  type Mine = {
    myActions: { leads: boolean; action: { id: string; ref: string; title: string; status: string; deliveryPlan: { partnership: { today: string } } } }[];
  };
  const mine = (await gql<Mine>(page, `{ myActions { leads action { id ref title status deliveryPlan { partnership { today } } } } }`)).myActions;
  const target = mine.filter((m) => m.leads && ['IN_PROGRESS', 'NOT_STARTED'].includes(m.action.status)).at(-1)!.action;
  const today = target.deliveryPlan.partnership.today;
  await page.goto('/my-actions');
  await page.locator('body').focus();
  await tabTo(page, (el) => el.tag === 'A' && el.text === 'Skip to main content', 'the skip link');
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith(`${target.ref} `), `the link to ${target.ref}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
  await tabTo(page, (el) => el.text === 'Report progress', 'the report progress button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report progress');

  // Status: the checked radio takes focus; arrows move the choice.
  await tabTo(page, (el) => el.tag === 'INPUT' && el.id.startsWith('status'), 'the status radios');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('On hold')).toBeChecked();
  await tabTo(page, (el) => el.id === 'percentComplete', 'percent complete');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('45');
  // "No rating" is chosen to start with; the arrow wraps round to the first choice.
  await tabTo(page, (el) => el.tag === 'INPUT' && el.id.startsWith('rag'), 'the RAG radios');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Green: on track')).toBeChecked();
  await tabTo(page, (el) => el.id === 'narrative', 'the narrative');
  const narrative = 'Paused while the licensing review finishes; restart agreed for next month.';
  await page.keyboard.type(narrative);
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Save progress return', 'the save button');
  await page.keyboard.press('Enter');

  await expect(page.locator('.govuk-notification-banner--success')).toContainText(`Progress reported for ${longDate(today)}`);
  await expect(page.locator('.govuk-notification-banner--success')).toBeFocused();
  const first = page.locator('#history > li').first();
  await expect(first).toContainText(narrative);
  await expect(first.locator('h3')).toContainText(`${longDate(today)}: On hold, 45%`);
});
