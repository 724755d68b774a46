import type { Hono } from 'hono'
import { booleanField, isEmail, readBody, stringField } from '../lib/body'
import type { AppEnv } from '../lib/context'
import { validationError } from '../lib/errors'
import { newUuid } from '../lib/ids'
import { hashSecret } from '../lib/passwords'
import { findUserByEmail } from '../store/users'

/**
 * POST /_dev/users: creates an account on the local server so end-to-end tests can each work on
 * their own user instead of sharing the demo ones. Not a PostHog endpoint; the local server is
 * a development tool and listens on loopback.
 */
export function registerDevUserRoutes(app: Hono<AppEnv>) {
  app.post('/_dev/users', async (c) => {
    const { db, clock } = c.get('deps')
    const body = await readBody(c)
    const email = stringField(body, 'email', { required: true, max: 254 })!.toLowerCase()
    if (!isEmail(email))
      throw validationError('invalid_input', 'Enter a valid email address.', 'email')
    if (findUserByEmail(db, email))
      throw validationError(
        'unique',
        'There is already an account with this email address.',
        'email',
      )
    const password = stringField(body, 'password', { required: true, trim: false })!
    const inOrganization = booleanField(body, 'organization') ?? true
    const isStaff = booleanField(body, 'is_staff') ?? false
    const firstName = stringField(body, 'first_name', { max: 150 }) ?? 'Test'
    const hash = await hashSecret(password)
    const now = clock.now()
    const org = inOrganization
      ? (db.prepare('SELECT id FROM organizations ORDER BY created_at LIMIT 1').get() as
          { id: string } | undefined)
      : undefined
    const team = org
      ? (db
          .prepare('SELECT id FROM teams WHERE organization_id = ? ORDER BY id LIMIT 1')
          .get(org.id) as { id: number } | undefined)
      : undefined
    const uuid = newUuid()
    db.transaction(() => {
      const id = Number(
        db
          .prepare(
            `INSERT INTO users (uuid, distinct_id, email, first_name, password_hash, is_staff, is_email_verified,
              date_joined, current_organization_id, current_team_id, role_at_organization) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 'engineering')`,
          )
          .run(
            uuid,
            newUuid(),
            email,
            firstName,
            hash,
            isStaff ? 1 : 0,
            now,
            org?.id ?? null,
            team?.id ?? null,
          ).lastInsertRowid,
      )
      if (org)
        db.prepare(
          'INSERT INTO memberships (organization_id, user_id, level, joined_at) VALUES (?, ?, 1, ?)',
        ).run(org.id, id, now)
    })()
    return c.json({ uuid, email }, 201)
  })
}
