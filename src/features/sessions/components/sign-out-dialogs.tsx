import { ConfirmActionDialog } from '../../../components/confirm-dialog'
import type { SignOutResult } from '../api/sessions-queries'
import { useSignOutOtherSessions } from '../api/use-sign-out-other-sessions'
import { useSignOutSession } from '../api/use-sign-out-session'
import { sessionsStrings as s } from '../strings'

interface Props<T> {
  open: boolean
  onClose: () => void
  onDone: (result: T) => void
}

/** Signing out one browser: it learns at its next request, so the dialog says when. */
export function SignOutDialog({
  sessionId,
  device,
  ...props
}: Props<SignOutResult> & { sessionId: string; device: string }) {
  const signOut = useSignOutSession()
  const action = {
    isPending: signOut.isPending,
    mutate: (_: undefined, options: Parameters<typeof signOut.mutate>[1]) =>
      signOut.mutate(sessionId, options),
  }
  return (
    <ConfirmActionDialog
      open={props.open}
      action={action}
      title={s.signOutTitle(device)}
      consequences={<p>{s.signOutBody}</p>}
      confirmLabel={s.signOutConfirm}
      busyLabel={s.signingOut}
      cancelLabel={s.cancel}
      errorMessages={s.errors}
      onDone={props.onDone}
      onCancel={props.onClose}
    />
  )
}

/** Every browser but this one; resolves with how many the server ended. */
export function SignOutOthersDialog({ open, onClose, onDone }: Props<number>) {
  return (
    <ConfirmActionDialog
      open={open}
      action={useSignOutOtherSessions()}
      title={s.signOutOthersTitle}
      consequences={<p>{s.signOutOthersBody}</p>}
      confirmLabel={s.signOutOthersConfirm}
      busyLabel={s.signingOut}
      cancelLabel={s.cancel}
      errorMessages={s.errors}
      onDone={onDone}
      onCancel={onClose}
    />
  )
}
