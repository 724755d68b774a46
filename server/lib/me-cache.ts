/**
 * Cache of serialized `GET /api/users/@me/` bodies per session and per personal API key, so the
 * hot read path skips routing and SQL (design decision: docs/decisions/0003-me-fast-path.md).
 * Entries are keyed by hashes only: no session key or API key is kept in memory.
 *
 * Soundness: everything that can change the body or whether it may be served (user,
 * organization, 2FA, sessions, keys and their scopes, an owner's `is_active`) changes only
 * through a non-GET request to this process, and every such request bumps the generation,
 * which drops all entries. What changes with time alone (a session's age, a key's hourly
 * `last_used_at` write) is the entry's `expiresAt`, checked on every hit.
 */
export interface CachedMe {
  body: Buffer
  generation: number
  /**
   * In ms: when a session stops being valid (created_at + SESSION_COOKIE_AGE), or when a key's
   * `last_used_at` is due to be written again.
   */
  expiresAt: number
}

/**
 * The entry of a personal API key: its own namespace, so a Bearer value equal to a session key
 * can never be answered with that session's body (session entries are the bare key hash).
 */
export const apiKeyCacheKey = (keySha256Hex: string) => `key:${keySha256Hex}`

export class MeCache {
  private generation = 0
  private entries = new Map<string, CachedMe>()

  get(keyHash: string, now: number): Buffer | null {
    const entry = this.entries.get(keyHash)
    if (!entry || entry.generation !== this.generation || now >= entry.expiresAt) return null
    return entry.body
  }

  /** Stores the body and answers it as the buffer that later hits will serve. */
  set(keyHash: string, body: string, expiresAt: number): Buffer {
    if (this.entries.size > 10_000) this.entries.clear()
    const buffer = Buffer.from(body)
    this.entries.set(keyHash, { body: buffer, generation: this.generation, expiresAt })
    return buffer
  }

  /** Called after every write request. */
  invalidate() {
    this.generation++
    this.entries.clear()
  }
}
