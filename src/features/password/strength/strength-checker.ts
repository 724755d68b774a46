/** What the meter needs from zxcvbn for one password. */
export interface Strength {
  /** zxcvbn's 0-4 score; PostHog refuses anything below 3 (posthog/auth.py ZxcvbnValidator). */
  score: number
  warning: string | null
  suggestions: string[]
}

export type StrengthChecker = (password: string) => Strength

/** The server's rule, mirrored so the meter can say "Strong enough" only when a save will pass. */
export const MIN_LENGTH = 8
export const MIN_SCORE = 3
export const isAccepted = (password: string, strength: Strength) =>
  password.length >= MIN_LENGTH && strength.score >= MIN_SCORE

let loading: Promise<StrengthChecker> | null = null

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
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    })
    return (password: string) => {
      const result = zxcvbn.check(password.slice(0, 128))
      return {
        score: result.score,
        warning: result.feedback.warning || null,
        suggestions: result.feedback.suggestions,
      }
    }
  })
  // A failed chunk download (offline) may succeed on the next visit to the page.
  loading.catch(() => {
    loading = null
  })
  return loading
}
