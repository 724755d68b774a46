import { Button } from './button'

interface SaveActionsProps {
  pending: boolean
  dirty: boolean
  /** True after a successful save, until the next change. */
  saved: boolean
  labels: { save: string; saving: string; saved: string }
}

/**
 * A form's Save button and its "Saved" status. The button does nothing until something changed
 * and while saving, but stays focusable (`focusable`): a disabled button under the user's focus
 * would drop it to the page. Enter in a field then keeps focus in the field.
 */
export function SaveActions({ pending, dirty, saved, labels }: SaveActionsProps) {
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" focusable busy={pending} disabled={!dirty}>
        {pending ? labels.saving : labels.save}
      </Button>
      {saved && !dirty ? <p className="form-status">{labels.saved}</p> : null}
    </div>
  )
}
