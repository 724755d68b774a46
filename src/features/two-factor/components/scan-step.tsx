import { QRCodeSVG } from 'qrcode.react'
import { useId } from 'react'
import { Button } from '../../../components/button'
import { issuerFor, otpauthUri } from '../otpauth-uri'
import { twoFactorStrings as s } from '../strings'
import { CodeForm } from './code-form'
import { ManualKey } from './manual-key'
import { useFocusOnMount } from './use-focus-on-mount'

interface Props {
  secret: string
  email: string
  onVerified: () => void
  onRestart: () => void
  restarting: boolean
  onCancel: () => void
}

/** Steps 1 to 3: the QR code, the key for those who cannot scan, and the code that proves it worked. */
export function ScanStep({ secret, email, onVerified, onRestart, restarting, onCancel }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const titleId = useId()
  const uri = otpauthUri({ secret, account: email, issuer: issuerFor(window.location.hostname) })
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {s.scanTitle}
      </h2>
      <p className="card-intro">{s.scanIntro}</p>
      <div className="qr-code">
        {/* Dark on white whatever the theme, with the quiet zone scanners need. */}
        <QRCodeSVG
          value={uri}
          size={200}
          level="M"
          marginSize={4}
          bgColor="#ffffff"
          fgColor="#000000"
          aria-label={s.qrLabel(email)}
        />
      </div>
      <ManualKey secret={secret} email={email} uri={uri} />
      <CodeForm onVerified={onVerified} onRestart={onRestart} restarting={restarting} />
      <div className="form-actions step-secondary">
        <Button variant="link" onClick={onCancel}>
          {s.cancelSetup}
        </Button>
      </div>
    </section>
  )
}
