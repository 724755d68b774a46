import { Link, isRouteErrorResponse, useRouteError } from 'react-router'
import { routes } from '../config/paths'
import { PageHeading } from '../components/page-heading'
import { errorMessage } from '../lib/error-message'
import { PageFrame } from './page-frame'
import type { PageKey } from './pages'
import { appStrings, pageTitle } from './strings'

function NotFoundContent() {
  return (
    <>
      <title>{pageTitle(appStrings.notFoundTitle)}</title>
      <PageHeading>{appStrings.notFoundTitle}</PageHeading>
      <p>{appStrings.notFoundBody}</p>
      <p>
        <Link to={routes.profile}>{appStrings.notFoundLink}</Link>
      </p>
    </>
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
      <title>{pageTitle(appStrings.pageFailedTitle)}</title>
      <PageHeading>{appStrings.pageFailedTitle}</PageHeading>
      <p role="alert">{errorMessage(error, {}, 'load')}</p>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        {appStrings.reload}
      </button>
    </main>
  )
}

/** Pages whose issue is still open show this instead of a broken form. */
export function ComingSoon({ page }: { page: PageKey }) {
  return <PageFrame page={page} intro={appStrings.comingSoonBody} />
}
