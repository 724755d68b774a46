import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { configFromEnv } from './config'
import { allowedHostsFromEnv, isAllowedHost } from './lib/hosts'
import { createProxyApp } from './proxy'
import { type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { rawRequest } from './testing/raw-http'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const cookieHeader = (c: Client) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
const port = () => new URL(s.url).port
const DISALLOWED = { type: 'invalid_request', code: 'disallowed_host', attr: null }

describe('allowed hosts (DNS rebinding)', () => {
  it('refuses a read with a foreign Host before any handler, with the security headers', async () => {
    const res = await rawRequest(`${s.url}/api/users/@me/`, {
      headers: { Host: `evil.example:${port()}`, Cookie: cookieHeader(ada) },
    })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.text)).toMatchObject(DISALLOWED)
    expect(res.text).not.toContain('evil.example')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })

  it('refuses a write whose Origin matches the foreign Host, and changes nothing', async () => {
    const res = await rawRequest(`${s.url}/api/users/@me/`, {
      method: 'PATCH',
      headers: {
        Host: `rebind.example:${port()}`,
        Origin: `http://rebind.example:${port()}`,
        Cookie: cookieHeader(ada),
        'X-CSRFToken': ada.cookies.get('posthog_csrftoken')!,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ first_name: 'Mallory' }),
    })
    expect(res.status).toBe(400)
    expect((await ada.get('/api/users/@me/')).body.first_name).toBe('Ada')
  })

  it('refuses the sign-in and the dev tools on a foreign Host', async () => {
    for (const [path, body] of [
      ['/api/login', { email: 'ada@example.com', password: 'x' }],
      ['/_dev/users', { email: 'new@example.com', password: 'x' }],
    ] as const) {
      const res = await rawRequest(s.url + path, {
        method: 'POST',
        headers: {
          Host: 'evil.example',
          'Content-Type': 'application/json',
          'Sec-Fetch-Site': 'none',
        },
        body: JSON.stringify(body),
      })
      expect(res.status).toBe(400)
    }
    const garbage = await rawRequest(`${s.url}/_health`, { headers: { Host: 'a b\\c' } })
    expect(garbage.status).toBe(400)
  })

  it('takes loopback names on any port, and builds page links from the allowed Host', async () => {
    const grace = await s.signedIn('grace@example.com')
    const res = await rawRequest(`${s.url}/api/users/?limit=1`, {
      headers: { Host: `localhost:${port()}`, Cookie: cookieHeader(grace) },
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text).next).toBe(`http://localhost:${port()}/api/users/?limit=1&offset=1`)
    expect((await rawRequest(`${s.url}/_health`, { headers: { Host: '[::1]:9' } })).status).toBe(
      200,
    )
  })

  it('reads ALLOWED_HOSTS, HOST and PUBLIC_URL, with Django-style patterns', () => {
    const hosts = allowedHostsFromEnv({
      HOST: '10.0.0.5',
      PUBLIC_URL: 'https://account.example.com',
      ALLOWED_HOSTS: '.corp.example, other.example',
    })
    for (const ok of [
      '10.0.0.5:8000',
      'account.example.com',
      'a.corp.example',
      'corp.example',
      'OTHER.example:1',
    ])
      expect(isAllowedHost(ok, hosts), ok).toBe(true)
    for (const bad of [
      'evil.example',
      'account.example.com.evil',
      'xcorp.example',
      undefined,
      '',
      'a@b',
    ])
      expect(isAllowedHost(bad, hosts), String(bad)).toBe(false)
    expect(allowedHostsFromEnv({ HOST: '0.0.0.0' })).not.toContain('0.0.0.0')
    expect(() => allowedHostsFromEnv({ ALLOWED_HOSTS: 'not a host' })).toThrow(/ALLOWED_HOSTS/)
    expect(() => allowedHostsFromEnv({ PUBLIC_URL: 'nope' })).toThrow(/PUBLIC_URL/)
    expect(configFromEnv({ ALLOWED_HOSTS: 'a.example' }).app.allowedHosts).toContain('a.example')
  })
})

describe('allowed hosts in proxy mode', () => {
  let upstream: Server
  let seen: { authorization?: string }[]
  let proxy: Server
  beforeEach(async () => {
    seen = []
    upstream = createServer((req, res) => {
      seen.push({ authorization: req.headers.authorization })
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    proxy = createServer(
      createProxyApp({ upstream: upstreamUrl, personalApiKey: 'phx_configured', staticDir: null }),
    )
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
  })
  afterEach(async () => {
    await new Promise((r) => proxy.close(r))
    await new Promise((r) => upstream.close(r))
  })

  it('answers a foreign Host itself: nothing reaches PostHog and the key is never added', async () => {
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const foreign = await rawRequest(`${url}/api/users/@me/`, {
      headers: { Host: 'rebind.example' },
    })
    expect(foreign.status).toBe(400)
    expect(JSON.parse(foreign.text)).toMatchObject(DISALLOWED)
    expect(foreign.headers['content-security-policy']).toBeTruthy()
    expect(seen).toEqual([])
    const shell = await rawRequest(`${url}/_health`, { headers: { Host: 'rebind.example' } })
    expect(shell.status).toBe(400)
    expect((await rawRequest(`${url}/api/users/@me/`)).status).toBe(200)
    expect(seen).toEqual([{ authorization: 'Bearer phx_configured' }])
  })
})
