import { expect, test } from '@playwright/test';
import { expectAccessible, gql, signIn } from './support';

test('a person changes their password, then signs in with the new one', async ({ page }) => {
  // A fresh account (made by the demo admin through the API), so the demo accounts keep their password.
  await signIn(page, 'admin@example.org');
  const partnershipId = (await gql<{ partnerships: { id: string }[] }>(page, '{ partnerships { id } }')).partnerships[0].id;
  const email = `password.${Date.now()}@example.org`;
  const user = (
    await gql<{ createUser: { id: string } }>(page, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email, name: 'Pat Changer', password: 'first-password-1' },
    })
  ).createUser;
  await gql(page, 'mutation($i: SetMembershipInput!) { setMembership(input: $i) { role } }', { i: { partnershipId, userId: user.id, role: 'BOARD_MEMBER' } });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, email, 'first-password-1');
  await page.getByRole('link', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change your password');
  await expectAccessible(page, 'change password');

  // The two new passwords differ: said before anything is sent.
  await page.getByLabel('Current password').fill('first-password-1');
  await page.getByLabel('New password', { exact: true }).fill('second-password-2');
  await page.getByLabel('Confirm new password').fill('second-password-X');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The new passwords do not match');
  await expectAccessible(page, 'change password with errors');

  // A wrong current password is refused against its field.
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('Confirm new password').fill('second-password-2');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#currentPassword-error')).toBeVisible();

  await page.getByLabel('Current password').fill('first-password-1');
  await page.getByLabel('New password', { exact: true }).fill('second-password-2');
  await page.getByLabel('Confirm new password').fill('second-password-2');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText('Your password has been changed');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, email, 'second-password-2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your partnerships');
});
