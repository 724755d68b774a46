import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, server } from '../../../testing/msw'
import { jane, pendingJane, renderEmailPage, renderPending } from './email-test-utils'
import { announcer } from '../../../testing/announcer'

const resendButton = () => screen.queryByRole('button', { name: 'Resend code' })
const helpLine = () => screen.queryByText(/Still nothing\? Check your spam folder/)
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

function recordResends(answer: () => Response = () => HttpResponse.json({ success: true })) {
  const bodies: unknown[] = []
  server.use(
    http.post(apiPaths.requestEmailVerification, async ({ request }) => {
      bodies.push(await request.json())
      return answer()
    }),
  )
  return bodies
}

describe('Resend code', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts down visibly (30 s, then 60 s), allows 2 resends, then shows the help line', async () => {
    const bodies = recordResends()
    await renderPending()
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    expect(screen.getByText(/You can ask for a new code in (30|29) seconds\./)).toBeVisible()
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true')
    expect(resendButton()).toHaveAccessibleDescription(/You can ask for a new code in/)

    await advance(10_000)
    expect(screen.getByText(/You can ask for a new code in (20|19) seconds\./)).toBeVisible()
    await user.click(resendButton()!)
    expect(bodies).toEqual([])

    await advance(20_000)
    expect(screen.queryByText(/You can ask for a new code in/)).toBeNull()
    expect(resendButton()).not.toHaveAttribute('aria-disabled')
    await user.click(resendButton()!)
    expect(
      await screen.findByText(
        'We sent a new code to jane.new@example.com. Earlier codes no longer work.',
      ),
    ).toBeVisible()
    expect(bodies).toEqual([{ uuid: jane.uuid }])
    expect(await screen.findByText(/You can ask for a new code in (60|59) seconds\./)).toBeVisible()
    await waitFor(() => expect(announcer()).toHaveTextContent('We sent a new code'))

    await advance(45_000)
    expect(screen.getByText(/You can ask for a new code in (15|14) seconds\./)).toBeVisible()
    expect(helpLine()).toBeNull()
    await advance(15_000)
    await user.click(resendButton()!)
    await waitFor(() => expect(bodies).toHaveLength(2))
    await waitFor(() => expect(resendButton()).toBeNull())
    expect(helpLine()).toBeVisible()
  })

  it('a new code moves the expiry; the old one expires after 10 minutes', async () => {
    recordResends()
    await renderPending()
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await advance(10 * 60_000)
    expect(screen.getByLabelText('6-digit code')).toHaveAccessibleDescription(
      expect.stringContaining('This code has expired. Ask for a new one.'),
    )
    await user.click(resendButton()!)
    await waitFor(() =>
      expect(screen.getByLabelText('6-digit code')).toHaveAccessibleDescription(
        expect.stringMatching(/The code expires 10 minutes after it was sent, at \d/),
      ),
    )
  })

  it('a 429 uses up the allowance and says when to try again', async () => {
    recordResends(() =>
      apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '3600' }),
    )
    // After a reload the send time is unknown: a resend is offered at once.
    renderEmailPage(pendingJane)
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.click(resendButton()!)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We can't send more codes right now. You can ask again in 60 minutes.",
    )
    expect(resendButton()).toBeNull()
    expect(helpLine()).toBeVisible()
  })

  it('a failed resend (network down) is explained and does not use up the allowance', async () => {
    const bodies = recordResends(() => HttpResponse.error())
    renderEmailPage(pendingJane)
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.click(resendButton()!)
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach the server.")
    expect(resendButton()).not.toHaveAttribute('aria-disabled')
    expect(bodies).toHaveLength(1)
  })

  it('sends one request for a double click', async () => {
    const bodies = recordResends()
    renderEmailPage(pendingJane)
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.dblClick(resendButton()!)
    expect(await screen.findByText(/We sent a new code/)).toBeVisible()
    expect(bodies).toHaveLength(1)
  })
})
