import { Suspense, useEffect, useState } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { useAnnounce } from '../../../components/live-region'
import { readLoginNotice, safeNext } from '../../../config/paths'
import { authStrings } from '../strings'
import { CodeStep } from './lazy-code-step'
import { PasswordStep } from './password-step'

/**
 * /login: password, then (when PostHog answers 2fa_required) an authenticator or backup code.
 * `pageTitle` adds the product's name to the step's heading (the route passes the app's).
 */
export function LoginPage({
  pageTitle = (page) => page,
}: {
  pageTitle?: (page: string) => string
}) {
  const [step, setStep] = useState<'password' | 'code'>('password')
  const location = useLocation()
  const arrivedWith = readLoginNotice(location.state)
  // Why the app sent the user here (say, the account was just deleted), kept for this visit.
  const [notice, setNotice] = useState<string | null>(() =>
    arrivedWith ? authStrings.notices[arrivedWith] : null,
  )
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const announce = useAnnounce()
  const done = () => navigate(safeNext(params.get('next')), { replace: true })

  // history.state survives a reload: drop the notice from it once read, so a reload or a
  // later visit through Back shows the plain sign-in page. The live region outlives the page,
  // so the notice is read out even though it is on screen from the first paint.
  useEffect(() => {
    if (!arrivedWith) return
    announce(authStrings.notices[arrivedWith])
    void navigate(location.pathname + location.search, { replace: true, state: null })
  }, [arrivedWith, announce, navigate, location.pathname, location.search])

  return (
    <main id="main" className="auth-page">
      <title>
        {pageTitle(step === 'password' ? authStrings.signInTitle : authStrings.secondFactorTitle)}
      </title>
      <div className="card auth-card">
        {step === 'password' ? (
          <PasswordStep notice={notice} onSignedIn={done} onSecondFactor={() => setStep('code')} />
        ) : (
          <Suspense>
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
          </Suspense>
        )}
      </div>
    </main>
  )
}
