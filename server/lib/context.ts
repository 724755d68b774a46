import type { Context } from 'hono'
import type { Config } from '../config'
import type { Db } from '../store/db'
import type { SessionRow } from '../store/sessions'
import type { UserRow } from '../store/users'
import type { Clock } from './clock'
import type { Mailer } from './mail'
import type { MeCache } from './me-cache'
import type { Throttles } from './throttle'

export interface Deps {
  db: Db
  config: Config
  clock: Clock
  mailer: Mailer
  throttles: Throttles
  /** Serialized GET @me bodies; every write request invalidates it. */
  meCache: MeCache
  /** Where the built SPA lives; null serves no static files (API-only tests). */
  staticDir: string | null
  log: (line: string) => void
}

export type Auth =
  | { kind: 'session'; user: UserRow; session: SessionRow }
  | { kind: 'key'; user: UserRow; scopes: string[]; key: KeyIdentity }

/** The personal API key behind a key-authenticated request (its id and its restrictions). */
export interface KeyIdentity {
  id: string
  /** null or []: every project. */
  scopedTeams: number[] | null
  /** null or []: every organization (UUIDs). */
  scopedOrganizations: string[] | null
}

export interface AppEnv {
  Variables: {
    deps: Deps
    /** The session row behind the cookie, signed in or not. */
    session: SessionRow | null
    auth: Auth | null
  }
}

export type Ctx = Context<AppEnv>
