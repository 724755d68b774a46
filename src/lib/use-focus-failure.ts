import { useEffect, useRef, useState } from 'react'

/**
 * Where focus goes when a submit is refused: to the form's own error (FormError) if it has one,
 * else to the first field marked invalid; never <body>, and not the button, far from the news.
 * It moves once React has drawn the message, so a field is read out with its error; a field
 * that already had focus (Enter pressed in it) is focused afresh for the same reason.
 * Call `failed()` in the mutation's onError, after setError.
 */
export function useFocusFailure() {
  const form = useRef<HTMLFormElement>(null)
  const [failures, setFailures] = useState(0)
  useEffect(() => {
    const target = form.current?.querySelector<HTMLElement>('.form-error,[aria-invalid=true]')
    if (!failures || !target) return
    // FormError's paragraph: focusable from script only, never a Tab stop.
    if (target.localName === 'p') target.tabIndex = -1
    target.blur()
    target.focus()
  }, [failures])
  return { form, failed: () => setFailures((n) => n + 1) }
}
