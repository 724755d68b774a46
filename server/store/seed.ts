import { randomBytes } from 'node:crypto'
import type { Clock } from '../lib/clock'
import { newPersonalApiKey, newUuid, sha256Hex } from '../lib/ids'
import { hashSecret } from '../lib/passwords'
import type { Db } from './db'

export const DEMO_PASSWORD_DEFAULT = 'hedgehogs-sleep-all-winter'

export interface SeedOptions {
  password?: string
  personalApiKey?: string
}

export interface SeedResult {
  seeded: boolean
  /** The demo key in clear, only when this call created it. */
  personalApiKey: string | null
}

const distinctId = () => randomBytes(24).toString('base64url')
const projectToken = () => 'phc_' + randomBytes(24).toString('base64url')

/**
 * On an empty database: one organization with two projects and three dashboards, a member
 * (Ada), a staff user (Grace), a user without an organization (Alan), and a personal API key
 * for Ada with user:read and user:write.
 */
export async function seedDemoData(
  db: Db,
  clock: Clock,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const { n } = db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }
  if (n > 0) return { seeded: false, personalApiKey: null }
  const now = clock.now()
  const passwordHash = await hashSecret(options.password || DEMO_PASSWORD_DEFAULT)
  const key = options.personalApiKey || newPersonalApiKey()

  db.transaction(() => {
    const orgId = newUuid()
    db.prepare('INSERT INTO organizations (id, name, slug, created_at) VALUES (?, ?, ?, ?)').run(
      orgId,
      'Demo Organization',
      'demo-organization',
      now,
    )
    const addTeam = db.prepare(
      'INSERT INTO teams (uuid, organization_id, name, api_token, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    const defaultTeam = Number(
      addTeam.run(newUuid(), orgId, 'Default project', projectToken(), now).lastInsertRowid,
    )
    const staging = Number(
      addTeam.run(newUuid(), orgId, 'Staging', projectToken(), now).lastInsertRowid,
    )
    const addDashboard = db.prepare(
      'INSERT INTO dashboards (team_id, name, description, pinned, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    addDashboard.run(
      defaultTeam,
      'Product analytics',
      'Weekly active users, retention and funnels.',
      1,
      now,
    )
    addDashboard.run(defaultTeam, 'Web analytics', 'Visitors, pages and referrers.', 0, now)
    addDashboard.run(staging, 'Release health', 'Errors and latency of the latest release.', 0, now)

    const addUser = db.prepare(
      `INSERT INTO users (uuid, distinct_id, email, first_name, last_name, password_hash, is_staff,
        is_email_verified, date_joined, current_organization_id, current_team_id, role_at_organization)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    )
    const ada = Number(
      addUser.run(
        newUuid(),
        distinctId(),
        'ada@example.com',
        'Ada',
        'Lovelace',
        passwordHash,
        0,
        now,
        orgId,
        defaultTeam,
        'engineering',
      ).lastInsertRowid,
    )
    const grace = Number(
      addUser.run(
        newUuid(),
        distinctId(),
        'grace@example.com',
        'Grace',
        'Hopper',
        passwordHash,
        1,
        now,
        orgId,
        defaultTeam,
        'leadership',
      ).lastInsertRowid,
    )
    addUser.run(
      newUuid(),
      distinctId(),
      'alan@example.com',
      'Alan',
      'Turing',
      passwordHash,
      0,
      now,
      null,
      null,
      'other',
    )

    const addMember = db.prepare(
      'INSERT INTO memberships (organization_id, user_id, level, joined_at) VALUES (?, ?, ?, ?)',
    )
    addMember.run(orgId, ada, 1, now)
    addMember.run(orgId, grace, 15, now)

    db.prepare(
      `INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      newUuid(),
      ada,
      'Demo key',
      'sha256$' + sha256Hex(key),
      `${key.slice(0, 4)}...${key.slice(-4)}`,
      JSON.stringify(['user:read', 'user:write']),
      now,
    )
  })()
  return { seeded: true, personalApiKey: key }
}
