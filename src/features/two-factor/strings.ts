import { formatWait } from '../../lib/strings'

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many)

export const twoFactorStrings = {
  pageIntro:
    'Two-factor authentication asks for a code from your phone when you sign in, so a stolen password alone is not enough.',
  loading: 'Loading two-factor authentication',

  // Status card
  statusTitle: 'Status',
  statusLabel: 'Two-factor authentication',
  methodLabel: 'Method',
  backupCodesLabel: 'Backup codes left',
  enabled: 'On',
  disabled: 'Off',
  methods: { TOTP: 'Authenticator app', passkey: 'Passkey', none: 'None' },
  offIntro:
    'Set it up with an authenticator app such as 1Password, Google Authenticator or Authy. It takes about two minutes.',
  passkeyIntro:
    'Your passkeys already protect your sign-in. You can add an authenticator app as well, which also gives you backup codes.',
  backupCodesCount: (count: number) => `${count} of 10`,
  nudge: (count: number) =>
    count === 0
      ? 'You have no backup codes left. If you lose your phone you could be locked out: generate new codes now.'
      : `Only ${count} ${plural(count, 'backup code', 'backup codes')} left. Generate new ones before you run out, so losing your phone never locks you out.`,
  setUp: 'Set up two-factor authentication',
  addAuthenticator: 'Add an authenticator app',
  starting: 'Starting…',
  regenerate: 'Generate new backup codes',
  disable: 'Turn off two-factor authentication',

  // Step 1 and 2: scan, or type the key
  scanTitle: 'Add your account to your authenticator app',
  scanIntro:
    'Open your authenticator app, choose to add an account, and scan this QR code with your phone’s camera.',
  qrLabel: (email: string) => `QR code to add ${email} to your authenticator app`,
  cantScan: 'Can’t scan? Type the key instead',
  manualIntro:
    'In your app, choose to enter a setup key, use your email as the account name, and type this key. It is time-based (TOTP).',
  keyLabel: 'Setup key',
  accountLabel: 'Account',
  copyKey: 'Copy key',
  copyLink: 'Copy setup link',
  cancelSetup: 'Cancel setup',
  setupCancelled: 'Setup cancelled. Two-factor authentication is still off.',

  // Step 3: the code
  codeLabel: '6-digit code from your app',
  codeHint: 'The code changes every 30 seconds. It is checked as soon as you type the sixth digit.',
  verify: 'Verify code',
  verifying: 'Checking…',
  codeFormat: 'Enter the 6 digits your app shows, like 123456.',
  clockHint:
    'Still not working? Codes depend on the exact time: make sure your phone sets its date and time automatically, then try the newest code.',
  errors: {
    token_invalid:
      'That code didn’t match. Enter the newest code your app shows for this account; it changes every 30 seconds.',
    setup_expired:
      'This setup expired: it has to be finished within 10 minutes. Start again to get a new QR code.',
    reauthDismissed:
      'Two-factor authentication was not turned on because you didn’t confirm it’s you. Enter the newest code to try again.',
    throttled: (seconds: number | null) =>
      seconds
        ? `Too many codes tried. You can try again in ${formatWait(seconds)}.`
        : 'Too many codes tried. Wait a few minutes and try again.',
  },
  startAgain: 'Start again',

  // Step 4: backup codes
  codesTitle: 'Save your backup codes',
  codesIntro:
    'Two-factor authentication is on. If you lose your phone, these codes are your way back in: each one works once, instead of a code from your app. This is the only time they are shown.',
  generating: 'Creating your backup codes…',
  generateFailed: 'Two-factor authentication is on, but we couldn’t create your backup codes.',
  tryAgain: 'Try again',
  codesListLabel: 'Backup codes',
  download: 'Download .txt',
  copy: 'Copy',
  print: 'Print',
  downloaded: 'Downloaded posthog-backup-codes.txt',
  savedCheckbox: 'I have saved these codes',
  typeBackLabel: 'Type one of the codes',
  typeBackHint: 'So we know they were saved where you can read them.',
  typeBackMismatch: 'That isn’t one of the codes above. Check it and try again.',
  finishHint: 'To finish, tick the box and type one of the codes.',
  finish: 'Finish',

  // Step 5: done
  doneTitle: 'Two-factor authentication is on',
  doneIntro:
    'Next time you sign in, we’ll ask for a code from your app. Keep your backup codes somewhere safe, away from your phone.',
  doneAnnounce: 'Two-factor authentication is on.',

  // The backup-codes file and print-out
  fileName: 'posthog-backup-codes.txt',
  fileHeader: (email: string, date: string) => [
    'PostHog backup codes',
    `Account: ${email}`,
    `Created: ${date}`,
    'Each code works once, in place of a code from your authenticator app.',
  ],

  // Regenerate
  regenerateTitle: 'Generate new backup codes?',
  regenerateBody: (count: number) =>
    `Your ${count} current backup ${plural(count, 'code stops', 'codes stop')} working as soon as you generate new ones. Be ready to save the new codes right away.`,
  regenerateConfirm: 'Generate new codes',
  regenerating: 'Generating…',
  regenerateReauthDismissed:
    'No new codes were generated because you didn’t confirm it’s you. Your current codes still work.',
  newCodesTitle: 'Your new backup codes',
  newCodesIntro:
    'Your old backup codes no longer work. Save these now: each works once, and this is the only time they are shown.',
  newCodesDone: 'I have saved them',
  newCodesAnnounce: 'New backup codes generated. The old ones no longer work.',

  // Disable
  disableTitle: 'Turn off two-factor authentication?',
  disableConsequences: (count: number) => [
    'Signing in will need only your password, so anyone who learns it can get in.',
    count === 0
      ? 'Your authenticator app’s codes stop working at once.'
      : `Your authenticator app’s codes and your ${count} remaining backup ${plural(count, 'code', 'codes')} stop working at once.`,
    'To turn it on again you’ll scan a new QR code and get new backup codes.',
  ],
  disableConfirm: 'Turn off',
  disabling: 'Turning off…',
  disableReauthDismissed:
    'Two-factor authentication is still on because you didn’t confirm it’s you.',
  disabledAnnounce: 'Two-factor authentication is off.',
  cancel: 'Cancel',
}
