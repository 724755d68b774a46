import type { InputHTMLAttributes, Ref } from 'react'

interface EmailInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** "email" for a new address; "username" (or "username webauthn") where it names the account. */
  autoComplete: string
  ref?: Ref<HTMLInputElement>
}

/**
 * An email address field: the phone shows its email keyboard, and nothing corrects, capitalises or
 * underlines the address. 254 characters at most, the longest address that can be delivered
 * (RFC 5321), which is also what PostHog's email fields accept.
 */
export function EmailInput({ ref, ...rest }: EmailInputProps) {
  return (
    <input
      ref={ref}
      type="email"
      inputMode="email"
      spellCheck={false}
      autoCapitalize="none"
      autoCorrect="off"
      maxLength={254}
      {...rest}
    />
  )
}
