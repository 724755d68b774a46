import { DEMO_PASSWORD, expect, test } from './support/fixtures'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'

const ada = { email: 'ada@example.com', password: DEMO_PASSWORD }

test('the health check answers 200', async ({ request }) => {
  const response = await request.get('/_health')

  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok' })
})

test('the home page sends a signed-out visitor to sign in, and back afterwards', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fprofile$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Email').fill(ada.email)
  await page.getByLabel('Password', { exact: true }).fill(ada.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/settings\/profile$/)
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
})

test('a demo user can log in and read their own account', async ({ page }) => {
  const login = await page.request.post('/api/login', { data: ada })
  expect(login.status()).toBe(200)
  expect(await login.json()).toEqual({ success: true })

  const me = await page.request.get('/api/users/@me/')
  expect(me.status()).toBe(200)
  expect(await me.json()).toMatchObject({ email: ada.email })
})

test('loading the app issues the CSRF cookie, which a browser write then sends back', async ({
  page,
  context,
}) => {
  await page.goto('/settings/profile')
  const csrf = (await context.cookies()).find((c) => c.name === 'posthog_csrftoken')
  expect(csrf?.value).toBeTruthy()
  expect(csrf?.httpOnly).toBe(false)

  await page.request.post('/api/login', { data: ada })
  const session = (await context.cookies()).find((c) => c.name === 'sessionid')
  expect(session?.httpOnly).toBe(true)
  expect(session?.sameSite).toBe('Lax')
  const token = (await context.cookies()).find((c) => c.name === 'posthog_csrftoken')!.value
  const refused = await page.request.patch('/api/users/@me/', { data: { first_name: 'Ada' } })
  expect(refused.status()).toBe(403)
  const saved = await page.request.patch('/api/users/@me/', {
    data: { first_name: 'Countess' },
    headers: { 'X-CSRFToken': token },
  })
  expect(saved.status()).toBe(200)
  expect((await saved.json()).first_name).toBe('Countess')
})

test('the dev mailbox page lists mail', async ({ page }) => {
  await page.goto('/_dev/mail')
  await expect(page.getByRole('heading', { level: 1, name: 'Dev mailbox' })).toBeVisible()
  const json = await page.request.get('/_dev/mail.json', { headers: DEV_TOOLS_HEADERS })
  expect(Array.isArray(await json.json())).toBe(true)
})
