import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { currentUserQuery } from '../../../lib/current-user'
import { apiError, http, HttpResponse, json, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { ResetPasswordPage } from './reset-password-page'

const UUID = '0190e0ad-5b3f-7000-a1c3-6c0c4b0a3a11'
const TOKEN = 'cnk3ab-0123456789abcdef0123456789abcdef'
const STRONG = 'correct-horse-battery-staple-42'
const path = apiPaths.passwordResetToken(UUID)
const invalidToken = () =>
  apiError(400, 'invalid_token', 'This reset token is invalid or has expired.', 'token')

/** GET answers `check` (default: PostHog's newest, 200 with an empty body); POSTs are recorded. */
function answers({
  check = () => new HttpResponse(null, { status: 200 }),
  reset = () => json({ success: true, email: 'ada@example.com' }),
}: { check?: () => Response; reset?: () => Response } = {}) {
  const tokens: (string | null)[] = []
  const bodies: unknown[] = []
  server.use(
    http.get(path, ({ request }) => {
      tokens.push(new URL(request.url).searchParams.get('token'))
      return check()
    }),
    http.post(path, async ({ request }) => {
      bodies.push(await request.json())
      return reset()
    }),
  )
  return { tokens, bodies }
}

function renderPage() {
  return renderWithApp(<ResetPasswordPage uuid={UUID} token={TOKEN} />, {
    path: `/reset/${UUID}/${TOKEN}`,
    routes: [
      { path: '/login', element: <p>sign-in page</p> },
      { path: '/settings/profile', element: <p>profile page</p> },
    ],
  })
}

const next = () => screen.getByLabelText('New password')
const confirm = () => screen.getByLabelText('Confirm new password')
const save = () => screen.getByRole('button', { name: 'Change password and sign out everywhere' })

async function choose(password = STRONG, again = password) {
  const app = renderPage()
  await app.user.type(await screen.findByLabelText('New password'), password)
  if (again) await app.user.type(confirm(), again)
  await app.user.click(save())
  return app
}

async function expectInvalid() {
  const heading = await screen.findByRole('heading', { name: "This reset link doesn't work" })
  expect(screen.getByText(/invalid or has expired/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/reset')
  return heading
}

describe('ResetPasswordPage', () => {
  it('checks the token on load and then asks for the new password', async () => {
    const { tokens } = answers()
    renderPage()
    expect(screen.getByRole('status', { name: 'Checking your reset link…' })).toBeInTheDocument()
    expect(await screen.findByLabelText('New password')).toBeInTheDocument()
    expect(tokens).toEqual([TOKEN])
    expect(screen.getByText(/signs you out on every device/)).toBeInTheDocument()
  })

  it("accepts an older PostHog's 204 for a good token", async () => {
    answers({ check: () => new HttpResponse(null, { status: 204 }) })
    renderPage()
    expect(await screen.findByLabelText('New password')).toBeInTheDocument()
  })

  it('explains an invalid or expired link and links to a new one', async () => {
    answers({ check: invalidToken })
    renderPage()
    await expectInvalid()
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument()
  })

  it('offers a retry when the check fails', async () => {
    let calls = 0
    answers({
      check: () => (++calls === 1 ? HttpResponse.error() : new HttpResponse(null, { status: 200 })),
    })
    const { user } = renderPage()
    expect(await screen.findByRole('alert')).toHaveTextContent(/couldn't reach the server/)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByLabelText('New password')).toBeInTheDocument()
  })

  it('sends the new password with the token and goes to sign-in, which says so', async () => {
    const { bodies } = answers()
    const { router, queryClient } = await choose()
    expect(await screen.findByText('sign-in page')).toBeInTheDocument()
    expect(bodies).toEqual([{ token: TOKEN, password: STRONG }])
    expect(router.state.location.search).toBe('?password=changed')
    expect(router.state.location.state).toEqual({
      loginNotice: 'password-changed',
      email: 'ada@example.com',
    })
    expect(queryClient.getQueryData(currentUserQuery.queryKey)).toBeUndefined()
  })

  it("goes to the profile after an older PostHog's 204, which signed the user in", async () => {
    answers({ reset: () => new HttpResponse(null, { status: 204 }) })
    server.use(http.get(apiPaths.me, () => json(makeUser())))
    await choose()
    expect(await screen.findByText('profile page')).toBeInTheDocument()
  })

  it('keeps the input and shows a refused password under its field', async () => {
    answers({
      reset: () =>
        apiError(
          400,
          'invalid_input',
          'This password is too short. It must contain at least 8 characters.',
          'password',
        ),
    })
    await choose('tinyword1')
    expect(await screen.findByText(/This password is too short/)).toBeInTheDocument()
    await waitFor(() => expect(next()).toHaveFocus())
    expect(next()).toHaveValue('tinyword1')
    expect(next()).toHaveAttribute('aria-invalid', 'true')
  })

  it('shows a weak password under its field with the input kept', async () => {
    answers({
      reset: () => apiError(400, 'password_too_weak', 'This password is too weak.', 'password'),
    })
    await choose('password1')
    expect(await screen.findByText('This password is too weak.')).toBeInTheDocument()
    expect(next()).toHaveValue('password1')
    expect(confirm()).toHaveValue('password1')
  })

  it('checks length and the confirmation before sending anything', async () => {
    const { bodies } = answers()
    const { user } = await choose('short', '')
    expect(await screen.findByText('Use at least 8 characters.')).toBeInTheDocument()
    expect(screen.getByText('Type the new password again.')).toBeInTheDocument()
    await user.clear(next())
    await user.type(next(), STRONG)
    await user.type(confirm(), `${STRONG}x`)
    await user.click(save())
    expect(await screen.findByText(/The passwords don't match/)).toBeInTheDocument()
    await waitFor(() => expect(confirm()).toHaveFocus())
    expect(bodies).toEqual([])
  })

  it('explains the link when the token is refused on submit (used meanwhile)', async () => {
    answers({ reset: invalidToken })
    await choose()
    const heading = await expectInvalid()
    await waitFor(() => expect(heading).toHaveFocus())
  })

  it('keeps the input when the server cannot be reached', async () => {
    answers({ reset: () => HttpResponse.error() })
    await choose()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/couldn't reach the server/)
    await waitFor(() => expect(alert).toHaveFocus())
    expect(next()).toHaveValue(STRONG)
  })

  it('keeps the input when the server fails', async () => {
    answers({ reset: () => apiError(500, 'error', 'A server error occurred.') })
    await choose()
    expect(await screen.findByRole('alert')).toHaveTextContent(/Something went wrong/)
    expect(next()).toHaveValue(STRONG)
  })
})
