const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

export const dangerZoneStrings = {
  pageIntro: 'Actions here cannot be undone.',
  cardTitle: 'Delete your account',
  cardIntro:
    'Deleting your account removes your profile, your settings, your two-factor setup and your personal API keys for good. It cannot be undone, and nobody, including support, can bring it back.',
  membershipsIntro: (count: number) =>
    count === 1
      ? 'You are still a member of this organization. PostHog deletes an account only once it belongs to no organization, so leave or delete it first (Organization settings in PostHog):'
      : 'You are still a member of these organizations. PostHog deletes an account only once it belongs to no organization, so leave or delete them first (Organization settings in PostHog):',
  open: 'Delete account…',
  dialogTitle: 'Delete your account?',
  dialogBody: (email: string) =>
    `This permanently deletes the account ${email} and signs you out. You cannot undo it.`,
  phrase: 'delete my account',
  phraseLabel: 'To confirm, type “delete my account”',
  phraseHint: 'Capital letters do not matter.',
  phraseMismatch: 'Type “delete my account” exactly to confirm.',
  confirm: 'Delete account',
  deleting: 'Deleting…',
  cancel: 'Cancel',
  errors: {
    memberships: (names: string[]) =>
      names.length === 0
        ? "PostHog didn't delete your account because you're still a member of an organization. Leave or delete it first (Organization settings in PostHog), then come back to delete your account."
        : `You're still a member of ${listFormat.format(names)}. Leave or delete ${
            names.length === 1 ? 'that organization' : 'those organizations'
          } first (Organization settings in PostHog), then come back to delete your account.`,
    reauthDismissed:
      "Your account wasn't deleted because you didn't confirm it's you. Try again and enter your password when asked.",
  },
}
