import type { ReactNode } from 'react'
import { Link, isRouteErrorResponse, useRouteError } from 'react-router'
import { routes } from '../config/paths'
import { Alert } from '../components/alert'
import { PageHeading } from '../components/page-heading'
import { errorMessage } from '../lib/error-message'
import { appStrings, pageTitle } from './strings'

/** A state that stands in for a page: its `<title>`, its `<h1>` and what to do next. */
function StatePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <title>{pageTitle(title)}</title>
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  )
}

function NotFoundContent() {
  return (
    <StatePage title={appStrings.notFoundTitle}>
      <p>{appStrings.notFoundBody}</p>
      <p>
        <Link to={routes.profile}>{appStrings.notFoundLink}</Link>
      </p>
    </StatePage>
  )
}

/** Outside the settings layout: a page of its own. */
export function NotFound() {
  return (
    <main id="main" className="content">
      <NotFoundContent />
    </main>
  )
}

/** Inside the settings layout, which already has the <main>. */
export function SettingsNotFound() {
  return <NotFoundContent />
}

/** Shown when a page's code or data could not load at all (the server or network is down). */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  return (
    <main id="main" className="content">
      <StatePage title={appStrings.pageFailedTitle}>
        <Alert retry={{ label: appStrings.reload, onRetry: () => window.location.reload() }}>
          {errorMessage(error, {}, 'load')}
        </Alert>
      </StatePage>
    </main>
  )
}
