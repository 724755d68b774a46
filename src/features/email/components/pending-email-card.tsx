import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { User } from '../../../../contract/user'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormError } from '../../../components/form-error'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
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
  const heading = useRef<HTMLHeadingElement>(null)
  const differentButton = useRef<HTMLButtonElement>(null)
  const { data: delivery } = useQuery(emailQueries.delivery(user.uuid, pendingEmail))
  // Without a known send time the expiry can only be bounded from when the card appeared.
  const [shownAt] = useState(() => Date.now())
  const cancel = useCancelEmailChange()
  const [cancelError, setCancelError] = useState<string | null>(null)
  useTakeFocus(takeFocus, 'pending', heading)

  // Both buttons send the same request, one at a time; the busy one is the one pressed.
  const leaving = cancel.isPending ? cancel.variables : undefined
  const cancelChange = (differentAddress: boolean) => {
    setCancelError(null)
    cancel.mutate(
      { differentAddress },
      {
        onSuccess: () => onCancelled(differentAddress),
        onError: (error) => {
          if (isApiError(error, 'email_change_request_not_found')) return onGone()
          setCancelError(errorMessage(error, s.cancelErrors))
        },
      },
    )
  }

  return (
    <Card
      title={s.title}
      intro={s.intro(pendingEmail, user.email)}
      introClassName="email-pending-intro"
      headingRef={heading}
    >
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
      <FormError message={cancelError} />
      <div className="form-actions email-pending-actions">
        <Button
          ref={differentButton}
          focusable
          busy={leaving?.differentAddress === true}
          onClick={() => cancelChange(true)}
        >
          {s.useDifferent}
        </Button>
        <Button
          focusable
          busy={leaving?.differentAddress === false}
          onClick={() => cancelChange(false)}
        >
          {leaving?.differentAddress === false ? s.cancelling : s.cancel}
        </Button>
      </div>
    </Card>
  )
}
