import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { readStateEmail, routes } from '../../../config/paths'
import { errorMessage } from '../../../lib/error-message'
import { useRequestReset } from '../api/use-request-reset'
import { resetStrings } from '../strings'
import { ForgotPasswordForm, forgotErrors } from './forgot-password-form'
import { ResetFrame, type FrameProps } from './reset-frame'

const s = resetStrings.forgot

/**
 * /reset: the address, then a confirmation that never says whether it has an account. The
 * address may come in router state (the re-auth dialog's link), never in the URL.
 */
export function ForgotPasswordPage(props: FrameProps) {
  const location = useLocation()
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [email, setEmail] = useState(() => readStateEmail(location.state))
  return (
    <ResetFrame {...props} heading={sentTo ? s.sentTitle : s.title} step={sentTo ? 'sent' : 'ask'}>
      {sentTo ? (
        <Sent
          email={sentTo}
          onOtherAddress={() => {
            setEmail(sentTo)
            setSentTo(null)
          }}
        />
      ) : (
        <>
          <p className="card-intro">{s.intro}</p>
          <ForgotPasswordForm email={email} onSent={setSentTo} />
        </>
      )}
      <p className="hint">{resetStrings.signsOutEverywhere}</p>
      <p>
        <Link className="auth-link" to={routes.login}>
          {resetStrings.backToSignIn}
        </Link>
      </p>
    </ResetFrame>
  )
}

function Sent({ email, onOtherAddress }: { email: string; onOtherAddress: () => void }) {
  const again = useRequestReset()
  const announce = useAnnounce()
  const [error, setError] = useState<string | null>(null)
  const sendAgain = () => {
    setError(null)
    again.mutate(email, {
      onSuccess: () => announce(s.sentAgain),
      onError: (failure) => setError(errorMessage(failure, forgotErrors(failure))),
    })
  }
  return (
    <>
      <p>{s.sent(email)}</p>
      <p>{s.spam}</p>
      <FormError message={error} />
      <div className="form-actions">
        <Button focusable busy={again.isPending} onClick={sendAgain}>
          {again.isPending ? s.sending : s.sendAgain}
        </Button>
        <Button onClick={onOtherAddress}>{s.otherAddress}</Button>
      </div>
    </>
  )
}
