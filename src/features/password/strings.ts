import { t } from '@lingui/core/macro'
import { i18n, registerEnglish } from '../../lib/i18n'
import { commonStrings, formatWait } from '../../lib/strings'
import { messages } from './locales/en.po'
import { suggestionKeysOf, type SuggestionKey, type WarningKey } from './strength/strength-checker'

registerEnglish(messages)

/** Sentences shown one after another: Japanese runs them on without a space. */
const joinSentences = (sentences: readonly string[]) =>
  sentences.join(i18n.locale === 'ja' ? '' : ' ')

/** zxcvbn's warnings, by its keys (@zxcvbn-ts/language-en words them the same in English). */
const warnings = (): Record<WarningKey, string> => ({
  straightRow: t`Straight rows of keys on your keyboard are easy to guess.`,
  keyPattern: t`Short keyboard patterns are easy to guess.`,
  simpleRepeat: t`Repeated characters like "aaa" are easy to guess.`,
  extendedRepeat: t`Repeated character patterns like "abcabcabc" are easy to guess.`,
  sequences: t`Common character sequences like "abc" are easy to guess.`,
  recentYears: t`Recent years are easy to guess.`,
  dates: t`Dates are easy to guess.`,
  topTen: t`This is a heavily used password.`,
  topHundred: t`This is a frequently used password.`,
  common: t`This is a commonly used password.`,
  similarToCommon: t`This is similar to a commonly used password.`,
  wordByItself: t`Single words are easy to guess.`,
  namesByThemselves: t`Single names or surnames are easy to guess.`,
  commonNames: t`Common names and surnames are easy to guess.`,
  userInputs: t`There should not be any personal or page related data.`,
  pwned: t`Your password was exposed by a data breach on the Internet.`,
})

/** zxcvbn's suggestions, by its keys; the server sends the English ones in its errors. */
const suggestions = (): Record<SuggestionKey, string> => ({
  l33t: t`Avoid predictable letter substitutions like '@' for 'a'.`,
  reverseWords: t`Avoid reversed spellings of common words.`,
  allUppercase: t`Capitalize some, but not all letters.`,
  capitalization: t`Capitalize more than the first letter.`,
  dates: t`Avoid dates and years that are associated with you.`,
  recentYears: t`Avoid recent years.`,
  associatedYears: t`Avoid years that are associated with you.`,
  sequences: t`Avoid common character sequences.`,
  repeated: t`Avoid repeated words and characters.`,
  longerKeyboardPattern: t`Use longer keyboard patterns and change typing direction multiple times.`,
  anotherWord: t`Add more words that are less common.`,
  useWords: t`Use multiple words, but avoid common phrases.`,
  noNeed: t`You can create strong passwords without using symbols, numbers, or uppercase letters.`,
  pwned: t`If you use this password elsewhere, you should change it.`,
})

export const passwordStrings = {
  get pageIntro() {
    return t`Change the password you use to sign in.`
  },
  get changeTitle() {
    return t({ message: 'Change password', comment: 'Heading of the password form' })
  },
  get changeIntro() {
    return t`Pick one you don't use on any other site; a password manager can make and remember it.`
  },
  get setTitle() {
    return t({ message: 'Set a password', comment: 'Heading, for an account without a password' })
  },
  get setIntro() {
    return t`Your account has no password yet (you sign in another way). Set one to also sign in with your email and password.`
  },
  get currentPassword() {
    return t`Current password`
  },
  get newPassword() {
    return t`New password`
  },
  get newPasswordHint() {
    return t`At least 8 characters and hard to guess. A few unrelated words work well.`
  },
  get confirmPassword() {
    return t`Confirm new password`
  },
  get showPassword() {
    return t({ message: 'Show password', comment: 'Button that reveals the typed password' })
  },
  get hidePassword() {
    return t({ message: 'Hide password', comment: 'Button that masks the typed password again' })
  },
  get otherSessions() {
    return t`Saving signs you out on your other devices and browsers; you stay signed in here.`
  },
  get save() {
    return t({ message: 'Change password', comment: 'Button that saves the new password' })
  },
  get saveNew() {
    return t({ message: 'Set password', comment: 'Button, for an account without a password' })
  },
  get saving() {
    return commonStrings.saving
  },
  get changed() {
    return t`Password changed.`
  },
  get currentRequired() {
    return t`Enter your current password.`
  },
  get tooShort() {
    return t`Use at least 8 characters.`
  },
  get tooLong() {
    return t`Use at most 128 characters.`
  },
  get confirmRequired() {
    return t`Type the new password again.`
  },
  get mismatch() {
    return t`The passwords don't match. Type the new password again.`
  },

  strength: {
    get checking() {
      return t`Checking strength…`
    },
    get unavailable() {
      return t`The strength check couldn't load. Your password will still be checked when you save.`
    },
    /** By zxcvbn's score, 0 to 4. */
    get labels(): readonly [string, string, string, string, string] {
      return [
        t({ message: 'Very weak', comment: 'Password strength, score 0 of 4' }),
        t({ message: 'Weak', comment: 'Password strength, score 1 of 4' }),
        t({ message: 'Fair', comment: 'Password strength, score 2 of 4' }),
        t({ message: 'Strong', comment: 'Password strength, score 3 of 4' }),
        t({ message: 'Very strong', comment: 'Password strength, score 4 of 4' }),
      ]
    },
    label: (label: string) => t`Strength: ${label}.`,
    get accepted() {
      return t`Strong enough.`
    },
    get tooShort() {
      return t`Too short: use at least 8 characters.`
    },
    get notYet() {
      return t`Not strong enough yet.`
    },
    /** zxcvbn's warning and suggestions for the password, in the reader's language. */
    advice: (warning: WarningKey | null, keys: readonly SuggestionKey[]) => {
      const words = suggestions()
      return joinSentences([
        ...(warning ? [warnings()[warning]] : []),
        ...keys.map((key) => words[key]),
      ])
    },
    announce: (label: string, verdict: string, advice: string) =>
      advice
        ? t`Password strength: ${label}. ${verdict} ${advice}`
        : t`Password strength: ${label}. ${verdict}`,
  },

  errors: {
    /** `detail` is zxcvbn's English suggestions (worded here) or a sentence of PostHog's own. */
    tooWeak: (detail: string) => {
      const keys = suggestionKeysOf(detail)
      const words = suggestions()
      // PostHog's own English can only be shown to English readers.
      const ownEnglish = i18n.locale === 'en' && detail !== 'This password is too weak.'
      const advice = keys ? joinSentences(keys.map((key) => words[key])) : ownEnglish ? detail : ''
      return advice
        ? t`This password is too easy to guess. ${advice}`
        : t`This password is too easy to guess. Add another word or two; uncommon words are better.`
    },
    get incorrectCurrent() {
      return t`Your current password is incorrect.`
    },
    get currentRequired() {
      return t`This field is required when updating your password.`
    },
    get tooShort() {
      return t`This password is too short. It must contain at least 8 characters.`
    },
    throttled: (seconds: number | null) => {
      const wait = seconds ? formatWait(seconds) : ''
      return seconds
        ? t`Too many password attempts. You can try again in ${wait}.`
        : t`Too many password attempts. Wait a minute and try again.`
    },
    get reauthDismissed() {
      return t`Your password wasn't changed because you didn't confirm it's you. Save again to retry.`
    },
  },
}
