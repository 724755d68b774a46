import { useId } from 'react'
import { Button } from '../../../components/button'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { twoFactorStrings as s } from '../strings'
import { BackupCodesList } from './backup-codes-list'
import { useFocusOnMount } from './use-focus-on-mount'

interface Props {
  codes: readonly string[]
  email: string
  onDone: () => void
}

/** Codes from "Generate new backup codes", shown once with the same ways to keep them. */
export function NewCodesCard({ codes, email, onDone }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const titleId = useId()
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {s.newCodesTitle}
      </h2>
      <p className="card-intro">{s.newCodesIntro}</p>
      <BackupCodesList codes={codes} email={email} />
      <div className="form-actions step-secondary">
        <Button variant="primary" onClick={onDone}>
          {s.newCodesDone}
        </Button>
      </div>
      {/* The old codes are already dead: leaving now would lose the only working ones. */}
      <UnsavedChangesGuard when />
    </section>
  )
}
