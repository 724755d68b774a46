import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { User } from '../../../../contract/user'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormError } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
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
  const { data: delivery } = useQuery(emailQueries.delivery(user.uuid, user.email))
  const send = useResendCode()
  const announce = useAnnounce()
  const [sendError, setSendError] = useState<string | null>(null)
  // A code sent from this tab (kept in the cache across visits); after a reload, none is known.
  const sentAt = delivery.sentAt

  const sendFirst = () => {
    setSendError(null)
    send.mutate(
      { uuid: user.uuid, address: user.email, first: true },
      {
        onSuccess: () => {
          requestFocus('code')
          announce(s.sent(user.email))
        },
        onError: (error) => {
          // Already verified elsewhere: the hook refetches the user and this card goes away.
          if (isApiError(error, 'already_verified')) return
          setSendError(
            isApiError(error) && error.status === 429
              ? s.throttled(error.retryAfter)
              : errorMessage(error, s.errors),
          )
        },
      },
    )
  }

  return (
    <Card
      title={s.title}
      intro={sentAt !== null ? s.codeIntro(user.email) : s.intro(user.email)}
      introClassName="email-pending-intro"
    >
      {sentAt !== null ? (
        <>
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
          <FormError message={sendError} />
          <div className="form-actions">
            <Button variant="primary" busy={send.isPending} onClick={sendFirst}>
              {send.isPending ? s.sending : s.send}
            </Button>
          </div>
        </>
      )}
    </Card>
  )
}
