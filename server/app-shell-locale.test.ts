import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { acceptedLanguages } from '../contract/locales'
import { createApp } from './app'
import { startTestServer, type TestServer } from './testing/harness'

// The page comes in the visitor's language before any script runs (issue 14, point 5):
// docs/decisions/0010-translations-lingui.md, "No flash".
let s: TestServer
let dir: string
beforeEach(async () => {
  s = await startTestServer()
  dir = mkdtempSync(join(tmpdir(), 'locale-'))
  mkdirSync(join(dir, '.vite'), { recursive: true })
  const po = (key: string, file: string) => ({ [key]: { file, isDynamicEntry: true } })
  writeFileSync(
    join(dir, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-abc.js', isEntry: true },
      'src/app/routes/two-factor.tsx': { file: 'assets/two-factor-1.js', isDynamicEntry: true },
      ...po('src/app/catalogue-files.ts', 'assets/catalogue-files-0.js'),
      ...po('src/lib/locales/de.po', 'assets/de-shell.js'),
      ...po('src/features/auth/locales/de.po', 'assets/de-auth.js'),
      ...po('src/features/profile/locales/de.po', 'assets/de-profile.js'),
      ...po('src/features/two-factor/locales/de.po', 'assets/de-2fa.js'),
      ...po('src/features/users/locales/de.po', 'assets/de-users.js'),
      ...po('src/features/passkeys/locales/de.po', 'assets/de-passkeys.js'),
      ...po('src/lib/locales/ar.po', 'assets/ar-shell.js'),
    }),
  )
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>App</title></head><body></body></html>',
  )
})
afterEach(() => s.close())

const page = async (path: string, headers: Record<string, string> = {}) => {
  const app = createApp({ ...s.deps, staticDir: dir })
  const res = await app.request(path, { headers })
  expect(res.status).toBe(200)
  const html = await res.text()
  return {
    res,
    html: /<html[^>]*>/.exec(html)![0],
    preloads: [
      ...html.matchAll(/modulepreload" fetchpriority="low" href="\/assets\/([^"]+)"/g),
    ].map(([, f]) => f),
  }
}

describe('the page in the visitor language', () => {
  it("is the browser's language by Accept-Language, with its catalogues preloaded", async () => {
    const { html, preloads, res } = await page('/settings/two-factor', {
      'Accept-Language': 'de-CH,de;q=0.9,en;q=0.8',
    })
    expect(html).toBe('<html lang="de" dir="ltr" data-locale="de">')
    // The map of the catalogues first, then the entry's scopes and the page's two features.
    expect(preloads).toEqual([
      'two-factor-1.js',
      'catalogue-files-0.js',
      'de-shell.js',
      'de-auth.js',
      'de-profile.js',
      'de-2fa.js',
      'de-passkeys.js',
    ])
    expect(res.headers.get('vary')).toContain('Accept-Language')
    expect(res.headers.get('vary')).toContain('Cookie')
  })

  it('is the remembered choice over the browser, right to left for Arabic', async () => {
    const { html, preloads } = await page('/login', {
      'Accept-Language': 'de',
      Cookie: 'account_settings_locale=ar',
    })
    expect(html).toBe('<html lang="ar" dir="rtl" data-locale="ar">')
    expect(preloads).toEqual(['catalogue-files-0.js', 'ar-shell.js'])
  })

  it('is English, with nothing to preload, for unknown languages and forged cookies', async () => {
    for (const headers of <Record<string, string>[]>[
      {},
      { 'Accept-Language': 'pt-BR,es;q=0.5' },
      { Cookie: 'account_settings_locale="><script>x</script>' },
      { 'Accept-Language': 'de;q=0, xx' },
    ]) {
      const { html, preloads } = await page('/settings/users/abc', headers)
      expect(html, JSON.stringify(headers)).toBe('<html lang="en" dir="ltr" data-locale="en">')
      expect(preloads).toEqual([])
    }
  })

  it('preloads the users catalogue for a user detail page', async () => {
    const { preloads } = await page('/settings/users/abc', { Cookie: 'account_settings_locale=de' })
    expect(preloads).toContain('de-users.js')
  })
})

describe('Accept-Language', () => {
  it('is read by weight, then by order', () => {
    expect(acceptedLanguages('fr;q=0.5, ja, de;q=0.9')).toEqual(['ja', 'de', 'fr'])
    expect(acceptedLanguages('*, en;q=0.1')).toEqual(['en'])
    expect(acceptedLanguages(undefined)).toEqual([])
  })
})
