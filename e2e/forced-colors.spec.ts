import type { Locator, Page } from '@playwright/test'
import { createUser, expect, signIn, test } from './support/fixtures'

/**
 * Windows high contrast, as Chromium emulates it: the browser replaces the page's colours with
 * the user's system colours, so every state shown by a fill or a shadow must be drawn again in
 * system colours (src/styles/forced-colors.css). Both system palettes: light and dark.
 */
test.use({ forcedColors: 'active' })

/** What a CSS system colour resolves to on this page, as getComputedStyle reports colours. */
const systemColour = (page: Page, name: string) =>
  page.evaluate((colour) => {
    const probe = document.createElement('span')
    probe.style.color = colour
    document.body.append(probe)
    const value = getComputedStyle(probe).color
    probe.remove()
    return value
  }, name)

const paint = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element)
    return { background: style.backgroundColor, border: style.borderTopColor, color: style.color }
  })

/** The track and the knob of a switch, as drawn. */
async function switchLook(control: Locator) {
  return { track: await paint(control), thumb: await paint(control.locator('.switch-thumb')) }
}

async function tabUntil(page: Page, reached: () => Promise<boolean>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await reached()) return
  }
  throw new Error('Tab never reached the control')
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`forced colours, ${colorScheme} system palette`, () => {
    test.use({ colorScheme })

    test.beforeEach(async ({ page }) => {
      await signIn(page, await createUser(page, { prefix: 'forced-colours' }))
      await page.goto('/settings/notifications')
      await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible()
    })

    test('an on switch and an off switch look different, each with a visible knob', async ({
      page,
    }) => {
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
      const on = page.getByRole('switch', { checked: true }).first()
      const off = page.getByRole('switch', { checked: false }).first()
      await expect(on).toBeVisible()
      await expect(off).toBeVisible()

      const [onLook, offLook] = [await switchLook(on), await switchLook(off)]
      // The knob stands out from its own track in both states...
      expect(onLook.thumb.background).not.toBe(onLook.track.background)
      expect(offLook.thumb.background).not.toBe(offLook.track.background)
      // ...and on is filled with the selection colour, off is not.
      expect(onLook.track.background).toBe(await systemColour(page, 'Highlight'))
      expect(offLook.track.background).not.toBe(onLook.track.background)
      expect(offLook.thumb.background).not.toBe(onLook.thumb.background)
      // What a person sees: the two switches' pictures differ.
      expect(await on.screenshot()).not.toEqual(await off.screenshot())
    })

    test('flipping a switch changes how it is drawn', async ({ page }) => {
      const control = page.getByRole('switch', { name: 'Weekly digest', exact: true })
      await expect(control).toBeChecked()
      const highlight = await systemColour(page, 'Highlight')
      const before = await switchLook(control)
      expect(before.track.background).toBe(highlight)
      await control.click()
      await expect(control).not.toBeChecked()
      const after = await switchLook(control)
      expect(after.track.background).not.toBe(highlight)
      expect(after.thumb.background).not.toBe(before.thumb.background)
    })

    test('the current page stands out in the navigation', async ({ page }) => {
      const nav = page.getByRole('navigation', { name: 'Settings' })
      const current = nav.getByRole('link', { name: 'Notifications' })
      await expect(current).toHaveAttribute('aria-current', 'page')
      const currentPaint = await paint(current)
      expect(currentPaint.background).toBe(await systemColour(page, 'Highlight'))
      expect(currentPaint.color).toBe(await systemColour(page, 'HighlightText'))
      for (const name of ['Profile', 'Appearance']) {
        const other = await paint(nav.getByRole('link', { name }))
        expect(other.background).not.toBe(currentPaint.background)
        expect(other.color).not.toBe(currentPaint.color)
      }
      // Focused, it keeps a ring that stands out from its own fill.
      // The link before it in the navigation.
      await nav.getByRole('link', { name: 'API keys' }).focus()
      await page.keyboard.press('Tab')
      await expect(current).toBeFocused()
      const ring = await current.evaluate((element) => getComputedStyle(element).outlineColor)
      expect(ring).toBe(await systemColour(page, 'HighlightText'))
    })

    test('a focused button has a ring in the system highlight colour', async ({ page }) => {
      const signOut = page.getByRole('button', { name: 'Sign out' })
      // From the brand link, the header's first link (its name may change; its place does not).
      await page.getByRole('banner').getByRole('link').first().focus()
      await tabUntil(page, () => signOut.evaluate((element) => element === document.activeElement))
      const ring = await signOut.evaluate((element) => {
        const style = getComputedStyle(element)
        return {
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          color: style.outlineColor,
        }
      })
      expect(ring.style).toBe('solid')
      expect(ring.width).toBeGreaterThanOrEqual(2)
      expect(ring.color).toBe(await systemColour(page, 'Highlight'))
    })

    test('a disabled button reads as disabled', async ({ page }) => {
      const save = page.getByRole('button', { name: 'Save error rate' })
      await expect(save).toBeDisabled()
      expect((await paint(save)).color).toBe(await systemColour(page, 'GrayText'))
    })

    test('the chosen theme card and hedgehog chip are marked', async ({ page }) => {
      await page.goto('/settings/appearance')
      const highlight = await systemColour(page, 'Highlight')
      // The card and the chip are each radio's parent.
      const card = (name: string) =>
        page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name }).locator('xpath=..')
      await expect(page.getByRole('radio', { name: 'System' })).toBeChecked()
      expect((await paint(card('System'))).border).toBe(highlight)
      expect((await paint(card('Dark'))).border).not.toBe(highlight)

      const eyewear = page.getByRole('group', { name: 'Eyewear' })
      const radio = (name: string) => eyewear.getByRole('radio', { name, exact: true })
      const chip = (name: string) => radio(name).locator('xpath=..')
      await radio('Glasses').check()
      expect((await paint(chip('Glasses'))).border).toBe(highlight)
      expect((await paint(chip('None'))).border).not.toBe(highlight)
    })
  })
}
