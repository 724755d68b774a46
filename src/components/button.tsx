import type { ComponentProps, MouseEvent } from 'react'

interface ButtonProps extends ComponentProps<'button'> {
  variant?: 'primary' | 'secondary' | 'danger' | 'link'
  busy?: boolean
  /**
   * Keep the button focusable and announced while it can't act: `disabled` becomes
   * `aria-disabled` (clicks are ignored) and `busy` only sets `aria-busy`, so focus never drops
   * to the page when the button stops working under it.
   */
  focusable?: boolean
}

/** A text-labelled button; `ref` reaches the <button> (for focus). */
export function Button({
  variant = 'secondary',
  busy = false,
  focusable = false,
  className,
  type = 'button',
  disabled,
  onClick,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, className].filter(Boolean).join(' ')
  if (focusable) {
    return (
      <button
        type={type}
        className={classes}
        aria-disabled={disabled || undefined}
        aria-busy={busy || undefined}
        onClick={disabled ? (event: MouseEvent) => event.preventDefault() : onClick}
        {...rest}
      />
    )
  }
  return (
    <button
      type={type}
      className={classes}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      onClick={onClick}
      {...rest}
    />
  )
}
