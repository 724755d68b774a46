import { plural, t } from '@lingui/core/macro'
import { isolate, registerEnglish } from '../../lib/i18n'
import type { ErrorMessages } from '../../lib/error-message'
import { formatWait } from '../../lib/strings'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** What the code field says for anything that is not six digits (client check and server's 400). */
const codeMessage = () => t`Enter the 6-digit code from your email.`
const sending = () =>
  t({ message: 'Sending…', comment: 'Busy button label while a code is being sent' })

export const emailStrings = {
  get pageIntro() {
    return t`The address you sign in with and where PostHog sends mail about your account. A new address takes over only after you enter the code we send to it.`
  },
  get loading() {
    return t`Loading your email address`
  },

  current: {
    get title() {
      return t`Your email address`
    },
    /** Read out before the address (visually hidden), so it carries its own punctuation. */
    get label() {
      return t({
        message: 'Current address:',
        comment: 'Read by screen readers just before the address itself',
      })
    },
    get verified() {
      return t({ message: 'Verified', comment: 'Tag next to an email address' })
    },
    get notVerified() {
      return t({ message: 'Not verified', comment: 'Tag next to an email address' })
    },
    get notVerifiedHint() {
      return t`This address has not been confirmed yet.`
    },
    changed: (address: string) => {
      const email = isolate(address)
      return t`Your email address is now ${email}. Use it to sign in from now on.`
    },
    confirmed: (address: string) => {
      const email = isolate(address)
      return t`${email} is confirmed. Thank you.`
    },
  },

  verify: {
    get title() {
      return t`Confirm your address`
    },
    intro: (address: string) => {
      const email = isolate(address)
      return t`We'll email a 6-digit code to ${email}. Entering it here shows the address is yours and that mail about your account reaches you.`
    },
    get send() {
      return t({ message: 'Email me a code', comment: 'Button' })
    },
    get sending() {
      return sending()
    },
    sent: (address: string) => {
      const email = isolate(address)
      return t`We emailed a 6-digit code to ${email}.`
    },
    codeIntro: (address: string) => {
      const email = isolate(address)
      return t`We emailed a 6-digit code to ${email}. Enter it below to confirm the address.`
    },
    throttled: (seconds: number | null) => {
      const wait = seconds ? formatWait(seconds) : ''
      return seconds
        ? t`We can't send a code right now. You can ask again in ${wait}.`
        : t`We can't send a code right now. Try again tomorrow.`
    },
    get errors() {
      return {
        email_not_available: t`This PostHog can't send email, so your address can't be confirmed here. Ask your PostHog administrator.`,
      } satisfies ErrorMessages
    },
  },

  change: {
    get title() {
      return t`Change your email address`
    },
    get intro() {
      return t`We'll email a 6-digit code to the new address. Your current address keeps working until you enter that code.`
    },
    get newEmail() {
      return t`New email address`
    },
    get newEmailHint() {
      return t`For your security, we may ask for your password first.`
    },
    get submit() {
      return t({ message: 'Send code', comment: 'Button: emails a code to the new address' })
    },
    get submitting() {
      return sending()
    },
    get required() {
      return t`Enter the new email address.`
    },
    get invalid() {
      return t`Enter an email address like name@example.com.`
    },
    get tooLong() {
      return t`Use 254 characters or fewer.`
    },
    get sameAsCurrent() {
      return t`This is already your email address. Enter a different one.`
    },
    get samePending() {
      return t`A code was already sent to this address.`
    },
    sent: (address: string) => {
      const email = isolate(address)
      return t`We emailed a 6-digit code to ${email}.`
    },
    get errors() {
      return {
        unique: t`There is already an account with this email address.`,
        sso_enforced_current_email: t`You can't change your email here because your organization signs you in with SSO on your current address's domain. Ask an admin of your organization to change it.`,
        sso_enforced_new_email: t`You can't change your email to that address because its domain signs in with SSO. Use an address on another domain.`,
        sensitive_action_required_reauth: t`Your email wasn't changed because you didn't confirm it's you. Send the code again and enter your password when asked.`,
        permission_denied: t`You can only change your email from the PostHog app.`,
      } satisfies ErrorMessages
    },
  },

  pending: {
    get title() {
      return t`Confirm your new address`
    },
    intro: (pendingAddress: string, currentAddress: string) => {
      const pending = isolate(pendingAddress)
      const current = isolate(currentAddress)
      return t`We emailed a 6-digit code to ${pending}. Enter it below to make it your sign-in address; until then you keep signing in with ${current}.`
    },
    get code() {
      return t({ message: '6-digit code', comment: 'Label of the field for the emailed code' })
    },
    get codeHint() {
      return t`You can paste it with or without the space.`
    },
    get verify() {
      return t({ message: 'Verify', comment: 'Button: checks the emailed code' })
    },
    get verifying() {
      return t({ message: 'Verifying…', comment: 'Busy label of the Verify button' })
    },
    expiresAt: (time: string) => t`The code expires 10 minutes after it was sent, at ${time}.`,
    expiresAbout: (time: string) =>
      t`The code expires 10 minutes after it was sent, so by about ${time}.`,
    get expired() {
      return t`This code has expired. Ask for a new one.`
    },
    get resend() {
      return t({ message: 'Resend code', comment: 'Button' })
    },
    get resending() {
      return sending()
    },
    resendIn: (seconds: number) =>
      plural(seconds, {
        one: 'You can ask for a new code in # second.',
        other: 'You can ask for a new code in # seconds.',
      }),
    resent: (address: string) => {
      const email = isolate(address)
      return t`We sent a new code to ${email}. Earlier codes no longer work.`
    },
    get stillNothing() {
      return t`Still nothing? Check your spam folder, or use a different address.`
    },
    resendThrottled: (seconds: number | null) => {
      const wait = seconds ? formatWait(seconds) : ''
      return seconds
        ? t`We can't send more codes right now. You can ask again in ${wait}.`
        : t`We can't send more codes right now. Try again tomorrow.`
    },
    get useDifferent() {
      return t({ message: 'Use a different address', comment: 'Button' })
    },
    get cancel() {
      return t({ message: 'Cancel change', comment: 'Button: drops the pending new address' })
    },
    get cancelling() {
      return t({ message: 'Cancelling…', comment: 'Busy label of the Cancel change button' })
    },
    cancelled: (address: string) => {
      const email = isolate(address)
      return t`Email change cancelled. You still sign in with ${email}.`
    },
    get alreadyGone() {
      return t`There is no pending change any more; it was finished or cancelled elsewhere.`
    },
    get cancelErrors() {
      return {
        sensitive_action_required_reauth: t`The change wasn't cancelled because you didn't confirm it's you. Try again and enter your password when asked.`,
      } satisfies ErrorMessages
    },
  },

  get codeErrors() {
    return {
      invalid_code: t`That code isn't right, or it has expired. Check the newest email from us.`,
      too_many_attempts: t`Too many incorrect attempts. Request a new code and try again.`,
      required: codeMessage(),
      invalid_input: codeMessage(),
    } satisfies ErrorMessages
  },
  get codeMessage() {
    return codeMessage()
  },
  emailTaken: (address: string) => {
    const email = isolate(address)
    return t`Another account now uses ${email}, so it can't become yours. Use a different address.`
  },
  throttled: (seconds: number | null) => {
    const wait = seconds ? formatWait(seconds) : ''
    return seconds
      ? t`Too many attempts. You can try again in ${wait}.`
      : t`Too many attempts. Wait a few minutes and try again.`
  },
}
