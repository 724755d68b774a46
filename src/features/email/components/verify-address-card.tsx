import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { User } from '../../../../contract/user'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { emailQueries } from '../api/email-queries'
import { useResendCode } from '../api/use-resend-code'
import type { FocusTarget, TakeFocus } from '../focus-request'
import { emailStrings } from '../strings'
import { CodeExpiry } from './code-expiry'
import { ResendCode } from './resend-code'
import { VerifyCodeForm } from './verify-code-form'

const s = emailStrings.verify

interface Props {
  user: User
  takeFocus: TakeFocus
  requestFocus: (target: FocusTarget) => void
  onVerified: () => void
}

/**
 * The account's own address is unverified (is_email_verified false, nothing pending): a code
 * to that address (request_email_verification, which mails the account's address when nothing
 * is pending) proves it, through the same code field and resend as a pending change.
 */
export function VerifyAddressCard({ user, takeFocus, requestFocus, onVerified }: Props) {
  const headingId = useId()
  const { data: delivery } = useQuery(emailQueries.delivery(user.uuid, user.email))
  const send = useResendCode()
  const once = useSingleFlight()
  const announce = useAnnounce()
  const [sendError, setSendError] = useState<string | null>(null)
  // A code sent from this tab (kept in the cache across visits); after a reload, none is known.
  const sentAt = delivery.sentAt

  const sendFirst = () =>
    once(() => {
      setSendError(null)
      return send
        .mutateAsync({ uuid: user.uuid, address: user.email, first: true })
        .then(() => {
          requestFocus('code')
          announce(s.sent(user.email))
        })
        .catch((error: unknown) => {
          // Already verified elsewhere: the hook refetches the user and this card goes away.
          if (isApiError(error, 'already_verified')) return
          setSendError(
            isApiError(error) && error.status === 429
              ? s.throttled(error.retryAfter)
              : errorMessage(error, s.errors),
          )
        })
    })

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{s.title}</h2>
      {sentAt !== null ? (
        <>
          <p className="card-intro email-pending-intro">{s.codeIntro(user.email)}</p>
          <VerifyCodeForm
            // A new code makes whatever was typed for the old one meaningless.
            key={sentAt}
            uuid={user.uuid}
            address={user.email}
            description={
              <>
                {emailStrings.pending.codeHint} <CodeExpiry delivery={delivery} since={sentAt} />
              </>
            }
            onVerified={onVerified}
            takeFocus={takeFocus}
          />
          <ResendCode uuid={user.uuid} address={user.email} delivery={delivery} />
        </>
      ) : (
        <>
          <p className="card-intro email-pending-intro">{s.intro(user.email)}</p>
          <FormError message={sendError ?? undefined} />
          <div className="form-actions">
            <Button variant="primary" busy={send.isPending} onClick={() => void sendFirst()}>
              {send.isPending ? s.sending : s.send}
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
