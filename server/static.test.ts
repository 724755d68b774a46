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
