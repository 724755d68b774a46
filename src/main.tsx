import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { AppProvider } from './app/provider'
import { createRouter } from './app/router'
import { createQueryClient } from './lib/query-client'
import './styles.css'

function start() {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const queryClient = createQueryClient()
  const router = createRouter(queryClient)
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
setTimeout(start, 0)
