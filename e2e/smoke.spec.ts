import { expect, test } from '@playwright/test'

const ada = { email: 'ada@example.com', password: 'hedgehogs-sleep-all-winter' }

test('the health check answers 200', async ({ request }) => {
  const response = await request.get('/_health')

  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok' })
})

test('the home page shows its heading', async ({ page }) => {
  await page.goto('/')

  await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible()
})

test('a demo user can log in and read their own account', async ({ page }) => {
  const login = await page.request.post('/api/login', { data: ada })
  expect(login.status()).toBe(200)
  expect(await login.json()).toEqual({ success: true })

  const me = await page.request.get('/api/users/@me/')
  expect(me.status()).toBe(200)
  expect(await me.json()).toMatchObject({ email: ada.email })
})
