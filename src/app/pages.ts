import type { QueryClient } from '@tanstack/react-query'
import type { LazyRouteFunction, LoaderFunction, RouteObject } from 'react-router'
import { routes } from '../config/paths'
import { withCatalogues } from './catalogues'
import {
  appearanceData,
  sessionsData,
  twoFactorData,
  userDetailData,
  usersListData,
} from './page-data'
import { failedPage, pageError } from './route-states'
import { appStrings } from './strings'

/** A route module: `routes/<name>.tsx`, exporting `Component`. */
type RouteModule = Pick<RouteObject, 'Component'>

// Lazy: each module is its own chunk, loaded when its page is first visited. Only login and
// profile are in the entry chunk (`firstPageModules`, `vite.config.ts`).
const routeModules = import.meta.glob<RouteModule>(['./routes/*.tsx', '!./routes/*.test.tsx'])

/**
 * The route module named `name`, fetched with its feature's catalogue (the feature folder of the
 * same name unless `feature` says otherwise); a name without a file fails as soon as the app loads.
 */
function routeModule(
  name: string,
  feature: string | string[] = name,
): LazyRouteFunction<RouteObject> {
  const load = routeModules[`./routes/${name}.tsx`]
  if (!load) throw new Error(`No route module src/app/routes/${name}.tsx`)
  return withCatalogues(load, typeof feature === 'string' ? [feature] : feature)
}

/**
 * A settings page, declared once under its key in `pages`: the router (`router.tsx`) makes its
 * route, the side navigation (`layout.tsx`) its link, and `PageFrame` (`page-frame.tsx`) its
 * `<title>` and `<h1>`. The key names its strings: the title is `appStrings.titles[key]` (every
 * title needs a page and every page a title: `satisfies` below), the navigation label
 * `appStrings.nav[key]` when shorter than the title (`strings.ts`).
 */
export interface Page {
  /** The URL pattern, under `routes.settings` (the router nests it as it is). */
  path: string
  /** Linked in the side navigation (in this order). */
  nav?: true
  /** The link is shown to staff only (the loader still guards the page). */
  staffOnly?: boolean
  /** Starts the page's own requests with its code (`page-data.ts`); the layout loads the user. */
  loader?: (queryClient: QueryClient) => LoaderFunction
  /**
   * The route module's name when it is not the last segment of `path`. The server finds the
   * module to preload by the same rule (`routeModuleFor`, `server/lib/app-shell.ts`).
   */
  module?: string
  /** The feature folders whose catalogues the page needs, when not only the one named like its module. */
  feature?: string | string[]
}

/** A route module frames itself with its key: `<PageFrame page="profile" intro={…}>`. */
export const pages = {
  profile: { path: routes.profile, nav: true },
  email: { path: routes.email, nav: true },
  password: { path: routes.password, nav: true },
  // The passkeys section sits under the authenticator app's (src/app/routes/two-factor.tsx).
  twoFactor: {
    path: routes.twoFactor,
    nav: true,
    loader: twoFactorData,
    feature: ['two-factor', 'passkeys'],
  },
  sessions: { path: routes.sessions, nav: true, loader: sessionsData },
  // No prefetching loader: its queries would bring contract/personal-api-keys.ts (the scope lists)
  // into the entry chunk, over the first page's budget. The page loads the list itself.
  personalApiKeys: { path: routes.personalApiKeys, nav: true },
  notifications: { path: routes.notifications, nav: true },
  appearance: { path: routes.appearance, nav: true, loader: appearanceData },
  dangerZone: { path: routes.dangerZone, nav: true },
  users: { path: routes.users, nav: true, staffOnly: true, loader: usersListData },
  user: {
    path: `${routes.users}/:uuid`,
    module: 'user-detail',
    feature: 'users',
    loader: userDetailData,
  },
} satisfies Record<keyof typeof appStrings.titles, Page>

export type PageKey = keyof typeof pages

/** Sign-in: outside the settings layout; the page renders its own title and heading. */
export const loginPage = { path: routes.login, lazy: routeModule('login', 'auth') }

/**
 * PostHog's password reset pages, outside the layout like sign-in and open to a signed-in
 * visitor too. The reset page shows the password page's strength meter, so it needs that
 * feature's catalogue as well.
 */
export const forgotPasswordPage = {
  path: routes.forgotPassword,
  lazy: routeModule('reset', 'password-reset'),
}
export const resetPasswordPage = {
  path: routes.resetPassword,
  lazy: routeModule('reset-password', ['password-reset', 'password']),
}

/**
 * A page's module that could not load (the network is down): the page shows why, inside the
 * layout. Resolving rather than rejecting matters: React Router 7 renders nothing below a route
 * whose `lazy` rejected, not even its ErrorBoundary (`_renderMatches` stops at a route that still
 * has `lazy`), so the page area would stay blank.
 */
function orFailedPage(key: PageKey, lazy: LazyRouteFunction<RouteObject>) {
  return async () => {
    try {
      return await lazy()
    } catch (error) {
      return { Component: failedPage(key, error) }
    }
  }
}

/**
 * The settings layout's child routes for the pages, each with its key as its id (the layout's
 * error element reads it for the title) and its own error element, so a page whose code or data
 * can't load fails inside the layout, with the header and navigation still there.
 */
export function settingsRoutes(queryClient: QueryClient): RouteObject[] {
  return (Object.entries(pages) as [PageKey, Page][]).map(([key, page]) => ({
    id: key,
    path: page.path,
    loader: page.loader?.(queryClient),
    lazy: orFailedPage(key, routeModule(page.module ?? page.path.split('/').at(-1)!, page.feature)),
    ErrorBoundary: pageError(key),
  }))
}
