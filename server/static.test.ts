import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from './app'
import { startTestServer, type TestServer } from './testing/harness'

let s: TestServer
let dir: string
beforeEach(async () => {
  s = await startTestServer()
  dir = mkdtempSync(join(tmpdir(), 'static-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><body>${'<p>app</p>'.repeat(200)}</body></html>`,
  )
  writeFileSync(
    join(dir, 'assets', 'index-abc.js'),
    `console.log(${JSON.stringify('x'.repeat(5000))})`,
  )
})
afterEach(() => s.close())

describe('the built app', () => {
  it('is served compressed, with long caching for hashed assets, and index.html for app routes', async () => {
    const app = createApp({ ...s.deps, staticDir: dir })
    const asset = await app.request('/assets/index-abc.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-encoding')).toBe('gzip')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    const page = await app.request('/settings/profile', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-encoding')).toBe('gzip')
    expect(page.headers.get('set-cookie')).toContain('posthog_csrftoken=')
    // API answers are not compressed (small, and the cached fast path writes bytes directly).
    const api = await app.request('/api/users/@me/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(api.status).toBe(401)
    expect(api.headers.get('content-encoding')).toBeNull()
  })
})

describe('the sign-in page and the user preload', () => {
  it('sends the user request early on settings pages only, and a signed-in /login goes on', async () => {
    const app = createApp({ ...s.deps, staticDir: dir })
    const settings = await app.request('/settings/profile')
    expect(settings.headers.get('link')).toBe(
      '</api/users/@me/>; rel=preload; as=fetch; crossorigin=use-credentials',
    )
    const login = await app.request('/login')
    expect(login.status).toBe(200)
    expect(login.headers.get('link')).toBeNull()

    const signedIn = await s.signedIn('ada@example.com')
    const cookie = `sessionid=${signedIn.cookies.get('sessionid')}`
    const back = await app.request('/login?next=/settings/password', {
      headers: { Cookie: cookie },
    })
    expect(back.status).toBe(302)
    expect(back.headers.get('location')).toBe('/settings/password')
    const elsewhere = await app.request('/login?next=//evil.example', {
      headers: { Cookie: cookie },
    })
    expect(elsewhere.headers.get('location')).toBe('/settings/profile')
  })
})
