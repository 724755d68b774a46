import type { ErrorMessages } from '../../lib/error-message'
import { formatWait } from '../../lib/strings'

const CODE_MESSAGE = 'Enter the 6-digit code from your email.'

export const emailStrings = {
  pageIntro:
    'The address you sign in with and where PostHog sends mail about your account. A new address takes over only after you enter the code we send to it.',
  loading: 'Loading your email address',

  current: {
    title: 'Your email address',
    label: 'Current address',
    verified: 'Verified',
    notVerified: 'Not verified',
    notVerifiedHint: 'This address has not been confirmed yet.',
    changed: (email: string) =>
      `Your email address is now ${email}. Use it to sign in from now on.`,
    confirmed: (email: string) => `${email} is confirmed. Thank you.`,
  },

  verify: {
    title: 'Confirm your address',
    intro: (email: string) =>
      `We'll email a 6-digit code to ${email}. Entering it here shows the address is yours and that mail about your account reaches you.`,
    send: 'Email me a code',
    sending: 'Sending…',
    sent: (email: string) => `We emailed a 6-digit code to ${email}.`,
    codeIntro: (email: string) =>
      `We emailed a 6-digit code to ${email}. Enter it below to confirm the address.`,
    throttled: (seconds: number | null) =>
      seconds
        ? `We can't send a code right now. You can ask again in ${formatWait(seconds)}.`
        : "We can't send a code right now. Try again tomorrow.",
    errors: {
      email_not_available:
        "This PostHog can't send email, so your address can't be confirmed here. Ask your PostHog administrator.",
    } satisfies ErrorMessages,
  },

  change: {
    title: 'Change your email address',
    intro:
      "We'll email a 6-digit code to the new address. Your current address keeps working until you enter that code.",
    newEmail: 'New email address',
    newEmailHint: 'For your security, we may ask for your password first.',
    submit: 'Send code',
    submitting: 'Sending…',
    required: 'Enter the new email address.',
    invalid: 'Enter an email address like name@example.com.',
    tooLong: 'Use 254 characters or fewer.',
    sameAsCurrent: 'This is already your email address. Enter a different one.',
    samePending: 'A code was already sent to this address.',
    sent: (email: string) => `We emailed a 6-digit code to ${email}.`,
    errors: {
      unique: 'There is already an account with this email address.',
      sso_enforced_current_email:
        "You can't change your email here because your organization signs you in with SSO on your current address's domain. Ask an admin of your organization to change it.",
      sso_enforced_new_email:
        "You can't change your email to that address because its domain signs in with SSO. Use an address on another domain.",
      sensitive_action_required_reauth:
        "Your email wasn't changed because you didn't confirm it's you. Send the code again and enter your password when asked.",
      permission_denied: 'You can only change your email from the PostHog app.',
    } satisfies ErrorMessages,
  },

  pending: {
    title: 'Confirm your new address',
    intro: (pending: string, current: string) =>
      `We emailed a 6-digit code to ${pending}. Enter it below to make it your sign-in address; until then you keep signing in with ${current}.`,
    code: '6-digit code',
    codeHint: 'You can paste it with or without the space.',
    verify: 'Verify',
    verifying: 'Verifying…',
    expiresAt: (time: string) => `The code expires 10 minutes after it was sent, at ${time}.`,
    expiresAbout: (time: string) =>
      `The code expires 10 minutes after it was sent, so by about ${time}.`,
    expired: 'This code has expired. Ask for a new one.',
    resend: 'Resend code',
    resending: 'Sending…',
    resendIn: (seconds: number) =>
      `You can ask for a new code in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    resent: (email: string) => `We sent a new code to ${email}. Earlier codes no longer work.`,
    stillNothing: 'Still nothing? Check your spam folder, or use a different address.',
    resendThrottled: (seconds: number | null) =>
      seconds
        ? `We can't send more codes right now. You can ask again in ${formatWait(seconds)}.`
        : "We can't send more codes right now. Try again tomorrow.",
    useDifferent: 'Use a different address',
    cancel: 'Cancel change',
    cancelling: 'Cancelling…',
    cancelled: (email: string) => `Email change cancelled. You still sign in with ${email}.`,
    alreadyGone: 'There is no pending change any more; it was finished or cancelled elsewhere.',
    cancelErrors: {
      sensitive_action_required_reauth:
        "The change wasn't cancelled because you didn't confirm it's you. Try again and enter your password when asked.",
    } satisfies ErrorMessages,
  },

  codeErrors: {
    invalid_code: "That code isn't right, or it has expired. Check the newest email from us.",
    too_many_attempts: 'Too many incorrect attempts. Request a new code and try again.',
    required: CODE_MESSAGE,
    invalid_input: CODE_MESSAGE,
  } satisfies ErrorMessages,
  codeMessage: CODE_MESSAGE,
  emailTaken: (email: string) =>
    `Another account now uses ${email}, so it can't become yours. Use a different address.`,
  throttled: (seconds: number | null) =>
    seconds
      ? `Too many attempts. You can try again in ${formatWait(seconds)}.`
      : 'Too many attempts. Wait a few minutes and try again.',
}
