import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { entryScopes, loadCatalogue } from './app/catalogues'
import { AppProvider } from './app/provider'
import { createRouter } from './app/router'
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

async function start() {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const queryClient = createQueryClient()
  // The router starts the page's loaders (the user's data) while the catalogues load.
  const router = createRouter(queryClient)
  await startLanguage()
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
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    )
  })
}

// The bundle's evaluation is one task already; starting the app in the next one keeps either
// from blocking input for long.
setTimeout(() => void start(), 0)
