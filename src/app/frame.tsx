import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react'
import { Link, NavLink, useLocation } from 'react-router'
import { routes } from '../config/paths'
import { pages, type Page, type PageKey } from './pages'
import { appStrings } from './strings'

/** The pages the side navigation links, in order; the staff-only ones for staff. */
export const navPages = (staff: boolean) =>
  (Object.keys(pages) as PageKey[]).filter(
    (key) => (pages[key] as Page).nav && (staff || !(pages[key] as Page).staffOnly),
  )

/**
 * The settings frame: skip link, header (the brand and `account`: the name and Sign out), side
 * navigation and `<main>`. The layout (`layout.tsx`) passes the signed-in user's account; the frame
 * without a user (`frame-without-user.tsx`, the server unreachable) passes none.
 */
export function Frame({
  account,
  links,
  children,
}: {
  account?: ReactNode
  links: readonly PageKey[]
  children: ReactNode
}) {
  const navList = useRef<HTMLUListElement>(null)
  useCurrentTabInView(navList)
  return (
    <>
      <a className="skip-link" href="#main">
        {appStrings.skipToContent}
      </a>
      <div className="shell">
        <header className="topbar">
          {/* A Link: the app is already loaded, so going home is a navigation, not a reload. */}
          <Link className="brand" to={routes.profile}>
            {appStrings.product}
          </Link>
          {account}
        </header>
        <nav className="sidenav" aria-label={appStrings.navLabel}>
          <ul ref={navList}>
            {links.map((page) => (
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

/**
 * On a phone the navigation is one row of tabs that scrolls sideways (shell.css): after every
 * navigation the current page's tab is scrolled into the row's view. By the row's own scroll
 * position, not `scrollIntoView`, which would also scroll the page to the top.
 */
function useCurrentTabInView(list: RefObject<HTMLUListElement | null>) {
  const { pathname } = useLocation()
  useLayoutEffect(() => {
    const row = list.current
    const tab = row?.querySelector<HTMLElement>('[aria-current="page"]')
    if (!row || !tab || row.scrollWidth <= row.clientWidth) return
    const rowBox = row.getBoundingClientRect()
    const tabBox = tab.getBoundingClientRect()
    // A little of the neighbouring tab stays visible, so the row reads as one that scrolls.
    const margin = 24
    // scrollBy is physical (positive is rightwards) in either direction of the page.
    if (tabBox.left < rowBox.left) row.scrollBy({ left: tabBox.left - rowBox.left - margin })
    else if (tabBox.right > rowBox.right)
      row.scrollBy({ left: tabBox.right - rowBox.right + margin })
  }, [list, pathname])
}
