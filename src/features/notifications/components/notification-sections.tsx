import { useSuspenseQuery } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { notificationsStrings } from '../strings'
import { SectionCard } from '../../../components/section-card'
import {
  NotificationSwitch,
  NotificationSwitches,
  type NotificationSwitchProps,
} from './notification-switch'
import { ThresholdForm } from './threshold-form'

// Polarity (contract section 2.1): `*_disabled` keys suppress when true, so their switches are
// inverted; plugin_disabled is the exception, true means "send".

export function ErrorTrackingSection() {
  const s = notificationsStrings.errorTracking
  return (
    <SectionCard strings={s} rows={1}>
      <NotificationSwitches
        switches={[
          {
            setting: { key: 'error_tracking_issue_assigned' },
            label: s.assigned,
            description: s.assignedHint,
          },
        ]}
      />
    </SectionCard>
  )
}

function Threshold() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  return <ThresholdForm share={user.notification_settings.data_pipeline_error_threshold} />
}

const pipelines = notificationsStrings.pipelines
/** Built at render, so the labels are in the active language. */
const pipelineSwitches = (): NotificationSwitchProps[] => [
  // Despite its name, true means "send" (posthog/models/user.py NOTIFICATION_DEFAULTS).
  {
    setting: { key: 'plugin_disabled' },
    label: pipelines.failures,
    description: pipelines.failuresHint,
  },
  {
    setting: { key: 'materialized_view_sync_failed' },
    label: pipelines.viewSync,
    description: pipelines.viewSyncHint,
  },
  {
    setting: { key: 'materialized_view_sync_failed_daily' },
    label: pipelines.viewSyncDaily,
    description: pipelines.viewSyncDailyHint,
  },
  {
    setting: { key: 'materialized_view_sync_failed_immediate' },
    label: pipelines.viewSyncImmediate,
    description: pipelines.viewSyncImmediateHint,
  },
]

export function PipelinesSection() {
  return (
    <SectionCard strings={pipelines} rows={5}>
      <NotificationSwitches switches={pipelineSwitches()} />
      <Threshold />
    </SectionCard>
  )
}

export function SecuritySection() {
  const s = notificationsStrings.security
  return (
    <SectionCard strings={s} rows={1}>
      <NotificationSwitches
        switches={[
          {
            setting: { key: 'project_api_key_exposed' },
            label: s.apiKeyExposed,
            description: s.apiKeyExposedHint,
          },
        ]}
      />
    </SectionCard>
  )
}

const mentions = notificationsStrings.mentions
const mentionSwitches = (): NotificationSwitchProps[] => [
  {
    setting: { key: 'discussions_mentioned' },
    label: mentions.discussions,
    description: mentions.discussionsHint,
  },
  {
    setting: { key: 'task_comments_slack_dm' },
    label: mentions.taskCommentsSlack,
    description: mentions.taskCommentsSlackHint,
  },
]

export function MentionsSection() {
  return (
    <SectionCard strings={mentions} rows={2}>
      <NotificationSwitches switches={mentionSwitches()} />
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
