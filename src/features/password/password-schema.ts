import * as z from 'zod/mini'
import { MIN_LENGTH } from './strength/strength-checker'
import { passwordStrings as s } from './strings'

/**
 * Mirrors the server's checks that need no dictionary (current password required when the
 * account has one, 8 to 128 characters) so obvious mistakes show at once; the server is the
 * judge of strength.
 */
export function passwordFormSchema(hasPassword: boolean) {
  return z
    .object({
      current_password: hasPassword
        ? z.string().check(z.minLength(1, s.currentRequired))
        : z.string(),
      password: z.string().check(z.minLength(MIN_LENGTH, s.tooShort), z.maxLength(128, s.tooLong)),
      confirm: z.string().check(z.minLength(1, s.confirmRequired)),
    })
    .check(
      z.refine((v) => v.confirm === '' || v.confirm === v.password, {
        error: s.mismatch,
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
