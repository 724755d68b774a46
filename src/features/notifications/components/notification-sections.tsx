import { useSuspenseQuery } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { notificationsStrings } from '../strings'
import { SectionCard } from '../../../components/section-card'
import { NotificationSwitch } from './notification-switch'
import { ThresholdForm } from './threshold-form'

// Polarity (contract section 2.1): `*_disabled` keys suppress when true, so their switches are
// inverted; plugin_disabled is the exception, true means "send".

export function ErrorTrackingSection() {
  const s = notificationsStrings.errorTracking
  return (
    <SectionCard strings={s} rows={1}>
      <NotificationSwitch
        setting={{ key: 'error_tracking_issue_assigned' }}
        label={s.assigned}
        description={s.assignedHint}
      />
    </SectionCard>
  )
}

function Threshold() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  return <ThresholdForm share={user.notification_settings.data_pipeline_error_threshold} />
}

export function PipelinesSection() {
  const s = notificationsStrings.pipelines
  return (
    <SectionCard strings={s} rows={5}>
      <NotificationSwitch
        // Despite its name, true means "send" (posthog/models/user.py NOTIFICATION_DEFAULTS).
        setting={{ key: 'plugin_disabled' }}
        label={s.failures}
        description={s.failuresHint}
      />
      <NotificationSwitch
        setting={{ key: 'materialized_view_sync_failed' }}
        label={s.viewSync}
        description={s.viewSyncHint}
      />
      <NotificationSwitch
        setting={{ key: 'materialized_view_sync_failed_daily' }}
        label={s.viewSyncDaily}
        description={s.viewSyncDailyHint}
      />
      <NotificationSwitch
        setting={{ key: 'materialized_view_sync_failed_immediate' }}
        label={s.viewSyncImmediate}
        description={s.viewSyncImmediateHint}
      />
      <Threshold />
    </SectionCard>
  )
}

export function SecuritySection() {
  const s = notificationsStrings.security
  return (
    <SectionCard strings={s} rows={1}>
      <NotificationSwitch
        setting={{ key: 'project_api_key_exposed' }}
        label={s.apiKeyExposed}
        description={s.apiKeyExposedHint}
      />
    </SectionCard>
  )
}

export function MentionsSection() {
  const s = notificationsStrings.mentions
  return (
    <SectionCard strings={s} rows={2}>
      <NotificationSwitch
        setting={{ key: 'discussions_mentioned' }}
        label={s.discussions}
        description={s.discussionsHint}
      />
      <NotificationSwitch
        setting={{ key: 'task_comments_slack_dm' }}
        label={s.taskCommentsSlack}
        description={s.taskCommentsSlackHint}
      />
    </SectionCard>
  )
}

function Organizations() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const s = notificationsStrings.organizations
  if (user.organizations.length === 0) return <p className="hint">{s.none}</p>
  return user.organizations.map((organization) => (
    <NotificationSwitch
      key={organization.id}
      setting={{ key: 'organization_member_join_email_disabled', id: organization.id }}
      inverted
      label={s.memberJoined(organization.name)}
      description={s.memberJoinedHint(organization.name)}
    />
  ))
}

export function OrganizationsSection() {
  const s = notificationsStrings.organizations
  return (
    <SectionCard strings={s} rows={1}>
      <Organizations />
    </SectionCard>
  )
}
