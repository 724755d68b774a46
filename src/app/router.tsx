import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect } from 'react-router'
import { loginPath, routes } from '../config/paths'
import { setSignedOutHandler } from '../lib/query-client'
import { requireUser } from './auth-loaders'
import { Layout } from './layout'
import { loginPage, settingsRoutes } from './pages'
import { NotFound, RouteError, SettingsNotFound } from './route-states'

export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    { path: '/', loader: () => redirect(routes.profile) },
    {
      path: loginPage.path,
      lazy: loginPage.lazy,
      ErrorBoundary: RouteError,
    },
    {
      path: routes.settings,
      id: 'settings',
      loader: requireUser(queryClient),
      Component: Layout,
      ErrorBoundary: RouteError,
      HydrateFallback: () => null,
      children: [
        { index: true, loader: () => redirect(routes.profile) },
        ...settingsRoutes(queryClient),
        { path: '*', Component: SettingsNotFound },
      ],
    },
    { path: '*', Component: NotFound },
  ])

  // Any request answered 401 means the session is gone: sign in again and come back here.
  setSignedOutHandler(() => {
    // While loaders run they redirect to sign-in themselves, with the right `next`.
    if (!router.state.initialized || router.state.navigation.state !== 'idle') return
    const { pathname, search } = router.state.location
    if (pathname === routes.login) return
    queryClient.clear()
    void router.navigate(loginPath(pathname + search), { replace: true })
  })
  return router
}
