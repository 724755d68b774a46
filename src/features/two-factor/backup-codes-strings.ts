import { plural, t } from '@lingui/core/macro'
import { i18n, isolate } from '../../lib/i18n'
// The feature's English catalogue is registered there, once.
import './strings'

/** The file's name is the same in every language: it is a technical name people search for. */
const BACKUP_CODES_FILE_NAME = 'posthog-backup-codes.txt'

/** The day as ISO 8601 (2025-03-14, the user's time zone): unambiguous whoever reads it later. */
const isoDay = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The backup codes' strings: saving the first set (setup's step 4), the file and print-out, and
 * making a new set.
 * Beside strings.ts, which grew past the size files split at; in the same catalogue.
 */
export const backupCodesStrings = {
  // Step 4: backup codes
  get codesTitle() {
    return t`Save your backup codes`
  },
  get codesIntro() {
    return t`Two-factor authentication is on. If you lose your phone, these codes are your way back in: each one works once, instead of a code from your app. This is the only time they are shown.`
  },
  get generating() {
    return t`Creating your backup codes…`
  },
  /** `reason` is the error's own message (a full sentence from the shared catalogue). */
  generateFailed: (reason: string) =>
    t({
      message: `Two-factor authentication is on, but we couldn’t create your backup codes. ${reason}`,
      comment: '{reason} is a sentence saying why, e.g. "Check your connection and try again."',
    }),
  get tryAgain() {
    return t({ message: 'Try again', comment: 'Button: asks for the backup codes again' })
  },
  get codesListLabel() {
    return t({ message: 'Backup codes', comment: 'Accessible name of the list of codes' })
  },
  get download() {
    return t({ message: 'Download .txt', comment: 'Button: saves the codes as a text file' })
  },
  get copy() {
    return t({ message: 'Copy', comment: 'Button: copies the backup codes' })
  },
  get print() {
    return t({ message: 'Print', comment: 'Button: prints the backup codes' })
  },
  fileName: BACKUP_CODES_FILE_NAME,
  get downloaded() {
    const file = BACKUP_CODES_FILE_NAME
    return t({ message: `Downloaded ${file}`, comment: 'Announced once the file is saved' })
  },
  get leaveCodesGuard() {
    return t`These backup codes won’t be shown again. Leave this page without saving them?`
  },
  get savedCheckbox() {
    return t`I have saved these codes`
  },
  get typeBackLabel() {
    return t`Type one of the codes`
  },
  get typeBackHint() {
    return t`So we know they were saved where you can read them.`
  },
  get typeBackMismatch() {
    return t`That isn’t one of the codes above. Check it and try again.`
  },
  get finishHint() {
    return t`To finish, tick the box and type one of the codes.`
  },
  get finish() {
    return t({ message: 'Finish', comment: 'Button: ends 2FA setup' })
  },

  // The backup-codes file and print-out: in the language the user reads when saving them.
  fileHeader: (address: string, created: Date) => {
    const email = isolate(address)
    const date = i18n.date(created, { dateStyle: 'long' })
    // Isolated too: in a right-to-left line, 2025-03-14 would otherwise read 14-03-2025.
    const isoDate = isolate(isoDay(created))
    return [
      t({ message: 'PostHog backup codes', comment: 'First line of the downloaded/printed codes' }),
      t({ message: `Account: ${email}`, comment: 'Line of the downloaded/printed codes' }),
      t({
        message: `Created: ${date} (${isoDate})`,
        comment:
          'Line of the downloaded/printed codes: {date} is written out, {isoDate} is 2025-03-14',
      }),
      t`Each code works once, in place of a code from your authenticator app.`,
    ]
  },

  // Regenerate
  get regenerateTitle() {
    return t`Generate new backup codes?`
  },
  regenerateBody: (count: number) =>
    plural(count, {
      0: 'You have no backup codes left. Be ready to save the new codes right away.',
      one: 'Your # current backup code stops working as soon as you generate new ones. Be ready to save the new codes right away.',
      other:
        'Your # current backup codes stop working as soon as you generate new ones. Be ready to save the new codes right away.',
    }),
  get regenerateConfirm() {
    return t({ message: 'Generate new codes', comment: 'Button in the confirmation dialog' })
  },
  get regenerating() {
    return t({ message: 'Generating…', comment: 'Button while new backup codes are made' })
  },
  get regenerateReauthDismissed() {
    return t`No new codes were generated because you didn’t confirm it’s you. Your current codes still work.`
  },
  get newCodesTitle() {
    return t`Your new backup codes`
  },
  get newCodesIntro() {
    return t`Your old backup codes no longer work. Save these now: each works once, and this is the only time they are shown.`
  },
  get newCodesDone() {
    return t({ message: 'I have saved them', comment: 'Button: closes the new backup codes' })
  },
  get newCodesAnnounce() {
    return t`New backup codes generated. The old ones no longer work.`
  },
}
