import type { Page } from '@playwright/test'
import { expect, STRONG_PASSWORD } from './fixtures'

/** The dialog that asks for the password again before a sensitive action (src/features/auth). */
export const reauthDialog = (page: Page) => page.getByRole('dialog', { name: "Confirm it's you" })

/**
 * Answers the re-auth dialog the way a user does: waits for it, types the password, confirms,
 * and waits for it to close (the action that asked for it then goes on).
 */
export async function reauthenticate(page: Page, password = STRONG_PASSWORD) {
  const dialog = reauthDialog(page)
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Password', { exact: true }).fill(password)
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(dialog).toBeHidden()
}

/**
 * On the short-session server (`staleServerURL`, e2e/support/servers.ts), waits until the server
 * says the session is past `expiry`: `sensitive_session_expires_at` (a sensitive save asks for
 * re-auth) or `fresh_reauth_expires_at` (an email change does; none yet counts as past).
 */
export async function waitUntilStale(
  page: Page,
  expiry: 'sensitive_session_expires_at' | 'fresh_reauth_expires_at',
) {
  await expect
    .poll(
      async () => {
        const me = await (await page.request.get('/api/users/@me/')).json()
        return Date.parse(me[expiry] ?? 0) < Date.now()
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(true)
}
