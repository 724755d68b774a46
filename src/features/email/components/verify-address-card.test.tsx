import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { jane, pendingJane, renderEmailPage, unverifiedJane } from './email-test-utils'
import { announcer } from '../../../testing/announcer'

const confirmedJane = makeUser({ ...unverifiedJane, is_email_verified: true })
const card = () => screen.queryByRole('region', { name: 'Confirm your address' })
const sendButton = () => screen.getByRole('button', { name: 'Email me a code' })
const codeField = () => screen.getByLabelText('6-digit code')
/** request_email_verification answers `answer`; verify_email accepts; GET @me answers `after`. */
function fakeServer(
  options: { send?: () => Response; verify?: () => Response; after?: User } = {},
) {
  const sends: unknown[] = []
  const verifies: unknown[] = []
  let verified = false
  server.use(
    http.post(apiPaths.requestEmailVerification, async ({ request }) => {
      sends.push(await request.json())
      return options.send?.() ?? HttpResponse.json({ success: true })
    }),
    http.post(apiPaths.verifyEmail, async ({ request }) => {
      verifies.push(await request.json())
      const answer = options.verify?.() ?? HttpResponse.json({ success: true })
      verified = answer.status === 200
      return answer
    }),
    http.get(apiPaths.me, () =>
      HttpResponse.json(options.after ?? (verified ? confirmedJane : unverifiedJane)),
    ),
  )
  return { sends, verifies }
}

async function sendCode(app: ReturnType<typeof renderEmailPage>) {
  await app.user.click(sendButton())
  await waitFor(() => expect(codeField()).toHaveFocus())
}

describe('Confirming an unverified own address', () => {
  it('is offered only while the own address is unverified and nothing is pending', () => {
    const { unmount } = renderEmailPage(unverifiedJane)
    expect(card()).not.toBeNull()
    expect(screen.getByText('Not verified')).toBeVisible()
    expect(
      within(card()!).getByText(/We'll email a 6-digit code to jane@example\.com/),
    ).toBeVisible()
    expect(screen.queryByLabelText('6-digit code')).toBeNull()
    unmount()
    for (const user of [
      jane,
      makeUser({ ...jane, is_email_verified: null }),
      makeUser({ ...pendingJane, is_email_verified: false }),
    ]) {
      const page = renderEmailPage(user)
      expect(card()).toBeNull()
      page.unmount()
    }
  })

  it('sends a code to the own address, then takes it and shows the address confirmed', async () => {
    const api = fakeServer()
    const app = renderEmailPage(unverifiedJane)
    await sendCode(app)
    expect(api.sends).toEqual([{ uuid: jane.uuid }])
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('We emailed a 6-digit code to jane@example.com.'),
    )
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code')
    expect(codeField()).toHaveAccessibleDescription(
      /The code expires 10 minutes after it was sent, at \d/,
    )
    expect(screen.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )

    await app.user.paste('123 456')
    expect(await screen.findByText('Verified')).toBeVisible()
    expect(api.verifies).toEqual([{ uuid: jane.uuid, code: '123456' }])
    expect(card()).toBeNull()
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your email address' })).toHaveFocus(),
    )
    expect(
      screen.getByText('jane@example.com is confirmed. Thank you.', { selector: 'p' }),
    ).toBeVisible()
    await waitFor(() => expect(announcer()).toHaveTextContent('jane@example.com is confirmed.'))
  })

  it.each([
    [
      '429',
      () => apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '120' }),
      "We can't send a code right now. You can ask again in 2 minutes.",
    ],
    [
      'email_not_available',
      () =>
        apiError(
          400,
          'email_not_available',
          'Cannot verify email address because email is not configured for your instance.',
        ),
      "This PostHog can't send email, so your address can't be confirmed here.",
    ],
    ['500', () => apiError(500, 'error', 'A server error occurred.'), 'Something went wrong'],
    ['network down', () => HttpResponse.error(), "We couldn't reach the server."],
  ])('explains a failed send (%s) and lets the user try again', async (_name, send, text) => {
    const api = fakeServer({ send })
    const app = renderEmailPage(unverifiedJane)
    await app.user.click(sendButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(text)
    expect(screen.queryByLabelText('6-digit code')).toBeNull()
    expect(sendButton()).toBeEnabled()
    await app.user.click(sendButton())
    await waitFor(() => expect(api.sends).toHaveLength(2))
  })

  it('catches up when the address was confirmed elsewhere (already_verified)', async () => {
    fakeServer({
      send: () => apiError(400, 'already_verified', 'Email is already verified.'),
      after: confirmedJane,
    })
    const app = renderEmailPage(unverifiedJane)
    await app.user.click(sendButton())
    expect(
      await screen.findByText('jane@example.com is confirmed. Thank you.', { selector: 'p' }),
    ).toBeVisible()
    expect(card()).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('explains a wrong code, clears and refocuses the field, and keeps the card', async () => {
    fakeServer({
      verify: () => apiError(400, 'invalid_code', 'This code is invalid or has expired.', 'code'),
    })
    const app = renderEmailPage(unverifiedJane)
    await sendCode(app)
    await app.user.type(codeField(), '111111')
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        expect.stringContaining("That code isn't right, or it has expired."),
      ),
    )
    expect(codeField()).toHaveValue('')
    expect(codeField()).toHaveFocus()
    await waitFor(() => expect(announcer()).toHaveTextContent("That code isn't right"))
    expect(card()).not.toBeNull()
  })

  it('keeps the code when verifying fails on the server or the network', async () => {
    let answer: () => Response = () => apiError(500, 'error', 'A server error occurred.')
    fakeServer({ verify: () => answer() })
    const app = renderEmailPage(unverifiedJane)
    await sendCode(app)
    await app.user.type(codeField(), '123456')
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.')
    expect(codeField()).toHaveValue('123456')
    answer = () => HttpResponse.error()
    await app.user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(codeField()).toHaveValue('123456')
  })

  it('sends one request for a double click on "Email me a code"', async () => {
    const api = fakeServer()
    const app = renderEmailPage(unverifiedJane)
    await app.user.dblClick(sendButton())
    await waitFor(() => expect(codeField()).toBeVisible())
    expect(api.sends).toHaveLength(1)
  })

  it('offers a resend after the 30-second cooldown, to the same address', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const api = fakeServer()
      renderEmailPage(unverifiedJane)
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      await user.click(sendButton())
      const resend = await screen.findByRole('button', { name: 'Resend code' })
      expect(screen.getByText(/You can ask for a new code in (30|29) seconds\./)).toBeVisible()
      await act(() => vi.advanceTimersByTimeAsync(30_000))
      expect(resend).not.toHaveAttribute('aria-disabled')
      await user.click(resend)
      expect(
        await screen.findByText(
          'We sent a new code to jane@example.com. Earlier codes no longer work.',
        ),
      ).toBeVisible()
      expect(api.sends).toEqual([{ uuid: jane.uuid }, { uuid: jane.uuid }])
      expect(
        await screen.findByText(/You can ask for a new code in (60|59) seconds\./),
      ).toBeVisible()
    } finally {
      vi.useRealTimers()
    }
  })
})
