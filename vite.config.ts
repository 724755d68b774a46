import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, normalizePath, type Plugin } from 'vite'
import { linguiPlugins } from './lingui.vite.ts'
import { prerenderPlugin } from './scripts/prerender.ts'

// In dev the SPA runs on Vite's port; proxying the API paths keeps the session and CSRF
// cookies on one origin, exactly as when `npm start` serves dist/ and the API together.
const apiTarget = process.env.API_TARGET ?? 'http://127.0.0.1:8000'
const proxiedPaths = ['/api', '/logout', '/_dev', '/_health', '/_app']

// What the first page needs, bundled into the entry chunk with everything these modules import
// statically (React, React Router, React Query, zod, react-hook-form...): a visitor lands on
// sign-in or on the profile, and each extra chunk there is one more round trip before the page
// shows data. The other pages stay lazy chunks. docs/decisions/0006-early-user-fetch.md.
const firstPageModules = new Set(
  [
    'index.html',
    'src/main.tsx',
    'src/app/routes/login.tsx',
    'src/app/routes/profile.tsx',
    // Rendered lazily by the settings layout on every settings page, right at first paint.
    'src/features/auth/components/reauth-dialog.tsx',
  ].map((file) => normalizePath(resolve(import.meta.dirname, file))),
)

/**
 * V8 compiles every function of a chunk while it downloads, off the main thread, instead of each
 * one on the main thread at its first call: the entry and the pages' chunks run almost all of
 * their code as soon as they load. Explicit compile hints (Chromium 136+; other browsers ignore
 * the comment), which must open the file, so this runs after Vite has added its own first line.
 * Not for zxcvbn's dictionaries: data, most of it never called. docs/decisions/0008-first-paint.md
 */
const compileHints: Plugin = {
  name: 'compile-hints',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.moduleIds.some((id) => id.includes('/@zxcvbn-ts/')))
          continue
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`
      }
    },
  },
}

export default defineConfig({
  // prerenderPlugin: each route's shell as HTML, per language (docs/decisions/0013).
  plugins: [...linguiPlugins(), react(), compileHints, prerenderPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the server preloads a lazy page's chunks with its HTML
    // (server/lib/app-shell.ts).
    manifest: true,
    // Every browser the app supports preloads modules natively (Chromium 66, Firefox 115,
    // Safari 17): the polyfill was half a KiB of the first page for nobody.
    modulePreload: { polyfill: false },
    // Never a data: URL for a small asset (an icon a stylesheet names): the CSP allows images
    // from this origin only (server/lib/security-headers.ts).
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Building a zod schema has no side effect, so a schema the app never uses (the server's
      // request schemas in contract/) is dropped from the bundle instead of kept "just in case".
      treeshake: {
        manualPureFunctions: [
          'z',
          'drfChar',
          'drfBoolean',
          'drfChoice',
          'drfJson',
          'drfField',
          'drfList',
        ],
      },
      output: {
        codeSplitting: {
          // One group named like the entry that also captures the entry module: Rolldown then
          // emits it as the entry chunk itself rather than as a shared chunk the entry imports.
          groups: [{ name: 'index', test: (id) => firstPageModules.has(id) }],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiTarget }])),
  },
})
