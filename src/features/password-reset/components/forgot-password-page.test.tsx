import { screen, waitFor } from '@testing-library/react'
import { Navigate } from 'react-router'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { expectAnnounced } from '../../../testing/announcer'
import { apiError, http, HttpResponse, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { ForgotPasswordPage } from './forgot-password-page'

/** Answers POST /api/reset/ with `answer` (default 204) and records the bodies. */
function recordRequests(answer: () => Response = () => new HttpResponse(null, { status: 204 })) {
  const bodies: unknown[] = []
  server.use(
    http.post(apiPaths.passwordReset, async ({ request }) => {
      bodies.push(await request.json())
      return answer()
    }),
  )
  return bodies
}

const email = () => screen.getByLabelText('Email')
const send = () => screen.getByRole('button', { name: 'Send reset link' })

async function ask(address = 'ada@example.com') {
  const app = renderWithApp(<ForgotPasswordPage />, { path: '/reset' })
  await app.user.type(email(), address)
  await app.user.click(send())
  return app
}

/** The request was refused with `answer`: the message shows, has focus, the address stays. */
async function expectRefused(answer: () => Response, message: string | RegExp) {
  recordRequests(answer)
  await ask()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(message)
  await waitFor(() => expect(alert).toHaveFocus())
  expect(email()).toHaveValue('ada@example.com')
  expect(screen.queryByRole('heading', { name: 'Check your email' })).not.toBeInTheDocument()
}

describe('ForgotPasswordPage', () => {
  it('sends the address and confirms without saying whether it has an account', async () => {
    const bodies = recordRequests()
    await ask(' ada@example.com ')
    const heading = await screen.findByRole('heading', { name: 'Check your email' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(bodies).toEqual([{ email: 'ada@example.com' }])
    expect(
      screen.getByText(/If an account exists for .*ada@example\.com.*, we've sent it a link/),
    ).toHaveTextContent(/valid for one day/)
    expect(screen.getByText(/Check your spam folder/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/login')
  })

  it('sends the link again from the confirmation, and says so', async () => {
    const bodies = recordRequests()
    const { user } = await ask()
    await user.click(await screen.findByRole('button', { name: 'Send again' }))
    await expectAnnounced("We've sent the link again.")
    expect(bodies).toHaveLength(2)
  })

  it('goes back to the form with the address to correct it', async () => {
    recordRequests()
    const { user } = await ask()
    await user.click(await screen.findByRole('button', { name: 'Use a different address' }))
    expect(email()).toHaveValue('ada@example.com')
  })

  it('checks the address before sending anything', async () => {
    const bodies = recordRequests()
    const { user } = renderWithApp(<ForgotPasswordPage />, { path: '/reset' })
    await user.click(send())
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument()
    await user.type(email(), 'ada@')
    await user.click(send())
    expect(await screen.findByText(/like name@example\.com/)).toBeInTheDocument()
    await waitFor(() => expect(email()).toHaveFocus())
    expect(bodies).toEqual([])
  })

  it('says how long to wait when throttled', async () => {
    await expectRefused(
      () => apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '3600' }),
      'Too many reset requests for this address. You can ask again in 60 minutes.',
    )
  })

  it('says when SSO is enforced for the address', async () => {
    await expectRefused(
      () =>
        apiError(
          400,
          'sso_enforced',
          'Password reset is disabled because SSO login is enforced for this domain.',
        ),
      /single sign-on \(SSO\)/,
    )
  })

  it('says when the instance cannot send email', async () => {
    await expectRefused(
      () =>
        apiError(
          400,
          'email_not_available',
          'Cannot reset passwords because email is not configured for your instance. Please contact your administrator.',
        ),
      /can't send email.*administrator/,
    )
  })

  it('says when the server failed', async () => {
    await expectRefused(
      () => apiError(500, 'error', 'A server error occurred.'),
      /Something went wrong on our side/,
    )
  })

  it('says when the server cannot be reached', async () => {
    await expectRefused(() => HttpResponse.error(), /couldn't reach the server/)
  })

  it('says so when sending again fails', async () => {
    let calls = 0
    recordRequests(() =>
      ++calls === 1
        ? new HttpResponse(null, { status: 204 })
        : apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '30' }),
    )
    const { user } = await ask()
    await user.click(await screen.findByRole('button', { name: 'Send again' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('ask again in 30 seconds')
  })

  it('starts with the address router state brings (the re-auth dialog), never the URL', async () => {
    renderWithApp(<Navigate to="/reset" state={{ email: 'ada@example.com' }} />, {
      path: '/from',
      routes: [{ path: '/reset', element: <ForgotPasswordPage /> }],
    })
    expect(await screen.findByLabelText('Email')).toHaveValue('ada@example.com')
    expect(window.location.search).toBe('')
  })
})
