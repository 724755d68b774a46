import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import type { User } from '../../contract/user'
import { AppProvider } from '../app/provider'
import { currentUserQuery } from '../lib/current-user'

interface Options {
  /** Preloads the signed-in user, as the settings loader does. */
  user?: User
  path?: string
  /** Extra routes (e.g. the sign-in page a redirect goes to). */
  routes?: { path: string; element: ReactElement }[]
}

/** Renders inside the app's providers and a memory data router, with a fresh QueryClient (no retries). */
export function renderWithApp(ui: ReactElement, { user, path = '/', routes = [] }: Options = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  })
  if (user) queryClient.setQueryData(currentUserQuery.queryKey, user)
  const router = createMemoryRouter(
    [{ path, element: ui }, ...routes, { path: '*', element: <p>elsewhere</p> }],
    {
      initialEntries: [path],
    },
  )
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { ...result, queryClient, router, user: userEvent.setup() }
}
