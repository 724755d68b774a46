import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, useLoaderData } from 'react-router'
import type { User } from '../../contract/user'
import { loginPath, routes } from '../config/paths'
import { currentUserQuery } from '../lib/current-user'
import { setSignedOutHandler } from '../lib/query-client'
import { requireUser } from './auth-loaders'
import { Layout } from './layout'
import { forgotPasswordPage, loginPage, resetPasswordPage, settingsRoutes } from './pages'
import { RouteError, SettingsError, SettingsNotFound, SignedOutNotFound } from './route-states'

type Router = ReturnType<typeof createBrowserRouter>

/** The user when signed in, else null (signed out, or the server can't be reached). */
const optionalUser = (queryClient: QueryClient) => async (): Promise<User | null> =>
  queryClient.ensureQueryData(currentUserQuery).catch(() => null)

/** An unknown address: inside the settings frame when signed in, else a page of its own. */
function UnknownPathFrame() {
  return useLoaderData<User | null>() ? <Layout /> : <SignedOutNotFound />
}

const UNKNOWN_PATH = 'unknown-path'

/** A page only a signed-in user sees: a settings page, or an unknown address inside the frame. */
function showsSignedInPage({ matches, loaderData }: Router['state']): boolean {
  return matches.some(
    ({ route }) =>
      route.id === 'settings' || (route.id === UNKNOWN_PATH && !!loaderData[UNKNOWN_PATH]),
  )
}

export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    { path: '/', loader: () => redirect(routes.profile) },
    ...[loginPage, forgotPasswordPage, resetPasswordPage].map((page) => ({
      path: page.path,
      lazy: page.lazy,
      ErrorBoundary: RouteError,
    })),
    {
      path: routes.settings,
      id: 'settings',
      loader: requireUser(queryClient),
      Component: Layout,
      ErrorBoundary: SettingsError,
      HydrateFallback: () => null,
      children: [
        { index: true, loader: () => redirect(routes.profile) },
        ...settingsRoutes(queryClient),
        { path: '*', Component: SettingsNotFound },
      ],
    },
    {
      // Outside /settings the layout's Outlet shows the same "Page not found" as inside.
      id: UNKNOWN_PATH,
      loader: optionalUser(queryClient),
      Component: UnknownPathFrame,
      ErrorBoundary: RouteError,
      HydrateFallback: () => null,
      children: [{ path: '*', Component: SettingsNotFound }],
    },
  ])

  // Any request answered 401 means the session is gone: sign in again and come back here.
  setSignedOutHandler(function signedOut() {
    // While loaders run they redirect to sign-in themselves, with the right `next`; a page's own
    // request that its loader started without waiting (page-data.ts) is seen once they are done.
    if (!router.state.initialized || router.state.navigation.state !== 'idle') {
      const stop = router.subscribe((state) => {
        if (!state.initialized || state.navigation.state !== 'idle') return
        stop()
        signedOut()
      })
      return
    }
    // Signed out already (sign-in, a reset page, a signed-out "Page not found"): nothing to do.
    if (!showsSignedInPage(router.state)) return
    const { pathname, search } = router.state.location
    queryClient.clear()
    void router.navigate(loginPath(pathname + search), { replace: true })
  })
  return router
}
