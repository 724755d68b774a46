import type { Locator } from '@playwright/test'
import { expect } from './fixtures'

/**
 * Waits until `status` ("Saving…", "Saved", "Not saved": SaveStatus, docs/decisions/
 * 0012-save-model.md) is visible beside `control`: on the same line, within a few ems of it.
 */
export async function expectBeside(status: Locator, control: Locator) {
  await expect(status).toBeVisible()
  const [a, b] = [await status.boundingBox(), await control.boundingBox()]
  expect(a && b, 'both are laid out').toBeTruthy()
  if (!a || !b) return
  // Same line: their vertical extents overlap.
  expect(a.y < b.y + b.height && b.y < a.y + a.height, 'on the same line').toBe(true)
  // Near: the gap between them (either side, for right-to-left pages) is under 48 px.
  const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0)
  expect(gap, 'the gap between the status and the control').toBeLessThan(48)
}

/** Focus is on an element of the page, not on <body> (lost). */
export async function expectFocusKept(locator: Locator) {
  await expect(locator).toBeFocused()
  const onBody = await locator.page().evaluate(() => document.activeElement === document.body)
  expect(onBody, 'focus fell to <body>').toBe(false)
}
