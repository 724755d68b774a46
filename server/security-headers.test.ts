import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INLINE_SCRIPT_HASHES } from './lib/security-headers'
import { DEV_TOOLS_HEADERS, PASSWORD } from './testing/harness'
import { spawnServer, type SpawnedServer } from './testing/spawn-server'

const THEME_SCRIPT_HASH = "'sha256-7HnqrdpHpADEZYn95FHLIAWH8GdOrABnh3AWEa3ytmI='"
const CSP =
  `default-src 'none'; script-src 'self' ${THEME_SCRIPT_HASH}; style-src 'self'; img-src 'self'; ` +
  "connect-src 'self'; font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; " +
  "base-uri 'none'; form-action 'self'"

/** A tiny built app of our own, so the test never depends on (or races with) dist/. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'security-headers-dist-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>App</title><div id="root"></div>')
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)\n')
  writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{margin:0}\n')
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  return dir
}

let server: SpawnedServer
beforeAll(async () => {
  server = await spawnServer({ STATIC_DIR: fakeDist() })
})
afterAll(() => server.stop())

async function signIn() {
  const res = await fetch(server.url + '/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'ada@example.com', password: PASSWORD }),
  })
  expect(res.status).toBe(200)
  const jar = Object.fromEntries(
    res.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]),
  )
  return {
    cookie: `sessionid=${jar.sessionid}; posthog_csrftoken=${jar.posthog_csrftoken}`,
    csrf: jar.posthog_csrftoken!,
  }
}

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('content-security-policy')).toBe(CSP)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('same-origin')
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
}

const get = (path: string, init: RequestInit = {}) =>
  fetch(server.url + path, { redirect: 'manual', ...init })

describe('the inline script of index.html', () => {
  it('is the one script the policy allows by hash', () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8')
    const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, source]) => `'sha256-${createHash('sha256').update(source!).digest('base64')}'`,
    )
    // On failure: put the hash printed here in server/lib/security-headers.ts.
    expect(INLINE_SCRIPT_HASHES).toEqual(hashes)
    expect(hashes).toEqual([THEME_SCRIPT_HASH])
  })
})

describe('security headers on every response of the real server', () => {
  it('the SPA shell of any client-side route', async () => {
    const res = await get('/settings/profile')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expectSecurityHeaders(res)
  })

  it.each([
    ['/assets/index-abc123.js', 'javascript', 'public, max-age=31536000, immutable'],
    ['/assets/index-abc123.css', 'text/css', 'public, max-age=31536000, immutable'],
    ['/favicon.svg', 'image/svg+xml', null],
  ])('the static file %s', async (path, type, cacheControl) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain(type)
    expect(res.headers.get('cache-control')).toBe(cacheControl)
    expectSecurityHeaders(res)
  })

  it('API JSON, from the app and from the fast path, never cached', async () => {
    const { cookie } = await signIn()
    // The first GET fills the MeCache through Hono; the second is answered by server/fast-path.ts.
    for (const path of [
      '/api/users/@me/',
      '/api/users/@me/',
      '/api/users/@me/two_factor_status/',
    ]) {
      const res = await get(path, { headers: { Cookie: cookie } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('application/json')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expectSecurityHeaders(res)
    }
  })

  it.each([
    ['GET', '/api/users/@me/', undefined, 401],
    ['GET', '/api/no-such-endpoint/', undefined, 404],
    ['POST', '/api/login', '{not json', 400],
    ['POST', '/api/login', JSON.stringify({ email: 'x'.repeat(1024 * 1024 + 1) }), 413],
  ])('API errors: %s %s answers %#', async (method, path, body, status) => {
    const res = await get(path, { method, body, headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ type: expect.any(String), code: expect.any(String) })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expectSecurityHeaders(res)
  })

  it('redirects and plain errors outside the API', async () => {
    const { cookie, csrf } = await signIn()
    const logout = await get('/logout', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRFToken': csrf },
    })
    expect(logout.status).toBe(302)
    expectSecurityHeaders(logout)
    const wrongMethod = await get('/logout')
    expect(wrongMethod.status).toBe(405)
    expectSecurityHeaders(wrongMethod)
  })

  it('the dev mailbox page uses a served stylesheet, not inline styles', async () => {
    const page = await get('/_dev/mail', { headers: DEV_TOOLS_HEADERS })
    expect(page.status).toBe(200)
    expectSecurityHeaders(page)
    const html = await page.text()
    expect(html).not.toMatch(/<style|style=/i)
    expect(html).toContain('<link rel="stylesheet" href="/_dev/mail.css">')

    const css = await get('/_dev/mail.css', { headers: DEV_TOOLS_HEADERS })
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toContain('text/css')
    expectSecurityHeaders(css)

    const json = await get('/_dev/mail.json', { headers: DEV_TOOLS_HEADERS })
    expect(json.headers.get('cache-control')).toBe('no-store')
    expectSecurityHeaders(json)
  })

  it('the health check', async () => {
    const res = await get('/_health')
    expect(res.status).toBe(200)
    expectSecurityHeaders(res)
  })
})
