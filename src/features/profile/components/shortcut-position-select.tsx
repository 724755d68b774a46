import { useSuspenseQuery } from '@tanstack/react-query'
import { Field } from '../../../components/field'
import { SaveStatus } from '../../../components/save-status'
import { currentUserQuery } from '../../../lib/current-user'
import { usePreference } from '../api/use-preference'
import { profileStrings } from '../strings'

const strings = profileStrings.tools
const POSITIONS = ['above', 'below', 'hidden'] as const
type Position = (typeof POSITIONS)[number]

/** PostHog returns a stored null (and treats "") as "above" (UserSerializer.to_representation). */
const toPosition = (value: string | null | undefined): Position =>
  value === 'below' || value === 'hidden' ? value : 'above'

/**
 * Saves on change. Arrow keys on a closed select can fire several changes in a row: one request
 * runs at a time and the last choice made while it ran is sent after it (usePreference). The
 * select shows that choice meanwhile with "Saving…" beside it, then the server's value and "Saved".
 */
export function ShortcutPositionSelect() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const label = strings.shortcutPosition
  const { change, saving, pending, state, error } = usePreference<Position>({
    read: (saved) => toPosition(saved.shortcut_position),
    write: (position) => ({ shortcut_position: position }),
    announce: {
      saved: (position) =>
        profileStrings.preference.selectSaved(label, strings.shortcutPositions[position]),
      failed: (message) => profileStrings.preference.failed(label, message),
      errors: profileStrings.errors,
    },
  })

  return (
    <div className="preference-select" aria-busy={saving || undefined}>
      <Field
        label={label}
        description={strings.shortcutPositionHint}
        error={error ?? undefined}
        after={<SaveStatus state={state} />}
      >
        <select
          autoComplete="off"
          value={pending?.value ?? toPosition(user.shortcut_position)}
          onChange={(event) => void change(toPosition(event.target.value))}
        >
          {POSITIONS.map((position) => (
            <option key={position} value={position}>
              {strings.shortcutPositions[position]}
            </option>
          ))}
        </select>
      </Field>
    </div>
  )
}
