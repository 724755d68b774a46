import type { Page } from '@playwright/test'
import { expect, STRONG_PASSWORD, test, uniqueEmail } from './support/fixtures'

// product.md, "Performance budgets": the profile shows data after at most 5 requests (HTML, JS,
// CSS, the user...), with GET /api/users/@me/ starting in parallel with the JS.
// How: docs/decisions/0006-early-user-fetch.md.
const MAX_REQUESTS = 5
const ME = '/api/users/@me/'

/** An account of this test's own, with a first name the profile form must show. */
async function signedInAccount(page: Page, firstName: string) {
  const email = uniqueEmail('requests')
  const created = await page.request.post('/_dev/users', {
    data: { email, password: STRONG_PASSWORD, organization: true, first_name: firstName },
  })
  expect(created.status()).toBe(201)
  // Over the API, so the page's first navigation below is the first load of the app.
  const login = await page.request.post('/api/login', {
    data: { email, password: STRONG_PASSWORD },
  })
  expect(login.status()).toBe(200)
}

/**
 * Paths of the same-origin requests the page issues, in order, the favicon aside; and the
 * warnings Chromium logs when a preload is not reused (credentials or headers that do not match,
 * or nobody asking for it), which would mean the user is fetched twice.
 */
function watch(page: Page, baseURL: string) {
  const { origin } = new URL(baseURL)
  const paths: string[] = []
  const preloadWarnings: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === origin && url.pathname !== '/favicon.svg') paths.push(url.pathname)
  })
  page.on('console', (message) => {
    if (/preload/i.test(message.text())) preloadWarnings.push(message.text())
  })
  return { paths, preloadWarnings }
}

test('the profile shows the signed-in user after at most 5 requests', async ({ page, baseURL }) => {
  await signedInAccount(page, 'Rosalind')
  const { paths, preloadWarnings } = watch(page, baseURL!)

  await page.goto('/settings/profile')
  await expect(page.getByLabel('First name')).toHaveValue('Rosalind')

  const seen = [...paths]
  expect(
    seen.filter((path) => path === ME),
    'the user is fetched once',
  ).toHaveLength(1)
  expect(seen.length, `requests before the data showed:\n${seen.join('\n')}`).toBeLessThanOrEqual(
    MAX_REQUESTS,
  )
  expect(seen.filter((path) => path.endsWith('.js')).length, 'JS files').toBeLessThanOrEqual(2)
  expect(
    seen.filter((path) => path.endsWith('.css')),
    'CSS files',
  ).toHaveLength(1)
  expect(preloadWarnings).toEqual([])
})

test('the user request starts while the JS is still loading', async ({ page, baseURL }) => {
  await signedInAccount(page, 'Grace')
  const { preloadWarnings } = watch(page, baseURL!)
  // A slow mobile link (Lighthouse's 1.6 Mbps): on loopback the JS would arrive in a millisecond
  // and "before the JS finished" would prove nothing.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })

  await page.goto('/settings/profile')
  await expect(page.getByLabel('First name')).toHaveValue('Grace')

  const { entry, resources } = await page.evaluate(() => ({
    entry: new URL(document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src)
      .pathname,
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (e) => ({
        path: new URL(e.name).pathname,
        startTime: e.startTime,
        responseEnd: e.responseEnd,
      }),
    ),
  }))
  const me = resources.filter((r) => r.path === ME)
  const js = resources.find((r) => r.path === entry)
  expect(me, 'one user request, reused by the app').toHaveLength(1)
  expect(js, `resource timing of ${entry}`).toBeDefined()
  expect(me[0]!.startTime, 'the user request starts before the JS has loaded').toBeLessThan(
    js!.responseEnd,
  )
  expect(me[0]!.responseEnd, 'and is answered before the JS has loaded').toBeLessThan(
    js!.responseEnd,
  )
  expect(preloadWarnings).toEqual([])
})

test('signed out, the sign-in page does not ask for the user', async ({ page, baseURL }) => {
  const { paths, preloadWarnings } = watch(page, baseURL!)

  await page.goto('/login')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()

  // The server redirects a signed-in visitor; a signed-out one would only get a 401.
  expect(paths.filter((path) => path === ME)).toHaveLength(0)
  expect(preloadWarnings).toEqual([])
})
