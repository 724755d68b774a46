import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useAnnounce } from '../../../components/live-region'
import { Switch } from '../../../components/switch'
import { currentUserQuery } from '../../../lib/current-user'
import { errorMessage } from '../../../lib/error-message'
import { useNotificationSetting } from '../api/use-notification-setting'
import { isLocked, readSetting, type SettingRef } from '../settings'
import { notificationsStrings } from '../strings'

const strings = notificationsStrings.setting

interface NotificationSwitchProps {
  setting: SettingRef
  /** The stored key suppresses when true (`*_disabled`): the switch shows "send". */
  inverted?: boolean
  label: string
  /** What "on" does, in plain words. */
  description: string
}

/**
 * A notification that saves as soon as it is flipped, optimistically: the switch moves at once,
 * and moves back with the reason, on screen and read out, when the server refuses.
 */
export function NotificationSwitch({
  setting,
  inverted = false,
  label,
  description,
}: NotificationSwitchProps) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { change, saving } = useNotificationSetting(setting)
  const announce = useAnnounce()
  const [error, setError] = useState<string | null>(null)
  const shown = (stored: boolean) => (inverted ? !stored : stored)
  const locked = isLocked(user, setting)

  const onChange = async (on: boolean) => {
    setError(null)
    const outcome = await change(shown(on))
    if (!outcome) return
    if (outcome.ok) {
      announce(strings.saved(label, shown(outcome.value)))
      return
    }
    const message = errorMessage(outcome.error, notificationsStrings.errors)
    setError(message)
    announce(strings.failed(label, message))
  }

  return (
    <div className="notification-setting" aria-busy={saving || undefined}>
      <Switch
        label={label}
        description={locked ? `${description} ${strings.locked}` : description}
        checked={shown(readSetting(user, setting))}
        disabled={locked}
        onChange={(on) => void onChange(on)}
      />
      {error ? <p className="field-error notification-error">{error}</p> : null}
    </div>
  )
}
