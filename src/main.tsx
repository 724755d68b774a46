import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { AppProvider } from './app/provider'
import { createRouter } from './app/router'
import { createQueryClient } from './lib/query-client'
import './styles.css'

const queryClient = createQueryClient()
const router = createRouter(queryClient)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// A section that failed to load already shows its error with a retry (SectionBoundary); React's
// default would also log it as a console error, which reads as an unhandled bug.
createRoot(root, {
  onCaughtError: (error) => console.warn('A section could not load:', error),
}).render(
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
)
