import * as z from 'zod/mini'

/**
 * A new password's checks that need no dictionary, as PostHog's validators (8 to 128
 * characters), so obvious mistakes show at once; the server is the judge of strength. Shared by
 * the password page and the reset page. Each message is read when its check fails, so it is in
 * the language of the moment.
 */
export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 128

export interface NewPasswordMessages {
  readonly tooShort: string
  readonly tooLong: string
  readonly confirmRequired: string
  readonly mismatch: string
}

/** The `password` and `confirm` fields of a form that sets a new password. */
export const newPasswordFields = (m: NewPasswordMessages) => ({
  password: z
    .string()
    .check(
      z.minLength(PASSWORD_MIN_LENGTH, { error: () => m.tooShort }),
      z.maxLength(PASSWORD_MAX_LENGTH, { error: () => m.tooLong }),
    ),
  confirm: z.string().check(z.minLength(1, { error: () => m.confirmRequired })),
})

/** Once typed, the confirmation must match (the message goes under `confirm`). */
export const confirmMatches = (m: NewPasswordMessages) =>
  z.refine<{ password: string; confirm: string }>(
    (v) => v.confirm === '' || v.confirm === v.password,
    {
      error: () => m.mismatch,
      path: ['confirm'],
    },
  )
