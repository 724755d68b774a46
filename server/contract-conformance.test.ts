import { describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../contract/errors'
import {
  passwordResetCompleteAnswerSchema,
  passwordResetCompleteResponseSchema,
} from '../contract/password-reset'
import { userListSchema, userSchema } from '../contract/user'
import { testServerPerTest } from './testing/per-test'
import { NEW_PASSWORD, resetLinkFor } from './testing/password-reset'

// The app parses every response with contract/; the server must produce what those schemas accept.
const s = testServerPerTest()

describe('responses match contract/', () => {
  it('the password reset answers (newest PostHog)', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    expect((await s.client().get(`/api/reset/${uuid}/?token=${token}`)).status).toBe(200)
    const res = await s.client().post(`/api/reset/${uuid}/`, { token, password: NEW_PASSWORD })
    const parsed = passwordResetCompleteResponseSchema.safeParse(res.body)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(passwordResetCompleteAnswerSchema.safeParse(res.body).data).toEqual(parsed.data)
  })

  it('the User object of each demo account', async () => {
    for (const email of ['ada@example.com', 'grace@example.com', 'alan@example.com']) {
      const c = await s.signedIn(email)
      const res = await c.get('/api/users/@me/')
      const parsed = userSchema.safeParse(res.body)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
  })

  it('the paginated user list', async () => {
    const c = await s.signedIn('grace@example.com')
    const parsed = userListSchema.safeParse((await c.get('/api/users/')).body)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(parsed.data?.count).toBe(3)
  })

  it('every error envelope', async () => {
    const c = await s.signedIn('ada@example.com')
    const errors = [
      await s.client().get('/api/users/@me/'),
      await c.patch('/api/users/@me/', { role_at_organization: 'astronaut' }),
      await c.get('/api/users/00000000-0000-0000-0000-000000000000/'),
      await c.post('/api/users/'),
      await c.get('/api/nothing-here/'),
      await s.client().post('/api/reset/', {}),
      await s.client().get('/api/reset/not-a-uuid/?token=x'),
      await s.client().post('/api/reset/not-a-uuid/', { token: 'x', password: 'x' }),
    ]
    for (const res of errors) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(errorEnvelopeSchema.safeParse(res.body).success).toBe(true)
    }
  })
})
