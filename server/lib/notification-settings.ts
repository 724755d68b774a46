// Placeholder: the notification-settings work replaces this with validation and merge rules.
const DEFAULTS = {
  plugin_disabled: true,
  discussions_mentioned: true,
  project_weekly_digest_disabled: {},
  all_weekly_digest_disabled: false,
  error_tracking_issue_assigned: true,
  error_tracking_weekly_digest: true,
  web_analytics_weekly_digest: true,
  data_pipeline_error_threshold: 0.01,
  project_api_key_exposed: true,
  materialized_view_sync_failed: false,
  organization_member_join_email_disabled: {},
}

export function withNotificationDefaults(stored: Record<string, unknown>): Record<string, unknown> {
  return { ...DEFAULTS, ...stored }
}

export function mergeNotificationSettings(current: Record<string, unknown>, patch: unknown): Record<string, unknown> {
  return { ...current, ...(patch as Record<string, unknown>) }
}
