import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'

/** The app's one polite live region (AnnouncerProvider). */
export const announcer = () => screen.getByTestId('announcer')

/** Waits until the live region says `text`. */
export async function expectAnnounced(text: string | RegExp) {
  await waitFor(() => expect(announcer()).toHaveTextContent(text))
}
