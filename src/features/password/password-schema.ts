import * as z from 'zod/mini'
import { MIN_LENGTH } from './strength/strength-checker'
import { passwordStrings as s } from './strings'

/**
 * The messages are read when a check fails (`error: () => …`), so they are in the language
 * of the moment, not the one the module loaded in.
 *
 * Mirrors the server's checks that need no dictionary (current password required when the
 * account has one, 8 to 128 characters) so obvious mistakes show at once; the server is the
 * judge of strength.
 */
export function passwordFormSchema(hasPassword: boolean) {
  return z
    .object({
      current_password: hasPassword
        ? z.string().check(z.minLength(1, { error: () => s.currentRequired }))
        : z.string(),
      password: z
        .string()
        .check(
          z.minLength(MIN_LENGTH, { error: () => s.tooShort }),
          z.maxLength(128, { error: () => s.tooLong }),
        ),
      confirm: z.string().check(z.minLength(1, { error: () => s.confirmRequired })),
    })
    .check(
      z.refine((v) => v.confirm === '' || v.confirm === v.password, {
        error: () => s.mismatch,
        path: ['confirm'],
      }),
    )
}

export type PasswordFormValues = z.infer<ReturnType<typeof passwordFormSchema>>

export const emptyPasswordForm: PasswordFormValues = {
  current_password: '',
  password: '',
  confirm: '',
}
