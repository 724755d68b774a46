import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Navigate } from 'react-router'
import { apiPaths, loginState, passwordChangedLoginPath } from '../../../config/paths'
import { apiError, countCalls, http, HttpResponse, json, pause, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { LoginPage } from './login-page'
import { announcer } from '../../../testing/announcer'

const settings = { path: '/settings/profile', element: <p>profile page</p> }

async function fillPassword(
  user: ReturnType<typeof renderWithApp>['user'],
  email = 'ada@example.com',
  password = 'secret-password',
) {
  await user.type(screen.getByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

const codeField = () => screen.getByLabelText('Authenticator or backup code')

/**
 * The password step asks for a second factor; /login/token takes 123456 and the backup code
 * k7d2xq4m (after `delay` ms) and records every token it was sent.
 */
function secondFactorAnswers({ delay = 0 }: { delay?: number } = {}) {
  const tokens: string[] = []
  server.use(
    http.post(apiPaths.login, () => apiError(401, '2fa_required', '2FA is required.')),
    http.post(apiPaths.loginToken, async ({ request }) => {
      const { token } = (await request.json()) as { token: string }
      tokens.push(token)
      if (delay) await pause(delay)
      return token === '123456' || token === 'k7d2xq4m'
        ? json({ success: true })
        : apiError(400, '2fa_invalid', 'Invalid authentication code')
    }),
  )
  return tokens
}

/** The sign-in page, with the password step sent and /login answered with `answer`. */
async function signInAnswered(answer: () => Response) {
  server.use(http.post(apiPaths.login, answer))
  const app = renderWithApp(<LoginPage />, { path: '/login' })
  await fillPassword(app.user)
  return app
}

describe('LoginPage', () => {
  it('signs in and goes to the settings', async () => {
    server.use(http.post(apiPaths.login, () => json({ success: true })))
    const { user } = renderWithApp(<LoginPage />, { path: '/login', routes: [settings] })
    await fillPassword(user)
    expect(await screen.findByText('profile page')).toBeInTheDocument()
  })

  it('checks the fields before sending anything', async () => {
    const { user } = renderWithApp(<LoginPage />, { path: '/login' })
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument()
    expect(screen.getByText('Enter your password.')).toBeInTheDocument()
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
  })

  it('explains wrong credentials and keeps what was typed', async () => {
    await signInAnswered(() => apiError(400, 'invalid_credentials', 'Invalid email or password.'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "That email and password don't match an account.",
    )
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com')
  })

  it('says when to retry after a 429', async () => {
    await signInAnswered(() =>
      apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '90' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('You can try again in 2 minutes.')
  })

  it('explains the lockout and a network failure', async () => {
    const { user } = await signInAnswered(() =>
      apiError(403, 'too_many_failed_attempts', 'Too many failed login attempts.'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('locked for 10 minutes')
    server.use(http.post(apiPaths.login, () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
  })

  it('asks for a second factor, then signs in with it: six digits send themselves', async () => {
    const tokens = secondFactorAnswers()
    const { user } = renderWithApp(<LoginPage />, { path: '/login', routes: [settings] })
    await fillPassword(user)
    const heading = await screen.findByRole('heading', { name: 'Two-factor authentication' })
    await waitFor(() => expect(heading).toHaveFocus())
    // Typed: the sixth digit sends the code, no need to press Verify.
    await user.type(codeField(), '111111')
    expect(await screen.findByText(/That code didn't work/)).toBeInTheDocument()
    expect(codeField()).toHaveValue('')
    expect(codeField()).toHaveFocus()
    // Pasted with a space: normalised, then sent at once.
    await user.paste('123 456')
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(tokens).toEqual(['111111', '123456'])
  })

  it('sends a backup code with Verify, not before', async () => {
    const tokens = secondFactorAnswers()
    const { user } = renderWithApp(<LoginPage />, { path: '/login', routes: [settings] })
    await fillPassword(user)
    await user.type(await screen.findByLabelText('Authenticator or backup code'), 'k7d2 xq4m')
    expect(codeField()).toHaveValue('k7d2xq4m')
    expect(tokens).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(tokens).toEqual(['k7d2xq4m'])
  })

  it('sends one request when Verify is pressed as the code sends itself', async () => {
    const tokens = secondFactorAnswers({ delay: 50 })
    const { user } = renderWithApp(<LoginPage />, { path: '/login', routes: [settings] })
    await fillPassword(user)
    await user.type(await screen.findByLabelText('Authenticator or backup code'), '123456')
    await user.click(screen.getByRole('button', { name: /Verif/ }))
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(tokens).toEqual(['123456'])
  })

  it('goes back to the password step when the second step expired', async () => {
    server.use(
      http.post(apiPaths.login, () => apiError(401, '2fa_required', '2FA is required.')),
      http.post(apiPaths.loginToken, () =>
        apiError(400, '2fa_expired', 'Login attempt has expired. Re-enter username/password.'),
      ),
    )
    const { user } = renderWithApp(<LoginPage />, { path: '/login' })
    await fillPassword(user)
    await user.type(await screen.findByLabelText('Authenticator or backup code'), '123456')
    expect(
      await screen.findByText('That sign-in took too long. Enter your email and password again.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
  })

  it('sends one request for a double click', async () => {
    const calls = countCalls('post', apiPaths.login, () =>
      apiError(400, 'invalid_credentials', 'Invalid email or password.'),
    )
    const { user } = renderWithApp(<LoginPage />, { path: '/login' })
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.type(screen.getByLabelText('Password'), 'x')
    await user.dblClick(screen.getByRole('button', { name: 'Sign in' }))
    await screen.findByRole('alert')
    expect(calls.count).toBe(1)
  })

  describe('after the account was deleted', () => {
    const deletedText = 'Your account was deleted and you were signed out.'

    /** The danger zone's navigation: to /login with the notice in router state. */
    function arriveAfterDeletion() {
      return renderWithApp(<Navigate to="/login" replace state={loginState('account-deleted')} />, {
        path: '/settings/danger-zone',
        routes: [{ path: '/login', element: <LoginPage /> }],
      })
    }

    it('says so in a status message, read out, with focus on the heading', async () => {
      const app = arriveAfterDeletion()
      const notice = await screen.findByText(new RegExp(deletedText), { selector: 'p' })
      expect(notice).toBeVisible()
      expect(notice).toHaveAttribute('role', 'status')
      expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus()
      await waitFor(() => expect(announcer()).toHaveTextContent(deletedText))
      expect(app.router.state.location.pathname).toBe('/login')
      expect(app.router.state.location.search).toBe('')
    })

    it('forgets the notice once shown, so a reload shows the plain page', async () => {
      const app = arriveAfterDeletion()
      await screen.findByText(new RegExp(deletedText), { selector: 'p' })
      await waitFor(() => expect(app.router.state.location.state).toBeNull())
      // Still on screen for this visit.
      expect(screen.getByText(new RegExp(deletedText), { selector: 'p' })).toBeVisible()
      app.unmount()
      // A reload starts from what history now holds.
      renderWithApp(<LoginPage />, { path: '/login' })
      expect(screen.queryByText(new RegExp(deletedText))).not.toBeInTheDocument()
    })

    it('ignores router state it does not know', () => {
      renderWithApp(<Navigate to="/login" state={{ loginNotice: 'hacked' }} />, {
        path: '/start',
        routes: [{ path: '/login', element: <LoginPage /> }],
      })
      expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
      expect(screen.queryByText(new RegExp(deletedText))).not.toBeInTheDocument()
    })
  })

  it('links to the forgot-password page', () => {
    renderWithApp(<LoginPage />, { path: '/login' })
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/reset')
  })

  describe('after a password reset', () => {
    const changedText = 'Your password was changed. Sign in with your new password.'

    it('says so, fills in the address from router state and drops the query', async () => {
      const app = renderWithApp(
        <Navigate
          to={passwordChangedLoginPath}
          replace
          state={loginState('password-changed', 'ada@example.com')}
        />,
        { path: '/reset/u/t', routes: [{ path: '/login', element: <LoginPage /> }] },
      )
      const notice = await screen.findByText(changedText, { selector: 'p' })
      expect(notice).toHaveAttribute('role', 'status')
      expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com')
      await waitFor(() => expect(announcer()).toHaveTextContent(changedText))
      await waitFor(() => expect(app.router.state.location.search).toBe(''))
    })

    it('says so after a reload, from the query alone', async () => {
      renderWithApp(<Navigate to={passwordChangedLoginPath} replace />, {
        path: '/start',
        routes: [{ path: '/login', element: <LoginPage /> }],
      })
      expect(await screen.findByText(changedText, { selector: 'p' })).toBeVisible()
      expect(screen.getByLabelText('Email')).toHaveValue('')
    })
  })
})
