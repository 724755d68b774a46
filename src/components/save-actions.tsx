import { Button } from './button'

interface SaveActionsProps {
  pending: boolean
  dirty: boolean
  /** True after a successful save, until the next change. */
  saved: boolean
  labels: { save: string; saving: string; saved: string }
}

/** A form's Save button (disabled until something changed or while saving) and its "Saved" status. */
export function SaveActions({ pending, dirty, saved, labels }: SaveActionsProps) {
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" busy={pending} disabled={!dirty || pending}>
        {pending ? labels.saving : labels.save}
      </Button>
      {saved && !dirty ? <p className="form-status">{labels.saved}</p> : null}
    </div>
  )
}
