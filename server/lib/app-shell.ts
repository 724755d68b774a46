import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, Env, Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import {
  LOCALE_COOKIE,
  acceptedLanguages,
  directionOf,
  pickLocale,
  type Locale,
} from '../../contract/locales'
import { USER_PRELOAD_LINK, wantsUserPreload } from './user-preload'

/** The parts of Vite's build manifest (dist/.vite/manifest.json) this module reads. */
interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
  isEntry?: boolean
  isDynamicEntry?: boolean
}
type Manifest = Record<string, ManifestChunk>

/**
 * The lazy route module a client-side path renders, as src/app/router.tsx maps them, or null for
 * paths whose page is in the entry chunk or does not exist (the app shows its own not-found).
 */
export function routeModuleFor(path: string): string | null {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (p === '/login') return 'src/app/routes/login.tsx'
  // PostHog's password reset pages: ask for the link, and the link the mail carries.
  if (p === '/reset') return 'src/app/routes/reset.tsx'
  if (/^\/reset\/[^/]+\/[^/]+$/.test(p)) return 'src/app/routes/reset-password.tsx'
  if (/^\/settings\/users\/[^/]+$/.test(p)) return 'src/app/routes/user-detail.tsx'
  const page = /^\/settings\/([a-z-]+)$/.exec(p)?.[1]
  return page ? `src/app/routes/${page}.tsx` : null
}

/** The catalogue scopes in the entry chunk (src/app/catalogues.ts `entryScopes`). */
const ENTRY_SCOPES = ['shell', 'auth', 'profile']

/** Route modules not named like their feature folder, or with more than one (as src/app/pages.ts). */
const FEATURES_OF: Record<string, string[]> = {
  'user-detail': ['users'],
  // The passkey sign-in's chunk loads with the page (src/app/passkey-slots.ts).
  login: ['auth', 'passkey-sign-in'],
  reset: ['password-reset'],
  'reset-password': ['password-reset', 'password'],
  'two-factor': ['two-factor', 'passkeys'],
}

/**
 * The feature folders whose catalogues a route module needs, as src/app/pages.ts maps them: the
 * module's own name, but for those in FEATURES_OF.
 */
export function routeFeatures(module: string | null): string[] {
  const name = module && /\/routes\/([a-z-]+)\.tsx$/.exec(module)?.[1]
  if (!name) return []
  return FEATURES_OF[name] ?? [name]
}

/** The lazy map of the catalogues' chunks (src/app/catalogue-files.ts). */
const CATALOGUE_FILES = 'src/app/catalogue-files.ts'

/** The manifest key of a scope's catalogue in a locale (English is bundled with its code). */
const catalogueKey = (scope: string, locale: Locale) =>
  scope === 'shell' ? `src/lib/locales/${locale}.po` : `src/features/${scope}/locales/${locale}.po`

/**
 * `<link rel="modulepreload">` for the catalogues the page needs in `locale`, so they download
 * with the entry instead of after it (main.tsx awaits them before the first render).
 */
export function cataloguePreloadTags(
  manifest: Manifest,
  locale: Locale,
  module: string | null,
): string {
  if (locale === 'en') return ''
  const scopes = new Set([...ENTRY_SCOPES, ...routeFeatures(module)])
  // The map of the catalogues' chunks first: the entry imports it before any of them.
  return [CATALOGUE_FILES, ...[...scopes].map((scope) => catalogueKey(scope, locale))]
    .map((key) => manifest[key]?.file)
    .filter(Boolean)
    .map((file) => `<link rel="modulepreload" fetchpriority="low" href="/${file}" />`)
    .join('')
}

/** The page's language: the remembered choice, else the browser's (`Accept-Language`), else en. */
export function requestLocale(cookie: string | undefined, acceptLanguage: string | undefined) {
  return pickLocale(cookie, acceptedLanguages(acceptLanguage))
}

/** `<html lang dir data-locale>`: index.html's script then leaves the language alone. */
function stampLanguage(html: string, locale: Locale): string {
  return html.replace(
    /<html[^>]*>/,
    `<html lang="${locale}" dir="${directionOf(locale)}" data-locale="${locale}">`,
  )
}

/** Files the entry script loads by itself: preloading them again would be noise. */
function entryFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    chunk.imports?.forEach(visit)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  return files
}

/**
 * `<link>` tags that fetch a route's code and styles with the HTML, in parallel with the entry
 * script, instead of after it has run and asked the router for the page: one round trip fewer
 * before a lazy page shows. Empty when the route is part of the entry chunk.
 */
export function routePreloadTags(manifest: Manifest, module: string): string {
  const skip = entryFiles(manifest)
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || skip.has(chunk.file) || scripts.has(chunk.file)) return
    scripts.add(chunk.file)
    chunk.css?.forEach((file) => styles.add(file))
    chunk.imports?.forEach(visit)
  }
  visit(module)
  return [
    ...[...scripts].map(
      (file) => `<link rel="modulepreload" fetchpriority="low" href="/${file}" />`,
    ),
    // A stylesheet link, not a preload: Vite's loader for the route finds it and adds no other.
    ...[...styles].map((file) => `<link rel="stylesheet" href="/${file}" />`),
  ].join('')
}

function readManifest(dir: string): Manifest {
  const file = join(dir, '.vite', 'manifest.json')
  if (!existsSync(file)) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest
  } catch {
    return {}
  }
}

/**
 * The name of the prerendered shell for a path (scripts/prerender.ts writes one per route module
 * and language): the route module's, or the profile's for the paths that redirect to it.
 */
export function shellNameFor(path: string): string | null {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (p === '/' || p === '/settings') return 'profile'
  return /\/routes\/([a-z-]+)\.tsx$/.exec(routeModuleFor(p) ?? '')?.[1] ?? null
}

/** A file's text, or null when it is not there. */
function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

/**
 * The page for a client-side path in a language: the route's prerendered shell in that language
 * (docs/decisions/0013-prerendered-shells.md), else the built index.html (a path with no page,
 * or a build without shells), stamped with the language, with the path's route and catalogue
 * preloads. Both files are read again on every request (a rebuild while the server runs is
 * served at once); the manifest and the pages built from them are kept until they change.
 */
export function createAppShell(dir: string) {
  const indexFile = join(dir, 'index.html')
  let html = ''
  let manifest: Manifest = {}
  const pages = new Map<string, { source: string; page: string }>()
  return {
    /** null while the app is not built. */
    page(path: string, locale: Locale = 'en'): string | null {
      const current = readIfThere(indexFile)
      if (current === null) return null
      if (current !== html) {
        html = current
        manifest = readManifest(dir)
        pages.clear()
      }
      const module = routeModuleFor(path)
      const shell = shellNameFor(path)
      const source =
        (shell && readIfThere(join(dir, 'prerendered', locale, `${shell}.html`))) ?? html
      const key = `${module}|${shell}|${locale}`
      const cached = pages.get(key)
      if (cached?.source === source) return cached.page
      const tags =
        (module ? routePreloadTags(manifest, module) : '') +
        cataloguePreloadTags(manifest, locale, module)
      const page = stampLanguage(
        tags ? source.replace('</head>', `${tags}</head>`) : source,
        locale,
      )
      pages.set(key, { source, page })
      return page
    },
  }
}

/**
 * Serves the built app from `dir`: hashed assets with a long cache, files by name, and the shell
 * (index.html) for every other GET so client-side routes load. `prepare` runs before the shell
 * is sent (cookies, redirects); a response it returns is sent instead.
 */
export function serveApp<E extends Env>(
  app: Hono<E>,
  dir: string,
  prepare: (c: Context<E>) => Response | undefined,
) {
  const shell = createAppShell(dir)
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  const files = serveStatic({ root: dir })
  // Only paths that name a file go to the file server; every other path is a client-side route.
  app.use('/*', (c, next) => (/\/[^/]+\.[a-z0-9]+$/i.test(c.req.path) ? files(c, next) : next()))
  app.get('/*', (c) => {
    const locale = requestLocale(getCookie(c, LOCALE_COOKIE), c.req.header('Accept-Language'))
    const html = shell.page(c.req.path, locale)
    if (html === null) {
      return c.text(
        'The app is not built yet: run `npm run build` (npm start does it for you).',
        503,
      )
    }
    const early = prepare(c)
    if (early) return early
    if (wantsUserPreload(c.req.path)) c.header('Link', USER_PRELOAD_LINK)
    c.header('Cache-Control', 'no-cache')
    c.header('Vary', 'Cookie, Accept-Language')
    return c.html(html)
  })
}
