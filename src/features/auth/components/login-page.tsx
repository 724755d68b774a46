import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { safeNext } from '../../../config/paths'
import { authStrings } from '../strings'
import { CodeStep } from './code-step'
import { PasswordStep } from './password-step'

/** /login: password, then (when PostHog answers 2fa_required) an authenticator or backup code. */
export function LoginPage() {
  const [step, setStep] = useState<'password' | 'code'>('password')
  const [notice, setNotice] = useState<string | null>(null)
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const done = () => navigate(safeNext(params.get('next')), { replace: true })

  return (
    <main id="main" className="auth-page">
      <title>{`${step === 'password' ? authStrings.signInTitle : authStrings.secondFactorTitle} · Account settings`}</title>
      <div className="card auth-card">
        {step === 'password' ? (
          <PasswordStep notice={notice} onSignedIn={done} onSecondFactor={() => setStep('code')} />
        ) : (
          <CodeStep
            headingLevel="h1"
            intro={authStrings.secondFactorIntro}
            onVerified={done}
            onRestart={(message) => {
              setNotice(message)
              setStep('password')
            }}
            secondaryAction={{
              label: authStrings.useDifferentAccount,
              onClick: () => {
                setNotice(null)
                setStep('password')
              },
            }}
          />
        )}
      </div>
    </main>
  )
}
