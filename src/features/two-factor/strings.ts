import { plural, t } from '@lingui/core/macro'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { formatWait } from '../../lib/strings'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** How many backup codes a fresh set has (PostHog's django-two-factor-auth default). */
const CODES_PER_SET = 10

export const twoFactorStrings = {
  get pageIntro() {
    return t`Two-factor authentication asks for a code from your phone when you sign in, so a stolen password alone is not enough.`
  },
  get loading() {
    return t`Loading two-factor authentication`
  },

  // Status card
  get statusTitle() {
    return t({ message: 'Status', comment: 'Heading of the card that says whether 2FA is on' })
  },
  get statusLabel() {
    return t({
      message: 'Two-factor authentication',
      comment: 'Label of the fact "On" or "Off" in the status card',
    })
  },
  get methodLabel() {
    return t({ message: 'Method', comment: 'Label of the second factor in use, e.g. Passkey' })
  },
  get backupCodesLabel() {
    return t({ message: 'Backup codes left', comment: 'Label of a count, e.g. "7 of 10"' })
  },
  get enabled() {
    return t({ message: 'On', comment: 'State of two-factor authentication' })
  },
  get disabled() {
    return t({ message: 'Off', comment: 'State of two-factor authentication' })
  },
  get methods() {
    return {
      TOTP: t({ message: 'Authenticator app', comment: 'Second-factor method' }),
      passkey: t({ message: 'Passkey', comment: 'Second-factor method' }),
      none: t({ message: 'None', comment: 'Second-factor method: none set up' }),
    }
  },
  get offIntro() {
    return t`Set it up with an authenticator app such as 1Password, Google Authenticator or Authy. It takes about two minutes.`
  },
  get passkeyIntro() {
    return t`Your passkeys already protect your sign-in. You can add an authenticator app as well, which also gives you backup codes.`
  },
  backupCodesCount: (count: number) => {
    const left = i18n.number(count)
    const total = i18n.number(CODES_PER_SET)
    return t({
      message: `${left} of ${total}`,
      comment: 'Backup codes left out of a full set, e.g. "7 of 10"',
    })
  },
  nudge: (count: number) =>
    count === 0
      ? t`You have no backup codes left. If you lose your phone you could be locked out: generate new codes now.`
      : plural(count, {
          one: 'Only # backup code left. Generate new ones before you run out, so losing your phone never locks you out.',
          other:
            'Only # backup codes left. Generate new ones before you run out, so losing your phone never locks you out.',
        }),
  get setUp() {
    return t`Set up two-factor authentication`
  },
  get addAuthenticator() {
    return t`Add an authenticator app`
  },
  get starting() {
    return t({ message: 'Starting…', comment: 'Button while 2FA setup starts' })
  },
  get regenerate() {
    return t`Generate new backup codes`
  },
  get disable() {
    return t`Turn off two-factor authentication`
  },

  // Step 1 and 2: scan, or type the key
  get scanTitle() {
    return t`Add your account to your authenticator app`
  },
  get scanIntro() {
    return t`Open your authenticator app, choose to add an account, and scan this QR code with your phone’s camera.`
  },
  qrLabel: (address: string) => {
    const email = isolate(address)
    return t`QR code to add ${email} to your authenticator app`
  },
  get cantScan() {
    return t`Can’t scan? Type the key instead`
  },
  get manualIntro() {
    return t`In your app, choose to enter a setup key, use your email as the account name, and type this key. It is time-based (TOTP).`
  },
  get keyLabel() {
    return t({ message: 'Setup key', comment: 'The secret typed into an authenticator app' })
  },
  get accountLabel() {
    return t({ message: 'Account', comment: 'Label of the email address the app should show' })
  },
  get copyKey() {
    return t({ message: 'Copy key', comment: 'Button: copies the setup key' })
  },
  get copyLink() {
    return t({ message: 'Copy setup link', comment: 'Button: copies the otpauth:// link' })
  },
  get cancelSetup() {
    return t`Cancel setup`
  },
  get setupCancelled() {
    return t`Setup cancelled. Two-factor authentication is still off.`
  },

  // Step 3: the code
  get codeLabel() {
    return t`6-digit code from your app`
  },
  get codeHint() {
    return t`The code changes every 30 seconds. It is checked as soon as you type the sixth digit.`
  },
  /** The hint once two codes were refused: the usual hint, then the clock's. */
  get codeAndClockHint() {
    const hint = this.codeHint
    const clock = this.clockHint
    return t({
      message: `${hint} ${clock}`,
      comment: 'Two hints shown one after the other below the code field',
    })
  },
  get verify() {
    return t({ message: 'Verify code', comment: 'Button: sends the 6-digit code' })
  },
  get verifying() {
    return t({ message: 'Checking…', comment: 'Button while the code is checked' })
  },
  get codeFormat() {
    return t`Enter the 6 digits your app shows, like 123456.`
  },
  get clockHint() {
    return t`Still not working? Codes depend on the exact time: make sure your phone sets its date and time automatically, then try the newest code.`
  },
  errors: {
    get token_invalid() {
      return t`That code didn’t match. Enter the newest code your app shows for this account; it changes every 30 seconds.`
    },
    get setup_expired() {
      return t`This setup expired: it has to be finished within 10 minutes. Start again to get a new QR code.`
    },
    get reauthDismissed() {
      return t`Two-factor authentication was not turned on because you didn’t confirm it’s you. Enter the newest code to try again.`
    },
    throttled: (seconds: number | null) => {
      const wait = seconds ? formatWait(seconds) : ''
      return seconds
        ? t`Too many codes tried. You can try again in ${wait}.`
        : t`Too many codes tried. Wait a few minutes and try again.`
    },
  },
  // A setup dropped by a reload or by leaving the page (setup-mark.ts)
  interruptedScan: (isEnabled: boolean) =>
    isEnabled
      ? t`Your setup was interrupted, so your authenticator app wasn’t added. Start again to get a new code.`
      : t`Your setup was interrupted, so two-factor authentication is still off. Start again to get a new code.`,
  get interruptedOldEntry() {
    return t`If your app already shows an entry from the interrupted setup, delete it: its codes won’t work.`
  },
  get interruptedCodes() {
    return t`Your setup was interrupted before you saved your backup codes. Two-factor authentication is on, so generate new codes now: without them, losing your phone would lock you out.`
  },
  get startAgain() {
    return t({ message: 'Start again', comment: 'Button: restarts 2FA setup with a new QR code' })
  },

  // Step 5: done
  get doneTitle() {
    return t`Two-factor authentication is on`
  },
  get doneIntro() {
    return t`Next time you sign in, we’ll ask for a code from your app. Keep your backup codes somewhere safe, away from your phone.`
  },
  get doneAnnounce() {
    return t`Two-factor authentication is on.`
  },

  // Disable
  get disableTitle() {
    return t`Turn off two-factor authentication?`
  },
  disableConsequences: (count: number) => [
    t`Signing in will need only your password, so anyone who learns it can get in.`,
    count === 0
      ? t`Your authenticator app’s codes stop working at once.`
      : plural(count, {
          one: 'Your authenticator app’s codes and your # remaining backup code stop working at once.',
          other:
            'Your authenticator app’s codes and your # remaining backup codes stop working at once.',
        }),
    t`To turn it on again you’ll scan a new QR code and get new backup codes.`,
  ],
  get disableConfirm() {
    return t({ message: 'Turn off', comment: 'Button: turns off two-factor authentication' })
  },
  get disabling() {
    return t({ message: 'Turning off…', comment: 'Button while 2FA is turned off' })
  },
  get disableReauthDismissed() {
    return t`Two-factor authentication is still on because you didn’t confirm it’s you.`
  },
  get disabledAnnounce() {
    return t`Two-factor authentication is off.`
  },
  get cancel() {
    return t({ message: 'Cancel', comment: 'Button: closes the dialog without doing anything' })
  },
}
