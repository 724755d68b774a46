import { Button } from '../../../components/button'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { backupCodesStrings as s } from '../backup-codes-strings'
import { BackupCodesList } from './backup-codes-list'
import { StepCard } from './step-card'

interface Props {
  codes: readonly string[]
  email: string
  onDone: () => void
}

/** Codes from "Generate new backup codes", shown once with the same ways to keep them. */
export function NewCodesCard({ codes, email, onDone }: Props) {
  return (
    <StepCard title={s.newCodesTitle} intro={s.newCodesIntro}>
      <BackupCodesList codes={codes} email={email} />
      <div className="form-actions step-secondary">
        <Button variant="primary" onClick={onDone}>
          {s.newCodesDone}
        </Button>
      </div>
      {/* The old codes are already dead: leaving now would lose the only working ones. */}
      <UnsavedChangesGuard when />
    </StepCard>
  )
}
