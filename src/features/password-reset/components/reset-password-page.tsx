import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { Alert } from '../../../components/alert'
import { Skeleton } from '../../../components/skeleton'
import { routes } from '../../../config/paths'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { commonStrings } from '../../../lib/strings'
import { resetTokenQuery } from '../api/reset-token-query'
import { resetStrings } from '../strings'
import { NewPasswordForm, type StrengthParts } from './new-password-form'
import { ResetFrame, type FrameProps } from './reset-frame'

const s = resetStrings.reset

/** PostHog's answers for a token that won't do: missing, wrong, used, expired, outdated. */
export const isDeadToken = (error: unknown) =>
  isApiError(error, 'invalid_token') || (isApiError(error, 'required') && error.attr === 'token')

interface Props extends FrameProps {
  uuid: string
  token: string
  /** The password page's strength meter and wording of zxcvbn's advice (the route passes them). */
  strength?: StrengthParts
}

/** /reset/:uuid/:token, the mail's link: checks the token, then takes the new password. */
export function ResetPasswordPage({ uuid, token, strength, ...frame }: Props) {
  const check = useQuery({ ...resetTokenQuery(uuid, token), retry: false })
  // A token refused on submit (used in another tab meanwhile) ends here too.
  const [refused, setRefused] = useState(false)
  const dead = refused || (check.isError && isDeadToken(check.error))
  const step = dead ? 'invalid' : check.isSuccess ? 'form' : check.isError ? 'failed' : 'checking'
  return (
    <ResetFrame {...frame} heading={dead ? s.invalidTitle : s.title} step={step}>
      {step === 'invalid' ? (
        <>
          <p>{s.invalid}</p>
          <p>
            <Link className="btn btn-primary" to={routes.forgotPassword}>
              {s.requestNew}
            </Link>
          </p>
        </>
      ) : step === 'form' ? (
        <>
          <p className="card-intro">{s.intro}</p>
          <p className="hint">{resetStrings.signsOutEverywhere}</p>
          <NewPasswordForm
            uuid={uuid}
            token={token}
            strength={strength}
            onRefused={() => setRefused(true)}
          />
        </>
      ) : step === 'failed' ? (
        <Alert retry={{ label: commonStrings.retry, onRetry: () => void check.refetch() }}>
          {errorMessage(check.error, {}, 'load')}
        </Alert>
      ) : (
        <Skeleton label={s.checking} />
      )}
      <p>
        <Link className="auth-link" to={routes.login}>
          {resetStrings.backToSignIn}
        </Link>
      </p>
    </ResetFrame>
  )
}
