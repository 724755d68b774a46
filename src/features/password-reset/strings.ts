import { t } from '@lingui/core/macro'
import { isolate, registerEnglish } from '../../lib/i18n'
import type { ErrorMessages } from '../../lib/error-message'
import { formatWait } from '../../lib/strings'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** Sentences of the forgot-password page (/reset) and the reset page (/reset/:uuid/:token). */
export const resetStrings = {
  get email() {
    return t({ message: 'Email', comment: 'Label of the email address field' })
  },
  get emailRequired() {
    return t`Enter your email address.`
  },
  get emailInvalid() {
    return t`Enter an email address like name@example.com.`
  },
  get backToSignIn() {
    return t`Back to sign in`
  },
  get showPassword() {
    return t({ message: 'Show password', comment: 'Button that reveals the typed password' })
  },
  get hidePassword() {
    return t({ message: 'Hide password', comment: 'Button that masks the typed password again' })
  },
  /** Both pages say it: a signed-in visitor learns this browser is signed out too. */
  get signsOutEverywhere() {
    return t`Choosing a new password signs you out on every device and browser, this one included.`
  },

  forgot: {
    get title() {
      return t({ message: 'Reset your password', comment: 'Heading of the forgot-password page' })
    },
    get intro() {
      return t`Enter the email address you sign in with and we'll send you a link to choose a new password.`
    },
    get send() {
      return t({ message: 'Send reset link', comment: 'Button that asks for the reset email' })
    },
    get sending() {
      return t({ message: 'Sending…', comment: 'Busy button label while the reset link is sent' })
    },
    get sentTitle() {
      return t`Check your email`
    },
    /** Never says whether the address has an account: PostHog answers the same either way. */
    sent: (address: string) => {
      const email = isolate(address)
      return t`If an account exists for ${email}, we've sent it a link to choose a new password. The link is valid for one day.`
    },
    get spam() {
      return t`Nothing after a few minutes? Check your spam folder, or send the link again.`
    },
    get sendAgain() {
      return t`Send again`
    },
    get sentAgain() {
      return t`We've sent the link again.`
    },
    get otherAddress() {
      return t`Use a different address`
    },
    get errors() {
      return {
        sso_enforced: t`Password reset is turned off for this address because your organization signs in with single sign-on (SSO). Sign in with SSO instead.`,
        email_not_available: t`This PostHog can't send email, so it can't send reset links. Ask your administrator to reset your password.`,
      } satisfies ErrorMessages
    },
    throttled: (seconds: number | null) => {
      const wait = seconds ? formatWait(seconds) : ''
      return seconds
        ? t`Too many reset requests for this address. You can ask again in ${wait}.`
        : t`Too many reset requests for this address. Try again tomorrow.`
    },
  },

  reset: {
    get title() {
      return t({ message: 'Choose a new password', comment: 'Heading of the reset page' })
    },
    get intro() {
      return t`Pick a password you don't use anywhere else.`
    },
    get checking() {
      return t`Checking your reset link…`
    },
    get invalidTitle() {
      return t`This reset link doesn't work`
    },
    get invalid() {
      return t`The link is invalid or has expired. Links work once, for one day, and stop working when the password changes.`
    },
    get requestNew() {
      return t`Request a new link`
    },
    get newPassword() {
      return t({ message: 'New password', comment: 'Label of the new password on the reset page' })
    },
    get newPasswordHint() {
      return t({
        message: 'At least 8 characters and hard to guess. A few unrelated words work well.',
        comment: 'Hint under the new password on the reset page',
      })
    },
    get confirmPassword() {
      return t({
        message: 'Confirm new password',
        comment: 'Label of the repeated password on the reset page',
      })
    },
    get save() {
      return t`Change password and sign out everywhere`
    },
    get saving() {
      return t({ message: 'Changing password…', comment: 'Busy button on the reset page' })
    },
    get tooShort() {
      return t({ message: 'Use at least 8 characters.', comment: 'New password too short' })
    },
    get tooLong() {
      return t({ message: 'Use at most 128 characters.', comment: 'New password too long' })
    },
    get confirmRequired() {
      return t({ message: 'Type the new password again.', comment: 'Confirm field left empty' })
    },
    get mismatch() {
      return t({
        message: "The passwords don't match. Type the new password again.",
        comment: 'Confirm field differs from the new password',
      })
    },
    get signedIn() {
      return t`Your password was changed and you are signed in.`
    },
  },
}
