import { t } from '@lingui/core/macro'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { commonStrings } from '../../lib/strings'
import { messages } from './locales/en.po'
registerEnglish(messages)

/** A share (0.0–1.0) as a percentage in the active language: "5%", "0,5 %". */
const formatShare = (share: number) =>
  i18n.number(share, { style: 'percent', maximumFractionDigits: 4 })

// Every value is a getter (read at render, in the active language); the groups are plain
// objects, so `const s = notificationsStrings.inApp` at module level stays live.
// The weekly digests' strings are in digests-strings.ts.
export const notificationsStrings = {
  get intro() {
    return t`Which emails and other notifications PostHog sends you. Every switch saves as soon as you flip it; if a change can’t be saved, the switch moves back and says why.`
  },

  errorTracking: {
    get title() {
      return t({ message: 'Error tracking', comment: 'Section heading; the PostHog product' })
    },
    get intro() {
      return t`Emails about issues in error tracking.`
    },
    get assigned() {
      return t`Issue assigned to me`
    },
    get assignedHint() {
      return t`When on, PostHog emails you when someone assigns an error tracking issue to you.`
    },
    get loading() {
      return t`Loading your error tracking settings`
    },
  },

  pipelines: {
    get title() {
      return t`Data pipelines`
    },
    get intro() {
      return t`Emails about destinations, transformations and the data warehouse.`
    },
    get failures() {
      return t`Pipeline failures`
    },
    get failuresHint() {
      return t`When on, PostHog emails you when a destination or transformation keeps failing or is turned off because of errors.`
    },
    get viewSync() {
      return t`Materialized view sync failures`
    },
    get viewSyncHint() {
      return t`When on, PostHog emails you when a materialized view in your data warehouse fails to sync.`
    },
    get viewSyncDaily() {
      return t`Materialized view failures: daily summary`
    },
    get viewSyncDailyHint() {
      return t`When on, PostHog sends one email a day listing every materialized view that failed to sync. Works only while “Materialized view sync failures” is on.`
    },
    get viewSyncImmediate() {
      return t`Materialized view failures: right away`
    },
    get viewSyncImmediateHint() {
      return t`When on, PostHog emails you as soon as a materialized view starts failing to sync. Works only while “Materialized view sync failures” is on.`
    },
    get threshold() {
      return t`Error rate that triggers an alert`
    },
    get thresholdHint() {
      return t`A percentage from 0 to 100. PostHog emails you about a pipeline once this share of its events fail. Default 1%.`
    },
    get thresholdRequired() {
      return t`Enter a percentage from 0 to 100.`
    },
    get thresholdNotNumber() {
      return t`Enter a number, like 5 or 0.5.`
    },
    get thresholdRange() {
      return t`Enter a percentage from 0 to 100.`
    },
    get percentSuffix() {
      return t({ message: '%', comment: 'The percent sign shown after the error rate input' })
    },
    get save() {
      return t`Save error rate`
    },
    get saving() {
      return commonStrings.saving
    },
    get saved() {
      return t({ message: 'Saved', comment: 'Status next to the Save button after a save' })
    },
    /** `share` as stored (0.05 is 5 %), formatted in the active language. */
    announceSaved: (share: number) => {
      const rate = formatShare(share)
      return t`Error rate for alerts saved: ${rate}.`
    },
    get loading() {
      return t`Loading your pipeline settings`
    },
  },

  security: {
    get title() {
      return t({ message: 'Security', comment: 'Section heading' })
    },
    get intro() {
      return t`Emails about risks to your projects.`
    },
    get apiKeyExposed() {
      return t`Exposed project API keys`
    },
    get apiKeyExposedHint() {
      return t`When on, PostHog emails you if it finds one of your project API keys published somewhere public, such as a code repository.`
    },
    get loading() {
      return t`Loading your security settings`
    },
  },

  mentions: {
    get title() {
      return t({ message: 'Mentions', comment: 'Section heading: @mentions of you' })
    },
    get intro() {
      return t`When people bring you into a conversation.`
    },
    get discussions() {
      return t`Mentions in comments`
    },
    get discussionsHint() {
      return t`When on, PostHog emails you when someone @mentions you in a comment or discussion.`
    },
    get taskCommentsSlack() {
      return t`Task comments in Slack`
    },
    get taskCommentsSlackHint() {
      return t`When on, PostHog sends you a Slack direct message (not an email) when someone mentions you, replies to you or comments on your task in PostHog Tasks. Needs your Slack account linked in PostHog.`
    },
    get loading() {
      return t`Loading your mention settings`
    },
  },

  organizations: {
    get title() {
      return t`Your organizations`
    },
    get intro() {
      return t`Emails about the people in your organizations.`
    },
    memberJoined: (name: string) => {
      const organization = isolate(name)
      return t`New members in ${organization}`
    },
    memberJoinedHint: (name: string) => {
      const organization = isolate(name)
      return t`When on, PostHog emails you when someone joins ${organization}.`
    },
    get none() {
      return t`You're not in an organization, so there is nothing to choose here.`
    },
    get loading() {
      return t`Loading your organization settings`
    },
  },

  inApp: {
    get title() {
      return t`In-app notifications`
    },
    get intro() {
      return t`What PostHog shows under the bell while you use it. Each project keeps its own choices.`
    },
    project: (name: string) => {
      const project = isolate(name)
      return t`These are for your current project, ${project}.`
    },
    get noProject() {
      return t`You're not in a project yet, so there is nothing to choose here.`
    },
    get noTypes() {
      return t`Your PostHog has no in-app notifications to choose from.`
    },
    hint: (name: string) => {
      const project = isolate(name)
      return t({
        message: `When on, it appears under the bell in ${project}.`,
        comment: 'In-app notification switch hint; "the bell" is the notifications icon',
      })
    },
    get loading() {
      return t`Loading your in-app notification settings`
    },
  },

  setting: {
    /** A switch's hint when the organization locked the setting. */
    locked: (hint: string) =>
      t({
        message: `${hint} Set by your organization; it can’t be changed here.`,
        comment: '{hint} is the switch’s own hint sentence',
      }),
    /** Read out once a switch saved; `label` is the switch's label. */
    saved: commonStrings.switchSaved,
    failed: commonStrings.settingNotChanged,
  },

  get errors(): Record<string, string> {
    return {
      sensitive_action_required_reauth: commonStrings.notSavedReauth,
      permission_denied: t`Your organization sets this notification, so it can’t be changed here.`,
    }
  },
}
