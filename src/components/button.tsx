import type { ComponentProps, MouseEvent } from 'react'

interface ButtonProps extends ComponentProps<'button'> {
  variant?: 'primary' | 'secondary' | 'danger' | 'link'
  busy?: boolean
  /**
   * Keep the button focusable and announced while it can't act: `disabled` and `busy` become
   * `aria-disabled` (and `aria-busy`) and clicks are ignored, so focus never drops to the page
   * when the button stops working under it. A submit button ignoring the click also stops Enter
   * in a field from submitting: the browser's implicit submission is a click on that button.
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
    const inert = disabled || busy
    return (
      <button
        type={type}
        className={classes}
        aria-disabled={inert || undefined}
        aria-busy={busy || undefined}
        onClick={inert ? (event: MouseEvent) => event.preventDefault() : onClick}
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
