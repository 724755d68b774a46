import * as z from 'zod/mini'
import { PASSKEY_NAME_MAX, passkeysStrings as s } from './strings'

const trimmedName = (required: boolean) =>
  z
    .string()
    .check(
      z.trim(),
      ...(required ? [z.minLength(1, { error: () => s.nameRequired })] : []),
      z.maxLength(PASSKEY_NAME_MAX, { error: () => s.nameTooLong(PASSKEY_NAME_MAX) }),
    )

/** A new passkey's name: trimmed, at most PostHog's 200 characters; empty takes a default. */
export const newPasskeyNameSchema = z.object({ label: trimmedName(false) })
/** A rename: PostHog refuses an empty name. */
export const passkeyNameSchema = z.object({ label: trimmedName(true) })
export type PasskeyNameValues = z.infer<typeof passkeyNameSchema>
