import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useAnnounce } from '../../../components/live-region'
import { emailQueries } from '../api/email-queries'
import { useFocusRequests } from '../focus-request'
import { emailStrings } from '../strings'
import { ChangeEmailCard } from './change-email-card'
import { CurrentAddressCard } from './current-address-card'
import { PendingEmailCard } from './pending-email-card'
import { VerifyAddressCard } from './verify-address-card'

/**
 * The whole page derives from the current user: `pending_email` decides between the change
 * form and the pending card, so a change finished or cancelled in another tab shows here as
 * soon as the user query is refetched (on focus).
 */
export function EmailSettings() {
  const { data: user } = useSuspenseQuery(emailQueries.currentUser())
  const announce = useAnnounce()
  const focus = useFocusRequests()
  // An object, so the same sentence twice is still a new notice (and announced again).
  const [notice, setNotice] = useState<{ text: string } | null>(null)
  const [seen, setSeen] = useState({
    email: user.email,
    pending: user.pending_email,
    verified: user.is_email_verified,
  })
  if (
    seen.email !== user.email ||
    seen.pending !== user.pending_email ||
    seen.verified !== user.is_email_verified
  ) {
    setSeen({ email: user.email, pending: user.pending_email, verified: user.is_email_verified })
    // The pending address became the account's: verified in this tab or in another one.
    if (seen.pending !== null && user.email === seen.pending)
      setNotice({ text: emailStrings.current.changed(user.email) })
    // The account's own address was confirmed, here or in another tab.
    else if (seen.verified === false && user.is_email_verified && user.email === seen.email)
      setNotice({ text: emailStrings.current.confirmed(user.email) })
  }
  // PostHog leaves is_email_verified null for accounts from before verification existed.
  const unverified = user.is_email_verified === false && !user.pending_email
  useEffect(() => {
    if (notice) announce(notice.text)
  }, [notice, announce])

  return (
    <>
      <CurrentAddressCard user={user} notice={notice?.text ?? null} takeFocus={focus.take} />
      {unverified ? (
        <VerifyAddressCard
          user={user}
          takeFocus={focus.take}
          requestFocus={focus.request}
          onVerified={() => focus.request('current')}
        />
      ) : null}
      {user.pending_email ? (
        <PendingEmailCard
          key={user.pending_email}
          user={user}
          pendingEmail={user.pending_email}
          takeFocus={focus.take}
          onVerified={() => focus.request('current')}
          onCancelled={(differentAddress) => {
            if (differentAddress) {
              setNotice(null)
              focus.request('change-field')
            } else {
              setNotice({ text: emailStrings.pending.cancelled(user.email) })
              focus.request('change-heading')
            }
          }}
          onGone={() => {
            setNotice((current) => current ?? { text: emailStrings.pending.alreadyGone })
            focus.request('change-heading')
          }}
        />
      ) : (
        <ChangeEmailCard
          user={user}
          takeFocus={focus.take}
          onSent={(pendingEmail) => {
            setNotice(null)
            focus.request('pending')
            announce(emailStrings.change.sent(pendingEmail))
          }}
          onChanged={(email) => {
            setNotice({ text: emailStrings.current.changed(email) })
            focus.request('current')
          }}
        />
      )}
    </>
  )
}
