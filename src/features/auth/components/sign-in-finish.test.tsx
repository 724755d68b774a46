import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Navigate, redirect, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { AppProvider } from '../../../app/provider'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, json, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { LoginPage } from './login-page'

/** The sign-in page, whose next page's loader waits until `release()` (a slow /api/users/@me). */
function renderWithSlowNextPage({ backToLogin = false } = {}) {
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage productName="Account settings" /> },
      {
        path: '/settings/profile',
        loader: () => gate.then(() => (backToLogin ? redirect('/login') : null)),
        element: <h1>Profile</h1>,
      },
    ],
    { initialEntries: ['/login'] },
  )
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { router, release: () => release(), user: userEvent.setup() }
}

async function submit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.type(screen.getByLabelText('Password'), 'secret-password')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('signing in', () => {
  it('says "Signing in…" until the next page is on screen, not only until /api/login answers', async () => {
    server.use(http.post(apiPaths.login, () => json({ success: true })))
    const { router, release, user } = renderWithSlowNextPage()
    await submit(user)
    await waitFor(() => expect(router.state.navigation.state).toBe('loading'))
    expect(screen.getByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-busy', 'true')
    release()
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument()
  })

  it('offers Sign in again when the next page sends the visitor back', async () => {
    server.use(http.post(apiPaths.login, () => json({ success: true })))
    const { router, release, user } = renderWithSlowNextPage({ backToLogin: true })
    await submit(user)
    await waitFor(() => expect(router.state.navigation.state).toBe('loading'))
    release()
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument()
  })

  it('shows the product name above the heading, its mark adding no words', () => {
    renderWithSlowNextPage()
    const name = screen.getByText('Account settings')
    expect(name).toHaveClass('product-mark')
    expect(name).toHaveTextContent(/^Account settings$/)
    expect(name.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
})

describe('a failed sign-in', () => {
  it('moves focus to the message, also when the same one comes twice', async () => {
    server.use(
      http.post(apiPaths.login, () =>
        apiError(400, 'invalid_credentials', 'Invalid email or password.'),
      ),
    )
    const { user } = renderWithApp(<LoginPage />, { path: '/login' })
    await submit(user)
    const message = await screen.findByRole('alert')
    await waitFor(() => expect(message).toHaveFocus())
    expect(message).toHaveTextContent("That email and password don't match an account.")
    // Enter in the password field: the new message gets focus again, never <body>.
    await user.click(screen.getByLabelText('Password'))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus())
  })

  it('moves focus to the message when the server cannot be reached', async () => {
    server.use(http.post(apiPaths.login, () => HttpResponse.error()))
    const { user } = renderWithApp(<LoginPage />, { path: '/login' })
    await submit(user)
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(screen.getByRole('alert')).toHaveFocus()
    expect(document.body).not.toHaveFocus()
  })
})

describe('/login?account=deleted', () => {
  /** Opens `url` as a link or the danger zone's full page load would. */
  const arriveAt = (url: string) =>
    renderWithApp(<Navigate to={url} replace />, {
      path: '/start',
      routes: [{ path: '/login', element: <LoginPage /> }],
    })

  it('says the account was deleted, then drops the word from the address', async () => {
    const app = arriveAt('/login?account=deleted')
    const notice = await screen.findByText(/Your account was deleted/, { selector: 'p' })
    expect(notice).toHaveAttribute('role', 'status')
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus()
    await waitFor(() => expect(app.router.state.location.search).toBe(''))
    expect(notice).toBeVisible()
  })

  it('says nothing for another value', () => {
    arriveAt('/login?account=hacked')
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    expect(screen.queryByText(/Your account was deleted/)).not.toBeInTheDocument()
  })
})
