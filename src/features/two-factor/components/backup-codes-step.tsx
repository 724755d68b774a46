import { useId } from 'react'
import { Button } from '../../../components/button'
import { Skeleton } from '../../../components/skeleton'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { errorMessage } from '../../../lib/error-message'
import { twoFactorStrings as s } from '../strings'
import { BackupCodesList } from './backup-codes-list'
import { SavedCodesGate } from './saved-codes-gate'
import { useFocusOnMount } from './use-focus-on-mount'

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
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const titleId = useId()
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {s.codesTitle}
      </h2>
      <p className="card-intro">{s.codesIntro}</p>
      {codes ? (
        <>
          <BackupCodesList codes={codes} email={email} />
          <SavedCodesGate codes={codes} onFinish={onFinish} />
        </>
      ) : error && !pending ? (
        <div className="section-error" role="alert">
          <p>
            {s.generateFailed} {errorMessage(error)}
          </p>
          <Button onClick={onRetry}>{s.tryAgain}</Button>
        </div>
      ) : (
        <Skeleton fields={2} label={s.generating} />
      )}
      {/* Leaving now would lose codes that are shown only once. */}
      <UnsavedChangesGuard when={codes !== null} />
    </section>
  )
}
