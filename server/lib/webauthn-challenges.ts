import type { Ctx } from './context'
import {
  popChallenge,
  putChallenge,
  type ChallengePurpose,
  type ChallengeRow,
} from '../store/webauthn-credentials'
import type { SessionRow } from '../store/sessions'
import { newChallenge } from './webauthn'

/** A begin: a new challenge in the session for this ceremony (replacing an earlier one). */
export function issueChallenge(
  c: Ctx,
  session: SessionRow,
  purpose: ChallengePurpose,
  credentialId: string | null = null,
): string {
  const { db, clock, config } = c.get('deps')
  const challenge = newChallenge()
  const now = clock.now()
  const staleBefore = now - config.webauthnChallengeSec * 1000
  putChallenge(db, session.key_hash, purpose, challenge, now, staleBefore, credentialId)
  return challenge
}

/**
 * A complete: the challenge is taken out whatever happens next (one attempt per begin, as
 * PostHog's newest views), and one older than webauthnChallengeSec counts as none (ADR 0004).
 */
export function takeChallenge(
  c: Ctx,
  session: SessionRow | null,
  purpose: ChallengePurpose,
): ChallengeRow | null {
  if (!session) return null
  const { db, clock, config } = c.get('deps')
  const row = popChallenge(db, session.key_hash, purpose)
  if (!row || clock.now() - row.created_at > config.webauthnChallengeSec * 1000) return null
  return row
}
