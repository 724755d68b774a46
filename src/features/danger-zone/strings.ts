import { plural, t } from '@lingui/core/macro'
import { isolate, registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

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
      one: 'You can’t delete your account yet: you are still a member of this organization, and PostHog deletes an account only once it belongs to no organization. Leave it or delete it first:',
      other:
        'You can’t delete your account yet: you are still a member of these organizations, and PostHog deletes an account only once it belongs to no organization. Leave or delete each of them first:',
    }),
  leaveInPostHog: (name: string) => {
    const organization = isolate(name)
    return t({
      message: `Leave or delete ${organization} in PostHog`,
      comment: 'Link to PostHog’s organization settings; {organization} is its name',
    })
  },
  leaveLocally: (name: string) => {
    const organization = isolate(name)
    return t({
      message: `Why ${organization} can’t be left on the local server`,
      comment:
        'Link to the local dev server’s page explaining it has no organization settings; {organization} is its name',
    })
  },
  get switchFirst() {
    return t`PostHog shows the settings of your current organization: switch to this one there first.`
  },
  get comeBack() {
    return t`Once you belong to no organization, come back here: this page updates by itself.`
  },
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
    get memberships() {
      return t`PostHog didn’t delete your account: it still belongs to an organization, now listed on this page. Leave or delete it first, then come back to delete your account.`
    },
    get reauthDismissed() {
      return t`Your account wasn't deleted because you didn't confirm it's you. Try again and enter your password when asked.`
    },
  },
}
