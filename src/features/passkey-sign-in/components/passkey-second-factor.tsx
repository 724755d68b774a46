import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { appConfigQuery, passkeysHere } from '../../../lib/app-config'
import { browserHasPasskeys } from '../../../lib/passkey-ceremony'
import { fetchMethods } from '../api/passkey-requests'
import { usePasskeySecondFactor } from '../api/use-passkey-sign-in'
import { secondFactorProblem } from '../problems'
import { passkeySignInStrings as s } from '../strings'
import '../passkey-sign-in.css'
import { OrDivider } from './or-divider'

interface Props {
  codeStep: ReactNode
  secondary: ReactNode
  leaving: boolean
  onVerified: () => void
  onRestart: (error: unknown) => boolean
}

/**
 * The second step with passkeys: the account's methods decide (auth §2.4). An authenticator app
 * keeps the code form; passkeys as a second factor add "Use a passkey". When the methods cannot
 * be read, the code form alone, as PostHog's page does.
 */
export function PasskeySecondFactor({
  codeStep,
  secondary,
  leaving,
  onVerified,
  onRestart,
}: Props) {
  const config = useQuery(appConfigQuery)
  const methods = useQuery({
    // The pending sign-in's, not the user's: never kept past this step.
    queryKey: ['login-2fa-methods'],
    queryFn: ({ signal }) => fetchMethods(signal),
    gcTime: 0,
    staleTime: 0,
    retry: false,
  })
  if (methods.isPending || config.isPending)
    return (
      <p className="card-intro" role="status">
        {s.checking}
      </p>
    )
  const { has_totp = true, has_passkeys = false } = methods.data ?? {}
  if (!has_passkeys) return codeStep
  const usable = passkeysHere(config.data) && browserHasPasskeys()
  if (!usable && has_totp) return codeStep
  if (!usable) return <PasskeyElsewhere secondary={secondary} link={config.data?.passkeys_url} />
  return (
    <UsePasskey
      withCode={has_totp}
      codeStep={codeStep}
      secondary={secondary}
      leaving={leaving}
      onVerified={onVerified}
      onRestart={onRestart}
    />
  )
}

/** A passkey-only account where passkeys cannot work: behind the proxy, or no WebAuthn. */
function PasskeyElsewhere({ secondary, link }: { secondary: ReactNode; link?: string | null }) {
  const proxy = browserHasPasskeys()
  return (
    <div className="passkey-second-factor">
      <p className="card-intro">{proxy ? s.elsewhere : s.noPasskeysHere}</p>
      {proxy && link ? (
        <p>
          <a className="auth-link" href={link}>
            {s.elsewhereLink}
          </a>
        </p>
      ) : null}
      <div className="form-actions">{secondary}</div>
    </div>
  )
}

function UsePasskey({
  withCode,
  codeStep,
  secondary,
  leaving,
  onVerified,
  onRestart,
}: Props & { withCode: boolean }) {
  const verify = usePasskeySecondFactor()
  const [problem, setProblem] = useState<string | null>(null)
  const start = () => {
    if (leaving) return
    setProblem(null)
    verify.mutate(undefined, {
      onSuccess: onVerified,
      onError: (error) => {
        if (!onRestart(error)) setProblem(secondFactorProblem(error))
      },
    })
  }
  const button = (
    <Button
      variant={withCode ? 'secondary' : 'primary'}
      onClick={start}
      busy={verify.isPending || leaving}
      focusable
      className={withCode ? 'passkey-button' : undefined}
    >
      {verify.isPending ? s.signingIn : s.usePasskey}
    </Button>
  )
  if (withCode)
    return (
      <>
        {codeStep}
        <div className="passkey-sign-in">
          <OrDivider />
          <FormError message={problem} />
          {button}
        </div>
      </>
    )
  return (
    <div className="passkey-second-factor">
      <p className="card-intro">{s.passkeyOnlyIntro}</p>
      <FormError message={problem} />
      <div className="form-actions">
        {button}
        {secondary}
      </div>
    </div>
  )
}
