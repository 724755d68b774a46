import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import {
  apiError,
  countCalls,
  http,
  HttpResponse,
  makeUser,
  reauthRequired,
  server,
} from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { jane, pendingJane, renderEmailPage } from './email-test-utils'
import { announcer } from '../../../testing/announcer'

const field = () => screen.getByLabelText('New email address')
const send = () => screen.getByRole('button', { name: 'Send code' })

/** Answers PATCH @me like the server: stages the address; records the bodies. */
function stageChanges() {
  const bodies: unknown[] = []
  server.use(
    http.patch(apiPaths.me, async ({ request }) => {
      const body = (await request.json()) as { email: string }
      bodies.push(body)
      return HttpResponse.json(makeUser({ ...jane, pending_email: body.email.toLowerCase() }))
    }),
  )
  return bodies
}

async function typeAddress(app: ReturnType<typeof renderEmailPage>, address: string) {
  await app.user.clear(field())
  await app.user.type(field(), address)
}

describe('Email page without a pending change', () => {
  it('shows the current address as verified (null counts as verified) and the change form', () => {
    renderEmailPage(makeUser({ ...jane, is_email_verified: null }))
    expect(screen.getByRole('heading', { name: 'Your email address' })).toBeInTheDocument()
    expect(screen.getByText('jane@example.com')).toBeInTheDocument()
    expect(screen.getByText('Verified')).toBeInTheDocument()
    expect(field()).toHaveAttribute('autocomplete', 'email')
    expect(field()).toHaveAttribute('type', 'email')
    expect(send()).toHaveAttribute('aria-disabled', 'true')
    expect(screen.queryByRole('heading', { name: 'Confirm your new address' })).toBeNull()
  })

  it('says when the current address is not verified', () => {
    renderEmailPage(makeUser({ ...jane, is_email_verified: false }))
    expect(screen.getByText('Not verified')).toBeInTheDocument()
  })

  it('sends the new address, then shows the pending card with its heading focused', async () => {
    const bodies = stageChanges()
    const app = renderEmailPage()
    await typeAddress(app, 'Jane.New@example.com')
    await app.user.click(send())
    const heading = await screen.findByRole('heading', { name: 'Confirm your new address' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(bodies).toEqual([{ email: 'Jane.New@example.com' }])
    const card = within(screen.getByRole('region', { name: 'Confirm your new address' }))
    expect(card.getByText(/We emailed a 6-digit code to jane\.new@example\.com/)).toBeVisible()
    expect(screen.getByLabelText('6-digit code')).toHaveAccessibleDescription(
      /The code expires 10 minutes after it was sent, at \d/,
    )
    expect(screen.queryByLabelText('New email address')).toBeNull()
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('We emailed a 6-digit code to jane.new@example.com.'),
    )
  })

  it('checks the format and refuses the current address before sending anything', async () => {
    const bodies = stageChanges()
    const app = renderEmailPage()
    await typeAddress(app, 'not-an-address')
    await app.user.click(send())
    expect(await screen.findByText('Enter an email address like name@example.com.')).toBeVisible()
    expect(field()).toHaveFocus()
    await typeAddress(app, 'JANE@example.com')
    await app.user.click(send())
    expect(field()).toHaveAccessibleDescription(
      /This is already your email address\. Enter a different one\./,
    )
    expect(bodies).toEqual([])
  })

  it('puts "already an account" under the field and keeps the address', async () => {
    server.use(
      http.patch(apiPaths.me, () =>
        apiError(400, 'unique', 'There is already an account with this email address.', 'email'),
      ),
    )
    const app = renderEmailPage()
    await typeAddress(app, 'ada@example.com')
    await app.user.click(send())
    await waitFor(() =>
      expect(field()).toHaveAccessibleDescription(
        /There is already an account with this email address\./,
      ),
    )
    expect(field()).toHaveValue('ada@example.com')
    expect(field()).toHaveAttribute('aria-invalid', 'true')
  })

  it("shows PostHog's plus-addressing and format refusals under the field", async () => {
    const detail =
      'Email addresses with a "+" before the @ cannot be used. Enter the address without the + part.'
    server.use(http.patch(apiPaths.me, () => apiError(400, 'invalid_input', detail, 'email')))
    const app = renderEmailPage()
    await typeAddress(app, 'jane+test@example.com')
    await app.user.click(send())
    await waitFor(() =>
      expect(field()).toHaveAccessibleDescription(expect.stringContaining(detail)),
    )
    expect(field()).toHaveValue('jane+test@example.com')
  })

  it.each([
    ['sso_enforced_current_email', 'SSO on your current address'],
    ['sso_enforced_new_email', 'its domain signs in with SSO'],
  ])('explains %s on the form', async (code, text) => {
    server.use(http.patch(apiPaths.me, () => apiError(400, code, 'SSO is enforced.')))
    const app = renderEmailPage()
    await typeAddress(app, 'jane@corp.example')
    await app.user.click(send())
    expect(await screen.findByRole('alert')).toHaveTextContent(text)
    expect(field()).toHaveValue('jane@corp.example')
  })

  it('says when to retry after a 429', async () => {
    server.use(
      http.patch(apiPaths.me, () =>
        apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '42' }),
      ),
    )
    const app = renderEmailPage()
    await typeAddress(app, 'jane.new@example.com')
    await app.user.click(send())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. You can try again in 42 seconds.',
    )
  })

  it('keeps the typed address when the re-auth dialog is dismissed', async () => {
    server.use(http.patch(apiPaths.me, () => reauthRequired()))
    const app = renderEmailPage()
    await typeAddress(app, 'jane.new@example.com')
    await app.user.click(send())
    await answerReauth(false)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Your email wasn't changed because you didn't confirm it's you.",
    )
    expect(field()).toHaveValue('jane.new@example.com')
    expect(send()).not.toHaveAttribute('aria-disabled')
  })

  it('sends the held change again after the user confirmed it is them', async () => {
    let calls = 0
    server.use(
      http.patch(apiPaths.me, () => {
        calls++
        return calls === 1 ? reauthRequired() : HttpResponse.json(pendingJane)
      }),
    )
    const app = renderEmailPage()
    await typeAddress(app, 'jane.new@example.com')
    await app.user.click(send())
    await answerReauth(true)
    expect(await screen.findByRole('heading', { name: 'Confirm your new address' })).toBeVisible()
    expect(calls).toBe(2)
  })

  it('keeps the address after a 500 and when the network is down', async () => {
    server.use(http.patch(apiPaths.me, () => apiError(500, 'error', 'A server error occurred.')))
    const app = renderEmailPage()
    await typeAddress(app, 'jane.new@example.com')
    await app.user.click(send())
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.')
    expect(field()).toHaveValue('jane.new@example.com')

    server.use(http.patch(apiPaths.me, () => HttpResponse.error()))
    await app.user.click(send())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(field()).toHaveValue('jane.new@example.com')
  })

  it('sends one request for a double click', async () => {
    const calls = countCalls('patch', apiPaths.me, () => HttpResponse.json(pendingJane))
    const app = renderEmailPage()
    await typeAddress(app, 'jane.new@example.com')
    await app.user.dblClick(send())
    expect(await screen.findByRole('heading', { name: 'Confirm your new address' })).toBeVisible()
    expect(calls.count).toBe(1)
  })
})
