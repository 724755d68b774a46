import type { QueryClient } from '@tanstack/react-query'
import type { LazyRouteFunction, LoaderFunction, RouteObject } from 'react-router'
import { routes } from '../config/paths'
import { appearanceData, twoFactorData, userDetailData, usersListData } from './page-data'
import { appStrings } from './strings'

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
   * The route module (`routes/<segment>.tsx`, exporting `Component`). Its file name is the last
   * segment of `path`: the server finds the module to preload by it (`routeModuleFor`,
   * `server/lib/app-shell.ts`). Keep it lazy: only login and profile are in the entry chunk
   * (`firstPageModules`, `vite.config.ts`).
   */
  lazy: LazyRouteFunction<RouteObject>
}

/** A route module frames itself with its key: `<PageFrame page="profile" intro={…}>`. */
export const pages = {
  profile: {
    path: routes.profile,
    nav: true,
    lazy: () => import('./routes/profile'),
  },
  email: {
    path: routes.email,
    nav: true,
    lazy: () => import('./routes/email'),
  },
  password: {
    path: routes.password,
    nav: true,
    lazy: () => import('./routes/password'),
  },
  twoFactor: {
    path: routes.twoFactor,
    nav: true,
    loader: twoFactorData,
    lazy: () => import('./routes/two-factor'),
  },
  notifications: {
    path: routes.notifications,
    nav: true,
    lazy: () => import('./routes/notifications'),
  },
  appearance: {
    path: routes.appearance,
    nav: true,
    loader: appearanceData,
    lazy: () => import('./routes/appearance'),
  },
  dangerZone: {
    path: routes.dangerZone,
    nav: true,
    lazy: () => import('./routes/danger-zone'),
  },
  users: {
    path: routes.users,
    nav: true,
    staffOnly: true,
    loader: usersListData,
    lazy: () => import('./routes/users'),
  },
  user: {
    path: `${routes.users}/:uuid`,
    loader: userDetailData,
    lazy: () => import('./routes/user-detail'),
  },
} satisfies Record<keyof typeof appStrings.titles, Page>

export type PageKey = keyof typeof pages

/** Sign-in: outside the settings layout; the page renders its own title and heading. */
export const loginPage = { path: routes.login, lazy: () => import('./routes/login') }

/** The settings layout's child routes for the pages. */
export function settingsRoutes(queryClient: QueryClient): RouteObject[] {
  return Object.values<Page>(pages).map((page) => ({
    path: page.path,
    loader: page.loader?.(queryClient),
    lazy: page.lazy,
  }))
}
