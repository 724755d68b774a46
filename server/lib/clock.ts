/** All server time goes via a Clock so tests can move it (docs/architecture.md, Conventions). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock for tests: starts at `start` and only moves when told to. */
export function manualClock(start = Date.UTC(2026, 0, 1, 12)): Clock & {
  advance(seconds: number): void
  set(ms: number): void
} {
  let t = start
  return {
    now: () => t,
    advance: (seconds) => {
      t += seconds * 1000
    },
    set: (ms) => {
      t = ms
    },
  }
}

/** DRF renders model datetimes as ISO 8601 with a Z suffix. */
export const isoZ = (ms: number) => new Date(ms).toISOString()

/** Python isoformat() as used by PostHog's method fields: "+00:00" suffix, microseconds. */
export const isoPython = (ms: number) =>
  new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00')
