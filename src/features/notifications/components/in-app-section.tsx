import { useSuspenseQuery } from '@tanstack/react-query'
import { NOTIFICATION_TYPES, type NotificationType } from '../../../../contract/enums'
import { currentUserQuery } from '../../../lib/current-user'
import { IN_APP_LABELS } from '../in-app-labels'
import { notificationsStrings } from '../strings'
import { SectionCard } from '../../../components/section-card'
import { NotificationSwitch } from './notification-switch'

const s = notificationsStrings.inApp

const known = (type: string): type is NotificationType =>
  (NOTIFICATION_TYPES as readonly string[]).includes(type)

/**
 * realtime_notifications_disabled: type → team id → disabled, so each switch is inverted. Only
 * the types the server says are live (active_realtime_notification_types) and only the current
 * project: fifteen types times every project would bury the page.
 */
function InAppSwitches() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  if (!user.team) return <p className="hint">{s.noProject}</p>
  const team = user.team
  // A newer PostHog may know types this app has no words for yet; those are left out.
  const types = (user.active_realtime_notification_types ?? []).filter(known)
  if (types.length === 0) return <p className="hint">{s.noTypes}</p>
  return (
    <>
      <p className="hint">{s.project(team.name)}</p>
      {types.map((type) => (
        <NotificationSwitch
          key={type}
          setting={{ key: 'realtime_notifications_disabled', type, id: String(team.id) }}
          inverted
          label={IN_APP_LABELS[type]}
          description={s.hint(team.name)}
        />
      ))}
    </>
  )
}

export function InAppSection() {
  return (
    <SectionCard strings={s} rows={3}>
      <InAppSwitches />
    </SectionCard>
  )
}
