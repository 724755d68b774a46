import type { LoginNotice } from '../../config/paths'
import type { ErrorMessages } from '../../lib/error-message'
import { formatWait } from '../../lib/strings'

export const authStrings = {
  signInTitle: 'Sign in',
  signInIntro: 'Sign in to manage your account.',
  notices: {
    'account-deleted': 'Your account was deleted and you were signed out. You can close this page.',
  } as Record<LoginNotice, string>,
  email: 'Email',
  password: 'Password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  passwordRequired: 'Enter your password.',
  secondFactorTitle: 'Two-factor authentication',
  secondFactorIntro:
    'Enter the 6-digit code from your authenticator app, or one of your backup codes.',
  code: 'Authenticator or backup code',
  codeHint: 'A backup code is 8 letters and digits; each works once.',
  codeRequired: 'Enter the code from your authenticator app or a backup code.',
  verify: 'Verify',
  verifying: 'Verifying…',
  useDifferentAccount: 'Use a different account',
  errors: {
    invalid_credentials:
      "That email and password don't match an account. Check both and try again.",
    too_many_failed_attempts:
      'Too many failed sign-ins. This account is locked for 10 minutes; try again after that.',
    '2fa_invalid':
      "That code didn't work. Use the newest code from your app (they change every 30 seconds), or a backup code you haven't used.",
    '2fa_expired': 'That sign-in took too long. Enter your email and password again.',
    '2fa_too_many_attempts':
      'Too many wrong codes in a row. Wait a few seconds, then try the newest code.',
    invalid_2fa_session: 'Your sign-in was interrupted. Enter your email and password again.',
  } satisfies ErrorMessages,
  throttled: (seconds: number | null) =>
    seconds
      ? `Too many attempts. You can try again in ${formatWait(seconds)}.`
      : 'Too many attempts. Wait a few minutes and try again.',
  reauthTitle: "Confirm it's you",
  reauthIntro: (email: string) =>
    `For your security, enter the password for ${email} to continue. Your change will be saved right after.`,
  reauthCodeIntro: 'Now enter the code from your authenticator app, or a backup code.',
  reauthIncorrect: 'That password is incorrect.',
  confirm: 'Confirm',
  confirming: 'Confirming…',
  cancel: 'Cancel',
  reauthDone: 'Identity confirmed. Saving your change.',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutFailed: "We couldn't sign you out. Check your connection and try again.",
}
