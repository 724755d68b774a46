// Plain Playwright: the attacker's page logs CORS errors by design, which the fixtures would fail on.
import { expect, test } from '@playwright/test'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'
import { STRONG_PASSWORD, uniqueEmail } from './support/fixtures'

const EVIL = 'http://evil.test'

/** A page on another site, served by Playwright at EVIL, that attacks this server's dev tools. */
function attackerPage(target: string, email: string) {
  return `<!doctype html><title>evil</title>
<form id="f" method="POST" action="${target}/_dev/users">
  <input name="email" value="${email}"><input name="password" value="${STRONG_PASSWORD}">
  <input name="is_staff" value="true"><input name="organization" value="true">
</form>
<script>
  window.results = {}
  const body = JSON.stringify({ email: '${email}', password: '${STRONG_PASSWORD}', is_staff: true })
  window.attack = async () => {
    for (const [name, init] of Object.entries({
      jsonCors: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body },
      textNoCors: { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body },
      readMail: { method: 'GET' },
    })) {
      try {
        const res = await fetch('${target}' + (name === 'readMail' ? '/_dev/mail.json' : '/_dev/users'), init)
        window.results[name] = res.type === 'opaque' ? 'opaque' : await res.text()
      } catch (error) {
        window.results[name] = 'blocked: ' + error.message
      }
    }
    return window.results
  }
</script>`
}

test('a page on another origin can neither create an account nor read the mailbox', async ({
  page,
  baseURL,
  request,
}) => {
  const email = uniqueEmail('cross-site')
  await page.route(`${EVIL}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: attackerPage(baseURL!, email) }),
  )
  await page.goto(`${EVIL}/`)

  const results = await page.evaluate(() =>
    (window as unknown as { attack: () => unknown }).attack(),
  )
  // The browser never let the page read an answer.
  for (const value of Object.values(results as Record<string, string>))
    expect(value).toMatch(/^(blocked|opaque)/)

  // A plain cross-site form post: the browser navigates to our 403.
  const [answer] = await Promise.all([
    page.waitForResponse(`${baseURL}/_dev/users`),
    page.locator('#f').evaluate((form: HTMLFormElement) => form.submit()),
  ])
  expect(answer.status()).toBe(403)
  expect(await answer.json()).toMatchObject({ code: 'permission_denied' })

  // Nothing was created: the address is still free for a same-origin request.
  const created = await request.post('/_dev/users', {
    headers: DEV_TOOLS_HEADERS,
    data: { email, password: STRONG_PASSWORD },
  })
  expect(created.status()).toBe(201)
})
