import { formatWait } from '../../lib/strings'

export const passwordStrings = {
  pageIntro: 'Change the password you use to sign in.',
  changeTitle: 'Change password',
  changeIntro:
    "Pick one you don't use on any other site; a password manager can make and remember it.",
  setTitle: 'Set a password',
  setIntro:
    'Your account has no password yet (you sign in another way). Set one to also sign in with your email and password.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: 'At least 8 characters and hard to guess. A few unrelated words work well.',
  confirmPassword: 'Confirm new password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  otherSessions:
    'Saving signs you out on your other devices and browsers; you stay signed in here.',
  save: 'Change password',
  saveNew: 'Set password',
  saving: 'Saving…',
  changed: 'Password changed.',
  currentRequired: 'Enter your current password.',
  tooShort: 'Use at least 8 characters.',
  tooLong: 'Use at most 128 characters.',
  confirmRequired: 'Type the new password again.',
  mismatch: "The passwords don't match. Type the new password again.",

  strength: {
    checking: 'Checking strength…',
    unavailable:
      "The strength check couldn't load. Your password will still be checked when you save.",
    labels: ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const,
    label: (label: string) => `Strength: ${label}.`,
    accepted: 'Strong enough.',
    tooShort: 'Too short: use at least 8 characters.',
    notYet: 'Not strong enough yet.',
    announce: (label: string, verdict: string, advice: string) =>
      `Password strength: ${label}. ${verdict}${advice ? ` ${advice}` : ''}`,
  },

  errors: {
    tooWeak: (detail: string) =>
      detail === 'This password is too weak.' || !detail
        ? 'This password is too easy to guess. Add another word or two; uncommon words are better.'
        : `This password is too easy to guess. ${detail}`,
    throttled: (seconds: number | null) =>
      seconds
        ? `Too many password attempts. You can try again in ${formatWait(seconds)}.`
        : 'Too many password attempts. Wait a minute and try again.',
    reauthDismissed:
      "Your password wasn't changed because you didn't confirm it's you. Save again to retry.",
  },
}
