import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

describe("a lazy page's preloads", () => {
  /** A manifest shaped like Vite's: the entry, a lazy page with a shared chunk, and CSS. */
  function writeManifest() {
    mkdirSync(join(dir, '.vite'))
    writeFileSync(
      join(dir, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': {
          file: 'assets/index-abc.js',
          isEntry: true,
          imports: ['_vendor-1.js'],
          css: ['assets/index-abc.css'],
        },
        '_vendor-1.js': { file: 'assets/vendor-1.js' },
        '_shared-2.js': {
          file: 'assets/shared-2.js',
          imports: ['index.html'],
          css: ['assets/shared-2.css'],
        },
        'src/app/routes/users.tsx': {
          file: 'assets/users-3.js',
          isDynamicEntry: true,
          imports: ['index.html', '_shared-2.js'],
          css: ['assets/users-3.css'],
        },
        'src/app/routes/user-detail.tsx': {
          file: 'assets/user-detail-4.js',
          isDynamicEntry: true,
          imports: ['index.html', '_shared-2.js'],
        },
        'src/app/routes/profile.tsx': { file: 'assets/index-abc.js' },
      }),
    )
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><title>App</title></head><body></body></html>',
    )
  }

  const head = async (app: ReturnType<typeof createApp>, path: string) => {
    const res = await app.request(path)
    expect(res.status).toBe(200)
    return /<head>(.*)<\/head>/.exec(await res.text())![1]
  }

  it("names the page's chunks and styles in the HTML, not the entry's", async () => {
    writeManifest()
    const app = createApp({ ...s.deps, staticDir: dir })
    expect(await head(app, '/settings/users')).toBe(
      '<title>App</title>' +
        '<link rel="modulepreload" fetchpriority="low" href="/assets/users-3.js" />' +
        '<link rel="modulepreload" fetchpriority="low" href="/assets/shared-2.js" />' +
        '<link rel="stylesheet" href="/assets/users-3.css" />' +
        '<link rel="stylesheet" href="/assets/shared-2.css" />',
    )
    expect(await head(app, '/settings/users/')).toContain('/assets/users-3.js')
    expect(await head(app, '/settings/users/0190c2a0-0000-7000-8000-000000000000')).toBe(
      '<title>App</title>' +
        '<link rel="modulepreload" fetchpriority="low" href="/assets/user-detail-4.js" />' +
        '<link rel="modulepreload" fetchpriority="low" href="/assets/shared-2.js" />' +
        '<link rel="stylesheet" href="/assets/shared-2.css" />',
    )
  })

  it('adds nothing for pages in the entry chunk, unknown pages, or a build without a manifest', async () => {
    writeManifest()
    const app = createApp({ ...s.deps, staticDir: dir })
    for (const path of ['/settings/profile', '/settings/nope', '/settings', '/login', '/x'])
      expect(await head(app, path), path).toBe('<title>App</title>')

    writeFileSync(join(dir, '.vite', 'manifest.json'), '{not json')
    const unreadable = createApp({ ...s.deps, staticDir: dir })
    expect(await head(unreadable, '/settings/users')).toBe('<title>App</title>')
  })

  it('follows a rebuild: new index.html, new manifest', async () => {
    writeManifest()
    const app = createApp({ ...s.deps, staticDir: dir })
    expect(await head(app, '/settings/users')).toContain('/assets/users-3.js')
    const manifest = JSON.parse(
      readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, { file: string }>
    manifest['src/app/routes/users.tsx']!.file = 'assets/users-9.js'
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest))
    writeFileSync(join(dir, 'index.html'), '<html><head><title>App 2</title></head></html>')
    expect(await head(app, '/settings/users')).toContain('/assets/users-9.js')
  })
})
