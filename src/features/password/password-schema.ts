import * as z from 'zod/mini'
import { confirmMatches, newPasswordFields } from '../../lib/new-password'
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
      ...newPasswordFields(s),
    })
    .check(confirmMatches(s))
}

export type PasswordFormValues = z.infer<ReturnType<typeof passwordFormSchema>>

export const emptyPasswordForm: PasswordFormValues = {
  current_password: '',
  password: '',
  confirm: '',
}
