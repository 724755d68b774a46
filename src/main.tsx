import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { entryScopes, loadCatalogue } from './app/catalogues'
import { passkeySlots } from './app/passkey-slots'
import { AppProvider } from './app/provider'
import { createRouter } from './app/router'
import { PasskeySlotsContext } from './features/auth/passkey-slots'
import { initialLocale, setCatalogueLoader, startI18n } from './lib/i18n'
import { createQueryClient } from './lib/query-client'
import './styles.css'

setCatalogueLoader(loadCatalogue)

/** The language chosen before the first paint, its catalogues loaded; English if they fail. */
async function startLanguage() {
  try {
    await startI18n(initialLocale(), entryScopes)
  } catch (error) {
    console.warn('The catalogues could not load; showing English.', error)
    await startI18n('en', entryScopes)
  }
}

type Router = ReturnType<typeof createRouter>

/** Resolves once the router has the page's code and data (or its error, or a redirect). */
function routerReady(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
}

async function start() {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const queryClient = createQueryClient()
  // The router starts the page's loaders (the user's data) while the catalogues load.
  const router = createRouter(queryClient)
  // The page arrived prerendered (docs/decisions/0013-prerendered-shells.md): it stays on screen
  // until the app can render the page itself, then React's first commit replaces it, in one
  // frame. Rendering earlier would swap it for an empty frame while the user loads.
  await Promise.all([startLanguage(), routerReady(router)])
  // A section that failed to load already shows its error with a retry (SectionBoundary); React's
  // default would also log it as a console error, which reads as an unhandled bug.
  const root = createRoot(container, {
    onCaughtError: (error) => console.warn('A section could not load:', error),
  })
  // A transition renders in slices that give the main thread back every few milliseconds, so the
  // first render is not one long task (docs/decisions/0008-first-paint.md).
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <PasskeySlotsContext value={passkeySlots}>
            <RouterProvider router={router} />
          </PasskeySlotsContext>
        </AppProvider>
      </StrictMode>,
    )
  })
}

// The bundle's evaluation is one task already; starting the app in the next one keeps either
// from blocking input for long.
setTimeout(() => void start(), 0)
