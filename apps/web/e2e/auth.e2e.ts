import { expect, test } from '@playwright/test';
import { BOARD_MEMBER, demoPlan, expectAccessible, PASSWORD, signIn } from './support';

test('signing in: missing fields, a wrong password, then the right one; no token in script-readable storage', async ({ page, context }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expectAccessible(page, 'sign in');

  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Enter your email address');
  await expect(summary).toContainText('Enter your password');
  await expectAccessible(page, 'sign in with errors');

  await page.getByLabel('Email address').fill(BOARD_MEMBER);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(summary).toContainText('they do not match an account');
  await expect(page.getByLabel('Email address')).toHaveValue(BOARD_MEMBER);

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your partnerships');
  const cookie = (await context.cookies()).find((c) => c.name === 'pdt_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('pdt_session');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('repeated failures are throttled on the page as on the API', async ({ page }) => {
  await page.goto('/sign-in');
  const email = 'someone.guessing@example.org';
  for (let i = 0; i < 12; i++) {
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(`guess-${i}`);
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/session')), page.getByRole('button', { name: 'Sign in' }).click()]);
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    if (await page.getByText('Too many failed attempts to sign in').count()) break;
  }
  await expect(page.locator('.govuk-error-summary')).toContainText('Too many failed attempts to sign in');
  await expectAccessible(page, 'sign in throttled');
});

test('an ended session sends the person to sign in and back to where they were; sign out ends it', async ({ page, context }) => {
  await signIn(page, BOARD_MEMBER);
  const plan = await demoPlan(page);
  const where = `/plans/${plan.id}?asOf=2026-06-30&since=2026-03-31`;
  await page.goto(where);
  await expect(page.locator('#report-dates')).toContainText('30 June 2026');
  // The server no longer accepts the session (expired, or the account gone): simulated with a token it cannot verify.
  const cookie = (await context.cookies()).find((c) => c.name === 'pdt_session')!;
  await context.addCookies([{ ...cookie, value: 'expired.session.token' }]);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText('Sign in to carry on where you were.')).toBeVisible();
  await expectAccessible(page, 'sign in after expiry');
  await page.getByLabel('Email address').fill(BOARD_MEMBER);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(where.replace(/[?]/g, '\\?')));
  await expect(page.locator('#report-dates')).toContainText('30 June 2026');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'pdt_session')).toBeUndefined();
  await page.goto(`/plans/${plan.id}`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the app is served with a strict CSP; API paths keep their own 404s; errors are shown in words', async ({ page, request }) => {
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(home.headers()['content-security-policy']).not.toContain('unsafe-inline');
  expect(home.headers()['cache-control']).toBe('no-cache');
  const html = await home.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const asset = html.match(/\/assets\/[^"]+\.js/)![0];
  expect((await request.get(asset)).headers()['cache-control']).toContain('immutable');
  expect((await request.get('/plans/anything/deep')).status()).toBe(200);
  expect((await request.get('/api/no-such-thing')).status()).toBe(404);
  expect((await request.get('/health/no-such-thing')).status()).toBe(404);
  expect((await request.get('/assets/no-such-file.js')).status()).toBe(404);

  await signIn(page, BOARD_MEMBER);
  await page.goto('/plans/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectAccessible(page, 'plan not found');
  // The service unreachable: a clear message, never a blank page.
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await page.goto('/my-actions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The service cannot be reached');
  await expectAccessible(page, 'service unreachable');
  await page.unroute('**/graphql');
  await page.route('**/graphql', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, there is a problem with the service');
  await expect(page.locator('body')).not.toContainText('boom');
});

test('the accessibility statement is reachable from every page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expectAccessible(page, 'accessibility statement');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectAccessible(page, 'not found');
});
