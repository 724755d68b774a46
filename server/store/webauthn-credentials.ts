import type { Db } from './db'

/** PostHog's WebauthnCredential (contract account-security §1.4): ids are UUIDs, newest first by rowid. */
export interface WebauthnCredentialRow {
  id: string
  user_id: number
  /** base64url of the raw credential id, as the browser sends it. */
  credential_id: string
  /** COSE public key bytes. */
  public_key: Uint8Array
  algorithm: number
  counter: number
  transports: string[]
  label: string
  verified: boolean
  aaguid: string | null
  created_at: number
}

type Raw = Record<string, unknown>

const toRow = (r: Raw): WebauthnCredentialRow => ({
  id: r.id as string,
  user_id: r.user_id as number,
  credential_id: r.credential_id as string,
  public_key: new Uint8Array(r.public_key as Buffer),
  algorithm: r.algorithm as number,
  counter: r.counter as number,
  transports: JSON.parse(r.transports as string) as string[],
  label: r.label as string,
  verified: r.verified === 1,
  aaguid: (r.aaguid as string | null) ?? null,
  created_at: r.created_at as number,
})

/** Stores an unverified credential; false when the user already has this authenticator. */
export function insertCredential(db: Db, row: Omit<WebauthnCredentialRow, 'verified'>): boolean {
  const res = db
    .prepare(
      `INSERT OR IGNORE INTO webauthn_credentials (id, user_id, credential_id, public_key, algorithm,
        counter, transports, label, verified, aaguid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    )
    .run(
      row.id,
      row.user_id,
      row.credential_id,
      Buffer.from(row.public_key),
      row.algorithm,
      row.counter,
      JSON.stringify(row.transports),
      row.label,
      row.aaguid,
      row.created_at,
    )
  return res.changes === 1
}

export function userCredentials(db: Db, userId: number): WebauthnCredentialRow[] {
  return (
    db
      .prepare('SELECT * FROM webauthn_credentials WHERE user_id = ? ORDER BY rowid DESC')
      .all(userId) as Raw[]
  ).map(toRow)
}

export function findUserCredential(
  db: Db,
  userId: number,
  id: string,
): WebauthnCredentialRow | null {
  const r = db
    .prepare('SELECT * FROM webauthn_credentials WHERE user_id = ? AND id = ?')
    .get(userId, id) as Raw | undefined
  return r ? toRow(r) : null
}

/** The verified credential with this raw id (passkey sign-in: the credential decides the user). */
export function findVerifiedByCredentialId(
  db: Db,
  credentialId: string,
): WebauthnCredentialRow | null {
  const r = db
    .prepare('SELECT * FROM webauthn_credentials WHERE credential_id = ? AND verified = 1')
    .get(credentialId) as Raw | undefined
  return r ? toRow(r) : null
}

export const hasVerifiedCredential = (db: Db, userId: number): boolean =>
  db
    .prepare('SELECT 1 FROM webauthn_credentials WHERE user_id = ? AND verified = 1 LIMIT 1')
    .get(userId) !== undefined

export function renameCredential(db: Db, id: string, label: string) {
  db.prepare('UPDATE webauthn_credentials SET label = ? WHERE id = ?').run(label, id)
}

/** After a good assertion: the new sign count, and verified (a no-op once it is). */
export function markUsed(db: Db, id: string, counter: number, verified: boolean) {
  db.prepare(
    'UPDATE webauthn_credentials SET counter = ?, verified = MAX(verified, ?) WHERE id = ?',
  ).run(counter, verified ? 1 : 0, id)
}

export function deleteCredential(db: Db, id: string) {
  db.prepare('DELETE FROM webauthn_credentials WHERE id = ?').run(id)
}

export type ChallengePurpose = 'registration' | 'verification' | 'login' | 'second_factor'

export interface ChallengeRow {
  challenge: string
  credential_id: string | null
  created_at: number
}

/**
 * A new begin replaces the session's earlier challenge for the same ceremony; challenges older
 * than `staleBefore` (dead anyway, or left by a session that has gone) are cleared on the way.
 */
export function putChallenge(
  db: Db,
  sessionKeyHash: string,
  purpose: ChallengePurpose,
  challenge: string,
  createdAt: number,
  staleBefore: number,
  credentialId: string | null = null,
) {
  db.prepare('DELETE FROM webauthn_challenges WHERE created_at < ?').run(staleBefore)
  db.prepare(
    `INSERT OR REPLACE INTO webauthn_challenges (session_key_hash, purpose, challenge, credential_id, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(sessionKeyHash, purpose, challenge, credentialId, createdAt)
}

/** Takes the challenge out (single use: gone whether the answer then verifies or not). */
export function popChallenge(
  db: Db,
  sessionKeyHash: string,
  purpose: ChallengePurpose,
): ChallengeRow | null {
  const r = db
    .prepare(
      `DELETE FROM webauthn_challenges WHERE session_key_hash = ? AND purpose = ?
       RETURNING challenge, credential_id, created_at`,
    )
    .get(sessionKeyHash, purpose) as ChallengeRow | undefined
  return r ?? null
}
