import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy } from 'react'
import { NavLink, Outlet } from 'react-router'
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
  return (
    <>
      <a className="skip-link" href="#main">
        {appStrings.skipToContent}
      </a>
      <div className="shell">
        <header className="topbar">
          <a className="brand" href={routes.profile}>
            {appStrings.product}
          </a>
          <div className="account">
            <span>
              <span className="visually-hidden">{appStrings.signedInAs(isolate(name))}</span>
              <span aria-hidden="true">{name}</span>
            </span>
            <SignOutButton />
          </div>
        </header>
        <nav className="sidenav" aria-label={appStrings.navLabel}>
          <ul>
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
