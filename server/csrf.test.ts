import { describe, expect, it } from 'vitest'
import { PASSWORD } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const csrfFailure = (detail: string) => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
})

describe('CSRF on session writes', () => {
  it('refuses a PATCH without X-CSRFToken', async () => {
    ada.csrf = false
    const res = await ada.patch('/api/users/@me/', { first_name: 'Forged' })
    expectAnswer(res, 403, csrfFailure('CSRF Failed: CSRF token missing.'))
    ada.csrf = true
    expect((await ada.get('/api/users/@me/')).body.first_name).toBe('Ada')
  })

  it('refuses a wrong token', async () => {
    const res = await ada.patch(
      '/api/users/@me/',
      { first_name: 'Forged' },
      { 'X-CSRFToken': 'not-the-token' },
    )
    expectAnswer(res, 403, csrfFailure('CSRF Failed: CSRF token incorrect.'))
  })

  it('refuses a request without the CSRF cookie', async () => {
    const token = ada.cookies.get('posthog_csrftoken')!
    ada.cookies.delete('posthog_csrftoken')
    const res = await ada.patch(
      '/api/users/@me/',
      { first_name: 'Forged' },
      { 'X-CSRFToken': token },
    )
    expectAnswer(res, 403, csrfFailure('CSRF Failed: CSRF cookie not set.'))
  })

  it('refuses a foreign Origin even with the right token', async () => {
    const res = await ada.patch(
      '/api/users/@me/',
      { first_name: 'Forged' },
      { Origin: 'https://evil.example' },
    )
    expectAnswer(
      res,
      403,
      csrfFailure(
        'CSRF Failed: Origin checking failed - https://evil.example does not match any trusted origins.',
      ),
    )
  })

  it('accepts the same-origin Origin header', async () => {
    const res = await ada.patch('/api/users/@me/', { first_name: 'Augusta' }, { Origin: s.url })
    expect(res.status).toBe(200)
  })

  it('needs no token for GET, nor for an anonymous sign-in', async () => {
    ada.csrf = false
    expect((await ada.get('/api/users/@me/')).status).toBe(200)
    const fresh = s.client()
    fresh.csrf = false
    expect(
      (await fresh.post('/api/login', { email: 'ada@example.com', password: PASSWORD })).status,
    ).toBe(200)
  })

  it('also guards the custom actions', async () => {
    ada.csrf = false
    expect((await ada.patch('/api/users/@me/hedgehog_config', { enabled: true })).body).toEqual(
      csrfFailure('CSRF Failed: CSRF token missing.'),
    )
    expect(
      (await ada.post('/api/users/@me/push_tokens', { token: 't', platform: 'ios' })).status,
    ).toBe(403)
  })
})
