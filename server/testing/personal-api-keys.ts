import { randomUUID } from 'node:crypto'
import type { Client, Res, TestServer } from './harness'

export const KEYS = '/api/personal_api_keys/'
export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })

/** A key created through the endpoint as the app creates one: both scoped_* lists sent. */
export async function createKey(
  c: Client,
  body: Record<string, unknown> = {},
): Promise<Res<{ id: string; value: string } & Record<string, unknown>>> {
  return c.post(KEYS, {
    label: 'CI deploy',
    scopes: ['user:read'],
    scoped_teams: [],
    scoped_organizations: [],
    ...body,
  })
}

export function userId(s: TestServer, email: string): number {
  return (s.deps.db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id
}

export function teamIds(s: TestServer): number[] {
  return (s.deps.db.prepare('SELECT id FROM teams ORDER BY id').all() as { id: number }[]).map(
    (t) => t.id,
  )
}

/** An organization with one project that none of the seeded users belongs to. */
export function foreignOrganization(s: TestServer): { orgId: string; teamId: number } {
  const orgId = randomUUID()
  const now = s.clock.now()
  s.deps.db
    .prepare('INSERT INTO organizations (id, name, slug, created_at) VALUES (?, ?, ?, ?)')
    .run(orgId, 'Elsewhere', 'elsewhere', now)
  const teamId = Number(
    s.deps.db
      .prepare(
        'INSERT INTO teams (uuid, organization_id, name, api_token, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(randomUUID(), orgId, 'Their project', 'phc_elsewhere', now).lastInsertRowid,
  )
  return { orgId, teamId }
}
