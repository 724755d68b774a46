import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { asQueryValue, safeNextPath } from '../contract/redirects'
import { testServerPerTest } from './testing/per-test'

const CONTROL = [...Array(32).keys(), 127].map((n) => String.fromCharCode(n))

/** Hostile `next` values, as decoded from the query: each must give the default page. */
const HOSTILE = [
  '//evil.example',
  '//evil.example/x',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  'https://evil.example',
  'http:evil.example',
  'javascript:alert(1)',
  'data:text/html,x',
  'evil.example',
  '',
  ' /settings',
  '/ /evil.example',
  '/\u00a0/evil.example',
  '/\u2028/evil.example',
  '/\u3000x',
  '/\ufeff/evil.example',
  '/\u200b/evil.example',
  ...CONTROL.map((ch) => `/${ch}/evil.example/x`),
  ...CONTROL.map((ch) => `/x${ch}y`),
  '/x'.repeat(1001),
]

describe('safeNextPath', () => {
  it(`refuses ${HOSTILE.length} hostile values, every control character among them`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40)
    for (const value of HOSTILE)
      expect(safeNextPath(value, '/home'), JSON.stringify(value)).toBe('/home')
    for (const value of [undefined, null, 42, ['/x'], { a: 1 }])
      expect(safeNextPath(value, '/home')).toBe('/home')
  })

  it('keeps same-origin paths, percent-encoding what is not ASCII', () => {
    expect(safeNextPath('/settings/user-notifications', '/')).toBe('/settings/user-notifications')
    expect(safeNextPath('/settings?tab=a&b=1#top', '/')).toBe('/settings?tab=a&b=1#top')
    expect(safeNextPath('/a/../b', '/')).toBe('/b')
    expect(safeNextPath('/%2F/evil.example', '/')).toBe('/%2F/evil.example')
    expect(safeNextPath('/café/中', '/')).toBe('/caf%C3%A9/%E4%B8%AD')
  })

  it('encodes only what would end or change a query value', () => {
    expect(asQueryValue('/settings/user-notifications')).toBe('/settings/user-notifications')
    expect(asQueryValue('/a?x=1&y=2#z')).toBe('/a?x=1%26y=2%23z')
  })
})

describe('redirects built from next, over HTTP', () => {
  const s = testServerPerTest({}, { once: true })
  const ada = s.signedInPerTest('ada@example.com')

  it('a signed-in /login never leaves this origin and never answers 5xx', async () => {
    const raw = [
      '%2F%09%2Fevil.example%2Fx',
      '/%0b/x',
      '/%00x',
      '/%0a/x',
      '/%0d%0aSet-Cookie:%20x=1',
      '%2F%2Fevil.example',
      '/%5Cevil.example',
      '/%E4%B8%AD',
      '%E0%A4%A',
      ...CONTROL.map((ch) => encodeURIComponent(`/${ch}/evil.example`)),
    ]
    // /login is the app shell's route: an app with a built SPA to serve.
    const dir = mkdtempSync(join(tmpdir(), 'redirects-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>')
    const app = createApp({ ...s.deps, staticDir: dir })
    const cookie = `sessionid=${ada.cookies.get('sessionid')}`
    const login = (next: string) =>
      app.request(`/login?next=${next}`, { headers: { Cookie: cookie } })
    for (const next of raw) {
      const res = await login(next)
      expect(res.status, next).toBe(302)
      const location = res.headers.get('location')!
      expect(location, next).toMatch(/^\/(?![/\\])/)
      expect(location, next).toBe(safeNextPath(location, '!'))
    }
    expect((await login('%2F%09%2Fevil.example%2Fx')).headers.get('location')).toBe(
      '/settings/profile',
    )
    expect((await login('/settings/email')).headers.get('location')).toBe('/settings/email')
  })

  it('/logout forwards a safe next unencoded, as PostHog, and drops a hostile one', async () => {
    const out = async (next: string) => {
      const c = await s.signedIn('ada@example.com')
      const res = await c.post('/logout', `next=${encodeURIComponent(next)}`, {
        'Content-Type': 'application/x-www-form-urlencoded',
      })
      expect(res.status).toBe(302)
      return res.headers.get('location')
    }
    expect(await out('/settings/user-notifications')).toBe(
      '/login?next=/settings/user-notifications',
    )
    expect(await out('/a?x=1&y=2')).toBe('/login?next=/a?x=1%26y=2')
    expect(await out('/\t/evil.example')).toBe('/login')
    expect(await out('//evil.example')).toBe('/login')
  })
})
