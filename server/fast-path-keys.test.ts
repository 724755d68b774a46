import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from './app'
import { createMeFastPath } from './fast-path'
import { newPersonalApiKey, newUuid, sha256Hex } from './lib/ids'
import { API_KEY, Client, startTestServer, type TestServer } from './testing/harness'

// The app of startTestServer() answers without the fast path (the reference); `fast` is the
// same deps (database, clock, MeCache) behind the fast path, the way server/main.ts runs it.
let s: TestServer
let fastServer: Server
let fast: Client
beforeEach(async () => {
  s = await startTestServer()
  const fastPath = createMeFastPath(s.deps)
  const app = getRequestListener(createApp(s.deps).fetch)
  fastServer = createServer((req, res) => {
    if (!fastPath(req, res)) void app(req, res)
  })
  await new Promise<void>((resolve) => fastServer.listen(0, '127.0.0.1', resolve))
  fast = new Client(`http://127.0.0.1:${(fastServer.address() as AddressInfo).port}`)
})
afterEach(async () => {
  await new Promise((resolve) => fastServer.close(resolve))
  await s.close()
})

const bearer = (key = API_KEY) => ({ Authorization: `Bearer ${key}` })

/** Counts MeCache hits from now on: a hit is a get() that answered a body. */
function countHits() {
  const get = vi.spyOn(s.deps.meCache, 'get')
  return () => get.mock.results.filter((r) => r.value !== null).length
}

function userId(email: string): number {
  return (s.deps.db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id
}

/** A personal API key stored as seed.ts stores them: only its sha256. */
function addKey(email: string, scopes: string[]): { key: string; id: string } {
  const key = newPersonalApiKey()
  const id = newUuid()
  s.deps.db
    .prepare(
      'INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      id,
      userId(email),
      'Test',
      'sha256$' + sha256Hex(key),
      'phx_...test',
      JSON.stringify(scopes),
      s.clock.now(),
    )
  return { key, id }
}

const lastUsedAt = (key: string) =>
  (
    s.deps.db
      .prepare('SELECT last_used_at FROM personal_api_keys WHERE secure_value = ?')
      .get('sha256$' + sha256Hex(key)) as { last_used_at: number | null }
  ).last_used_at

/** A key made through the keys API by a signed-in Ada, as the app makes one. */
async function createKeyThroughApi(): Promise<{ session: Client; key: string; id: string }> {
  const session = await s.signedIn('ada@example.com')
  const res = await session.post('/api/personal_api_keys/', {
    label: 'Fast',
    scopes: ['user:read'],
  })
  return { session, key: res.body.value, id: res.body.id }
}

/** A GET naming another Host (fetch may not set one): DNS rebinding looks like this. */
function getWithHost(path: string, host: string, headers: Record<string, string>) {
  const { port } = fastServer.address() as AddressInfo
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { ...headers, Host: host } })
    req.on('response', (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode!, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('GET /api/users/@me/ with a personal API key, on the fast path', () => {
  it('answers from the cache what the app answers, with the same headers', async () => {
    const hits = countHits()
    const reference = await s.client().get('/api/users/@me/', bearer())
    const first = await fast.get('/api/users/@me/', bearer())
    const second = await fast.get('/api/users/@me', bearer())
    expect(hits()).toBe(1)
    expect(second.status).toBe(200)
    expect(first.body).toEqual(reference.body)
    expect(second.body).toEqual(reference.body)
    expect(second.body.sensitive_session_expires_at).toBeNull()
    for (const name of [
      'content-type',
      'cache-control',
      'content-security-policy',
      'x-frame-options',
    ])
      expect(second.headers.get(name)).toBe(reference.headers.get(name))
  })

  it('keeps only hashes in memory, never the key', async () => {
    await fast.get('/api/users/@me/', bearer())
    const entries = (s.deps.meCache as unknown as { entries: Map<string, unknown> }).entries
    expect([...entries.keys()]).toEqual([`key:${sha256Hex(API_KEY)}`])
    expect(JSON.stringify([...entries.keys()])).not.toContain(API_KEY)
  })

  it('still refuses a key without user:read, every time, and accepts user:write for reading', async () => {
    const { key } = addKey('ada@example.com', ['dashboard:read', 'user:read_only'])
    for (let i = 0; i < 2; i++) {
      const res = await fast.get('/api/users/@me/', bearer(key))
      expect(res.status).toBe(403)
      expect(res.body.detail).toBe("API key missing required scope 'user:read'")
    }
    const writer = addKey('ada@example.com', ['user:write'])
    expect((await fast.get('/api/users/@me/', bearer(writer.key))).status).toBe(200)
  })

  it('answers 401 for an unknown key, and leaves a session with a key to the app', async () => {
    const unknown = await fast.get('/api/users/@me/', bearer('phx_notARealKey'))
    expect(unknown.status).toBe(401)
    expect(unknown.body.code).toBe('authentication_failed')
    // A valid session wins over a key, as in authenticate().
    const grace = await s.signedIn('grace@example.com')
    fast.cookies = grace.cookies
    await fast.get('/api/users/@me/', bearer())
    expect((await fast.get('/api/users/@me/', bearer())).body.email).toBe('grace@example.com')
  })

  it('refuses a key deleted through the keys API at once, not from the cache', async () => {
    const { session, key, id } = await createKeyThroughApi()
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(200)
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(200)
    expect((await session.delete(`/api/personal_api_keys/${id}/`)).status).toBe(204)
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(401)
  })

  it('refuses a key rolled through the keys API at once and accepts its new value', async () => {
    const { session, key, id } = await createKeyThroughApi()
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(200)
    const rolled = (await session.post(`/api/personal_api_keys/${id}/roll/`)).body.value
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(401)
    expect((await fast.get('/api/users/@me/', bearer(rolled))).status).toBe(200)
  })

  it("refuses the key of a deleted account at once (the app's own DELETE)", async () => {
    const { key } = addKey('alan@example.com', ['user:read'])
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(200)
    const alan = await s.signedIn('alan@example.com')
    expect((await alan.delete('/api/users/@me/')).status).toBe(204)
    expect((await fast.get('/api/users/@me/', bearer(key))).status).toBe(401)
  })

  it("shows a user's write at once, made through a session or through the key", async () => {
    expect((await fast.get('/api/users/@me/', bearer())).body.first_name).toBe('Ada')
    const ada = await s.signedIn('ada@example.com')
    expect((await ada.patch('/api/users/@me/', { first_name: 'Augusta' })).status).toBe(200)
    expect((await fast.get('/api/users/@me/', bearer())).body.first_name).toBe('Augusta')
    expect((await fast.patch('/api/users/@me/', { last_name: 'King' }, bearer())).status).toBe(200)
    expect((await fast.get('/api/users/@me/', bearer())).body.last_name).toBe('King')
  })

  it('writes last_used_at on first use, then at most hourly, also when answered from the cache', async () => {
    const start = s.clock.now()
    await fast.get('/api/users/@me/', bearer())
    expect(lastUsedAt(API_KEY)).toBe(start)
    s.clock.advance(3600)
    await fast.get('/api/users/@me/', bearer())
    expect(lastUsedAt(API_KEY)).toBe(start)
    s.clock.advance(1)
    const hits = countHits()
    await fast.get('/api/users/@me/', bearer())
    expect(hits()).toBe(0)
    expect(lastUsedAt(API_KEY)).toBe(start + 3_601_000)
    await fast.get('/api/users/@me/', bearer())
    expect(hits()).toBe(1)
  })

  it('leaves a last_used_at in the future alone', async () => {
    const future = s.clock.now() + 86_400_000
    s.deps.db.prepare('UPDATE personal_api_keys SET last_used_at = ?').run(future)
    await fast.get('/api/users/@me/', bearer())
    s.clock.advance(7200)
    await fast.get('/api/users/@me/', bearer())
    expect(lastUsedAt(API_KEY)).toBe(future)
  })

  it('leaves a foreign Host to the app, which refuses it, even for a cached key or session', async () => {
    await fast.get('/api/users/@me/', bearer())
    const ada = await s.signedIn('ada@example.com')
    fast.cookies = ada.cookies
    await fast.get('/api/users/@me/')
    const cookie = [...ada.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    for (const headers of [bearer(), { Cookie: cookie }]) {
      const res = await getWithHost('/api/users/@me/', 'evil.example', headers)
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body).code).toBe('disallowed_host')
    }
  })
})
