import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useAnnounce } from '../../../components/live-region'
import { SectionBoundary } from '../../../components/error-boundary'
import { Skeleton } from '../../../components/skeleton'
import { currentUserQuery } from '../../../lib/current-user'
import { errorMessage } from '../../../lib/error-message'
import { twoFactorQueries } from '../api/two-factor-queries'
import { useGenerateBackupCodes } from '../api/use-generate-backup-codes'
import { useStartTwoFactorSetup } from '../api/use-start-two-factor-setup'
import { clearSetupMark, interruptedSetup, markSetup, type SetupStage } from '../setup-mark'
import { backupCodesStrings as b } from '../backup-codes-strings'
import { twoFactorStrings as s } from '../strings'
import { BackupCodesStep } from './backup-codes-step'
import { DoneStep } from './done-step'
import { DisableDialog, RegenerateDialog } from './manage-dialogs'
import { NewCodesCard } from './new-codes-card'
import { ScanStep } from './scan-step'
import { StatusCard } from './status-card'

/** The page's content: loads the status on its own, with a skeleton and a retry. */
export function TwoFactorSettings() {
  return (
    <SectionBoundary
      fallback={
        <div className="card">
          <Skeleton fields={3} label={s.loading} />
        </div>
      }
    >
      <div className="two-factor">
        <TwoFactorPanel />
      </div>
    </SectionBoundary>
  )
}

type Flow =
  { step: 'status' } | { step: 'scan'; secret: string } | { step: 'codes' } | { step: 'done' }

function TwoFactorPanel() {
  const { data: status } = useSuspenseQuery(twoFactorQueries.status())
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const announce = useAnnounce()
  const start = useStartTwoFactorSetup()
  const generate = useGenerateBackupCodes()
  const statusHeading = useRef<HTMLHeadingElement>(null)
  const [flow, setFlow] = useState<Flow>({ step: 'status' })
  const [codes, setCodes] = useState<string[] | null>(null)
  const [newCodes, setNewCodes] = useState<string[] | null>(null)
  const [dialog, setDialog] = useState<'regenerate' | 'disable' | null>(null)
  const [focusStatus, setFocusStatus] = useState(0)
  // Read once: what an earlier visit of this tab left unfinished (never the secret itself).
  const [interrupted, setInterrupted] = useState<SetupStage | null>(() =>
    interruptedSetup(user.uuid, status),
  )
  const settle = () => {
    clearSetupMark()
    setInterrupted(null)
  }
  // After the dialog hands focus back to its opener, which may be gone by then.
  useEffect(() => {
    if (focusStatus) statusHeading.current?.focus()
  }, [focusStatus])

  // Started by a click, never by an effect: each call replaces the secret, and a second call
  // racing the first could leave a QR code on screen that the server no longer accepts.
  const startSetup = () =>
    start.mutate(undefined, {
      onSuccess: ({ secret }) => {
        // The server replaced any pending secret with this one; the note says a setup is live.
        markSetup(user.uuid, 'scan')
        setInterrupted(null)
        setNewCodes(null)
        setFlow({ step: 'scan', secret })
      },
    })
  // Also from the click (the code's sixth digit) that enrolled: one request, one set of codes.
  const createCodes = () => generate.mutate(undefined, { onSuccess: setCodes })

  const enrolling = flow.step === 'scan' || flow.step === 'codes'
  return (
    <>
      <StatusCard
        status={status}
        headingRef={statusHeading}
        enrolling={enrolling}
        interrupted={interrupted}
        starting={start.isPending && flow.step === 'status'}
        startError={start.isError && flow.step === 'status' ? errorMessage(start.error) : null}
        onSetUp={startSetup}
        onRegenerate={() => setDialog('regenerate')}
        onDisable={() => setDialog('disable')}
      />
      {flow.step === 'scan' ? (
        <ScanStep
          key={flow.secret}
          secret={flow.secret}
          email={user.email}
          restarting={start.isPending}
          onRestart={startSetup}
          onVerified={() => {
            markSetup(user.uuid, 'codes')
            setFlow({ step: 'codes' })
            createCodes()
          }}
          onCancel={() => {
            settle()
            setFlow({ step: 'status' })
            announce(s.setupCancelled)
            setFocusStatus((n) => n + 1)
          }}
        />
      ) : null}
      {flow.step === 'codes' ? (
        <BackupCodesStep
          email={user.email}
          codes={codes}
          pending={generate.isPending}
          error={generate.error}
          onRetry={createCodes}
          onFinish={() => {
            // The codes leave memory once the user has them.
            settle()
            setCodes(null)
            generate.reset()
            setFlow({ step: 'done' })
            announce(s.doneAnnounce)
          }}
        />
      ) : null}
      {flow.step === 'done' ? <DoneStep /> : null}
      <RegenerateDialog
        open={dialog === 'regenerate'}
        remaining={status.backupCodesRemaining}
        onClose={() => setDialog(null)}
        onDone={(fresh) => {
          // New codes are what an interrupted codes step was missing.
          settle()
          setDialog(null)
          setNewCodes(fresh)
          announce(b.newCodesAnnounce)
        }}
      />
      <DisableDialog
        open={dialog === 'disable'}
        remaining={status.backupCodesRemaining}
        onClose={() => setDialog(null)}
        onDone={() => {
          settle()
          setDialog(null)
          setNewCodes(null)
          setFlow({ step: 'status' })
          announce(s.disabledAnnounce)
          setFocusStatus((n) => n + 1)
        }}
      />
      {/* After the dialogs: their closing hands focus back first, then this heading takes it. */}
      {newCodes ? (
        <NewCodesCard
          codes={newCodes}
          email={user.email}
          onDone={() => {
            setNewCodes(null)
            setFocusStatus((n) => n + 1)
          }}
        />
      ) : null}
    </>
  )
}
