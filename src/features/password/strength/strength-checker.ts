import type { TranslationKeys } from '@zxcvbn-ts/core'
import { PASSWORD_MIN_LENGTH } from '../../../lib/new-password'

/** zxcvbn's feedback as its keys ("straightRow", "anotherWord"): strings.ts words them. */
export type WarningKey = keyof TranslationKeys['warnings']
export type SuggestionKey = keyof TranslationKeys['suggestions']

/** What the meter needs from zxcvbn for one password. */
export interface Strength {
  /** zxcvbn's 0-4 score; PostHog refuses anything below 3 (posthog/auth.py ZxcvbnValidator). */
  score: number
  warning: WarningKey | null
  suggestions: SuggestionKey[]
}

export type StrengthChecker = (password: string) => Strength

/** The server's rule, mirrored so the meter can say "Strong enough" only when a save will pass. */
export const MIN_LENGTH = PASSWORD_MIN_LENGTH
export const MIN_SCORE = 3
export const isAccepted = (password: string, strength: Strength) =>
  password.length >= MIN_LENGTH && strength.score >= MIN_SCORE

let loading: Promise<StrengthChecker> | null = null
/** zxcvbn's English suggestions (what the server sends), by key, once the checker has loaded. */
let englishSuggestions: [SuggestionKey, string][] = []

/**
 * The server's password_too_weak detail is zxcvbn's English suggestions joined by spaces
 * (server/lib/passwords.ts, as PostHog's ZxcvbnValidator does): their keys, so the form can
 * word them in the reader's language; null when the detail is anything else.
 */
export function suggestionKeysOf(detail: string): SuggestionKey[] | null {
  const keys: SuggestionKey[] = []
  let rest = detail.trim()
  while (rest) {
    const found = englishSuggestions.find(([, text]) => rest.startsWith(text))
    if (!found) return null
    keys.push(found[0])
    rest = rest.slice(found[1].length).trimStart()
  }
  return keys.length ? keys : null
}

/**
 * zxcvbn and its dictionaries are several hundred KiB, so they are fetched only when the
 * password page asks, as their own chunks (dynamic import, never a static one). The options
 * match the server's (server/lib/passwords.ts) so both give the same score.
 */
export function loadStrengthChecker(): Promise<StrengthChecker> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    // No `translations`: zxcvbn then answers with its keys, which strings.ts translates.
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
    })
    englishSuggestions = Object.entries(en.translations.suggestions) as [SuggestionKey, string][]
    return (password: string) => {
      const result = zxcvbn.check(password.slice(0, 128))
      return {
        score: result.score,
        warning: (result.feedback.warning || null) as WarningKey | null,
        suggestions: result.feedback.suggestions as SuggestionKey[],
      }
    }
  })
  // A failed chunk download (offline) may succeed on the next visit to the page.
  loading.catch(() => {
    loading = null
  })
  return loading
}
