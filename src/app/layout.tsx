import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy } from 'react'
import { Outlet } from 'react-router'
import { SignOutButton } from '../features/auth/components/sign-out-button'
import { currentUserQuery } from '../lib/current-user'
import { isolate, useLocale } from '../lib/i18n'
import { useApplyTheme } from '../lib/theme'
import { Frame, navPages } from './frame'
import { appStrings } from './strings'

const ReauthDialog = lazy(() =>
  import('../features/auth/components/reauth-dialog').then((m) => ({ default: m.ReauthDialog })),
)

export function Layout() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  // The strings are read at render: a language switch re-renders the frame and mounts the page
  // again in the new language (its data stays in the cache). docs/decisions/0010.
  const locale = useLocale()
  useApplyTheme(user.theme_mode)
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email
  const account = (
    <div className="account">
      {/* A long name is cut short on screen (shell.css); the title shows it whole on hover
          and screen readers read the hidden sentence, which is never cut. */}
      <span className="account-name" title={name}>
        <span className="visually-hidden">{appStrings.signedInAs(isolate(name))}</span>
        <span aria-hidden="true">{name}</span>
      </span>
      <SignOutButton />
    </div>
  )
  return (
    <>
      <Frame account={account} links={navPages(user.is_staff)}>
        <Outlet key={locale} />
      </Frame>
      <ReauthDialog email={user.email} />
    </>
  )
}
