import type { Locator, Page } from '@playwright/test'
import { createUser, expect, expectNoAxeViolations, signIn, test } from './support/fixtures'
import { failRequests, isPatch } from './support/routes'
import { expectBeside, expectFocusKept } from './support/save-status'

/**
 * Every switch a member of the demo organization sees, checked against the key it writes below;
 * of the per-project and in-app ones, a few stand for the rest.
 */
const SWITCHES = [
  'Weekly digest',
  'Error tracking digest',
  'Web analytics digest',
  'Default project digest',
  'Staging digest',
  'Error tracking digest for Staging',
  'Web analytics digest for Default project',
  'Issue assigned to me',
  'Pipeline failures',
  'Materialized view sync failures',
  'Materialized view failures: daily summary',
  'Materialized view failures: right away',
  'Exposed project API keys',
  'Mentions in comments',
  'Task comments in Slack',
  'New members in Demo Organization',
  'An alert fires',
  'Someone mentions you in a comment',
]

async function openAsNewMember(page: Page) {
  const email = await createUser(page, { prefix: 'notifications' })
  await signIn(page, email)
  await page.goto('/settings/notifications')
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible()
}

const checked = async (toggle: Locator) => (await toggle.getAttribute('aria-checked')) === 'true'

/** Presses Tab until `target` has focus: proves it is reachable by keyboard alone. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('Tab never reached the control')
}

test('every switch saves at once, survives a reload and matches the API', async ({ page }) => {
  await openAsNewMember(page)
  const before = new Map<string, boolean>()
  for (const name of SWITCHES) {
    const toggle = page.getByRole('switch', { name, exact: true })
    before.set(name, await checked(toggle))
    await toggle.click()
    // Optimistic: flipped before the answer, and still flipped after it.
    await expect(toggle).toHaveAttribute('aria-checked', String(!before.get(name)))
  }
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)

  await page.reload()
  for (const name of SWITCHES) {
    await expect(page.getByRole('switch', { name, exact: true })).toHaveAttribute(
      'aria-checked',
      String(!before.get(name)),
    )
  }

  const me = await (await page.request.get('/api/users/@me/')).json()
  const teams = Object.fromEntries(
    me.organization.teams.map((team: { id: number; name: string }) => [team.name, String(team.id)]),
  )
  expect(me.notification_settings).toMatchObject({
    all_weekly_digest_disabled: true,
    error_tracking_weekly_digest: false,
    web_analytics_weekly_digest: false,
    project_weekly_digest_disabled: {
      [teams['Default project']]: true,
      [teams['Staging']]: true,
    },
    error_tracking_weekly_digest_project_enabled: { [teams['Staging']]: true },
    web_analytics_weekly_digest_project_enabled: { [teams['Default project']]: true },
    materialized_view_sync_failed_daily: false,
    materialized_view_sync_failed_immediate: true,
    task_comments_slack_dm: true,
    realtime_notifications_disabled: {
      alert_firing: { [String(me.team.id)]: true },
      comment_mention: { [String(me.team.id)]: true },
    },
    error_tracking_issue_assigned: false,
    plugin_disabled: false,
    materialized_view_sync_failed: true,
    project_api_key_exposed: false,
    discussions_mentioned: false,
    organization_member_join_email_disabled: { [me.organization.id]: true },
  })
})

test('the error-rate threshold is validated, saved as a share and kept', async ({ page }) => {
  await openAsNewMember(page)
  const input = page.getByRole('textbox', { name: 'Error rate that triggers an alert' })
  const save = page.getByRole('button', { name: 'Save error rate' })
  await expect(input).toHaveValue('1')
  await input.fill('101')
  await save.click()
  await expect(input).toHaveAccessibleDescription(/Enter a percentage from 0 to 100/)
  await expect(input).toBeFocused()
  await input.fill('5')
  await save.click()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await page.reload()
  await expect(input).toHaveValue('5')
  const me = await (await page.request.get('/api/users/@me/')).json()
  expect(me.notification_settings.data_pipeline_error_threshold).toBe(0.05)
})

test('a refused save flips the switch back and says why', async ({ page }) => {
  await openAsNewMember(page)
  await failRequests(page, '**/api/users/@me/', { when: isPatch })
  const mentions = page.getByRole('switch', { name: 'Mentions in comments' })
  await expect(mentions).toHaveAttribute('aria-checked', 'true')
  await mentions.click()
  await expect(page.getByRole('status').filter({ hasText: 'was not changed' })).toHaveText(
    /Mentions in comments was not changed. Something went wrong on our side/,
  )
  await expect(mentions).toHaveAttribute('aria-checked', 'true')
  await expectBeside(page.getByText('Not saved', { exact: true }), mentions)
  await expect(mentions).toHaveAccessibleDescription(/Your changes were not saved; try again/)

  await page.unroute('**/api/users/@me/')
  await page.reload()
  await expect(mentions).toHaveAttribute('aria-checked', 'true')
})

test('a switch works with the keyboard alone', async ({ page }) => {
  await openAsNewMember(page)
  const digest = page.getByRole('switch', { name: 'Staging digest' })
  await tabTo(page, digest)
  await page.keyboard.press('Space')
  await expect(digest).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Staging digest: off. Saved.',
  )
  // Visibly too, beside the switch, which keeps focus.
  await expectBeside(page.getByText('Saved', { exact: true }), digest)
  await expectFocusKept(digest)
  await page.keyboard.press('Enter')
  await expect(digest).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Staging digest: on. Saved.',
  )
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('has no axe violations', async ({ page }) => {
      await openAsNewMember(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await expectNoAxeViolations(page)
      // With the project digests off, their notice shows too.
      await page.getByRole('switch', { name: 'Weekly digest' }).click()
      await expect(page.getByText(/The weekly digest is off/)).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await expectNoAxeViolations(page)
    })
  })
}
