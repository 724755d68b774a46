import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** The app's one polite live region (AnnouncerProvider, src/components/live-region.tsx). */
export const announcer = (page: Page) => page.getByTestId('announcer')

/** Waits until the live region says exactly `text` (a RegExp: says something that matches). */
export async function expectAnnounced(page: Page, text: string | RegExp) {
  await expect(announcer(page)).toHaveText(text)
}
