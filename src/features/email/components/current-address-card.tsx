import { useId, useRef } from 'react'
import type { User } from '../../../../contract/user'
import { useTakeFocus, type TakeFocus } from '../focus-request'
import { emailStrings } from '../strings'

const s = emailStrings.current

interface Props {
  user: User
  /** A confirmation shown under the address (changed, cancelled). */
  notice: string | null
  takeFocus: TakeFocus
}

export function CurrentAddressCard({ user, notice, takeFocus }: Props) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useTakeFocus(takeFocus, 'current', heading)
  // PostHog leaves is_email_verified null for accounts from before verification existed.
  const verified = user.is_email_verified !== false
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {s.title}
      </h2>
      <p className="email-current">
        <span className="visually-hidden">{s.label}: </span>
        <span className="email-address">{user.email}</span>{' '}
        <span className="tag">{verified ? s.verified : s.notVerified}</span>
      </p>
      {verified ? null : <p className="hint">{s.notVerifiedHint}</p>}
      {notice ? <p className="email-notice">{notice}</p> : null}
    </section>
  )
}
