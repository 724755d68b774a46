import type { NotificationType } from '../../../contract/enums'

export const notificationsStrings = {
  intro:
    'Which emails and other notifications PostHog sends you. Every switch saves as soon as you flip it; if a change can’t be saved, the switch moves back and says why.',

  digests: {
    title: 'Weekly digests',
    intro: 'Summary emails that arrive once a week.',
    all: 'Weekly digest',
    allHint:
      'When on, PostHog emails you a weekly summary of your projects. Off stops every project digest.',
    projectsTitle: 'Projects in your digest',
    projectsIntro: (organization: string) => `Projects of ${organization}.`,
    projectsWhileOff: 'The weekly digest is off, so these choices wait until you turn it back on.',
    project: (name: string) => `${name} digest`,
    projectHint: (name: string) => `When on, your weekly digest includes ${name}.`,
    noProjects: 'Your organization has no projects yet.',
    errorTracking: 'Error tracking digest',
    errorTrackingHint: 'When on, PostHog emails you a weekly summary of new and frequent errors.',
    webAnalytics: 'Web analytics digest',
    webAnalyticsHint:
      'When on, PostHog emails you a weekly summary of visitors, top pages and referrers.',
    errorTrackingProjectsTitle: 'Projects in your error tracking digest',
    webAnalyticsProjectsTitle: 'Projects in your web analytics digest',
    autoPickHint: (organization: string) =>
      `Projects of ${organization}. Until you turn one on, PostHog picks your busiest project for you.`,
    errorTrackingWhileOff:
      'The error tracking digest is off, so these choices wait until you turn it back on.',
    webAnalyticsWhileOff:
      'The web analytics digest is off, so these choices wait until you turn it back on.',
    errorTrackingProject: (name: string) => `Error tracking digest for ${name}`,
    errorTrackingProjectHint: (name: string) =>
      `When on, your error tracking digest covers ${name}.`,
    webAnalyticsProject: (name: string) => `Web analytics digest for ${name}`,
    webAnalyticsProjectHint: (name: string) => `When on, your web analytics digest covers ${name}.`,
    loading: 'Loading your digest settings',
  },

  errorTracking: {
    title: 'Error tracking',
    intro: 'Emails about issues in error tracking.',
    assigned: 'Issue assigned to me',
    assignedHint:
      'When on, PostHog emails you when someone assigns an error tracking issue to you.',
    loading: 'Loading your error tracking settings',
  },

  pipelines: {
    title: 'Data pipelines',
    intro: 'Emails about destinations, transformations and the data warehouse.',
    failures: 'Pipeline failures',
    failuresHint:
      'When on, PostHog emails you when a destination or transformation keeps failing or is turned off because of errors.',
    viewSync: 'Materialized view sync failures',
    viewSyncHint:
      'When on, PostHog emails you when a materialized view in your data warehouse fails to sync.',
    viewSyncDaily: 'Materialized view failures: daily summary',
    viewSyncDailyHint:
      'When on, PostHog sends one email a day listing every materialized view that failed to sync. Works only while “Materialized view sync failures” is on.',
    viewSyncImmediate: 'Materialized view failures: right away',
    viewSyncImmediateHint:
      'When on, PostHog emails you as soon as a materialized view starts failing to sync. Works only while “Materialized view sync failures” is on.',
    threshold: 'Error rate that triggers an alert',
    thresholdHint:
      'A percentage from 0 to 100. PostHog emails you about a pipeline once this share of its events fail. Default 1%.',
    thresholdRequired: 'Enter a percentage from 0 to 100.',
    thresholdNotNumber: 'Enter a number, like 5 or 0.5.',
    thresholdRange: 'Enter a percentage from 0 to 100.',
    percentSuffix: '%',
    save: 'Save error rate',
    saving: 'Saving…',
    saved: 'Saved',
    announceSaved: (percent: string) => `Error rate for alerts saved: ${percent}%.`,
    loading: 'Loading your pipeline settings',
  },

  security: {
    title: 'Security',
    intro: 'Emails about risks to your projects.',
    apiKeyExposed: 'Exposed project API keys',
    apiKeyExposedHint:
      'When on, PostHog emails you if it finds one of your project API keys published somewhere public, such as a code repository.',
    loading: 'Loading your security settings',
  },

  mentions: {
    title: 'Mentions',
    intro: 'When people bring you into a conversation.',
    discussions: 'Mentions in comments',
    discussionsHint:
      'When on, PostHog emails you when someone @mentions you in a comment or discussion.',
    taskCommentsSlack: 'Task comments in Slack',
    taskCommentsSlackHint:
      'When on, PostHog sends you a Slack direct message (not an email) when someone mentions you, replies to you or comments on your task in PostHog Tasks. Needs your Slack account linked in PostHog.',
    loading: 'Loading your mention settings',
  },

  organizations: {
    title: 'Your organizations',
    intro: 'Emails about the people in your organizations.',
    memberJoined: (organization: string) => `New members in ${organization}`,
    memberJoinedHint: (organization: string) =>
      `When on, PostHog emails you when someone joins ${organization}.`,
    none: "You're not in an organization, so there is nothing to choose here.",
    loading: 'Loading your organization settings',
  },

  inApp: {
    title: 'In-app notifications',
    intro:
      'What PostHog shows under the bell while you use it. Each project keeps its own choices.',
    project: (project: string) => `These are for your current project, ${project}.`,
    noProject: "You're not in a project yet, so there is nothing to choose here.",
    noTypes: 'Your PostHog has no in-app notifications to choose from.',
    hint: (project: string) => `When on, it appears under the bell in ${project}.`,
    loading: 'Loading your in-app notification settings',
  },

  setting: {
    saving: 'Saving…',
    locked: 'Set by your organization; it can’t be changed here.',
    saved: (label: string, on: boolean) => `${label}: ${on ? 'on' : 'off'}. Saved.`,
    failed: (label: string, message: string) => `${label} was not changed. ${message}`,
  },

  errors: {
    sensitive_action_required_reauth:
      "Not saved: we need to confirm it's you before this change. Try again and enter your password when asked.",
    permission_denied: 'Your organization sets this notification, so it can’t be changed here.',
  } as Record<string, string>,
}

/** NotificationType values (contract/enums.ts) in plain words, as switch labels. */
export const IN_APP_LABELS: Record<NotificationType, string> = {
  comment_mention: 'Someone mentions you in a comment',
  alert_firing: 'An alert fires',
  issue_assigned: 'An issue is assigned to you',
  approval_requested: 'Someone asks for your approval',
  approval_resolved: 'Your approval request is answered',
  experiment_concluded: 'An experiment ends',
  pipeline_failure: 'A data pipeline fails',
  project_created: 'A project is created',
  usage_spike: 'Usage spikes',
  reminder: 'Your reminders are due',
  web_analytics_digest: 'Your web analytics summary is ready',
  achievement_unlocked: 'You unlock an achievement',
  subscription_nudge: 'Tips about your subscription',
  email_reputation: 'Your email sending reputation drops',
  materialization_failure: 'A materialized view fails',
}
