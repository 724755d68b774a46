import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import type { User } from '../../../../contract/user'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { emailQueries } from '../api/email-queries'
import { useCancelEmailChange } from '../api/use-cancel-email-change'
import { useTakeFocus, type TakeFocus } from '../focus-request'
import { emailStrings } from '../strings'
import { CodeExpiry } from './code-expiry'
import { ResendCode } from './resend-code'
import { VerifyCodeForm } from './verify-code-form'

const s = emailStrings.pending

interface Props {
  user: User
  pendingEmail: string
  takeFocus: TakeFocus
  onVerified: () => void
  /** `differentAddress`: the user wants to type another address straight away. */
  onCancelled: (differentAddress: boolean) => void
  /** The change was already gone on the server (finished or cancelled in another tab). */
  onGone: () => void
}

/** The staged address, its code, resend, and the ways out (another address, cancel). */
export function PendingEmailCard({
  user,
  pendingEmail,
  takeFocus,
  onVerified,
  onCancelled,
  onGone,
}: Props) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const differentButton = useRef<HTMLButtonElement>(null)
  const { data: delivery } = useQuery(emailQueries.delivery(user.uuid, pendingEmail))
  // Without a known send time the expiry can only be bounded from when the card appeared.
  const [shownAt] = useState(() => Date.now())
  const cancel = useCancelEmailChange()
  const once = useSingleFlight()
  const [cancelError, setCancelError] = useState<string | null>(null)
  const [leaving, setLeaving] = useState<'different' | 'cancel' | null>(null)
  useTakeFocus(takeFocus, 'pending', heading)

  const cancelChange = (differentAddress: boolean) =>
    once(() => {
      setLeaving(differentAddress ? 'different' : 'cancel')
      setCancelError(null)
      return cancel
        .mutateAsync()
        .then(() => onCancelled(differentAddress))
        .catch((error: unknown) => {
          if (isApiError(error, 'email_change_request_not_found')) return onGone()
          setCancelError(errorMessage(error, s.cancelErrors))
        })
        .finally(() => setLeaving(null))
    })

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {s.title}
      </h2>
      <p className="card-intro email-pending-intro">{s.intro(pendingEmail, user.email)}</p>
      <VerifyCodeForm
        // A new code makes whatever was typed for the old one meaningless.
        key={delivery.sentAt ?? 'unknown'}
        uuid={user.uuid}
        address={pendingEmail}
        description={
          <>
            {s.codeHint} <CodeExpiry delivery={delivery} since={shownAt} />
          </>
        }
        onVerified={onVerified}
        onEmailTaken={() => differentButton.current?.focus()}
      />
      <ResendCode uuid={user.uuid} address={pendingEmail} delivery={delivery} />
      <FormError message={cancelError ?? undefined} />
      <div className="form-actions email-pending-actions">
        <Button
          ref={differentButton}
          focusable
          busy={leaving === 'different'}
          onClick={() => void cancelChange(true)}
        >
          {s.useDifferent}
        </Button>
        <Button focusable busy={leaving === 'cancel'} onClick={() => void cancelChange(false)}>
          {leaving === 'cancel' ? s.cancelling : s.cancel}
        </Button>
      </div>
    </section>
  )
}
