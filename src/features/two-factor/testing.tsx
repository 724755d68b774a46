import { screen } from '@testing-library/react'
import { afterEach } from 'vitest'
import { apiPaths } from '../../config/paths'
import { http, HttpResponse, json, makeUser, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { TwoFactorSettings } from './components/two-factor-settings'
import { speakerFor } from '../../testing/locale'

// A setup left half-way marks sessionStorage (setup-mark.ts); the next test starts unmarked.
afterEach(() => sessionStorage.clear())

export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
export const SECOND_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU'
export const CODES = [
  'k7d2xq4m',
  'a2b3c4d5',
  'zz77yy66',
  'mnop2345',
  'qrst6723',
  'abcdefgh',
  'ijklmnop',
  'uvwxyz22',
  'bcd234ef',
  'ghij5677',
]
export const jane = makeUser({ email: 'jane@example.com' })

export const newestStatus = (enabled: boolean, remaining = 10) => ({
  is_enabled: enabled,
  backup_codes_remaining: enabled ? remaining : 0,
  method: enabled ? 'TOTP' : null,
  has_passkeys: false,
  has_totp: enabled,
  passkeys_enabled_for_2fa: false,
})

/**
 * A small server for the page: status follows what the requests do. Tests override single
 * endpoints with server.use() afterwards (later handlers win).
 */
export function twoFactorServer({ enabled = false, remaining = 10 } = {}) {
  const state = {
    enabled,
    remaining,
    secrets: [SECRET, SECOND_SECRET],
    starts: 0,
    tokens: [] as string[],
  }
  server.use(
    http.get(apiPaths.me, () => HttpResponse.json({ ...jane, is_2fa_enabled: state.enabled })),
    http.get(apiPaths.twoFactorStatus, () => json(newestStatus(state.enabled, state.remaining))),
    http.get(apiPaths.twoFactorStartSetup, () =>
      json({ success: true, secret: state.secrets[state.starts++ % 2] }),
    ),
    http.post(apiPaths.twoFactorValidate, async ({ request }) => {
      const { token } = (await request.json()) as { token: string }
      state.tokens.push(token)
      if (token !== '123456')
        return HttpResponse.json(
          {
            type: 'validation_error',
            code: 'token_invalid',
            detail: 'Token is not valid',
            attr: null,
          },
          { status: 400 },
        )
      state.enabled = true
      state.remaining = 0
      return json({ success: true })
    }),
    http.post(apiPaths.twoFactorBackupCodes, () => {
      state.remaining = 10
      return json({ backup_codes: CODES })
    }),
    http.post(apiPaths.twoFactorDisable, () => {
      state.enabled = false
      state.remaining = 0
      return json({ success: true })
    }),
  )
  return state
}

/** Answers the code's check with `answer` instead of the small server's rule. */
export const answerValidate = (answer: () => Response | Promise<Response>) =>
  server.use(http.post(apiPaths.twoFactorValidate, answer))

/** The page as jane sees it. */
export const renderTwoFactorPage = () =>
  renderWithApp(<TwoFactorSettings />, { user: jane, path: '/settings/two-factor' })

/** Opens the page and starts setup, up to the QR code; returns the rendered app. */
export async function startSetup() {
  const app = renderTwoFactorPage()
  await app.user.click(
    await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
  )
  await screen.findByRole('heading', { name: 'Add your account to your authenticator app' })
  return app
}

/** The feature's catalogue in a language, as its route loads it. */
export const speak = speakerFor('two-factor')
