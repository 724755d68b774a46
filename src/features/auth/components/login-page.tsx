import { Suspense, useEffect, useState } from 'react'
import { useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router'
import { useAnnounce } from '../../../components/live-region'
import { readLoginNotice, readStateEmail, safeNext } from '../../../config/paths'
import { authStrings } from '../strings'
import { CodeStep } from './lazy-code-step'
import { PasswordStep } from './password-step'
import { ProductMark } from './product-mark'

/**
 * /login: password, then (when PostHog answers 2fa_required) an authenticator or backup code.
 * `pageTitle` adds the product's name to the step's heading and `productName` is shown with our
 * mark above it (the route passes the app's).
 */
export function LoginPage({
  pageTitle = (page) => page,
  productName,
}: {
  pageTitle?: (page: string) => string
  productName?: string
}) {
  const [step, setStep] = useState<'password' | 'code'>('password')
  const location = useLocation()
  const [params] = useSearchParams()
  const arrivedWith = readLoginNotice(location.state, params)
  // Why the app sent the user here (say, the account was just deleted), kept for this visit.
  const [notice, setNotice] = useState<string | null>(() =>
    arrivedWith ? authStrings.notices[arrivedWith] : null,
  )
  const navigate = useNavigate()
  const announce = useAnnounce()
  // Signed in, the next page loading (its user, its chunk: seconds on a slow network): the
  // button stays busy until that page replaces this one, not only until /api/login answers.
  // Sent back here instead, the navigation ends and the button is Sign in again.
  const leaving = useNavigation().state !== 'idle'
  const done = () => navigate(safeNext(params.get('next')), { replace: true })

  // history.state and the URL survive a reload: drop the notice from both once read, so a
  // reload or a later visit through Back shows the plain sign-in page (with ?account=deleted,
  // the whole query goes: there is no page of a deleted account to come back to). The live
  // region outlives the page, so the notice is read out though it is on screen from the start.
  useEffect(() => {
    if (!arrivedWith) return
    announce(authStrings.notices[arrivedWith])
    // A notice in the query (a deletion, a reset) goes with it; any other query stays.
    const search = readLoginNotice(null, params) ? '' : location.search
    void navigate(location.pathname + search, { replace: true, state: null })
  }, [arrivedWith, announce, navigate, params, location.pathname, location.search])

  return (
    <main id="main" className="auth-page">
      <title>
        {pageTitle(step === 'password' ? authStrings.signInTitle : authStrings.secondFactorTitle)}
      </title>
      <div className="card auth-card">
        {productName ? <ProductMark name={productName} /> : null}
        {step === 'password' ? (
          <PasswordStep
            notice={notice}
            email={readStateEmail(location.state)}
            leaving={leaving}
            onSignedIn={done}
            onSecondFactor={() => setStep('code')}
          />
        ) : (
          <Suspense>
            <CodeStep
              headingLevel="h1"
              intro={authStrings.secondFactorIntro}
              onVerified={done}
              leaving={leaving}
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
