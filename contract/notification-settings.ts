import * as z from 'zod/mini'
import { notificationTypeSchema } from './enums'

// Polarity is mixed: *_disabled means "suppressed when true", but plugin_disabled=true means
// "send" (posthog/models/user.py NOTIFICATION_DEFAULTS,
// products/support/scripts/toggle_user_notifications.py).
// In PostHog's order, which the server's GET keeps.
export const NOTIFICATION_DEFAULTS = {
  plugin_disabled: true,
  discussions_mentioned: true,
  project_weekly_digest_disabled: {},
  all_weekly_digest_disabled: false,
  error_tracking_issue_assigned: true,
  error_tracking_weekly_digest: true,
  data_pipeline_error_threshold: 0.01,
  project_api_key_exposed: true,
  materialized_view_sync_failed: false,
  web_analytics_weekly_digest: true,
  organization_member_join_email_disabled: {},
} as const satisfies Record<string, boolean | number | Record<string, boolean>>

const idToBoolSchema = z.record(z.string(), z.boolean())
const thresholdSchema = z.number().check(z.gte(0), z.lte(1))

// Keys must look like hog_function:<id>, batch_export:<id> or plugin_config:<id>; at most 1000
// entries (posthog/api/notification_settings.py).
export const MAX_PIPELINE_NOTIFICATIONS = 1000
export const PIPELINE_NOTIFICATION_KEY =
  /^(?:hog_function|batch_export|plugin_config):[0-9a-zA-Z-]{1,128}$/
const pipelineMapSchema = z
  .record(z.string().check(z.regex(PIPELINE_NOTIFICATION_KEY)), z.boolean())
  .check(
    z.refine(
      (m) => Object.keys(m).length <= MAX_PIPELINE_NOTIFICATIONS,
      'At most 1000 pipeline notification entries',
    ),
  )

const D = NOTIFICATION_DEFAULTS

// The newest server always fills defaults in; older versions had fewer keys, so missing keys get
// the documented default instead of failing the whole User parse. Loose: new keys keep coming.
export const notificationSettingsSchema = z.looseObject({
  plugin_disabled: z._default(z.boolean(), D.plugin_disabled),
  discussions_mentioned: z._default(z.boolean(), D.discussions_mentioned),
  error_tracking_issue_assigned: z._default(z.boolean(), D.error_tracking_issue_assigned),
  all_weekly_digest_disabled: z._default(z.boolean(), D.all_weekly_digest_disabled),
  // Int team ids come back as string keys.
  project_weekly_digest_disabled: z._default(idToBoolSchema, D.project_weekly_digest_disabled),
  error_tracking_weekly_digest: z._default(z.boolean(), D.error_tracking_weekly_digest),
  web_analytics_weekly_digest: z._default(z.boolean(), D.web_analytics_weekly_digest),
  data_pipeline_error_threshold: z._default(thresholdSchema, D.data_pipeline_error_threshold),
  project_api_key_exposed: z._default(z.boolean(), D.project_api_key_exposed),
  materialized_view_sync_failed: z._default(z.boolean(), D.materialized_view_sync_failed),
  organization_member_join_email_disabled: z._default(
    idToBoolSchema,
    D.organization_member_join_email_disabled,
  ),
  error_tracking_weekly_digest_project_enabled: z.optional(idToBoolSchema),
  web_analytics_weekly_digest_project_enabled: z.optional(idToBoolSchema),
  pipeline_notifications_disabled: z.optional(z.record(z.string(), z.boolean())),
  // Type keys are NotificationType values, but a newer server may know more types than we do.
  realtime_notifications_disabled: z.optional(z.record(z.string(), idToBoolSchema)),
  materialized_view_sync_failed_daily: z.optional(z.boolean()),
  materialized_view_sync_failed_immediate: z.optional(z.boolean()),
  task_comments_slack_dm: z.optional(z.boolean()),
})
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>

// PATCH merges only the keys sent (maps one level deep); unknown keys are a 400
// "Key <k> is not valid as a key for notification settings", hence strict.
export const notificationSettingsUpdateSchema = z.strictObject({
  plugin_disabled: z.optional(z.boolean()),
  discussions_mentioned: z.optional(z.boolean()),
  error_tracking_issue_assigned: z.optional(z.boolean()),
  all_weekly_digest_disabled: z.optional(z.boolean()),
  project_weekly_digest_disabled: z.optional(idToBoolSchema),
  error_tracking_weekly_digest: z.optional(z.boolean()),
  web_analytics_weekly_digest: z.optional(z.boolean()),
  data_pipeline_error_threshold: z.optional(thresholdSchema),
  project_api_key_exposed: z.optional(z.boolean()),
  materialized_view_sync_failed: z.optional(z.boolean()),
  organization_member_join_email_disabled: z.optional(idToBoolSchema),
  error_tracking_weekly_digest_project_enabled: z.optional(idToBoolSchema),
  web_analytics_weekly_digest_project_enabled: z.optional(idToBoolSchema),
  pipeline_notifications_disabled: z.optional(pipelineMapSchema),
  realtime_notifications_disabled: z.optional(
    z.partialRecord(notificationTypeSchema, idToBoolSchema),
  ),
  materialized_view_sync_failed_daily: z.optional(z.boolean()),
  materialized_view_sync_failed_immediate: z.optional(z.boolean()),
  task_comments_slack_dm: z.optional(z.boolean()),
})
export type NotificationSettingsUpdate = z.infer<typeof notificationSettingsUpdateSchema>

export const notificationLockSchema = z.looseObject({
  setting: z.string(),
  scope_id: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  locked_value: z.optional(z.unknown()),
})
export type NotificationLock = z.infer<typeof notificationLockSchema>
