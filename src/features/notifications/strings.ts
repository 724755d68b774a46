export const notificationsStrings = {
  intro:
    'Which emails PostHog sends you. Every switch saves as soon as you flip it; if a change can’t be saved, the switch moves back and says why.',

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
    intro: 'Emails when people bring you into a conversation.',
    discussions: 'Mentions in comments',
    discussionsHint:
      'When on, PostHog emails you when someone @mentions you in a comment or discussion.',
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
