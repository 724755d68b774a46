import { useSuspenseQuery } from '@tanstack/react-query'
import type { PersonalApiKey } from '../../../../contract/personal-api-keys'
import { ConfirmActionDialog } from '../../../components/confirm-dialog'
import { Dialog } from '../../../components/dialog'
import { currentUserQuery } from '../../../lib/current-user'
import type { ErrorMessages } from '../../../lib/error-message'
import { useCreateKey } from '../api/use-create-key'
import { useDeleteKey } from '../api/use-delete-key'
import { useRollKey } from '../api/use-roll-key'
import { useUpdateKey } from '../api/use-update-key'
import { formStrings as f } from '../form-strings'
import { emptyKeyForm, keyFormValues } from '../key-form-values'
import { keysStrings as s } from '../strings'
import { KeyForm } from './key-form'

const actionErrors = (): ErrorMessages => ({
  sensitive_action_required_reauth: s.reauthDismissed,
  not_found: s.notFound,
})

interface CreateProps {
  open: boolean
  onClose: () => void
  onCreated: (key: PersonalApiKey) => void
}

export function CreateKeyDialog({ open, onClose, onCreated }: CreateProps) {
  const create = useCreateKey()
  return (
    <Dialog
      open={open}
      title={f.createTitle}
      onCancel={() => (create.isPending ? undefined : onClose())}
    >
      <KeyForm
        initial={emptyKeyForm}
        mutation={create}
        submitLabel={f.createSubmit}
        busyLabel={f.creating}
        onSaved={onCreated}
        onCancel={onClose}
      />
    </Dialog>
  )
}

interface KeyProps {
  /** The key acted on; null while the dialog is closed. */
  apiKey: PersonalApiKey | null
  onClose: () => void
  onDone: (key: PersonalApiKey) => void
}

/** Rename and change scopes or projects, with the create form's picker. */
export function EditKeyDialog({ apiKey, onClose, onDone }: KeyProps) {
  const update = useUpdateKey(apiKey?.id ?? '')
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const known = new Set((user.organization?.teams ?? []).map((team) => team.id))
  return (
    <Dialog
      open={apiKey !== null}
      title={f.editTitle(apiKey?.label ?? '')}
      onCancel={() => (update.isPending ? undefined : onClose())}
    >
      {apiKey ? (
        <KeyForm
          initial={keyFormValues(apiKey)}
          otherTeams={(apiKey.scoped_teams ?? []).filter((id) => !known.has(id))}
          mutation={update}
          submitLabel={f.editSubmit}
          busyLabel={f.saving}
          onSaved={onDone}
          onCancel={onClose}
        />
      ) : null}
    </Dialog>
  )
}

/** Says the old value dies at once, and what breaks, before a new one is made. */
export function RollKeyDialog({ apiKey, onClose, onDone }: KeyProps) {
  return (
    <ConfirmActionDialog
      open={apiKey !== null}
      action={useRollKey(apiKey?.id ?? '')}
      title={s.rollTitle(apiKey?.label ?? '')}
      consequences={<p>{s.rollBody}</p>}
      confirmLabel={s.rollConfirm}
      busyLabel={s.rolling}
      cancelLabel={s.cancel}
      errorMessages={actionErrors()}
      onDone={onDone}
      onCancel={onClose}
    />
  )
}

export function DeleteKeyDialog({ apiKey, onClose, onDone }: KeyProps) {
  return (
    <ConfirmActionDialog
      open={apiKey !== null}
      action={useDeleteKey(apiKey?.id ?? '')}
      title={s.removeTitle(apiKey?.label ?? '')}
      consequences={<p>{s.removeBody}</p>}
      confirmLabel={s.removeConfirm}
      busyLabel={s.removing}
      cancelLabel={s.cancel}
      errorMessages={actionErrors()}
      onDone={() => apiKey && onDone(apiKey)}
      onCancel={onClose}
    />
  )
}
