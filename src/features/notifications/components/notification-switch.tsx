import { useSuspenseQuery } from '@tanstack/react-query'
import { SaveStatus } from '../../../components/save-status'
import { Switch } from '../../../components/switch'
import { currentUserQuery } from '../../../lib/current-user'
import { useNotificationSetting } from '../api/use-notification-setting'
import { isLocked, readSetting, type SettingRef } from '../settings'
import { notificationsStrings } from '../strings'

const strings = notificationsStrings.setting

export interface NotificationSwitchProps {
  setting: SettingRef
  /** The stored key suppresses when true (`*_disabled`): the switch shows "send". */
  inverted?: boolean
  label: string
  /** What "on" does, in plain words. */
  description: string
}

/**
 * A notification that saves as soon as it is flipped, optimistically: the switch moves at once
 * with "Saving…" beside it, then "Saved"; when the server refuses it moves back, says "Not saved"
 * beside it and why under its label, and reads that out (docs/decisions/0012-save-model.md).
 */
export function NotificationSwitch({
  setting,
  inverted = false,
  label,
  description,
}: NotificationSwitchProps) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const shown = (stored: boolean) => (inverted ? !stored : stored)
  const { change, saving, state, error } = useNotificationSetting(setting, {
    saved: (value) => strings.saved(label, shown(value)),
    failed: (message) => strings.failed(label, message),
    errors: notificationsStrings.errors,
  })
  const locked = isLocked(user, setting)

  return (
    <div className="notification-setting" aria-busy={saving || undefined}>
      <Switch
        label={label}
        description={locked ? strings.locked(description) : description}
        checked={shown(readSetting(user, setting))}
        disabled={locked}
        onChange={(on) => void change(shown(on))}
        status={<SaveStatus state={state} />}
        error={error}
      />
    </div>
  )
}

/** Switches listed as data, in order; each label is unique on the page. */
export function NotificationSwitches({ switches }: { switches: NotificationSwitchProps[] }) {
  return switches.map((props) => <NotificationSwitch key={props.label} {...props} />)
}
