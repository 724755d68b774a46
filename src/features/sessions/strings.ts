import { plural, t } from '@lingui/core/macro'
import type { ErrorMessages } from '../../lib/error-message'
import { isolate, registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

export const sessionsStrings = {
  get pageIntro() {
    return t`Every browser where you are signed in to your account. If you don’t recognise one, sign it out and change your password.`
  },
  get title() {
    return t({ message: 'Where you’re signed in', comment: 'Heading of the list of sessions' })
  },
  get loading() {
    return t`Loading your sessions`
  },
  get listLabel() {
    return t({ message: 'Sessions', comment: 'Accessible name of the list of signed-in browsers' })
  },
  get empty() {
    return t`No active sessions found.`
  },

  // One session
  get unknownDevice() {
    return t({ message: 'Unknown device', comment: 'A session whose browser could not be told' })
  },
  get thisDevice() {
    return t({ message: 'This device', comment: 'Tag on the session of the browser in use' })
  },
  get methodLabel() {
    return t({ message: 'Signed in with', comment: 'Label of the sign-in method, e.g. Password' })
  },
  get placeLabel() {
    return t({ message: 'Location', comment: 'Label of where a session signed in from' })
  },
  get startedLabel() {
    return t({ message: 'Started', comment: 'Label of the date a session signed in' })
  },
  get lastActiveLabel() {
    return t({ message: 'Last active', comment: 'Label of when a session was last used' })
  },
  get unknown() {
    return t({ message: 'Unknown', comment: 'A session fact the server does not know' })
  },
  get activeNow() {
    return t({ message: 'Active now', comment: 'Last active: within the last minute' })
  },
  get methods() {
    return {
      password: t({ message: 'Password', comment: 'Sign-in method of a session' }),
      passkey: t({ message: 'Passkey', comment: 'Sign-in method of a session' }),
    }
  },

  // Sign out one
  get signOut() {
    return t({ message: 'Sign out', comment: 'Button: signs out one other session' })
  },
  signOutLabel: (device: string) => {
    const name = isolate(device)
    return t({
      message: `Sign out ${name}`,
      comment: 'Accessible name of the sign-out button of a session, e.g. "Sign out Chrome on Mac"',
    })
  },
  signOutTitle: (device: string) => {
    const name = isolate(device)
    return t`Sign out ${name}?`
  },
  get signOutBody() {
    return t`That browser is signed out the next time it opens a page or does anything in your account. Personal API keys keep working.`
  },
  get signOutConfirm() {
    return t({ message: 'Sign out', comment: 'Confirm button of the dialog signing out a session' })
  },
  get signingOut() {
    return t({ message: 'Signing out…', comment: 'Busy button while a session is signed out' })
  },
  get signedOut() {
    return t`Signed out of that session.`
  },
  get alreadyGone() {
    return t`That session had already ended.`
  },

  // Sign out all others
  get signOutOthers() {
    return t`Sign out all other sessions`
  },
  get noOthers() {
    return t({ message: 'No other sessions', comment: 'Why "Sign out all other sessions" is off' })
  },
  get signOutOthersTitle() {
    return t`Sign out all other sessions?`
  },
  get signOutOthersBody() {
    return t`Every other browser is signed out the next time it opens a page or does anything in your account. This one stays signed in, and personal API keys keep working.`
  },
  get signOutOthersConfirm() {
    return t({
      message: 'Sign out others',
      comment: 'Confirm button: signs out all other sessions',
    })
  },
  signedOutOthers: (count: number) =>
    count === 0
      ? t`There were no other sessions to sign out.`
      : plural(count, {
          one: 'Signed out of # other session.',
          other: 'Signed out of # other sessions.',
        }),
  get cancel() {
    return t({ message: 'Cancel', comment: 'Closes a confirm dialog without signing anything out' })
  },
  /** The re-auth dialog was dismissed: nothing was signed out. */
  get errors(): ErrorMessages {
    return {
      sensitive_action_required_reauth: t`Nothing was signed out because you didn’t confirm it’s you. Try again and enter your password when asked.`,
    }
  },
}
