import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Suspense, type ComponentType } from 'react'
import { renderToString } from 'react-dom/server'
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type RouteObject,
} from 'react-router'
import { exampleUser } from '../contract/example-user'
import { LOCALES, PSEUDO_LOCALE, type Locale } from '../contract/locales'
import { userSchema } from '../contract/user'
import { entryScopes, loadCatalogue } from './app/catalogues'
import { Layout } from './app/layout'
import { pages, type Page } from './app/pages'
import { AppProvider } from './app/provider'
import { appStrings } from './app/strings'
import { Skeleton } from './components/skeleton'
import { routes } from './config/paths'
import { currentUserQuery } from './lib/current-user'
import { i18n } from './lib/i18n'

/**
 * Build-time only (scripts/prerender.ts runs it in Node after `vite build`): each route's shell
 * rendered to HTML in each language, so the first paint needs neither the JS nor the user
 * (docs/decisions/0013-prerendered-shells.md). It renders the app's own components, the settings
 * layout and the route modules, so the shell follows them: the sections' data never arrives here,
 * so each shows its heading, intro and skeleton, as in the browser while it loads.
 */

/**
 * What is not known at build time: the user's name is blank (one figure space keeps its line).
 * It sits at the end of the header's row, so the name that replaces it moves nothing else; a
 * wider blank would only be cut short with an ellipsis on a phone (shell.css).
 */
export const NAME_PLACEHOLDER = '\u2007'

const placeholderUser = userSchema.parse({
  ...exampleUser,
  first_name: NAME_PLACEHOLDER,
  last_name: '',
  email: '',
  // The staff-only link is left out: staff see it added at the end of the navigation.
  is_staff: false,
})

type RouteModule = { Component: ComponentType }
const routeModules = import.meta.glob<RouteModule>(
  ['./app/routes/*.tsx', '!./app/routes/*.test.tsx'],
  { eager: true },
)

export interface ShellRoute {
  /** The route module's name, which is also how the server finds the file (`routeModuleFor`). */
  name: string
  /** A URL the route matches. */
  url: string
  /** The feature folders whose catalogues it needs. */
  features: string[]
}

/** Sign-in, the password reset pages and every page of the registry (`src/app/pages.ts`). */
export const shellRoutes: ShellRoute[] = [
  { name: 'login', url: routes.login, features: ['auth'] },
  { name: 'reset', url: routes.forgotPassword, features: ['password-reset'] },
  { name: 'reset-password', url: '/reset/_/_', features: ['password-reset', 'password'] },
  ...Object.values<Page>(pages).map((page) => {
    const name = page.module ?? page.path.split('/').at(-1)!
    const features = typeof page.feature === 'string' ? [page.feature] : (page.feature ?? [name])
    return { name, url: page.path.replace(/:[a-z]+/g, '_'), features }
  }),
]

export const shellLocales: Locale[] = [...LOCALES, PSEUDO_LOCALE]

function component(name: string): ComponentType {
  const module = routeModules[`./app/routes/${name}.tsx`]
  if (!module) throw new Error(`No route module src/app/routes/${name}.tsx`)
  return module.Component
}

/**
 * The page's own client: its requests never answer here, so its sections render their loading
 * state. With `withUser`, the user is known to the page too (see `renderRoute`).
 */
function pageClient(withUser: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  if (withUser) client.setQueryData(currentUserQuery.queryKey, placeholderUser)
  return client
}

const PAGE_PENDING = '<template data-page-pending="true"></template>'

/** A page that waits for its data as a whole: a card-shaped skeleton below the intro. */
const pageSkeleton = () =>
  renderToString(
    <div className="card">
      <Skeleton label={appStrings.loading} />
    </div>,
  )

async function renderTree(route: ShellRoute, withUser: boolean): Promise<string> {
  const queryClient = new QueryClient()
  queryClient.setQueryData(currentUserQuery.queryKey, placeholderUser)
  const Page = component(route.name)
  const page = (
    <Suspense fallback={<template data-page-pending />}>
      <QueryClientProvider client={pageClient(withUser)}>
        <Page />
      </QueryClientProvider>
    </Suspense>
  )
  // A data router, as in the browser (pages read its navigation state), with no loaders: the
  // layout's user is the placeholder above.
  const tree: RouteObject[] = [
    { path: routes.login, element: page },
    { path: routes.forgotPassword, element: page },
    { path: routes.resetPassword, element: page },
    { path: routes.settings, element: <Layout />, children: [{ path: '*', element: page }] },
  ]
  const handler = createStaticHandler(tree)
  const context = await handler.query(new Request(new URL(route.url, 'http://prerender')))
  if (context instanceof Response) throw new Error(`${route.url} answered ${context.status}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToString(
    <AppProvider queryClient={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProvider>,
  )
}

/**
 * Most pages' sections load on their own (SectionCard: heading, intro, skeleton). A page whose
 * content reads the user outside such a section (password, danger zone) would suspend as a
 * whole here, where the user is unknown: it is rendered with the placeholder user instead, and
 * everything after its intro becomes a skeleton, so no made-up state is shown.
 */
async function renderRoute(route: ShellRoute): Promise<string> {
  const html = await renderTree(route, false)
  if (!html.includes(PAGE_PENDING)) return html
  const framed = (await renderTree(route, true)).replace(
    /(<p class="page-intro">[\s\S]*?<\/p>)[\s\S]*?(<\/main>)/,
    (_, intro: string, end: string) => intro + pageSkeleton() + end,
  )
  if (!framed.includes(`<p class="page-intro">`) || framed.includes(PAGE_PENDING))
    throw new Error(`The ${route.name} shell has no page intro to put its skeleton under`)
  return framed
}

async function activateLocale(locale: Locale) {
  if (locale !== 'en') {
    const scopes = new Set([...entryScopes, ...shellRoutes.flatMap((route) => route.features)])
    for (const scope of scopes) i18n.load(locale, await loadCatalogue(scope, locale))
  }
  i18n.activate(locale)
}

export interface Shell {
  locale: Locale
  route: string
  /** The markup of #root. */
  html: string
}

/** Every route's shell in every language. */
export async function renderShells(): Promise<Shell[]> {
  const realFetch = globalThis.fetch
  // Requests from the rendered components (the sections' queries) stay pending.
  globalThis.fetch = () => new Promise<Response>(() => {})
  try {
    await activateLocale('en')
    // The first render starts the layout's lazy parts (the re-auth dialog); once they have
    // loaded, the next renders include them, as the browser's first render after loading does.
    // Rendered again until they have, however long a busy machine takes (at most 10 s).
    for (let attempt = 1; ; attempt++) {
      try {
        await renderRoute(shellRoutes.find((route) => route.name === 'profile')!)
        break
      } catch (error) {
        if (attempt >= 200) throw error
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    const shells: Shell[] = []
    for (const locale of shellLocales) {
      await activateLocale(locale)
      for (const route of shellRoutes)
        shells.push({ locale, route: route.name, html: await renderRoute(route) })
    }
    return shells
  } finally {
    globalThis.fetch = realFetch
  }
}
