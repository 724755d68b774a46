import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiError, HttpResponse, json, reauthRequired } from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { expectAnnounced } from '../../../testing/announcer'
import { answerValidate, startSetup, twoFactorServer } from '../testing'

const codeField = () => screen.getByLabelText('6-digit code from your app')
const keyText = (key: string) => screen.getByText(key)

/** After a refused code: empty, focused, the message under the field and announced. */
async function expectRefused(message: string | RegExp) {
  await waitFor(() =>
    expect(codeField()).toHaveAccessibleDescription(expect.stringMatching(message)),
  )
  expect(codeField()).toHaveValue('')
  expect(codeField()).toHaveFocus()
  expect(codeField()).toHaveAttribute('aria-invalid', 'true')
  await expectAnnounced(message)
}

describe('CodeForm', () => {
  it('is a numeric one-time-code field', async () => {
    twoFactorServer()
    await startSetup()
    expect(codeField()).toHaveAttribute('inputmode', 'numeric')
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code')
  })

  it('submits by itself at the sixth digit', async () => {
    const state = twoFactorServer()
    const { user } = await startSetup()
    await user.type(codeField(), '12345')
    expect(state.tokens).toEqual([])
    await user.type(codeField(), '6')
    expect(await screen.findByRole('heading', { name: 'Save your backup codes' })).toBeVisible()
    expect(state.tokens).toEqual(['123456'])
  })

  it('normalises a pasted "123 456" or "123-456"', async () => {
    const state = twoFactorServer()
    const { user } = await startSetup()
    await user.click(codeField())
    await user.paste('123-45')
    expect(codeField()).toHaveValue('12345')
    await user.clear(codeField())
    await user.paste('123 456')
    expect(await screen.findByRole('heading', { name: 'Save your backup codes' })).toBeVisible()
    expect(state.tokens).toEqual(['123456'])
  })

  it('asks for six digits when fewer are sent', async () => {
    const state = twoFactorServer()
    const { user } = await startSetup()
    await user.type(codeField(), '123{Enter}')
    expect(await screen.findByText('Enter the 6 digits your app shows, like 123456.')).toBeVisible()
    expect(state.tokens).toEqual([])
  })

  it('token_invalid: clears, refocuses, announces, keeps the key; hints at the clock after two', async () => {
    twoFactorServer()
    const { user } = await startSetup()
    await user.click(screen.getByText('Can’t scan? Type the key instead'))
    const key = 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP'
    expect(keyText(key)).toBeInTheDocument()

    await user.type(codeField(), '000000')
    await expectRefused(/That code didn’t match/)
    expect(keyText(key)).toBeInTheDocument()
    expect(screen.queryByText(/make sure your phone sets its date and time/)).toBeNull()

    await user.type(codeField(), '111111')
    await expectRefused(/That code didn’t match/)
    expect(codeField()).toHaveAccessibleDescription(
      expect.stringContaining('make sure your phone sets its date and time automatically'),
    )
    expect(keyText(key)).toBeInTheDocument()
  })

  it('setup_expired offers to start again with a new key', async () => {
    twoFactorServer()
    answerValidate(() =>
      apiError(400, 'setup_expired', '2FA setup session expired. Please start setup again.'),
    )
    const { user } = await startSetup()
    await user.type(codeField(), '123456')
    expect(await screen.findByRole('alert')).toHaveTextContent('This setup expired')
    const again = screen.getByRole('button', { name: 'Start again' })
    await waitFor(() => expect(again).toHaveFocus())
    expect(screen.queryByLabelText('6-digit code from your app')).toBeNull()

    await user.click(again)
    const heading = await screen.findByRole('heading', {
      name: 'Add your account to your authenticator app',
    })
    await waitFor(() => expect(heading).toHaveFocus())
    await user.click(screen.getByText('Can’t scan? Type the key instead'))
    expect(keyText('KRSX G5CT MVRX EZLU KRSX G5CT MVRX EZLU')).toBeInTheDocument()
    expect(codeField()).toHaveValue('')
  })

  it('429: says when to try again', async () => {
    twoFactorServer()
    answerValidate(() =>
      apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '300' }),
    )
    const { user } = await startSetup()
    await user.type(codeField(), '123456')
    await expectRefused('Too many codes tried. You can try again in 5 minutes.')
  })

  it('403 re-auth dismissed: says nothing was turned on', async () => {
    twoFactorServer()
    answerValidate(() => reauthRequired())
    const { user } = await startSetup()
    await user.type(codeField(), '123456')
    await answerReauth(false)
    await expectRefused(/was not turned on because you didn’t confirm it’s you/)
  })

  it('403 re-auth passed: the held code is sent again and enrols', async () => {
    twoFactorServer()
    let calls = 0
    answerValidate(() => (++calls === 1 ? reauthRequired() : json({ success: true })))
    const { user } = await startSetup()
    await user.type(codeField(), '123456')
    await answerReauth(true)
    expect(await screen.findByRole('heading', { name: 'Save your backup codes' })).toBeVisible()
    expect(calls).toBe(2)
  })

  it('500 and network down: explained, field ready again', async () => {
    twoFactorServer()
    answerValidate(() => apiError(500, 'error', 'A server error occurred.'))
    const { user } = await startSetup()
    await user.type(codeField(), '123456')
    await expectRefused(/Something went wrong on our side/)
    answerValidate(() => HttpResponse.error())
    await user.type(codeField(), '123456')
    await expectRefused(/We couldn't reach the server/)
  })

  it('sends one request when Enter follows the auto-submit', async () => {
    let calls = 0
    twoFactorServer()
    answerValidate(async () => {
      calls++
      await new Promise((r) => setTimeout(r, 50))
      return apiError(400, 'token_invalid', 'Token is not valid')
    })
    const { user } = await startSetup()
    await user.type(codeField(), '123456{Enter}')
    await expectRefused(/That code didn’t match/)
    expect(calls).toBe(1)
  })
})
