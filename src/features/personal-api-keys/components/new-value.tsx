import { useId, useState } from 'react'
import { Button } from '../../../components/button'
import { CopyButton } from '../../../components/copy-button'
import { Dialog } from '../../../components/dialog'
import { keysStrings as s } from '../strings'

interface Props {
  /** The key's value from the create or roll answer; null once closed (it is never kept). */
  value: string | null
  title: string
  onDone: () => void
}

/**
 * The value, shown once: copy it, then Done. Done (or Escape) before it was copied asks once
 * more, since nothing can show it again.
 */
export function NewValueDialog({ value, title, onDone }: Props) {
  const warningId = useId()
  const [copied, setCopied] = useState(false)
  const [warned, setWarned] = useState(false)
  const finish = () => {
    if (!copied && !warned) return setWarned(true)
    setCopied(false)
    setWarned(false)
    onDone()
  }
  const unsure = warned && !copied
  return (
    <Dialog open={value !== null} title={title} onCancel={finish} descriptionId={warningId}>
      <p className="notice" id={warningId}>
        <strong>{s.newValueWarning}</strong>
      </p>
      <div className="new-value">
        <p className="new-value-label">{s.newValueLabel}</p>
        {/* Selected whole by one click (user-select: all); Copy is the keyboard's way. */}
        <code className="key-value" onCopy={() => setCopied(true)}>
          {value}
        </code>
        <div className="form-actions">
          <CopyButton label={s.copy} text={value ?? ''} onCopied={() => setCopied(true)} />
        </div>
      </div>
      {unsure ? (
        <p className="form-error" role="alert">
          {s.notCopied}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant={unsure ? 'danger' : 'primary'} onClick={finish}>
          {unsure ? s.closeAnyway : s.done}
        </Button>
      </div>
    </Dialog>
  )
}
