import type { Hono } from 'hono'
import * as z from 'zod/mini'
import { drfBoolean, drfChar } from '../../contract/drf'
import { isEmail, parseBody, parseField, readBody } from '../lib/body'
import type { AppEnv } from '../lib/context'
import { validationError } from '../lib/errors'
import { newUuid } from '../lib/ids'
import { hashSecret } from '../lib/passwords'
import { addMembership, firstOrganizationId, firstTeamIdOf } from '../store/organizations'
import { findUserByEmail, insertTestUser } from '../store/users'

/** Not PostHog's: read with the contract's DRF fields, so errors look like the API's. */
const devUserEmail = drfChar({ required: true, max: 254 })
const devUserRequestSchema = z.object({
  password: drfChar({ required: true, trim: false }),
  organization: drfBoolean(),
  is_staff: drfBoolean(),
  first_name: drfChar({ max: 150 }),
})

/**
 * POST /_dev/users: creates an account on the local server so end-to-end tests can each work on
 * their own user instead of sharing the demo ones. Not a PostHog endpoint; the local server is
 * a development tool and listens on loopback.
 */
export function registerDevUserRoutes(app: Hono<AppEnv>) {
  app.post('/_dev/users', async (c) => {
    const { db, clock } = c.get('deps')
    const raw = await readBody(c)
    const email = parseField(devUserEmail, raw, 'email').toLowerCase()
    if (!isEmail(email))
      throw validationError('invalid_input', 'Enter a valid email address.', 'email')
    if (findUserByEmail(db, email))
      throw validationError(
        'unique',
        'There is already an account with this email address.',
        'email',
      )
    const body = parseBody(devUserRequestSchema, raw)
    const inOrganization = body.organization ?? true
    const isStaff = body.is_staff ?? false
    const firstName = body.first_name ?? 'Test'
    const hash = await hashSecret(body.password)
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
