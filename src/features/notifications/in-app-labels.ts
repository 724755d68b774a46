import { t } from '@lingui/core/macro'
import type { NotificationType } from '../../../contract/enums'
// The feature's English catalogue is registered by strings.ts, which every user of these imports.
import './strings'

/** NotificationType values (contract/enums.ts) in plain words, as switch labels (read at render). */
export const IN_APP_LABELS = {
  get comment_mention() {
    return t`Someone mentions you in a comment`
  },
  get alert_firing() {
    return t`An alert fires`
  },
  get issue_assigned() {
    return t`An issue is assigned to you`
  },
  get approval_requested() {
    return t`Someone asks for your approval`
  },
  get approval_resolved() {
    return t`Your approval request is answered`
  },
  get experiment_concluded() {
    return t`An experiment ends`
  },
  get pipeline_failure() {
    return t`A data pipeline fails`
  },
  get project_created() {
    return t`A project is created`
  },
  get usage_spike() {
    return t`Usage spikes`
  },
  get reminder() {
    return t`Your reminders are due`
  },
  get web_analytics_digest() {
    return t`Your web analytics summary is ready`
  },
  get achievement_unlocked() {
    return t`You unlock an achievement`
  },
  get subscription_nudge() {
    return t`Tips about your subscription`
  },
  get email_reputation() {
    return t`Your email sending reputation drops`
  },
  get materialization_failure() {
    return t`A materialized view fails`
  },
} satisfies Record<NotificationType, string>
