import { plural, t } from '@lingui/core/macro'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** "Demo Organization and Acme", in the active language (read when the message is built). */
const listOf = (names: string[]) =>
  new Intl.ListFormat(i18n.locale, { style: 'long', type: 'conjunction' }).format(
    names.map(isolate),
  )

export const dangerZoneStrings = {
  get pageIntro() {
    return t`Actions here cannot be undone.`
  },
  get cardTitle() {
    return t`Delete your account`
  },
  get cardIntro() {
    return t`Deleting your account removes your profile, your settings, your two-factor setup and your personal API keys for good. It cannot be undone, and nobody, including support, can bring it back.`
  },
  membershipsIntro: (count: number) =>
    plural(count, {
      one: 'You are still a member of this organization. PostHog deletes an account only once it belongs to no organization, so leave or delete it first (Organization settings in PostHog):',
      other:
        'You are still a member of these organizations. PostHog deletes an account only once it belongs to no organization, so leave or delete them first (Organization settings in PostHog):',
    }),
  get open() {
    return t({ message: 'Delete account…', comment: 'Button that opens the confirmation dialog' })
  },
  get dialogTitle() {
    return t`Delete your account?`
  },
  dialogBody: (address: string) => {
    const email = isolate(address)
    return t`This permanently deletes the account ${email} and signs you out. You cannot undo it.`
  },
  /** What the user types to confirm, in their language (compared in confirmation-phrase.ts). */
  get phrase() {
    return t({
      message: 'delete my account',
      comment:
        'The phrase the user types to confirm deleting their account: short, easy to type in this language, in lower case where its spelling allows. Compared ignoring case and extra spaces.',
    })
  },
  get phraseLabel() {
    const phrase = dangerZoneStrings.phrase
    return t({
      message: `To confirm, type “${phrase}”`,
      comment: 'Label of the confirmation field; {phrase} is the translated phrase to type',
    })
  },
  get phraseHint() {
    return t`Capital letters do not matter.`
  },
  get phraseMismatch() {
    const phrase = dangerZoneStrings.phrase
    return t({
      message: `Type “${phrase}” exactly to confirm.`,
      comment: '{phrase} is the translated phrase to type',
    })
  },
  get confirm() {
    return t({ message: 'Delete account', comment: 'Button: deletes the account for good' })
  },
  get deleting() {
    return t({ message: 'Deleting…', comment: 'Busy label of the Delete account button' })
  },
  get cancel() {
    return t({ message: 'Cancel', comment: 'Button: closes the dialog without deleting' })
  },
  errors: {
    memberships: (names: string[]) => {
      if (names.length === 0)
        return t`PostHog didn't delete your account because you're still a member of an organization. Leave or delete it first (Organization settings in PostHog), then come back to delete your account.`
      const organizations = listOf(names)
      const count = names.length
      return plural(count, {
        one: `You're still a member of ${organizations}. Leave or delete that organization first (Organization settings in PostHog), then come back to delete your account.`,
        other: `You're still a member of ${organizations}. Leave or delete those organizations first (Organization settings in PostHog), then come back to delete your account.`,
      })
    },
    get reauthDismissed() {
      return t`Your account wasn't deleted because you didn't confirm it's you. Try again and enter your password when asked.`
    },
  },
}
