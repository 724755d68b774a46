import { QRCodeSVG } from 'qrcode.react'
import { Button } from '../../../components/button'
import { issuerFor, otpauthUri } from '../otpauth-uri'
import { twoFactorStrings as s } from '../strings'
import { CodeForm } from './code-form'
import { ManualKey } from './manual-key'
import { StepCard } from './step-card'

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
  const uri = otpauthUri({ secret, account: email, issuer: issuerFor(window.location.hostname) })
  return (
    <StepCard title={s.scanTitle} intro={s.scanIntro}>
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
    </StepCard>
  )
}
