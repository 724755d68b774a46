import { useSuspenseQuery } from '@tanstack/react-query'
import { useRef, type RefObject } from 'react'
import { Card } from '../../../components/card'
import { SectionBoundary } from '../../../components/error-boundary'
import { Skeleton } from '../../../components/skeleton'
import { appConfigQuery, passkeysHere } from '../../../lib/app-config'
import { browserHasPasskeys } from '../../../lib/passkey-ceremony'
import { passkeysQueries } from '../api/passkeys-queries'
import { passkeysStrings as s } from '../strings'
import { AddPasskeyForm } from './add-passkey-form'
import { PasskeyList } from './passkey-list'
import { SecondFactorSwitch } from './second-factor-switch'

/** The two-factor page's Passkeys card: it loads on its own, with a skeleton and a retry. */
export function PasskeysSection() {
  const heading = useRef<HTMLHeadingElement>(null)
  return (
    <Card title={s.title} intro={s.intro} headingRef={heading} className="passkeys">
      <SectionBoundary fallback={<Skeleton fields={3} label={s.loading} />}>
        <PasskeysPanel heading={heading} />
      </SectionBoundary>
    </Card>
  )
}

/**
 * Behind the proxy (or with no config), a real PostHog's passkeys belong to PostHog's own host,
 * which this origin cannot use: no controls, only where to manage them
 * (docs/decisions/0007-proxy-mode.md).
 */
function PasskeysPanel({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const { data: config } = useSuspenseQuery(appConfigQuery)
  if (!passkeysHere(config)) {
    const url = config?.passkeys_url
    return (
      <div className="notice passkeys-elsewhere">
        <p>{s.managedElsewhere}</p>
        {url ? (
          <p>
            <a href={url}>{s.managedElsewhereLink}</a>
          </p>
        ) : null}
      </div>
    )
  }
  return <PasskeysManager heading={heading} />
}

function PasskeysManager({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const { data: passkeys } = useSuspenseQuery(passkeysQueries.list())
  // Without WebAuthn the list still works (rename, delete); adding and verifying need a prompt.
  const canPrompt = browserHasPasskeys()
  const hasVerified = passkeys.some((passkey) => passkey.verified)
  return (
    <>
      <PasskeyList passkeys={passkeys} canVerify={canPrompt} heading={heading} />
      {canPrompt ? <AddPasskeyForm /> : <p className="notice">{s.noWebAuthn}</p>}
      <SecondFactorSwitch hasVerified={hasVerified} />
    </>
  )
}
