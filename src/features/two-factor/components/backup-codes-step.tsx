import { Alert } from '../../../components/alert'
import { Skeleton } from '../../../components/skeleton'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { errorMessage } from '../../../lib/error-message'
import { backupCodesStrings as s } from '../backup-codes-strings'
import { BackupCodesList } from './backup-codes-list'
import { SavedCodesGate } from './saved-codes-gate'
import { StepCard } from './step-card'

interface Props {
  email: string
  codes: readonly string[] | null
  pending: boolean
  error: unknown
  onRetry: () => void
  onFinish: () => void
}

/** Step 4: 2FA is on; the codes are created at once and the user must show they kept them. */
export function BackupCodesStep({ email, codes, pending, error, onRetry, onFinish }: Props) {
  return (
    <StepCard title={s.codesTitle} intro={s.codesIntro}>
      {codes ? (
        <>
          <BackupCodesList codes={codes} email={email} />
          <SavedCodesGate codes={codes} onFinish={onFinish} />
        </>
      ) : error && !pending ? (
        <Alert retry={{ label: s.tryAgain, onRetry }}>
          {s.generateFailed(errorMessage(error))}
        </Alert>
      ) : (
        <Skeleton fields={2} label={s.generating} />
      )}
      {/* Leaving now would lose codes that are shown only once: the guard says so. */}
      <UnsavedChangesGuard when={codes !== null} message={s.leaveCodesGuard} />
    </StepCard>
  )
}
