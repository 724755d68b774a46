import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router'
import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../lib/api-error'
import { server } from '../testing/msw'
import { AppProvider } from './provider'
import { failedPage, pageError, SettingsError, SignedOutNotFound } from './route-states'

const OFFLINE = "We couldn't reach the server. Check your connection and try again."
const chunkFailure = new TypeError('Failed to fetch dynamically imported module: /assets/n-1.js')

function renderRoutes(routes: RouteObject[], path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  render(
    <AppProvider queryClient={new QueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { router, user: userEvent.setup() }
}

/** A stand-in for the settings layout: its navigation and the page's outlet. */
function FakeLayout() {
  return (
    <>
      <nav aria-label="Settings">navigation</nav>
      <main>
        <Outlet />
      </main>
    </>
  )
}

describe("a settings page whose code can't load", () => {
  // What pages.ts makes of a route module whose import() failed.
  const routes = [
    {
      path: '/settings',
      Component: FakeLayout,
      children: [
        {
          id: 'notifications',
          path: 'notifications',
          lazy: async () => ({ Component: failedPage('notifications', chunkFailure) }),
          ErrorBoundary: pageError('notifications'),
        },
      ],
    },
  ]

  it('fails inside the layout: its own title, "couldn\'t reach the server", a retry', async () => {
    renderRoutes(routes, '/settings/notifications')
    const main = await screen.findByRole('main')
    expect(
      await within(main).findByRole('heading', { level: 1, name: 'Notifications' }),
    ).toBeInTheDocument()
    expect(within(main).getByRole('alert')).toHaveTextContent(OFFLINE)
    expect(within(main).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Settings' })).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/Something went wrong/)
  })

  it('stays, and says so again, when the retry finds the server still unreachable', async () => {
    server.use(http.head('*', () => HttpResponse.error()))
    const { user } = renderRoutes(routes, '/settings/notifications')
    await user.click(await screen.findByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(OFFLINE))
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveTextContent(OFFLINE)
  })
})

describe("a settings page whose data can't load", () => {
  it('fails inside the layout too, and its retry runs the loader again', async () => {
    let down = true
    const { user } = renderRoutes(
      [
        {
          path: '/settings',
          Component: FakeLayout,
          children: [
            {
              id: 'twoFactor',
              path: 'two-factor',
              loader: () => {
                if (down) throw new NetworkError()
                return null
              },
              Component: () => <h1>Two-factor page</h1>,
              ErrorBoundary: pageError('twoFactor'),
            },
          ],
        },
      ],
      '/settings/two-factor',
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two-factor authentication' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(OFFLINE)
    down = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Two-factor page' })).toBeInTheDocument()
  })
})

describe('the settings layout when the user could not be loaded', () => {
  const routes = (loader: () => unknown) => [
    {
      path: '/settings',
      id: 'settings',
      loader,
      Component: FakeLayout,
      ErrorBoundary: SettingsError,
      children: [{ id: 'email', path: 'email', Component: () => <h1>Email page</h1> }],
    },
  ]

  it("keeps the header and navigation, titled by the page, saying the server can't be reached", async () => {
    renderRoutes(
      routes(() => {
        throw new NetworkError()
      }),
      '/settings/email',
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Email' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(OFFLINE)
    expect(screen.getByRole('link', { name: 'Account settings' })).toHaveAttribute(
      'href',
      '/settings/profile',
    )
    const nav = screen.getByRole('navigation', { name: 'Settings' })
    expect(within(nav).getByRole('link', { name: 'Email' })).toHaveAttribute('aria-current', 'page')
    // Staff-only links need the user, who is not known.
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/Something went wrong/)
  })

  it('loads the page on retry once the server answers', async () => {
    let down = true
    const { user } = renderRoutes(
      routes(() => {
        if (down) throw new NetworkError()
        return null
      }),
      '/settings/email',
    )
    await user.click(await screen.findByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(OFFLINE)
    down = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Email page' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says the server went wrong only when it answered so', async () => {
    renderRoutes(
      routes(() => {
        throw new ApiError(500, 'server_error', 'error', 'A server error occurred.', null)
      }),
      '/settings/email',
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. Try again in a moment.',
    )
  })
})

describe('an unknown address, signed out', () => {
  it('offers the way to sign in', async () => {
    renderRoutes([{ path: '*', Component: SignedOutNotFound }], '/nowhere')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to sign-in' })).toHaveAttribute('href', '/login')
  })
})
