/**
 * The held-request side of re-authentication (PostHog's awaitReauthentication): a write that
 * got 403 sensitive_action_required_reauth waits here until the re-auth dialog settles.
 * All writes waiting at once settle together.
 */
type Listener = (open: boolean) => void

let pending: Promise<boolean> | null = null
let settle: ((ok: boolean) => void) | null = null
const listeners = new Set<Listener>()

export function awaitReauthentication(): Promise<boolean> {
  if (!pending) {
    pending = new Promise<boolean>((resolve) => {
      settle = resolve
    })
    listeners.forEach((l) => l(true))
  }
  return pending
}

/** Called by the dialog: true after a successful re-auth, false when dismissed. */
export function finishReauthentication(ok: boolean) {
  const done = settle
  pending = null
  settle = null
  listeners.forEach((l) => l(false))
  done?.(ok)
}

export function isReauthenticating(): boolean {
  return pending !== null
}

export function onReauthenticationChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
