import type { Page } from '@playwright/test'
import { expect, STRONG_PASSWORD, test, uniqueEmail } from './support/fixtures'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'

// product.md, "Performance budgets": the profile shows data after at most 5 requests (HTML, JS,
// CSS, the user...), with GET /api/users/@me/ starting in parallel with the JS.
// How: docs/decisions/0006-early-user-fetch.md.
const MAX_REQUESTS = 5
const ME = '/api/users/@me/'

/** An account of this test's own, with a first name the profile form must show. */
async function signedInAccount(page: Page, firstName: string) {
  const email = uniqueEmail('requests')
  const created = await page.request.post('/_dev/users', {
    headers: DEV_TOOLS_HEADERS,
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

/**
 * A slow mobile link (Lighthouse's 1.6 Mbps): on loopback the JS would arrive in a millisecond
 * and "before the JS finished" would prove nothing.
 */
async function slowLink(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
}

/** The entry script's path and the resource timing of every request the page made. */
function timings(page: Page) {
  return page.evaluate(() => ({
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
  await slowLink(page)

  await page.goto('/settings/profile')
  await expect(page.getByLabel('First name')).toHaveValue('Grace')

  const { entry, resources } = await timings(page)
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
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()

  // The server redirects a signed-in visitor; a signed-out one would only get a 401.
  expect(paths.filter((path) => path === ME)).toHaveLength(0)
  expect(preloadWarnings).toEqual([])
})

test("a lazy page's code and styles load with the HTML, once, not after the entry JS", async ({
  page,
  baseURL,
}) => {
  await signedInAccount(page, 'Ada')
  const { paths, preloadWarnings } = watch(page, baseURL!)
  await slowLink(page)

  await page.goto('/settings/password')
  await expect(page.getByLabel('Current password')).toBeVisible()

  const { entry, resources } = await timings(page)
  const js = resources.find((r) => r.path === entry)!
  const chunk = resources.filter((r) => /^\/assets\/password-[\w-]+\.js$/.test(r.path))
  // The page's styles are in the chunk it shares with the reset page (the strength meter).
  const styles = resources.filter((r) =>
    /^\/assets\/(password|strength-meter)-[\w-]+\.css$/.test(r.path),
  )
  expect(chunk, "the page's chunk, fetched once").toHaveLength(1)
  expect(styles, "the page's stylesheet, fetched once").toHaveLength(1)
  expect(chunk[0]!.startTime, 'the chunk starts before the entry JS has loaded').toBeLessThan(
    js.responseEnd,
  )
  expect(styles[0]!.startTime, 'so do its styles').toBeLessThan(js.responseEnd)
  expect(
    paths.filter((path) => path.endsWith('.js')),
    'no JS file is asked for twice',
  ).toEqual([...new Set(paths.filter((path) => path.endsWith('.js')))])
  await expect(
    page.locator(
      'link[rel="stylesheet"][href*="/assets/password-"], link[rel="stylesheet"][href*="/assets/strength-meter-"]',
    ),
    'one stylesheet link for the page',
  ).toHaveCount(1)
  expect(preloadWarnings).toEqual([])
})

// Their loaders start these requests with the page's code (src/app/page-data.ts, whose unit test
// shows they do not wait for the page); here, that the page then uses them rather than asking again.
for (const { page: path, data, account, shows } of [
  {
    page: '/settings/two-factor',
    data: '/api/users/@me/two_factor_status/',
    account: { is_staff: false },
    shows: 'Set up two-factor authentication',
  },
  {
    page: '/settings/users',
    data: '/api/users/',
    account: { is_staff: true },
    shows: 'ada@example.com',
  },
]) {
  test(`${path} asks for its data once`, async ({ page, baseURL }) => {
    const email = uniqueEmail('page-data')
    const created = await page.request.post('/_dev/users', {
      headers: DEV_TOOLS_HEADERS,
      data: { email, password: STRONG_PASSWORD, organization: true, ...account },
    })
    expect(created.status()).toBe(201)
    await page.request.post('/api/login', { data: { email, password: STRONG_PASSWORD } })
    const { paths, preloadWarnings } = watch(page, baseURL!)
    await slowLink(page)

    await page.goto(path)
    await expect(page.getByText(shows).first()).toBeVisible()

    expect(paths.filter((p) => p === data)).toHaveLength(1)
    expect(preloadWarnings).toEqual([])
  })
}
