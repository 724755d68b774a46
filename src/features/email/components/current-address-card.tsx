import { useRef } from 'react'
import type { User } from '../../../../contract/user'
import { Card } from '../../../components/card'
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
  const heading = useRef<HTMLHeadingElement>(null)
  useTakeFocus(takeFocus, 'current', heading)
  // PostHog leaves is_email_verified null for accounts from before verification existed.
  const verified = user.is_email_verified !== false
  return (
    <Card title={s.title} headingRef={heading}>
      <p className="email-current">
        <span className="visually-hidden">{s.label} </span>
        <span className="email-address">{user.email}</span>{' '}
        <span className="tag">{verified ? s.verified : s.notVerified}</span>
      </p>
      {verified ? null : <p className="hint">{s.notVerifiedHint}</p>}
      {notice ? <p className="email-notice">{notice}</p> : null}
    </Card>
  )
}
