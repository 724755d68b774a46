import type { Db } from './db'

export interface OrganizationRow {
  id: string
  name: string
  slug: string
  created_at: number
  enforce_2fa: boolean
  members_can_use_personal_api_keys: boolean
  membership_level: number
}

export interface TeamRow {
  id: number
  uuid: string
  organization_id: string
  name: string
  api_token: string
  timezone: string
  created_at: number
}

type Raw = Record<string, unknown>

const toOrg = (r: Raw): OrganizationRow => ({
  id: r.id as string,
  name: r.name as string,
  slug: r.slug as string,
  created_at: r.created_at as number,
  enforce_2fa: r.enforce_2fa === 1,
  members_can_use_personal_api_keys: r.members_can_use_personal_api_keys === 1,
  membership_level: r.level as number,
})

const toTeam = (r: Raw): TeamRow => ({
  id: r.id as number,
  uuid: r.uuid as string,
  organization_id: r.organization_id as string,
  name: r.name as string,
  api_token: r.api_token as string,
  timezone: r.timezone as string,
  created_at: r.created_at as number,
})

/** The organizations a user belongs to, with their membership level, oldest membership first. */
export function organizationsOf(db: Db, userId: number): OrganizationRow[] {
  const rows = db
    .prepare(
      `SELECT o.*, m.level FROM organizations o JOIN memberships m ON m.organization_id = o.id
       WHERE m.user_id = ? ORDER BY m.joined_at, o.name`,
    )
    .all(userId) as Raw[]
  return rows.map(toOrg)
}

export function teamsOf(db: Db, organizationId: string): TeamRow[] {
  const rows = db
    .prepare('SELECT * FROM teams WHERE organization_id = ? ORDER BY id')
    .all(organizationId) as Raw[]
  return rows.map(toTeam)
}

export function findTeam(db: Db, id: number): TeamRow | null {
  const r = db.prepare('SELECT * FROM teams WHERE id = ?').get(id) as Raw | undefined
  return r ? toTeam(r) : null
}

export function membershipCount(db: Db, userId: number): number {
  const r = db.prepare('SELECT count(*) AS n FROM memberships WHERE user_id = ?').get(userId) as {
    n: number
  }
  return r.n
}

/** The project a user lands in when switching to an organization: its first one, or null. */
export function firstTeamIdOf(db: Db, organizationId: string): number | null {
  const r = db
    .prepare('SELECT id FROM teams WHERE organization_id = ? ORDER BY id LIMIT 1')
    .get(organizationId) as { id: number } | undefined
  return r?.id ?? null
}

/** The oldest organization (the demo one): where /_dev/users puts a test account. */
export function firstOrganizationId(db: Db): string | null {
  const r = db.prepare('SELECT id FROM organizations ORDER BY created_at LIMIT 1').get() as
    { id: string } | undefined
  return r?.id ?? null
}

export function addMembership(db: Db, organizationId: string, userId: number, joinedAt: number) {
  db.prepare(
    'INSERT INTO memberships (organization_id, user_id, level, joined_at) VALUES (?, ?, 1, ?)',
  ).run(organizationId, userId, joinedAt)
}
