import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES, directionOf, type Locale } from '../contract/locales'
import { prerenderShells } from '../scripts/prerender'
import { createApp } from './app'
import { startTestServer, type TestServer } from './testing/harness'

// Issue 15, point 3: every route's shell is in the built HTML, in the visitor's language
// (docs/decisions/0013-prerendered-shells.md). The real prerender runs once, over a minimal
// index.html, and the server is asked for every route in every language.

/** A message's translation in a .po catalogue (no context), the message itself in English. */
function translation(catalogue: string, locale: Locale, message: string): string {
  if (locale === 'en') return message
  const po = readFileSync(join(import.meta.dirname, '..', catalogue, `${locale}.po`), 'utf8')
  const entry = po
    .split(/\n\n+/)
    .find((block) => !block.includes('msgctxt') && block.includes(`msgid "${message}"\n`))
  const text = entry && /^msgstr "(.*)"$/m.exec(entry)?.[1]
  if (!text) throw new Error(`No ${locale} translation of "${message}" in ${catalogue}`)
  return text
}

const shellTitle = (locale: Locale, title: string) => translation('src/lib/locales', locale, title)

/** Each route: a path it answers, its heading's English, and the catalogue that has it. */
const routes = [
  ['/login', 'Sign in', 'src/features/auth/locales'],
  ['/reset', 'Reset your password', 'src/features/password-reset/locales'],
  [
    '/reset/0190a4c2-7f3e-7a31-9e0f-4a2f5f3c1d2e/a-token',
    'Choose a new password',
    'src/features/password-reset/locales',
  ],
  ['/settings/profile', 'Profile', 'src/lib/locales'],
  ['/settings/email', 'Email', 'src/lib/locales'],
  ['/settings/password', 'Password', 'src/lib/locales'],
  ['/settings/two-factor', 'Two-factor authentication', 'src/lib/locales'],
  ['/settings/notifications', 'Notifications', 'src/lib/locales'],
  ['/settings/appearance', 'Appearance', 'src/lib/locales'],
  ['/settings/danger-zone', 'Danger zone', 'src/lib/locales'],
  ['/settings/users', 'Users', 'src/lib/locales'],
  ['/settings/users/0190a4c2-7f3e-7a31-9e0f-4a2f5f3c1d2e', 'User', 'src/lib/locales'],
] as const

let s: TestServer
let dir: string
beforeAll(async () => {
  s = await startTestServer()
  dir = mkdtempSync(join(tmpdir(), 'prerender-'))
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Account settings</title></head>' +
      '<body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>',
  )
  await prerenderShells(dir)
}, 120_000)
afterAll(() => {
  s.close()
  rmSync(dir, { recursive: true, force: true })
})

async function page(path: string, locale: Locale) {
  const app = createApp({ ...s.deps, staticDir: dir })
  const res = await app.request(path, { headers: { Cookie: `account_settings_locale=${locale}` } })
  expect(res.status).toBe(200)
  const html = await res.text()
  const text = (pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/<[^>]+>/g, '')
  return {
    html,
    htmlTag: /<html[^>]*>/.exec(html)?.[0],
    heading: text(/<h1[^>]*>([\s\S]*?)<\/h1>/),
    title: text(/<title>([\s\S]*?)<\/title>/),
    brand: text(/<a class="brand"[^>]*>([\s\S]*?)<\/a>/),
  }
}

describe.each(LOCALES)('the prerendered shells in %s', (locale) => {
  it.each(routes)('%s: the page in its language, with its heading', async (path, heading, po) => {
    const shell = await page(path, locale)
    const product = shellTitle(locale, 'Account settings')
    expect(shell.htmlTag).toBe(
      `<html lang="${locale}" dir="${directionOf(locale)}" data-locale="${locale}">`,
    )
    expect(shell.heading).toBe(translation(po, locale, heading))
    expect(shell.title).toContain(translation(po, locale, heading))
    expect(shell.title).toContain(product)
    // Inert until the app takes over; no inline style the CSP would refuse; the script kept.
    expect(shell.html).toContain('<div id="root"><div class="prerendered" inert>')
    expect(shell.html).not.toMatch(/\sstyle="/)
    expect(shell.html).toContain(
      '<script type="module" fetchpriority="low" src="/assets/index.js">',
    )
    if (path === '/login' || path.startsWith('/reset')) return
    expect(shell.brand).toBe(product)
    expect(shell.html).toContain('<nav class="sidenav"')
    expect(shell.html).toContain('class="page-intro"')
    expect(shell.html).toContain('aria-busy="true"')
  })
})

describe('which shell a path gets', () => {
  it('the profile for the paths that redirect to it, the plain index.html for other paths', async () => {
    for (const path of ['/', '/settings', '/settings/']) {
      expect((await page(path, 'de')).heading).toBe(shellTitle('de', 'Profile'))
    }
    for (const path of ['/settings/nothing-here', '/nowhere']) {
      const plain = await page(path, 'de')
      expect(plain.heading).toBeUndefined()
      expect(plain.htmlTag).toBe('<html lang="de" dir="ltr" data-locale="de">')
      expect(plain.html).toContain('<div id="root"></div>')
    }
  })

  it('staff link and the name are left out: only what every visitor shares is in the HTML', async () => {
    const { html } = await page('/settings/profile', 'en')
    expect(html).not.toContain('href="/settings/users"')
    expect(html).not.toContain('jane@example.com')
    expect(html).not.toMatch(/Signed in as \p{L}/u)
  })

  it('follows a rebuild of the shells while the server runs', async () => {
    const file = join(dir, 'prerendered', 'fr', 'email.html')
    const before = readFileSync(file, 'utf8')
    try {
      writeFileSync(file, before.replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, '<h1$1>Courriel</h1>'))
      expect((await page('/settings/email', 'fr')).heading).toBe('Courriel')
    } finally {
      writeFileSync(file, before)
    }
    expect((await page('/settings/email', 'fr')).heading).toBe(shellTitle('fr', 'Email'))
  })
})
