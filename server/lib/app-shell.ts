import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, Env, Hono } from 'hono'
import { USER_PRELOAD_LINK, wantsUserPreload } from './user-preload'

/** The parts of Vite's build manifest (dist/.vite/manifest.json) this module reads. */
interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
  isEntry?: boolean
}
type Manifest = Record<string, ManifestChunk>

/**
 * The lazy route module a client-side path renders, as src/app/router.tsx maps them, or null for
 * paths whose page is in the entry chunk or does not exist (the app shows its own not-found).
 */
export function routeModuleFor(path: string): string | null {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (p === '/login') return 'src/app/routes/login.tsx'
  if (/^\/settings\/users\/[^/]+$/.test(p)) return 'src/app/routes/user-detail.tsx'
  const page = /^\/settings\/([a-z-]+)$/.exec(p)?.[1]
  return page ? `src/app/routes/${page}.tsx` : null
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
    ...[...scripts].map((file) => `<link rel="modulepreload" href="/${file}" />`),
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
 * The built app's index.html for a client-side path, with the path's route preloads. It is read
 * again on every request (a rebuild while the server runs is served at once); the manifest and
 * the pages built from it are kept until index.html changes.
 */
export function createAppShell(dir: string) {
  const indexFile = join(dir, 'index.html')
  let html = ''
  let manifest: Manifest = {}
  const pages = new Map<string, string>()
  return {
    /** null while the app is not built. */
    page(path: string): string | null {
      if (!existsSync(indexFile)) return null
      const current = readFileSync(indexFile, 'utf8')
      if (current !== html) {
        html = current
        manifest = readManifest(dir)
        pages.clear()
      }
      const module = routeModuleFor(path)
      if (!module) return html
      let page = pages.get(module)
      if (page === undefined) {
        const tags = routePreloadTags(manifest, module)
        page = tags ? html.replace('</head>', `${tags}</head>`) : html
        pages.set(module, page)
      }
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
    const html = shell.page(c.req.path)
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
    return c.html(html)
  })
}
