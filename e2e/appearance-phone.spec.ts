import type { Locator, Page } from '@playwright/test'
import { createUser, expect, signIn, test } from './support/fixtures'

/** A phone: the hedgehog's options are one long column under its preview. */
const PHONE = { width: 390, height: 844 }
test.use({ viewport: PHONE })

async function openHedgehog(page: Page) {
  await signIn(page, await createUser(page, { prefix: 'hedgehog-phone' }))
  await page.goto('/settings/appearance')
  await expect(page.getByRole('heading', { level: 1, name: 'Appearance' })).toBeVisible()
  const preview = page.getByRole('img', { name: /Preview of your hedgehog/ })
  await expect(preview).toBeVisible()
  return preview
}

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not on screen')
  return found
}

/** The whole preview is inside the viewport, and the control is below it, not under it. */
async function expectPreviewInViewAbove(preview: Locator, control: Locator) {
  const picture = await box(preview)
  expect(picture.y).toBeGreaterThanOrEqual(0)
  expect(picture.y + picture.height).toBeLessThanOrEqual(PHONE.height)
  const target = await box(control)
  expect(target.y).toBeGreaterThanOrEqual(picture.y + picture.height)
  expect(target.y + target.height).toBeLessThanOrEqual(PHONE.height)
}

test('the preview stays in view while the accessories are chosen', async ({ page }) => {
  const preview = await openHedgehog(page)
  const glasses = page
    .getByRole('group', { name: 'Eyewear' })
    .getByRole('radio', { name: 'Glasses', exact: true })
  const chip = glasses.locator('xpath=..')
  await chip.scrollIntoViewIfNeeded()
  // The page really scrolled: the preview would be far above the screen if it did not follow.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600)
  await glasses.check()
  await expect(preview).toHaveAccessibleName(/wearing glasses/)
  await expectPreviewInViewAbove(preview, chip)

  // Further down, the last option of the editor.
  const party = page.getByRole('switch', { name: 'Party mode' })
  await party.scrollIntoViewIfNeeded()
  await party.click()
  await expect(preview).toHaveAccessibleName(/partying/)
  await expectPreviewInViewAbove(preview, party)
})

test('a chip reached with Tab is not hidden under the preview', async ({ page }) => {
  const preview = await openHedgehog(page)
  const none = page.getByRole('group', { name: 'Other' }).getByRole('radio', { name: 'None' })
  const chip = none.locator('xpath=..')
  // Scroll the chip up to where the preview sits, focus the next control without scrolling, and
  // come back with Shift+Tab: the browser scrolls the focused radio into view, below the preview.
  await chip.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 40))
  await page
    .getByRole('switch', { name: 'Walk around freely' })
    .evaluate((element: HTMLElement) => element.focus({ preventScroll: true }))
  await page.keyboard.press('Shift+Tab')
  await expect(none).toBeFocused()
  await expectPreviewInViewAbove(preview, chip)
})

test('past the editor the preview scrolls away with it', async ({ page }) => {
  const preview = await openHedgehog(page)
  const dashboards = page.getByRole('region', { name: 'Dashboards' })
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  // It stops at the end of its own card: the next card is never under it.
  expect((await box(preview)).y + (await box(preview)).height).toBeLessThanOrEqual(
    (await box(dashboards)).y,
  )
})
