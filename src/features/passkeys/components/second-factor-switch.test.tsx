import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { currentUserQuery } from '../../../lib/current-user'
import { expectAnnounced } from '../../../testing/announcer'
import { apiError, http, json, reauthRequired, server } from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { apiPaths } from '../../../config/paths'
import { jane, laptop, passkeysServer, renderPasskeys, yubikey } from '../testing'

vi.mock('../../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: () => true,
}))

describe('Use passkeys as a second factor', () => {
  const toggle = () => screen.getByRole('switch', { name: 'Use passkeys as a second factor' })

  it('turns on and off, saying what it means, and refetches the user and status', async () => {
    const state = passkeysServer({ passkeys: [laptop] })
    const { user, queryClient } = renderPasskeys()
    // The two-factor status card's query, under the user's key.
    const statusKey = [...currentUserQuery.queryKey, 'two-factor', 'status']
    queryClient.setQueryData(statusKey, { isEnabled: false })
    await screen.findByRole('list', { name: 'Your passkeys' })
    expect(toggle()).toHaveAccessibleDescription(
      'After your password, signing in asks for one of your verified passkeys. Turning this on signs you out in every other browser.',
    )
    expect(toggle()).not.toBeChecked()
    await user.click(toggle())
    await expectAnnounced('Passkeys are now your second factor. Other browsers were signed out.')
    expect(toggle()).toBeChecked()
    await waitFor(() => expect(queryClient.getQueryState(statusKey)?.isInvalidated).toBe(true))
    await user.click(toggle())
    await expectAnnounced('Signing in no longer asks for a passkey as the second factor.')
    expect(toggle()).not.toBeChecked()
    expect(state.bodies).toEqual([
      { passkeys_enabled_for_2fa: true },
      { passkeys_enabled_for_2fa: false },
    ])
  })

  it('a refusal moves it back and says why; a dismissed re-auth too', async () => {
    passkeysServer({ passkeys: [laptop] })
    server.use(
      http.patch(apiPaths.me, () =>
        apiError(
          400,
          'no_passkeys',
          'You must have at least one passkey set up before enabling passkeys for 2FA.',
          'passkeys_enabled_for_2fa',
        ),
      ),
    )
    const { user } = renderPasskeys()
    await screen.findByRole('list', { name: 'Your passkeys' })
    await user.click(toggle())
    await expectAnnounced(
      'Passkeys as a second factor not saved: Add and verify a passkey before using passkeys as a second factor.',
    )
    expect(toggle()).not.toBeChecked()
    expect(toggle()).toHaveAccessibleDescription(/Add and verify a passkey before using/)
    expect(screen.getByText('Not saved')).toBeInTheDocument()

    server.use(http.patch(apiPaths.me, () => reauthRequired()))
    await user.click(toggle())
    await answerReauth(false)
    await expectAnnounced(/not saved: Not saved because you didn’t confirm it’s you/)
    expect(toggle()).not.toBeChecked()
  })

  it('asks who you are when the session is old, then saves', async () => {
    const state = passkeysServer({ passkeys: [laptop] })
    let asked = false
    server.use(
      http.patch(apiPaths.me, () => {
        if (asked) {
          state.user = { ...state.user, passkeys_enabled_for_2fa: true }
          return json(state.user)
        }
        asked = true
        return reauthRequired()
      }),
    )
    const { user } = renderPasskeys()
    await screen.findByRole('list', { name: 'Your passkeys' })
    await user.click(toggle())
    await answerReauth(true)
    await expectAnnounced('Passkeys are now your second factor. Other browsers were signed out.')
    expect(toggle()).toBeChecked()
  })

  it('stored on but no verified passkey: off, and says it comes back', async () => {
    const user = { ...jane, passkeys_enabled_for_2fa: true }
    passkeysServer({ passkeys: [yubikey], user })
    renderPasskeys(user)
    await screen.findByRole('list', { name: 'Your passkeys' })
    expect(toggle()).not.toBeChecked()
    expect(toggle()).toBeDisabled()
    expect(toggle()).toHaveAccessibleDescription(/comes back on by itself/)
  })
})
