import { t } from '@lingui/core/macro'
import type { LoginNotice } from '../../config/paths'
import { isolate, registerEnglish } from '../../lib/i18n'
import type { ErrorMessages } from '../../lib/error-message'
import { formatWait } from '../../lib/strings'
import { messages } from './locales/en.po'

registerEnglish(messages)

export const authStrings = {
  get signInTitle() {
    return t({ message: 'Sign in', comment: 'Heading and page title of the sign-in page' })
  },
  get signInIntro() {
    return t`Sign in to manage your account.`
  },
  get notices(): Record<LoginNotice, string> {
    return {
      'account-deleted': t`Your account was deleted and you were signed out. You can close this page.`,
      'password-changed': t`Your password was changed. Sign in with your new password.`,
    }
  },
  get email() {
    return t({ message: 'Email', comment: 'Label of the email address field' })
  },
  get password() {
    return t({ message: 'Password', comment: 'Label of the password field' })
  },
  get forgotPassword() {
    return t`Forgot password?`
  },
  get showPassword() {
    return t`Show password`
  },
  get hidePassword() {
    return t`Hide password`
  },
  get signIn() {
    return t({ message: 'Sign in', comment: 'Button that sends the email and password' })
  },
  get signingIn() {
    return t`Signing in…`
  },
  get emailRequired() {
    return t`Enter your email address.`
  },
  get emailInvalid() {
    return t`Enter an email address like name@example.com.`
  },
  get passwordRequired() {
    return t`Enter your password.`
  },
  get secondFactorTitle() {
    return t`Two-factor authentication`
  },
  get secondFactorIntro() {
    return t`Enter the 6-digit code from your authenticator app, or one of your backup codes.`
  },
  get code() {
    return t({
      message: 'Authenticator or backup code',
      comment: 'Label of the field for the one-time code',
    })
  },
  get codeHint() {
    return t`A backup code is 8 letters and digits; each works once.`
  },
  get codeRequired() {
    return t`Enter the code from your authenticator app or a backup code.`
  },
  get verify() {
    return t({ message: 'Verify', comment: 'Button that sends the one-time code' })
  },
  get verifying() {
    return t({ message: 'Verifying…', comment: 'The Verify button while the code is checked' })
  },
  get useDifferentAccount() {
    return t`Use a different account`
  },
  get errors() {
    return {
      invalid_credentials: t`That email and password don't match an account. Check both and try again.`,
      too_many_failed_attempts: t`Too many failed sign-ins. This account is locked for 10 minutes; try again after that.`,
      '2fa_invalid': t`That code didn't work. Use the newest code from your app (they change every 30 seconds), or a backup code you haven't used.`,
      '2fa_expired': t`That sign-in took too long. Enter your email and password again.`,
      '2fa_too_many_attempts': t`Too many wrong codes in a row. Wait a few seconds, then try the newest code.`,
      invalid_2fa_session: t`Your sign-in was interrupted. Enter your email and password again.`,
    } satisfies ErrorMessages
  },
  throttled: (seconds: number | null) => {
    const wait = seconds ? formatWait(seconds) : ''
    return seconds
      ? t`Too many attempts. You can try again in ${wait}.`
      : t`Too many attempts. Wait a few minutes and try again.`
  },
  get reauthTitle() {
    return t`Confirm it's you`
  },
  reauthIntro: (address: string) => {
    const email = isolate(address)
    return t`For your security, enter the password for ${email} to continue. Your change will be saved right after.`
  },
  get reauthCodeIntro() {
    return t`Now enter the code from your authenticator app, or a backup code.`
  },
  get reauthIncorrect() {
    return t`That password is incorrect.`
  },
  get confirm() {
    return t({ message: 'Confirm', comment: 'Button that sends the password to confirm identity' })
  },
  get confirming() {
    return t`Confirming…`
  },
  get cancel() {
    return t({ message: 'Cancel', comment: 'Button that closes the identity check unconfirmed' })
  },
  get reauthDone() {
    return t`Identity confirmed. Saving your change.`
  },
  get signOut() {
    return t`Sign out`
  },
  get signingOut() {
    return t`Signing out…`
  },
  get signOutFailed() {
    return t`We couldn't sign you out. Check your connection and try again.`
  },
}
