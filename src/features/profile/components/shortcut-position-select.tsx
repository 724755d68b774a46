import { useSuspenseQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { currentUserQuery } from '../../../lib/current-user'
import { errorMessage } from '../../../lib/error-message'
import { useUpdateProfile } from '../api/use-update-profile'
import { profileStrings } from '../strings'

const strings = profileStrings.tools
const POSITIONS = ['above', 'below', 'hidden'] as const
type Position = (typeof POSITIONS)[number]

/** PostHog returns a stored null (and treats "") as "above" (UserSerializer.to_representation). */
const toPosition = (value: string | null | undefined): Position =>
  value === 'below' || value === 'hidden' ? value : 'above'

/**
 * Saves on change. Arrow keys on a closed select can fire several changes in a row, so only
 * one request runs at a time and the last choice made while it ran is sent after it.
 */
export function ShortcutPositionSelect() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const update = useUpdateProfile()
  const announce = useAnnounce()
  const [choice, setChoice] = useState<Position | null>(null)
  const [error, setError] = useState<string | null>(null)
  const queued = useRef<Position | null>(null)
  const running = useRef(false)
  const label = strings.shortcutPosition

  const save = async (position: Position) => {
    queued.current = position
    setChoice(position)
    setError(null)
    if (running.current) return
    running.current = true
    try {
      let saved = user
      while (queued.current !== null) {
        const next: Position = queued.current
        queued.current = null
        saved = await update.mutateAsync({ shortcut_position: next })
      }
      const position = toPosition(saved.shortcut_position)
      announce(profileStrings.preference.selectSaved(label, strings.shortcutPositions[position]))
    } catch (failure) {
      queued.current = null
      const message = errorMessage(failure, profileStrings.errors)
      setError(message)
      announce(profileStrings.preference.failed(label, message))
    } finally {
      running.current = false
      // Back to the server's value: the saved one, or the old one when the save failed.
      setChoice(null)
    }
  }

  return (
    <div className="preference-select" aria-busy={update.isPending || undefined}>
      <Field
        label={label}
        description={strings.shortcutPositionHint}
        error={error ?? undefined}
        after={
          update.isPending ? (
            <span className="preference-status">{profileStrings.preference.saving}</span>
          ) : null
        }
      >
        <select
          autoComplete="off"
          value={choice ?? toPosition(user.shortcut_position)}
          onChange={(event) => void save(toPosition(event.target.value))}
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
