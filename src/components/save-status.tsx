import type { SaveState } from '../lib/use-instant-setting'
import { commonStrings } from '../lib/strings'
import './save-status.css'

interface SaveStatusProps {
  state: SaveState
  /** The words for `state` when they differ ("Changes not saved yet…" for the hedgehog's wait). */
  text?: string
  id?: string
}

/**
 * What an instant control shows beside itself (docs/architecture.md, Save model): "Saving…" while
 * its request runs, "Saved" once the server has the choice, "Not saved" when it refused (the
 * reason goes under the control). Visible text, not a live region: the control's hook announces
 * the outcome once, in a sentence naming the setting. Empty while nothing was changed.
 */
export function SaveStatus({ state, text, id }: SaveStatusProps) {
  const words =
    text ??
    (state === 'saving'
      ? commonStrings.saving
      : state === 'saved'
        ? commonStrings.saved
        : state === 'failed'
          ? commonStrings.notSaved
          : '')
  return (
    <span className="save-status" data-state={state} id={id}>
      {words}
    </span>
  )
}
