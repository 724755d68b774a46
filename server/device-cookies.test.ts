import { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AppEnv } from './lib/context'
import { isKnownDevice } from './lib/device-cookies'
import { findUserByEmail } from './store/users'
import { PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { codeAt, enrol, ME } from './testing/two-factor'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')
let secret: string

const ADA = { email: 'ada@example.com', password: PASSWORD }
const NEW_PASSWORD = 'a-much-longer-new-passphrase-42'

/** A browser that signs in with the password and, when asked, the code of the moment. */
async function signInWithCode(c: Client, password = PASSWORD, token?: string) {
  const first = await c.post('/api/login', { ...ADA, password })
  if (first.status === 200) return 'no code asked'
  expect(first.body.code).toBe('2fa_required')
  s.clock.advance(30) // a new TOTP step, so the code is not a replay
  const second = await c.post('/api/login/token', { token: token ?? codeAt(s, secret) })
  expect(second.status).toBe(200)
  return 'code asked'
}
const rememberCookies = (c: Client) =>
  [...c.cookies.keys()].filter((k) => k.startsWith('remember-cookie_'))
const signOut = async (c: Client) => expect((await c.post('/logout')).status).toBe(302)

describe('remember this device (after a second factor)', () => {
  beforeEach(async () => {
    secret = await enrol(s, ada)
  })

  it('a second sign-in in the same browser skips the code; a new browser is still asked', async () => {
    const browser = s.client()
    expect(await signInWithCode(browser)).toBe('code asked')
    expect(rememberCookies(browser)).toHaveLength(1)
    await signOut(browser)
    expect(rememberCookies(browser)).toHaveLength(1) // /logout keeps it, as PostHog's
    expect(await signInWithCode(browser)).toBe('no code asked')
    expect((await browser.get(`${ME}/`)).body.email).toBe('ada@example.com')
    expect(await signInWithCode(s.client())).toBe('code asked')
  })

  it('is HttpOnly, SameSite=Strict, for 30 days, and then asks again', async () => {
    const browser = s.client()
    const first = await browser.post('/api/login', ADA)
    expect(first.status).toBe(401)
    s.clock.advance(30)
    const res = await browser.post('/api/login/token', { token: codeAt(s, secret) })
    const line = res.headers.getSetCookie().find((l) => l.startsWith('remember-cookie_'))!
    expect(line).toMatch(/Max-Age=2592000/)
    expect(line).toMatch(/HttpOnly/)
    expect(line).toMatch(/SameSite=Strict/)
    await signOut(browser)
    s.clock.advance(2_592_001)
    expect(await signInWithCode(browser)).toBe('code asked')
  })

  it('dies with a password change, and a forged one counts for nothing', async () => {
    const browser = s.client()
    await signInWithCode(browser)
    const changed = await ada.patch(`${ME}/`, {
      current_password: PASSWORD,
      password: NEW_PASSWORD,
    })
    expect(changed.status).toBe(200)
    const forged = s.client()
    forged.cookies.set('remember-cookie_x', '1:abc:forged')
    expect((await forged.post('/api/login', { ...ADA, password: NEW_PASSWORD })).status).toBe(401)
    expect(await signInWithCode(browser, NEW_PASSWORD)).toBe('code asked')
  })

  it('a backup code earns a cookie that never skips the authenticator code', async () => {
    const codes = (await ada.post(`${ME}/two_factor_backup_codes/`)).body.backup_codes as string[]
    const browser = s.client()
    expect(await signInWithCode(browser, PASSWORD, codes[0])).toBe('code asked')
    expect(rememberCookies(browser)).toHaveLength(1)
    await signOut(browser)
    expect(await signInWithCode(browser)).toBe('code asked')
  })

  it('dies when two-factor is turned off and set up again (a new device)', async () => {
    const browser = s.client()
    await signInWithCode(browser)
    await signOut(browser)
    expect((await ada.post(`${ME}/two_factor_disable/`)).status).toBe(200)
    secret = await enrol(s, ada)
    expect(await signInWithCode(browser)).toBe('code asked')
  })
})

describe('the known-device cookie (ph_device_<id>)', () => {
  /** Asks the server whether the cookies of `c` mark a known device for Ada. */
  async function known(c: Client) {
    const app = new Hono<AppEnv>()
    app.get('/known', (ctx) => {
      ctx.set('deps', s.deps)
      return ctx.json(isKnownDevice(ctx, findUserByEmail(s.deps.db, 'ada@example.com')!))
    })
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    return (await app.request('/known', { headers: { Cookie: cookie } })).json()
  }

  it('is set at sign-in, HttpOnly and SameSite=Lax, and is valid until the password changes', async () => {
    const browser = s.client()
    const res = await browser.post('/api/login', ADA)
    const id = findUserByEmail(s.deps.db, 'ada@example.com')!.id
    const line = res.headers.getSetCookie().find((l) => l.startsWith(`ph_device_${id}=`))!
    expect(line).toMatch(/HttpOnly/)
    expect(line).toMatch(/SameSite=Lax/)
    expect(line).toMatch(/Max-Age=34560000/)
    expect(await known(browser)).toBe(true)
    expect(await known(s.client())).toBe(false)

    const stolen = s.client()
    const real = browser.cookies.get(`ph_device_${id}`)!
    stolen.cookies.set(`ph_device_${id}`, real.slice(0, -1) + (real.endsWith('x') ? 'y' : 'x'))
    expect(await known(stolen)).toBe(false)

    await ada.patch(`${ME}/`, { current_password: PASSWORD, password: NEW_PASSWORD })
    expect(await known(browser)).toBe(false)
  })
})
