import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD } from './testing/harness'
import { spawnServer, type SpawnedServer } from './testing/spawn-server'

let server: SpawnedServer
beforeAll(async () => {
  server = await spawnServer()
})
afterAll(() => server.stop())

async function signIn() {
  const res = await fetch(server.url + '/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'ada@example.com', password: PASSWORD }),
  })
  const jar = Object.fromEntries(
    res.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]),
  )
  return {
    cookie: `sessionid=${jar.sessionid}; posthog_csrftoken=${jar.posthog_csrftoken}`,
    csrf: jar.posthog_csrftoken!,
  }
}

const me = (cookie: string, path = '/api/users/@me/') =>
  fetch(server.url + path, { headers: { Cookie: cookie } })

describe('the cached GET /api/users/@me/ of the real server', () => {
  it('serves the same body twice, with and without the trailing slash, with the API headers', async () => {
    const { cookie } = await signIn()
    const first = await me(cookie)
    const second = await me(cookie)
    const noSlash = await me(cookie, '/api/users/@me')
    expect(second.status).toBe(200)
    expect(await second.text()).toBe(await first.text())
    expect(noSlash.status).toBe(200)
    expect(second.headers.get('content-type')).toContain('application/json')
    expect(second.headers.get('cache-control')).toBe('no-store')
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('shows a write at once', async () => {
    const { cookie, csrf } = await signIn()
    await me(cookie)
    const patch = await fetch(server.url + '/api/users/@me/', {
      method: 'PATCH',
      headers: { Cookie: cookie, 'X-CSRFToken': csrf, 'Content-Type': 'application/json' },
      body: JSON.stringify({ first_name: 'Augusta' }),
    })
    expect(patch.status).toBe(200)
    expect(((await (await me(cookie)).json()) as { first_name: string }).first_name).toBe('Augusta')
  })

  it('stops answering for a session that signed out', async () => {
    const { cookie, csrf } = await signIn()
    expect((await me(cookie)).status).toBe(200)
    const out = await fetch(server.url + '/logout', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRFToken': csrf },
      redirect: 'manual',
    })
    expect(out.status).toBe(302)
    expect((await me(cookie)).status).toBe(401)
  })
})
