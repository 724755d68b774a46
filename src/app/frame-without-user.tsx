import type { ReactNode } from 'react'
import { Link, NavLink } from 'react-router'
import { routes } from '../config/paths'
import { pages, type Page, type PageKey } from './pages'
import { appStrings } from './strings'

// Read at render: pages.ts imports this module's importer (route-states.tsx).
const everyonesPages = () =>
  (Object.keys(pages) as PageKey[]).filter(
    (key) => (pages[key] as Page).nav && !(pages[key] as Page).staffOnly,
  )

/**
 * The settings frame (`layout.tsx`) for when the signed-in user could not be loaded (the server
 * can't be reached): the same header and navigation, without the name and Sign out that need the
 * user, and without the staff-only links. Following a link tries the user again. Keep its markup
 * in step with the layout's.
 */
export function FrameWithoutUser({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {appStrings.skipToContent}
      </a>
      <div className="shell">
        <header className="topbar">
          <Link className="brand" to={routes.profile}>
            {appStrings.product}
          </Link>
        </header>
        <nav className="sidenav" aria-label={appStrings.navLabel}>
          <ul>
            {everyonesPages().map((page) => (
              <li key={page}>
                <NavLink to={pages[page].path}>
                  {appStrings.nav[page] ?? appStrings.titles[page]}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  )
}
