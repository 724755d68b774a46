import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect } from 'react-router'
import { loginPath, routes } from '../config/paths'
import { setSignedOutHandler } from '../lib/query-client'
import { requireUser } from './auth-loaders'
import { Layout } from './layout'
import { appearanceData, twoFactorData, userDetailData, usersListData } from './page-data'
import { NotFound, RouteError, SettingsNotFound } from './route-states'

export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    { path: '/', loader: () => redirect(routes.profile) },
    {
      path: routes.login,
      lazy: () => import('./routes/login'),
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
        { path: 'profile', lazy: () => import('./routes/profile') },
        { path: 'email', lazy: () => import('./routes/email') },
        { path: 'password', lazy: () => import('./routes/password') },
        {
          path: 'two-factor',
          loader: twoFactorData(queryClient),
          lazy: () => import('./routes/two-factor'),
        },
        { path: 'notifications', lazy: () => import('./routes/notifications') },
        {
          path: 'appearance',
          loader: appearanceData(queryClient),
          lazy: () => import('./routes/appearance'),
        },
        { path: 'danger-zone', lazy: () => import('./routes/danger-zone') },
        { path: 'users', loader: usersListData(queryClient), lazy: () => import('./routes/users') },
        {
          path: 'users/:uuid',
          loader: userDetailData(queryClient),
          lazy: () => import('./routes/user-detail'),
        },
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
