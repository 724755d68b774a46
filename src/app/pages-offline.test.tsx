import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { pages, settingsRoutes } from './pages'
import { AppProvider } from './provider'

// The page's module fails to load. (Vitest rewords the error, so the wording per kind of failure
// is tested in error-message.test.ts and route-states.test.tsx; this is the registry's wiring.)
vi.mock('./routes/notifications.tsx', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/notifications-1.js')
})

function Frame() {
  return (
    <>
      <nav aria-label="Settings">navigation</nav>
      <main>
        <Outlet />
      </main>
    </>
  )
}

describe("the page registry, when a page's chunk can't load", () => {
  it('fails inside the layout with its title and a retry, not a blank page area', async () => {
    const queryClient = new QueryClient()
    const router = createMemoryRouter(
      [{ path: '/settings', Component: Frame, children: settingsRoutes(queryClient) }],
      { initialEntries: [pages.notifications.path] },
    )
    render(
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>,
    )
    const main = await screen.findByRole('main')
    expect(
      await within(main).findByRole('heading', { level: 1, name: 'Notifications' }),
    ).toBeInTheDocument()
    expect(within(main).getByRole('alert')).toBeInTheDocument()
    expect(within(main).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Settings' })).toBeInTheDocument()
  })
})
