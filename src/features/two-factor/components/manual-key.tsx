import { groupKey } from '../otpauth-uri'
import { twoFactorStrings as s } from '../strings'
import { CopyButton } from '../../../components/copy-button'

interface Props {
  secret: string
  email: string
  uri: string
}

/** "Can't scan?": the key to type by hand, in groups of four, with copy buttons for it and the link. */
export function ManualKey({ secret, email, uri }: Props) {
  return (
    <details className="manual-key">
      <summary>{s.cantScan}</summary>
      <div className="manual-key-body">
        <p>{s.manualIntro}</p>
        <dl className="facts">
          <div>
            <dt>{s.accountLabel}</dt>
            <dd>{email}</dd>
          </div>
          <div>
            <dt>{s.keyLabel}</dt>
            <dd>
              <code className="setup-key">{groupKey(secret)}</code>
            </dd>
          </div>
        </dl>
        <div className="form-actions">
          <CopyButton label={s.copyKey} text={secret} />
          <CopyButton label={s.copyLink} text={uri} />
        </div>
      </div>
    </details>
  )
}
