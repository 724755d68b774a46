import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy, useLayoutEffect, useRef, type RefObject } from 'react'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { routes } from '../config/paths'
import { SignOutButton } from '../features/auth/components/sign-out-button'
import { currentUserQuery } from '../lib/current-user'
import { isolate, useLocale } from '../lib/i18n'
import { useApplyTheme } from '../lib/theme'
import { pages, type Page, type PageKey } from './pages'
import { appStrings } from './strings'

const ReauthDialog = lazy(() =>
  import('../features/auth/components/reauth-dialog').then((m) => ({ default: m.ReauthDialog })),
)

const navPages = (Object.keys(pages) as PageKey[]).filter((key) => (pages[key] as Page).nav)

export function Layout() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  // The strings are read at render: a language switch re-renders the frame and mounts the page
  // again in the new language (its data stays in the cache). docs/decisions/0010.
  const locale = useLocale()
  useApplyTheme(user.theme_mode)
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email
  const links = navPages.filter((page) => user.is_staff || !(pages[page] as Page).staffOnly)
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
          <div className="account">
            {/* A long name is cut short on screen (shell.css); the title shows it whole on hover
                and screen readers read the hidden sentence, which is never cut. */}
            <span className="account-name" title={name}>
              <span className="visually-hidden">{appStrings.signedInAs(isolate(name))}</span>
              <span aria-hidden="true">{name}</span>
            </span>
            <SignOutButton />
          </div>
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
          <Outlet key={locale} />
        </main>
      </div>
      <ReauthDialog email={user.email} />
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
