import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'
import { directionOf, type Locale } from '../contract/locales'
import { linguiPlugins } from '../lingui.vite.ts'

/**
 * Prerendered shells (docs/decisions/0013-prerendered-shells.md): after the browser build, an SSR
 * build of src/prerender.tsx renders every route's shell in every language, and each is written
 * into a copy of the built index.html as `<outDir>/prerendered/<locale>/<route>.html`, which
 * server/lib/app-shell.ts serves for that route and language.
 */

const root = resolve(import.meta.dirname, '..')

/** What src/prerender.tsx renders (it runs in Node, built by Vite: no type crosses over). */
export interface Shell {
  locale: Locale
  route: string
  html: string
}

/** The built index.html around a shell: the page's title, its language, and #root filled. */
export function shellPage(index: string, shell: Shell): string {
  const title = /<title>[\s\S]*?<\/title>/.exec(shell.html)?.[0]
  if (!title) throw new Error(`The ${shell.locale} ${shell.route} shell has no <title>`)
  const body = shell.html.replace(title, '')
  const emptyRoot = '<div id="root"></div>'
  if (!index.includes(emptyRoot) || !/<title>[\s\S]*?<\/title>/.test(index))
    throw new Error(`index.html has no ${emptyRoot} or no <title> to replace`)
  // Inert until the app replaces it (src/main.tsx): a click or key press before the JS has run
  // would do nothing, and a typed password would be lost or sent by the browser in a GET.
  if (!/<script type="module"/.test(index)) throw new Error('index.html has no module script')
  return (
    index
      .replace(/<title>[\s\S]*?<\/title>/, () => title)
      // The shell paints without the JS, which may come after the stylesheets: a low priority
      // says so to the browser (and to Lighthouse, which counts high-priority scripts that were
      // done before the first paint as blocking it). docs/decisions/0013.
      .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
      .replace(emptyRoot, () => `<div id="root"><div class="prerendered" inert>${body}</div></div>`)
      .replace(
        /<html[^>]*>/,
        `<html lang="${shell.locale}" dir="${directionOf(shell.locale)}" data-locale="${shell.locale}">`,
      )
  )
}

/** Rolldown's notes that are expected here: the route modules are imported eagerly on purpose. */
const quietCodes = new Set(['INEFFECTIVE_DYNAMIC_IMPORT', 'PLUGIN_TIMINGS'])

/** Builds src/prerender.tsx for Node, renders every shell and writes them next to index.html. */
export async function prerenderShells(outDir: string): Promise<number> {
  // Inside the project, so the bundle's imports of React & co. resolve from node_modules; one
  // directory per process, since several builds may run at once.
  const ssrDir = join(root, 'node_modules', '.cache', `prerender-${process.pid}-${Date.now()}`)
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [...linguiPlugins(), react()],
      build: {
        ssr: 'src/prerender.tsx',
        outDir: ssrDir,
        emptyOutDir: true,
        rolldownOptions: {
          onLog(level, log, handler) {
            if (!quietCodes.has(log.code ?? '')) handler(level, log)
          },
        },
      },
    })
    const entry = pathToFileURL(join(ssrDir, 'prerender.js')).href
    const { renderShells } = (await import(entry)) as { renderShells(): Promise<Shell[]> }
    const shells = await renderShells().catch((error: unknown) => {
      throw new Error(
        'Prerendering the shells failed: a component the shells render (src/prerender.tsx) ' +
          'cannot render in Node. docs/decisions/0013-prerendered-shells.md',
        { cause: error },
      )
    })
    const index = readFileSync(join(outDir, 'index.html'), 'utf8')
    rmSync(join(outDir, 'prerendered'), { recursive: true, force: true })
    for (const shell of shells) {
      const file = join(outDir, 'prerendered', shell.locale, `${shell.route}.html`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, shellPage(index, shell))
    }
    return shells.length
  } finally {
    rmSync(ssrDir, { recursive: true, force: true })
  }
}

/** Runs `prerenderShells` at the end of every browser build (`vite build`, any --outDir). */
export function prerenderPlugin(): Plugin {
  let outDir = ''
  let skip = false
  return {
    name: 'prerender-shells',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      skip = Boolean(config.build.ssr) || config.build.watch !== null
    },
    buildEnd(error) {
      // The browser build failed: there is no index.html to put shells in.
      if (error) skip = true
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (skip) return
        const started = Date.now()
        const count = await prerenderShells(outDir)
        this.info(`${count} prerendered shells in ${Date.now() - started} ms`)
      },
    },
  }
}
