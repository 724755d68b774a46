import { t } from '@lingui/core/macro'
import { registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** Passkey sign-in and a passkey as the second factor (issue 17). */
export const passkeySignInStrings = {
  get or() {
    return t({ message: 'or', comment: 'Divider between the password form and the passkey button' })
  },
  get signIn() {
    return t`Sign in with a passkey`
  },
  get signingIn() {
    return t({
      message: 'Waiting for your passkey…',
      comment: 'Busy button label while the browser asks for a passkey',
    })
  },
  get signInCancelled() {
    return t`Passkey sign-in was cancelled and nothing changed. Try again, or use your password.`
  },
  get notAccepted() {
    return t`That passkey wasn't accepted. It may have been removed from your account: try another passkey, or use your password.`
  },
  get challengeLost() {
    return t`The passkey sign-in took too long to finish. Try again.`
  },
  get notForThisSite() {
    return t`That passkey isn't saved for this site. Pick a passkey you made for PostHog, or use your password.`
  },
  get ssoOnly() {
    return t`This account signs in with single sign-on (SSO) only, not with a passkey.`
  },
  get awaitingVerification() {
    return t`Your account is awaiting verification. Open the link in the email we sent you, then sign in.`
  },
  get lockedOut() {
    return t`Too many failed attempts: this account is locked for 10 minutes. Try again after that.`
  },
  get promptFailed() {
    return t`Your browser or passkey couldn't finish the check. Try again, or use another way.`
  },
  get unsupported() {
    return t`This browser can't use passkeys.`
  },

  // The second factor
  get checking() {
    return t`Checking how you can verify…`
  },
  get usePasskey() {
    return t`Use a passkey`
  },
  get passkeyOnlyIntro() {
    return t`Your account's second factor is a passkey. Use it to finish signing in.`
  },
  get secondFactorCancelled() {
    return t`The passkey check was cancelled and nothing changed. Try again when you're ready.`
  },
  get invalidPasskey() {
    return t`That passkey isn't one of this account's. Use a passkey saved for this account.`
  },
  get passkeyFailed() {
    return t`Your passkey couldn't be verified. Try again.`
  },
  get noChallenge() {
    return t`The passkey check didn't start properly. Try again.`
  },
  get sessionLost() {
    return t`This sign-in is no longer waiting for a second factor. Go back and enter your password again.`
  },
  get passkeysOff() {
    return t`Passkeys are no longer a second factor for this account. Go back and sign in again.`
  },
  get elsewhere() {
    return t`Your account's second factor is a passkey, and it works only on PostHog's own site, not here. Sign in there with your passkey.`
  },
  get elsewhereLink() {
    return t`Sign in on PostHog's site`
  },
  get noPasskeysHere() {
    return t`Your account's second factor is a passkey, but this browser can't use passkeys. Try another browser or device.`
  },
}
