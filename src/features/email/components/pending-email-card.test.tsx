import { focusManager } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, countCalls, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import {
  jane,
  pendingJane,
  renderEmailPage,
  renderPending,
  verifiedJane,
  verifyAnswers,
} from './email-test-utils'
import { announcer } from '../../../testing/announcer'

const codeField = () => screen.getByLabelText('6-digit code')
const pendingCard = () => screen.queryByRole('region', { name: 'Confirm your new address' })
/** verify_email refuses every code with `error`; GET @me keeps answering the pending user. */
function refuseCodes(error: () => Response) {
  const bodies: unknown[] = []
  server.use(
    http.post(apiPaths.verifyEmail, async ({ request }) => {
      bodies.push(await request.json())
      return error()
    }),
    http.get(apiPaths.me, () => HttpResponse.json(pendingJane)),
  )
  return bodies
}

async function expectNewAddressShown() {
  expect(
    await screen.findByText('jane.new@example.com', { selector: '.email-address' }),
  ).toBeVisible()
  expect(pendingCard()).toBeNull()
  await waitFor(() =>
    expect(screen.getByRole('heading', { name: 'Your email address' })).toHaveFocus(),
  )
  expect(
    screen.getByText(/Your email address is now jane\.new@example\.com/, { selector: 'p' }),
  ).toBeVisible()
  await waitFor(() =>
    expect(announcer()).toHaveTextContent('Your email address is now jane.new@example.com.'),
  )
}

describe('The pending card', () => {
  it('shows the pending address, a numeric one-time-code field and the ways out', async () => {
    await renderPending()
    const card = within(pendingCard()!)
    expect(card.getByText(/We emailed a 6-digit code to jane\.new@example\.com/)).toBeVisible()
    expect(codeField()).toHaveAttribute('inputmode', 'numeric')
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code')
    expect(card.getByRole('button', { name: 'Use a different address' })).toBeVisible()
    expect(card.getByRole('button', { name: 'Cancel change' })).toBeVisible()
    expect(card.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    // The account still signs in with the old address.
    expect(screen.getByText('jane@example.com', { selector: '.email-address' })).toBeVisible()
  })

  it('submits by itself at the sixth digit and then shows the new address', async () => {
    const bodies = verifyAnswers()
    const app = await renderPending()
    await app.user.type(codeField(), '12345')
    expect(bodies).toEqual([])
    await app.user.type(codeField(), '6')
    await expectNewAddressShown()
    expect(bodies).toEqual([{ uuid: jane.uuid, code: '123456' }])
  })

  it.each(['123 456', '123-456', '１２３４５６'])('accepts a pasted "%s"', async (pasted) => {
    const bodies = verifyAnswers()
    const app = await renderPending()
    await app.user.click(codeField())
    await app.user.paste(pasted)
    await expectNewAddressShown()
    expect(bodies).toEqual([{ uuid: jane.uuid, code: '123456' }])
  })

  it.each([{ requires_2fa: true }, { requires_login: true }])(
    'refetches the user and shows the new address when verify answers %o',
    async (flag) => {
      verifyAnswers({ success: true, ...flag })
      const app = await renderPending()
      await app.user.click(codeField())
      await app.user.paste('123456')
      await expectNewAddressShown()
    },
  )

  it('checks the code before sending it', async () => {
    const bodies = verifyAnswers()
    const app = await renderPending()
    await app.user.type(codeField(), '12a4{Enter}')
    expect(await screen.findByText('Enter the 6-digit code from your email.')).toBeVisible()
    expect(codeField()).toHaveFocus()
    expect(bodies).toEqual([])
  })

  it.each([
    [
      'invalid_code',
      () => apiError(400, 'invalid_code', 'This code is invalid or has expired.', 'code'),
      "That code isn't right, or it has expired.",
    ],
    [
      'too_many_attempts',
      () =>
        apiError(400, 'too_many_attempts', 'Too many incorrect attempts. Try again later.', 'code'),
      'Too many incorrect attempts. Request a new code and try again.',
    ],
    [
      'throttled',
      () => apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '300' }),
      'Too many attempts. You can try again in 5 minutes.',
    ],
    [
      'required',
      () => apiError(400, 'required', 'This field is required.', 'code'),
      'Enter the 6-digit code from your email.',
    ],
    [
      'invalid_input',
      () => apiError(400, 'invalid_input', 'Enter the 6-digit code from your email.', 'code'),
      'Enter the 6-digit code from your email.',
    ],
  ])('explains %s, clears the field, refocuses it and announces', async (_code, answer, text) => {
    refuseCodes(answer)
    const app = await renderPending()
    await app.user.type(codeField(), '111111')
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(expect.stringContaining(text)),
    )
    expect(codeField()).toHaveValue('')
    expect(codeField()).toHaveFocus()
    expect(codeField()).toHaveAttribute('aria-invalid', 'true')
    await waitFor(() => expect(announcer()).toHaveTextContent(text))
    expect(pendingCard()).not.toBeNull()
  })

  it('lets the next code through after a wrong one', async () => {
    let calls = 0
    server.use(
      http.post(apiPaths.verifyEmail, () => {
        calls++
        return calls === 1
          ? apiError(400, 'invalid_code', 'This code is invalid or has expired.', 'code')
          : HttpResponse.json({ success: true })
      }),
      http.get(apiPaths.me, () => HttpResponse.json(calls > 1 ? verifiedJane : pendingJane)),
    )
    const app = await renderPending()
    await app.user.type(codeField(), '111111')
    await waitFor(() => expect(codeField()).toHaveValue(''))
    await app.user.type(codeField(), '222222')
    await expectNewAddressShown()
    expect(calls).toBe(2)
  })

  it('keeps the pending change on email_taken and offers a different address', async () => {
    refuseCodes(() =>
      apiError(400, 'email_taken', 'Another account now uses this email address.', 'email'),
    )
    const app = await renderPending()
    await app.user.type(codeField(), '123456')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another account now uses jane.new@example.com',
    )
    const different = screen.getByRole('button', { name: 'Use a different address' })
    await waitFor(() => expect(different).toHaveFocus())
    expect(pendingCard()).not.toBeNull()
  })

  it('keeps the code after a 500 and when the network is down', async () => {
    refuseCodes(() => apiError(500, 'error', 'A server error occurred.'))
    const app = await renderPending()
    await app.user.type(codeField(), '123456')
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.')
    expect(codeField()).toHaveValue('123456')

    refuseCodes(() => HttpResponse.error())
    await app.user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(codeField()).toHaveValue('123456')
  })

  it('sends one request when Verify is pressed as the code auto-submits', async () => {
    const calls = countCalls('post', apiPaths.verifyEmail, () =>
      HttpResponse.json({ success: true }),
    )
    server.use(http.get(apiPaths.me, () => HttpResponse.json(verifiedJane)))
    const app = await renderPending()
    await app.user.type(codeField(), '123456{Enter}')
    await expectNewAddressShown()
    expect(calls.count).toBe(1)
  })

  it('cancels the change: the form is back with its heading focused', async () => {
    let bodies: unknown[] = []
    server.use(
      http.patch(apiPaths.cancelEmailChange, async ({ request }) => {
        bodies = [...bodies, await request.json()]
        return HttpResponse.json(jane)
      }),
    )
    const app = await renderPending()
    await app.user.click(screen.getByRole('button', { name: 'Cancel change' }))
    const heading = await screen.findByRole('heading', { name: 'Change your email address' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(pendingCard()).toBeNull()
    expect(bodies).toEqual([{}])
    expect(
      screen.getByText(/Email change cancelled\. You still sign in with jane@example\.com\./, {
        selector: 'p',
      }),
    ).toBeVisible()
    await waitFor(() => expect(announcer()).toHaveTextContent('Email change cancelled.'))
  })

  it('"Use a different address" cancels and puts focus in the address field', async () => {
    server.use(http.patch(apiPaths.cancelEmailChange, () => HttpResponse.json(jane)))
    const app = await renderPending()
    await app.user.click(screen.getByRole('button', { name: 'Use a different address' }))
    const field = await screen.findByLabelText('New email address')
    await waitFor(() => expect(field).toHaveFocus())
    expect(field).toHaveValue('')
  })

  it('catches up when the change was already gone on the server', async () => {
    server.use(
      http.patch(apiPaths.cancelEmailChange, () =>
        apiError(400, 'email_change_request_not_found', 'No active email change requests found.'),
      ),
      http.get(apiPaths.me, () => HttpResponse.json(jane)),
    )
    const app = await renderPending()
    await app.user.click(screen.getByRole('button', { name: 'Cancel change' }))
    expect(await screen.findByText(/There is no pending change any more/)).toBeVisible()
    expect(pendingCard()).toBeNull()
  })

  it('explains a failed cancel and keeps the pending card', async () => {
    server.use(http.patch(apiPaths.cancelEmailChange, () => HttpResponse.error()))
    const app = await renderPending()
    await app.user.click(screen.getByRole('button', { name: 'Cancel change' }))
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach the server.")
    expect(pendingCard()).not.toBeNull()
  })

  it('picks up a change verified in another tab when this tab regains focus', async () => {
    server.use(http.get(apiPaths.me, () => HttpResponse.json(verifiedJane)))
    renderEmailPage(pendingJane)
    expect(pendingCard()).not.toBeNull()
    focusManager.setFocused(false)
    focusManager.setFocused(true)
    expect(
      await screen.findByText('jane.new@example.com', { selector: '.email-address' }),
    ).toBeVisible()
    expect(pendingCard()).toBeNull()
    expect(screen.getByLabelText('New email address')).toBeVisible()
    focusManager.setFocused(undefined)
  })

  it('after a reload the expiry is approximate and a resend is offered at once', () => {
    renderEmailPage(makeUser({ ...pendingJane }))
    expect(codeField()).toHaveAccessibleDescription(
      /The code expires 10 minutes after it was sent, so by about \d/,
    )
    expect(screen.getByRole('button', { name: 'Resend code' })).not.toHaveAttribute('aria-disabled')
  })
})
