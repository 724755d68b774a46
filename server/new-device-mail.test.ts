import { describe, expect, it } from 'vitest'
import { loginTimeText } from './lib/new-device-mail'
import { findUserByEmail } from './store/users'
import { NEW_DEVICE_SUBJECT, PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { codeAt, enrol, ME } from './testing/two-factor'

const s = testServerPerTest()

const ADA = { email: 'ada@example.com', password: PASSWORD }
const NEW_PASSWORD = 'a-much-longer-new-passphrase-42'
const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36'

const newDeviceMails = () => s.outbox().filter((m) => m.subject === NEW_DEVICE_SUBJECT)

/** A browser with a cookie jar of its own. */
function freshBrowser(): Client {
  const c = s.client()
  c.headers = { 'User-Agent': CHROME_MAC }
  return c
}

async function signIn(c: Client, credentials = ADA) {
  expect((await c.post('/api/login', credentials)).status).toBe(200)
}
const signOut = async (c: Client) => expect((await c.post('/logout')).status).toBe(302)
const knownDeviceCookie = (c: Client) =>
  [...c.cookies.keys()].find((name) => name.startsWith('ph_device_'))

describe('the new-device sign-in mail', () => {
  it("is PostHog's mail: subject, heading and the sign-in's time, place, browser, method and IP", async () => {
    s.clock.set(Date.UTC(2026, 5, 1, 9, 5, 30))
    await signIn(freshBrowser())
    expect(newDeviceMails()).toEqual([
      expect.objectContaining({
        to: 'ada@example.com',
        subject: 'A new device logged into your account',
        text: [
          'We spotted a login from a new device',
          '',
          "Someone (hopefully you) logged into your PostHog account from a new device. If this wasn't you, please reset your password.",
          '',
          'Time: June 1, 2026 at 09:05 UTC',
          'Location: Unknown',
          'Browser: Chrome 135.0.0 on Mac OS X 10.15',
          'Login method: Email/password',
          'IP: 127.0.0.1',
          '',
          "If this was you though, you don't have to do anything except delete this email.",
        ].join('\n'),
      }),
    ])
  })

  it('is sent once: signing in again in the same browser sends none, a fresh one does', async () => {
    const browser = freshBrowser()
    await signIn(browser)
    expect(knownDeviceCookie(browser)).toBeDefined()
    await signOut(browser)
    await signIn(browser)
    expect(newDeviceMails()).toHaveLength(1)
    await signIn(freshBrowser())
    expect(newDeviceMails()).toHaveLength(2)
  })

  it('is not sent for a re-auth, nor for a wrong password', async () => {
    const browser = freshBrowser()
    await signIn(browser)
    browser.cookies.delete(knownDeviceCookie(browser)!)
    s.clock.advance(7201)
    await signIn(browser) // the re-auth dialog: already signed in as Ada
    expect(newDeviceMails()).toHaveLength(1)
    expect((await freshBrowser().post('/api/login', { ...ADA, password: 'wrong' })).status).toBe(
      400,
    )
    expect(newDeviceMails()).toHaveLength(1)
  })

  it('counts a forged or foreign known-device cookie for nothing', async () => {
    const grace = freshBrowser()
    await signIn(grace, { email: 'grace@example.com', password: PASSWORD })
    const adaId = findUserByEmail(s.deps.db, 'ada@example.com')!.id
    const forged = freshBrowser()
    forged.cookies.set(`ph_device_${adaId}`, grace.cookies.get(knownDeviceCookie(grace)!)!)
    await signIn(forged)
    expect(newDeviceMails().map((m) => m.to)).toEqual(['ada@example.com', 'grace@example.com'])
  })

  it('with a second factor, goes out once the code is accepted, and not for a 2FA re-auth', async () => {
    const settings = freshBrowser()
    await signIn(settings)
    const secret = await enrol(s, settings)
    const browser = freshBrowser()
    expect((await browser.post('/api/login', ADA)).status).toBe(401)
    expect(newDeviceMails()).toHaveLength(1) // the settings browser's
    s.clock.advance(30)
    expect((await browser.post('/api/login/token', { token: codeAt(s, secret) })).status).toBe(200)
    expect(newDeviceMails()).toHaveLength(2)

    // A re-auth through the code in the settings browser (its cookie gone) sends none.
    settings.cookies.delete(knownDeviceCookie(settings)!)
    for (const name of settings.cookies.keys())
      if (name.startsWith('remember-cookie_')) settings.cookies.delete(name)
    expect((await settings.post('/api/login', ADA)).status).toBe(401)
    s.clock.advance(30)
    expect((await settings.post('/api/login/token', { token: codeAt(s, secret) })).status).toBe(200)
    expect(newDeviceMails()).toHaveLength(2)
  })

  it('is not sent to a user without a current organization', async () => {
    const created = await s
      .devClient()
      .post('/_dev/users', { email: 'loner@example.com', password: PASSWORD, organization: false })
    expect(created.status).toBe(201)
    await signIn(freshBrowser(), { email: 'loner@example.com', password: PASSWORD })
    expect(newDeviceMails()).toEqual([])
  })
})

describe('the known-device cookie after a password change', () => {
  it('is issued again to the browser that changed it, and dead in the others', async () => {
    const browser = freshBrowser()
    await signIn(browser)
    const before = freshBrowser()
    await signIn(before)
    s.clock.advance(61) // the next answer rewrites the session's activity and the cookie
    const changed = await browser.patch(`${ME}/`, {
      current_password: PASSWORD,
      password: NEW_PASSWORD,
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.getSetCookie().some((line) => line.startsWith('ph_device_'))).toBe(true)
    await signOut(browser)
    await signIn(browser, { ...ADA, password: NEW_PASSWORD })
    expect(newDeviceMails()).toHaveLength(2) // the two first sign-ins only
    await signIn(before, { ...ADA, password: NEW_PASSWORD }) // signed out by the change
    expect(newDeviceMails()).toHaveLength(3)
  })
})

describe('loginTimeText', () => {
  it('writes strftime("%B %-d, %Y at %H:%M UTC")', () => {
    expect(loginTimeText(Date.UTC(2025, 11, 31, 23, 59, 59))).toBe('December 31, 2025 at 23:59 UTC')
    expect(loginTimeText(Date.UTC(2026, 0, 2, 0, 0))).toBe('January 2, 2026 at 00:00 UTC')
  })
})
