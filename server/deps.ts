import type { Config } from './config'
import type { Clock } from './lib/clock'
import type { Deps } from './lib/context'
import { createMailer } from './lib/mail'
import { MeCache } from './lib/me-cache'
import { Throttles } from './lib/throttle'
import type { Db } from './store/db'

export interface DepsOptions {
  /** Where the built SPA lives; null serves no static files (API-only tests). */
  staticDir: string | null
  log: (line: string) => void
  /** Overrides config.smtpUrl: the test harness always keeps mail in the outbox. */
  smtpUrl?: string | null
}

/**
 * What createApp and the fast path share, built one way for the server (main.ts, local mode)
 * and the test harness, so a test runs against the same wiring as `npm start`.
 */
export function createDeps(config: Config, db: Db, clock: Clock, options: DepsOptions): Deps {
  const smtpUrl = options.smtpUrl === undefined ? config.smtpUrl : options.smtpUrl
  return {
    db,
    config,
    clock,
    mailer: createMailer(db, clock, smtpUrl),
    throttles: new Throttles(clock),
    meCache: new MeCache(),
    staticDir: options.staticDir,
    log: options.log,
  }
}
