import type { ComponentProps } from 'react'

/** Codes are pasted as "123 456" or "123-456"; the server wants the characters only. */
export const stripCodeSeparators = (value: string) => value.replace(/[\s-]/g, '')

/** Authenticator and email codes: six digits. */
const COMPLETE = /^\d{6}$/

interface OneTimeCodeInputProps extends Omit<
  ComponentProps<'input'>,
  'type' | 'inputMode' | 'autoComplete'
> {
  /** Applied as the code is typed or pasted, so the field shows what will be sent. */
  normalise?: (value: string) => string
  /** Called with the normalised code once it is six digits: the form submits itself. */
  onComplete?: (code: string) => void
  /** `text` where backup codes (letters) are accepted too. */
  keyboard?: 'numeric' | 'text'
}

/**
 * The one code field: numeric keyboard, `one-time-code` autofill (SMS and password managers),
 * pasted codes normalised, and a submit of its own at the sixth digit. Works with
 * react-hook-form's `register` (the normalised value is what its `onChange` reads).
 */
export function OneTimeCodeInput({
  normalise = stripCodeSeparators,
  onComplete,
  keyboard = 'numeric',
  onChange,
  ...rest
}: OneTimeCodeInputProps) {
  return (
    <input
      type="text"
      inputMode={keyboard}
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      onChange={(event) => {
        const code = normalise(event.target.value)
        if (code !== event.target.value) event.target.value = code
        onChange?.(event)
        if (COMPLETE.test(code)) onComplete?.(code)
      }}
      {...rest}
    />
  )
}
