import type { Clock } from './clock'
import { throttled } from './errors'

export interface Rate {
  limit: number
  windowSec: number
}

/** PostHog's rates (posthog/rate_limit.py), plus our own on two_factor_validate. */
export const RATES = {
  userAuthentication: { limit: 5, windowSec: 60 },
  emailVerificationRequest: { limit: 6, windowSec: 86_400 },
  verifyEmail: { limit: 6, windowSec: 1_200 },
  loginSecondFactor: { limit: 6, windowSec: 1_200 },
  twoFactorValidate: { limit: 6, windowSec: 600 },
  passwordReset: { limit: 6, windowSec: 86_400 },
} satisfies Record<string, Rate>

/**
 * Sliding-window throttle kept in memory, like Django's cache-backed throttles. Each call to
 * `check` counts one request and throws a 429 envelope with Retry-After once over the rate.
 */
export class Throttles {
  private hits = new Map<string, number[]>()

  constructor(private clock: Clock) {}

  check(scope: keyof typeof RATES, key: string | number, rate: Rate = RATES[scope]) {
    const now = this.clock.now()
    const id = `${scope}:${key}`
    const since = now - rate.windowSec * 1000
    const history = (this.hits.get(id) ?? []).filter((t) => t > since)
    if (history.length >= rate.limit) {
      this.hits.set(id, history)
      throw throttled((history[0]! + rate.windowSec * 1000 - now) / 1000)
    }
    history.push(now)
    this.hits.set(id, history)
  }

  reset(scope: keyof typeof RATES, key: string | number) {
    this.hits.delete(`${scope}:${key}`)
  }
}
