import type { ReactNode } from 'react'
import { Link, isRouteErrorResponse, useMatches, useRouteError } from 'react-router'
import { routes } from '../config/paths'
import { PageHeading } from '../components/page-heading'
import { FrameWithoutUser } from './frame-without-user'
import type { PageKey } from './pages'
import { RouteFailure } from './route-failure'
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

/** No page at this address; the way back is the profile, or sign-in for someone signed out. */
function NotFoundContent({ signedIn }: { signedIn: boolean }) {
  return (
    <StatePage title={appStrings.notFoundTitle}>
      <p>{appStrings.notFoundBody}</p>
      <p>
        {signedIn ? (
          <Link to={routes.profile}>{appStrings.notFoundLink}</Link>
        ) : (
          <Link to={routes.login}>{appStrings.notFoundSignIn}</Link>
        )}
      </p>
    </StatePage>
  )
}

/** Signed out: a page of its own, like sign-in. (Signed in, the router puts it in the layout.) */
export function SignedOutNotFound() {
  return (
    <main id="main" className="auth-page">
      <div className="card auth-card">
        <NotFoundContent signedIn={false} />
      </div>
    </main>
  )
}

/** Inside the settings layout, which already has the <main>. */
export function SettingsNotFound() {
  return <NotFoundContent signedIn />
}

function PageFailure({ page, error, reload }: { page: PageKey; error: unknown; reload?: true }) {
  return (
    <StatePage title={appStrings.titles[page]}>
      <RouteFailure error={error} reload={reload} />
    </StatePage>
  )
}

/**
 * The error element of a settings page (`pages.ts`): inside the layout, so the header and
 * navigation stay; the page keeps its own title, and says why it could not load.
 */
export function pageError(page: PageKey) {
  return function PageError() {
    return <PageFailure page={page} error={useRouteError()} />
  }
}

/**
 * What a settings page becomes when its code or catalogue could not load (`pages.ts`), shown like
 * `pageError`. Its retry reloads the page: the route keeps this for the page's life.
 */
export function failedPage(page: PageKey, error: unknown) {
  return function FailedPage() {
    return <PageFailure page={page} error={error} reload />
  }
}

/**
 * The settings layout's error element: the user could not be loaded, so the layout can't render.
 * The frame stays (without the user), titled by the page asked for (`pages.ts` names each
 * page's route by its key).
 */
export function SettingsError() {
  const error = useRouteError()
  const titles: Record<string, string> = appStrings.titles
  const page = useMatches().find((match) => Object.hasOwn(titles, match.id))
  return (
    <FrameWithoutUser>
      <StatePage title={page ? titles[page.id]! : appStrings.pageFailedTitle}>
        <RouteFailure error={error} />
      </StatePage>
    </FrameWithoutUser>
  )
}

/** Outside the settings layout (sign-in): its code or data could not load. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <SignedOutNotFound />
  return (
    <main id="main" className="auth-page">
      <div className="card auth-card">
        <StatePage title={appStrings.pageFailedTitle}>
          <RouteFailure error={error} />
        </StatePage>
      </div>
    </main>
  )
}
