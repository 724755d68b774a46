import { waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import { finishReauthentication, isReauthenticating } from '../lib/reauth'

/**
 * Waits until the app asks the user to confirm it is them (a 403 re-auth answer), then answers
 * as the re-auth dialog would: `true` once the password was accepted, `false` when dismissed.
 */
export async function answerReauth(confirmed: boolean) {
  await waitFor(() => expect(isReauthenticating()).toBe(true))
  finishReauthentication(confirmed)
}
