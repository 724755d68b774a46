/**
 * When the current code was sent and how many resends are left. PostHog's own modal
 * (emailChangeVerificationLogic.ts) waits 30 s before the first resend and 60 s before the
 * second, then stops offering more; the server allows 6 code requests a day anyway.
 */
export const CODE_TTL_MS = 10 * 60_000
export const RESEND_COOLDOWNS_MS = [30_000, 60_000] as const
export const MAX_RESENDS = RESEND_COOLDOWNS_MS.length

export interface CodeDelivery {
  /** When the last code was sent (Date.now()); null when unknown, e.g. after a reload. */
  sentAt: number | null
  resends: number
  /** A 429 on resend uses up the allowance (PostHog's modal does the same). */
  exhausted: boolean
  /** When the server said a resend may be tried again, if it did. */
  retryAt: number | null
}

export const unknownDelivery: CodeDelivery = {
  sentAt: null,
  resends: 0,
  exhausted: false,
  retryAt: null,
}

export const freshDelivery = (now: number): CodeDelivery => ({ ...unknownDelivery, sentAt: now })

export type ResendState =
  { kind: 'ready' } | { kind: 'cooling'; seconds: number } | { kind: 'used-up' }

export function resendState(delivery: CodeDelivery, now: number): ResendState {
  if (delivery.exhausted || delivery.resends >= MAX_RESENDS) return { kind: 'used-up' }
  if (delivery.sentAt === null) return { kind: 'ready' }
  const readyAt = delivery.sentAt + RESEND_COOLDOWNS_MS[delivery.resends]!
  if (now >= readyAt) return { kind: 'ready' }
  return { kind: 'cooling', seconds: Math.ceil((readyAt - now) / 1000) }
}

/** The code's expiry: exact when we know when it was sent, else an upper bound from `since`. */
export function codeExpiry(delivery: CodeDelivery, since: number) {
  return delivery.sentAt === null
    ? { at: since + CODE_TTL_MS, exact: false }
    : { at: delivery.sentAt + CODE_TTL_MS, exact: true }
}
