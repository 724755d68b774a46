export const profileStrings = {
  intro:
    'Your name and role as your teammates see them in PostHog, the organization and project you work in, and how PostHog treats your data and tools.',

  details: {
    title: 'Your details',
    intro: 'How you appear to your teammates in PostHog.',
    firstName: 'First name',
    lastName: 'Last name',
    lastNameHint: 'Optional.',
    role: 'Role at your organization',
    roleHint: 'What you mostly do at work. PostHog uses it to suggest tools that fit.',
    chooseRole: 'Choose a role',
    email: 'Email',
    changeEmail: 'Change email',
    pendingEmail: (address: string) => `Waiting for you to confirm ${address}.`,
    save: 'Save details',
    saving: 'Saving…',
    saved: 'Saved',
    announceSaved: 'Your details were saved.',
    firstNameRequired: 'Enter your first name.',
    firstNameTooLong: 'Use 150 characters or fewer for your first name.',
    lastNameTooLong: 'Use 150 characters or fewer for your last name.',
    loading: 'Loading your details',
  },

  workspace: {
    title: 'Organization and project',
    intro:
      'PostHog opens in this organization and project. Switching changes it everywhere you are signed in.',
    noOrganization:
      "You're not in an organization yet. When someone invites you to one, you can switch to it here.",
    organization: 'Current organization',
    organizationHint: 'Switching organization also opens its first project.',
    switchOrganization: 'Switch organization',
    project: 'Current project',
    noProjects: 'This organization has no projects yet.',
    switchProject: 'Switch project',
    switching: 'Switching…',
    switchedOrganization: (organization: string, project: string | null) =>
      project
        ? `Switched to ${organization}. Your project is now ${project}.`
        : `Switched to ${organization}.`,
    switchedProject: (project: string) => `Switched to the ${project} project.`,
    notSwitched: (message: string) => `Not switched. ${message}`,
    loading: 'Loading your organizations',
  },

  privacy: {
    title: 'Privacy',
    intro: 'What PostHog may do with data about you.',
    anonymize: 'Anonymize my data',
    anonymizeHint:
      'When on, PostHog replaces your identity in the analytics it collects about your own use of PostHog.',
    impersonation: 'Allow support to sign in as me',
    impersonationHint:
      'When on, PostHog support staff can sign in to your account to help you fix a problem.',
    loading: 'Loading your privacy settings',
  },

  tools: {
    title: 'Tools',
    intro: 'Helpers PostHog shows while you work.',
    toolbar: 'Show the PostHog toolbar',
    toolbarHint: 'The toolbar appears on your own website so you can inspect it with PostHog.',
    suggestions: 'Suggest new tools',
    suggestionsHint: 'PostHog suggests tools in the sidebar based on what you use.',
    mcpHints: 'Show MCP hints after I take actions',
    mcpHintsHint:
      'Tips on doing the same thing from your AI assistant through PostHog’s MCP server.',
    shortcutPosition: 'Where your shortcuts appear',
    shortcutPositionHint:
      'The position of your shortcuts in PostHog’s navigation. Saved when you choose.',
    shortcutPositions: { above: 'Above', below: 'Below', hidden: 'Hidden' },
    loading: 'Loading your tool settings',
  },

  preference: {
    saving: 'Saving…',
    switchSaved: (label: string, on: boolean) => `${label}: ${on ? 'on' : 'off'}. Saved.`,
    selectSaved: (label: string, value: string) => `${label}: ${value}. Saved.`,
    failed: (label: string, message: string) => `${label} was not changed. ${message}`,
  },

  errors: {
    sensitive_action_required_reauth:
      "Not saved: we need to confirm it's you before this change. Try again and enter your password when asked.",
    does_not_exist:
      'That no longer exists or you are no longer a member. Reload the page to see your current access.',
    verified_domain_required:
      'This organization only allows members with a verified email domain. Ask an admin for access.',
  } as Record<string, string>,
}
