/**
 * Cache of serialized `GET /api/users/@me/` bodies per session, so the hot read path skips
 * routing and SQL (design decision: docs/decisions/0003-me-fast-path.md).
 *
 * Soundness: everything that can change the body (user, organization, 2FA, sessions) changes
 * only through a non-GET request to this process, and every such request bumps the generation,
 * which drops all entries. Time-based expiry of a session is checked on every hit.
 */
export interface CachedMe {
  body: Buffer
  generation: number
  /** When the session stops being valid (created_at + SESSION_COOKIE_AGE), in ms. */
  expiresAt: number
}

export class MeCache {
  private generation = 0
  private entries = new Map<string, CachedMe>()

  get(keyHash: string, now: number): Buffer | null {
    const entry = this.entries.get(keyHash)
    if (!entry || entry.generation !== this.generation || now >= entry.expiresAt) return null
    return entry.body
  }

  set(keyHash: string, body: string, expiresAt: number) {
    if (this.entries.size > 10_000) this.entries.clear()
    this.entries.set(keyHash, { body: Buffer.from(body), generation: this.generation, expiresAt })
  }

  /** Called after every write request. */
  invalidate() {
    this.generation++
    this.entries.clear()
  }
}
