import { useEffect, useRef, useState } from 'react'
import { AUTHENTICATOR_TYPES, type PasskeyCredential } from '../../../../contract/passkeys'
import { Button } from '../../../components/button'
import { formatDate } from '../../../lib/dates'
import { passkeysStrings as s } from '../strings'
import { RenameForm } from './rename-form'

interface Props {
  passkey: PasskeyCredential
  /** Verify is offered only where this browser can run the prompt. */
  canVerify: boolean
  verifying: boolean
  /** Why the last Verify of this passkey did not finish. */
  verifyError: string | null
  /** Changed once its Verify succeeded: the button is gone, so focus moves to Rename. */
  focusToken: number
  onVerify: () => void
  onDelete: () => void
}

export const passkeyName = (passkey: PasskeyCredential) => passkey.label || s.unnamed

const kindOf = (passkey: PasskeyCredential) => {
  const known = AUTHENTICATOR_TYPES.find((type) => type === passkey.authenticator_type)
  return s.kinds[known ?? 'unknown']
}

/** One passkey: its name, kind, date and state, and what can be done with it. */
export function PasskeyItem({
  passkey,
  canVerify,
  verifying,
  verifyError,
  focusToken,
  onVerify,
  onDelete,
}: Props) {
  const [renaming, setRenaming] = useState(false)
  const renameButton = useRef<HTMLButtonElement>(null)
  const [closedRename, setClosedRename] = useState(0)
  const name = passkeyName(passkey)
  // Back on the Rename button once the form closes (it is drawn again by then).
  useEffect(() => {
    if (closedRename) renameButton.current?.focus()
  }, [closedRename])
  useEffect(() => {
    if (focusToken) renameButton.current?.focus()
  }, [focusToken])
  const closeRename = () => {
    setRenaming(false)
    setClosedRename((n) => n + 1)
  }
  return (
    <li className="passkey-item">
      <div className="passkey-head">
        <h3 className="passkey-name">{name}</h3>
        <span className={passkey.verified ? 'tag tag-on' : 'tag'}>
          {passkey.verified ? s.verified : s.notVerified}
        </span>
      </div>
      <dl className="passkey-facts">
        <div>
          <dt>{s.kindLabel}</dt>
          <dd>{kindOf(passkey)}</dd>
        </div>
        <div>
          <dt>{s.addedLabel}</dt>
          <dd>{formatDate(passkey.created_at)}</dd>
        </div>
      </dl>
      {passkey.verified ? null : <p className="passkey-hint">{s.notVerifiedHint}</p>}
      {verifyError ? (
        <p className="form-error" role="alert">
          {verifyError}
        </p>
      ) : null}
      {renaming ? (
        <RenameForm
          id={passkey.id}
          label={passkey.label}
          onDone={closeRename}
          onCancel={closeRename}
        />
      ) : (
        <div className="passkey-actions">
          <Button
            ref={renameButton}
            aria-label={s.renameLabel(name)}
            onClick={() => setRenaming(true)}
          >
            {s.rename}
          </Button>
          {!passkey.verified && canVerify ? (
            <Button
              variant="primary"
              focusable
              busy={verifying}
              aria-label={s.verifyLabel(name)}
              onClick={onVerify}
            >
              {verifying ? s.verifying : s.verify}
            </Button>
          ) : null}
          <Button variant="danger" aria-label={s.deleteLabel(name)} onClick={onDelete}>
            {s.delete}
          </Button>
        </div>
      )}
    </li>
  )
}
