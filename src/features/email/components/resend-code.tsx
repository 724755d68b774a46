import { useId, useState } from 'react'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { useResendCode } from '../api/use-resend-code'
import { resendState, type CodeDelivery } from '../code-delivery'
import { useNow } from '../focus-request'
import { emailStrings } from '../strings'

const s = emailStrings.pending

interface Props {
  uuid: string
  /** Where the code goes: the pending address, or the account's own while it is unverified. */
  address: string
  delivery: CodeDelivery
}

/**
 * "Resend code" with a visible countdown. While cooling down the button stays focusable
 * (aria-disabled) so a keyboard user keeps their place and hears why it does nothing yet.
 */
export function ResendCode({ uuid, address, delivery }: Props) {
  const now = useNow()
  const resend = useResendCode()
  const announce = useAnnounce()
  const countdownId = useId()
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null)
  const state = resendState(delivery, now)
  const blocked = state.kind !== 'ready' || resend.isPending

  const send = () =>
    resend.mutate(
      { uuid, address },
      {
        onSuccess: () => {
          const text = s.resent(address)
          setResult({ text, failed: false })
          announce(text)
        },
        onError: (error) => {
          const text =
            isApiError(error) && error.status === 429
              ? s.resendThrottled(error.retryAfter)
              : errorMessage(error)
          setResult({ text, failed: true })
        },
      },
    )

  return (
    <div className="email-resend">
      {state.kind === 'used-up' ? null : (
        <div className="form-actions">
          <Button
            focusable
            disabled={blocked}
            busy={resend.isPending}
            aria-describedby={state.kind === 'cooling' ? countdownId : undefined}
            onClick={send}
          >
            {resend.isPending ? s.resending : s.resend}
          </Button>
          {state.kind === 'cooling' ? (
            <p className="hint" id={countdownId}>
              {s.resendIn(state.seconds)}
            </p>
          ) : null}
        </div>
      )}
      {result?.failed ? <FormError message={result.text} /> : null}
      {result && !result.failed ? <p className="form-status">{result.text}</p> : null}
      {state.kind === 'used-up' ? <p className="hint">{s.stillNothing}</p> : null}
    </div>
  )
}
