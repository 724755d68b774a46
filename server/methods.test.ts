import { describe, expect, it } from 'vitest'
import { testServerPerTest } from './testing/per-test'

const s = testServerPerTest({}, { once: true })
const ada = s.signedInPerTest('ada@example.com')

const ME = '/api/users/@me'

/** Every path `refuseOtherMethods` guards: a method it lacks, and the `Allow` it answers with. */
const REFUSALS: [path: string, method: string, allow: string][] = [
  ['/api/users/', 'POST', 'GET'],
  [`${ME}/`, 'POST', 'GET, PATCH, PUT, DELETE'],
  [`${ME}/two_factor_start_setup/`, 'POST', 'GET'],
  [`${ME}/start_2fa_setup/`, 'DELETE', 'GET'],
  [`${ME}/two_factor_validate/`, 'GET', 'POST'],
  [`${ME}/validate_2fa/`, 'GET', 'POST'],
  [`${ME}/two_factor_status/`, 'POST', 'GET'],
  [`${ME}/two_factor_backup_codes/`, 'GET', 'POST'],
  [`${ME}/two_factor_disable/`, 'GET', 'POST'],
  ['/api/users/verify_email/', 'GET', 'POST'],
  ['/api/users/request_email_verification/', 'PATCH', 'POST'],
  ['/api/users/cancel_email_change_request/', 'POST', 'PATCH'],
  ['/api/reset/', 'GET', 'POST'],
  ['/api/reset/00000000-0000-0000-0000-000000000000/', 'PATCH', 'GET, POST'],
  ['/api/reset/not-a-uuid', 'DELETE', 'GET, POST'],
  [`${ME}/hedgehog_config/`, 'POST', 'GET, PATCH'],
  [`${ME}/scene_personalisation/`, 'GET', 'POST'],
  [`${ME}/product_intro_seen/`, 'GET', 'PATCH'],
  [`${ME}/push_tokens/`, 'GET', 'POST'],
  [`${ME}/push_tokens/unregister/`, 'DELETE', 'POST'],
  [`${ME}/login_sessions/`, 'POST', 'GET'],
  [`${ME}/login_sessions/revoke_others/`, 'GET', 'POST'],
  [`${ME}/login_sessions/00000000-0000-5000-8000-000000000000/`, 'PATCH', 'DELETE'],
  ['/api/personal_api_keys/', 'DELETE', 'GET, POST'],
  ['/api/personal_api_keys/@current/', 'PATCH', 'GET'],
  ['/api/personal_api_keys/some-id/', 'POST', 'GET, PATCH, PUT, DELETE'],
  ['/api/personal_api_keys/some-id/roll/', 'GET', 'POST'],
  ['/api/webauthn/register/begin', 'GET', 'POST'],
  ['/api/webauthn/register/complete/', 'PUT', 'POST'],
  ['/api/webauthn/credentials/', 'POST', 'GET'],
  ['/api/webauthn/credentials/some-id/', 'GET', 'PATCH, DELETE'],
  ['/api/webauthn/credentials/some-id/verify', 'GET', 'POST'],
  ['/api/webauthn/credentials/some-id/verify_complete/', 'DELETE', 'POST'],
  ['/api/webauthn/login/begin/', 'GET', 'POST'],
  ['/api/webauthn/login/complete/', 'GET', 'POST'],
  ['/api/login/2fa/passkey/methods/', 'POST', 'GET'],
  ['/api/login/2fa/passkey/begin/', 'GET', 'POST'],
]

describe('405 for a method a path lacks', () => {
  it.each(REFUSALS)('%s %s: DRF envelope and Allow: %s', async (path, method, allow) => {
    const res = await ada.request(method, path)
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe(allow)
    expect(res.body).toEqual({
      type: 'invalid_request',
      code: 'method_not_allowed',
      detail: `Method "${method}" not allowed.`,
      attr: null,
    })
  })

  it("answers Django's empty 405 with Allow on /logout", async () => {
    const res = await ada.get('/logout')
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('POST')
    expect(res.body).toBeNull()
  })
})
