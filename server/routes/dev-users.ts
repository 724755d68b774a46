import type { Hono } from 'hono'
import { booleanField, isEmail, readBody, stringField } from '../lib/body'
import type { AppEnv } from '../lib/context'
import { validationError } from '../lib/errors'
import { newUuid } from '../lib/ids'
import { hashSecret } from '../lib/passwords'
import { addMembership, firstOrganizationId, firstTeamIdOf } from '../store/organizations'
import { findUserByEmail, insertTestUser } from '../store/users'

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
    const orgId = inOrganization ? firstOrganizationId(db) : null
    const teamId = orgId ? firstTeamIdOf(db, orgId) : null
    const uuid = newUuid()
    db.transaction(() => {
      const id = insertTestUser(db, {
        uuid,
        distinctId: newUuid(),
        email,
        firstName,
        passwordHash: hash,
        isStaff,
        dateJoined: now,
        organizationId: orgId,
        teamId,
      })
      if (orgId) addMembership(db, orgId, id, now)
    })()
    return c.json({ uuid, email }, 201)
  })
}
