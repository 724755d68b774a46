import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createProxyApp, type ProxyConfig } from './proxy'
import { API_KEY, Client, PASSWORD, startTestServer, type TestServer } from './testing/harness'
import { expectAnswer } from './testing/envelopes'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
  server.closeIdleConnections()
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Our server in proxy mode in front of `upstream`. */
async function startProxy(upstream: string, config: Partial<ProxyConfig> = {}) {
  const server = http.createServer(createProxyApp({ upstream, staticDir: null, ...config }))
  cleanups.push(() => server.closeAllConnections())
  return listen(server)
}

/** The stand-in as "PostHog". */
async function startPostHog(): Promise<TestServer> {
  const s = await startTestServer()
  let closed = false
  const close = s.close
  s.close = async () => {
    if (!closed) await close()
    closed = true
  }
  cleanups.push(() => s.close())
  return s
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void
interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
}

/** A tiny upstream: records every request and, unless a route says otherwise, echoes it as JSON. */
async function startEcho(routes: Record<string, Handler> = {}) {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers })
    const route = routes[req.url!.split('?')[0]!]
    if (route) return route(req, res)
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers }))
    })
  })
  cleanups.push(() => server.closeAllConnections())
  return { url: await listen(server), seen }
}

interface Raw {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

/** node:http, so Host, Origin, Connection and friends go out exactly as written. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Raw>((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const envelope = (type: string, code: string, detail: string) => ({
  type,
  code,
  detail,
  attr: null,
})
const NO_KEY_ACCESS = envelope(
  'authentication_error',
  'permission_denied',
  'This action does not support Personal API Key access',
)

describe('proxy mode in front of the stand-in', () => {
  it('signs in, keeps the cookies usable on our origin, reads @me and saves with CSRF', async () => {
    const posthog = await startPostHog()
    const proxy = await startProxy(posthog.url)
    const client = new Client(proxy)
    const login = await client.post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    expect(login.status).toBe(200)
    const cookies = login.headers.getSetCookie()
    // PostHog's known-device cookie (ph_device_<id>) passes too.
    expect(cookies.map((line) => line.split('=')[0])).toEqual([
      'sessionid',
      'posthog_csrftoken',
      'ph_device_1',
    ])
    for (const line of cookies) expect(line).not.toMatch(/domain=/i)
    expect(cookies[0]).toMatch(/; HttpOnly; SameSite=Lax$/)

    expect((await client.get('/api/users/@me/')).body).toMatchObject({
      email: 'ada@example.com',
      first_name: 'Ada',
    })
    // As a browser sends it: our own Origin, which PostHog only accepts once rewritten to its own.
    const saved = await client.patch(
      '/api/users/@me/',
      { first_name: 'Augusta' },
      { Origin: proxy, Referer: `${proxy}/settings/profile` },
    )
    expect(saved.status).toBe(200)
    expect(saved.body.first_name).toBe('Augusta')
    client.csrf = false
    const forged = await client.patch('/api/users/@me/', { first_name: 'Forged' })
    expect(forged.body).toEqual(
      envelope('authentication_error', 'permission_denied', 'CSRF Failed: CSRF token missing.'),
    )

    const logout = await client.post('/logout', undefined, {
      'X-CSRFToken': client.cookies.get('posthog_csrftoken')!,
    })
    expect(logout.status).toBe(302)
    expect(logout.headers.get('location')).toBe('/login')
    expect((await client.get('/api/users/@me/')).status).toBe(401)
  })

  it('passes PostHog answers through: 404 envelope for an unknown endpoint, 401 without a session', async () => {
    const posthog = await startPostHog()
    const proxy = await startProxy(posthog.url)
    const unknown = await new Client(proxy).get('/api/nothing-here/')
    expectAnswer(unknown, 404, envelope('invalid_request', 'not_found', 'Endpoint not found.'))
    expect((await new Client(proxy).get('/api/users/@me/')).status).toBe(401)
  })
})

describe('CSRF origins', () => {
  it('refuses an unsafe request from a foreign Origin before it reaches PostHog', async () => {
    const echo = await startEcho()
    const proxy = await startProxy(echo.url)
    for (const [method, path, origin] of [
      ['PATCH', '/api/users/@me/', 'https://evil.example'],
      ['POST', '/logout', 'https://evil.example'],
      ['DELETE', '/api/users/@me/', 'null'],
      ['PUT', '/api/users/@me/', proxy.replace('127.0.0.1', 'localhost')],
    ]) {
      const res = await raw(proxy + path, {
        method,
        headers: { Origin: origin!, Cookie: 'sessionid=s' },
      })
      expect(res.status).toBe(403)
      expect(JSON.parse(res.text)).toEqual(
        envelope(
          'authentication_error',
          'permission_denied',
          `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`,
        ),
      )
    }
    expect(echo.seen).toEqual([])
    // Reads are not refused (browsers send Origin on some of them); PostHog decides.
    expect(
      (await raw(`${proxy}/api/users/@me/`, { headers: { Origin: 'https://evil.example' } }))
        .status,
    ).toBe(200)
    expect(echo.seen[0]!.headers.origin).toBe('https://evil.example')
  })

  it('rewrites our Origin, Referer and Host to the upstream and drops hop-by-hop and forwarding headers', async () => {
    const echo = await startEcho()
    const proxy = await startProxy(echo.url)
    const res = await raw(`${proxy}/api/users/@me/?x=1`, {
      method: 'PATCH',
      headers: {
        Origin: proxy,
        Referer: `${proxy}/settings/profile?tab=1`,
        Cookie: 'sessionid=s; posthog_csrftoken=t',
        'X-CSRFToken': 't',
        'Content-Type': 'application/json',
        Connection: 'keep-alive, X-Hop',
        'X-Hop': 'only-for-the-next-hop',
        'Keep-Alive': 'timeout=5',
        'Proxy-Authorization': 'Basic c2VjcmV0',
        'X-Forwarded-For': '6.6.6.6',
        'X-Forwarded-Host': 'evil.example',
      },
      body: '{"first_name":"Ada"}',
    })
    expect(res.status).toBe(200)
    const { method, url, headers } = JSON.parse(res.text)
    expect({ method, url }).toEqual({ method: 'PATCH', url: '/api/users/@me/?x=1' })
    expect(headers).toMatchObject({
      host: echo.url.slice('http://'.length),
      origin: echo.url,
      referer: `${echo.url}/settings/profile?tab=1`,
      cookie: 'sessionid=s; posthog_csrftoken=t',
      'x-csrftoken': 't',
      'content-type': 'application/json',
      'content-length': '20',
    })
    for (const name of [
      'x-hop',
      'keep-alive',
      'proxy-authorization',
      'x-forwarded-for',
      'x-forwarded-host',
      'authorization',
    ])
      expect(headers).not.toHaveProperty(name)
  })
})

describe('responses', () => {
  const cookieRoute: Handler = (_req, res) => {
    res.setHeader('Set-Cookie', [
      'sessionid=abc; Domain=posthog.example; expires=Mon, 07 Dec 2026 10:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure',
      'posthog_csrftoken=tok; Domain=.posthog.example; Max-Age=1209600; Path=/; SameSite=Lax; Secure',
      'embed=1; Path=/; SameSite=None; Secure; Partitioned',
    ])
    res.end('{}')
  }

  it('strips Domain from Set-Cookie, and Secure only on plain-http loopback', async () => {
    const echo = await startEcho({ '/api/cookies': cookieRoute })
    const proxy = await startProxy(echo.url, {
      allowedHosts: ['127.0.0.1', 'settings.example.com'],
    })
    const local = await raw(`${proxy}/api/cookies`)
    expect(local.headers['set-cookie']).toEqual([
      'sessionid=abc; expires=Mon, 07 Dec 2026 10:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax',
      'posthog_csrftoken=tok; Max-Age=1209600; Path=/; SameSite=Lax',
      'embed=1; Path=/; SameSite=Lax',
    ])
    // Reached under a real name (a TLS proxy in front): Secure stays.
    const named = await raw(`${proxy}/api/cookies`, { headers: { Host: 'settings.example.com' } })
    expect(named.headers['set-cookie']).toEqual([
      'sessionid=abc; expires=Mon, 07 Dec 2026 10:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure',
      'posthog_csrftoken=tok; Max-Age=1209600; Path=/; SameSite=Lax; Secure',
      'embed=1; Path=/; SameSite=None; Secure; Partitioned',
    ])
  })

  it('passes redirects through (PostHog-origin locations pointed back at us) without hop-by-hop headers', async () => {
    const redirect =
      (location: string): Handler =>
      (_req, res) => {
        res.writeHead(302, {
          Location: location.replace('UPSTREAM', echo.url),
          Connection: 'close, X-Upstream-Hop',
          'X-Upstream-Hop': '1',
        })
        res.end()
      }
    const echo: { url: string; seen: Seen[] } = await startEcho({
      '/api/to-upstream': (req, res) => redirect('UPSTREAM/login?next=%2Fsettings#top')(req, res),
      '/api/to-relative': (req, res) => redirect('/login')(req, res),
      '/api/to-elsewhere': (req, res) => redirect('https://elsewhere.example/x')(req, res),
    })
    const proxy = await startProxy(echo.url)
    const cases = {
      '/api/to-upstream': '/login?next=%2Fsettings#top',
      '/api/to-relative': '/login',
      '/api/to-elsewhere': 'https://elsewhere.example/x',
    }
    for (const [path, location] of Object.entries(cases)) {
      const res = await raw(proxy + path)
      expect(res.status).toBe(302)
      expect(res.headers.location).toBe(location)
      expect(res.headers).not.toHaveProperty('x-upstream-hop')
    }
    expect(echo.seen.map((s) => s.url)).toEqual(Object.keys(cases))
  })

  it('streams a large request body and a large response without holding them', async () => {
    let firstChunkArrived!: () => void
    const upstreamHasFirstChunk = new Promise<void>((resolve) => (firstChunkArrived = resolve))
    let finishResponse!: () => void
    const responseMayFinish = new Promise<void>((resolve) => (finishResponse = resolve))
    const echo = await startEcho({
      '/api/upload': (req, res) => {
        const hash = createHash('sha256')
        let bytes = 0
        req.on('data', (chunk: Buffer) => {
          if (bytes === 0) firstChunkArrived()
          bytes += chunk.length
          hash.update(chunk)
        })
        req.on('end', () => res.end(JSON.stringify({ bytes, sha256: hash.digest('hex') })))
      },
      '/api/download': (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' })
        res.write(Buffer.alloc(64 * 1024, 1))
        void responseMayFinish.then(() => res.end(Buffer.alloc(4 * 1024 * 1024, 2)))
      },
    })
    const proxy = await startProxy(echo.url)

    const chunk = Buffer.alloc(1024 * 1024, 7)
    const expected = createHash('sha256')
    let push!: (data: Buffer | null) => void
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (data) => (data ? controller.enqueue(data) : controller.close())
      },
    })
    const answer = fetch(`${proxy}/api/upload`, {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit)
    push(chunk)
    expected.update(chunk)
    // PostHog has the first megabyte while the rest is still unsent: nothing waits for the whole body.
    await upstreamHasFirstChunk
    for (let i = 0; i < 7; i++) {
      push(chunk)
      expected.update(chunk)
    }
    push(null)
    expect(await (await answer).json()).toEqual({
      bytes: 8 * chunk.length,
      sha256: expected.digest('hex'),
    })

    const download = await fetch(`${proxy}/api/download`)
    const reader = download.body!.getReader()
    // The first part arrives while PostHog has not finished answering.
    const first = await reader.read()
    expect(first.value!.length).toBeGreaterThan(0)
    finishResponse()
    let total = first.value!.length
    for (let part = await reader.read(); !part.done; part = await reader.read())
      total += part.value.length
    expect(total).toBe(64 * 1024 + 4 * 1024 * 1024)
  })
})

describe('when PostHog is not there', () => {
  it('answers 502 with the upstream named once PostHog has stopped', async () => {
    const posthog = await startPostHog()
    const proxy = await startProxy(posthog.url)
    const client = new Client(proxy)
    expect(
      (await client.post('/api/login', { email: 'ada@example.com', password: PASSWORD })).status,
    ).toBe(200)
    await posthog.close()
    const detail = `PostHog at ${posthog.url} could not be reached. Check POSTHOG_URL and that PostHog is running.`
    for (const res of [
      await client.get('/api/users/@me/'),
      await client.patch('/api/users/@me/', { first_name: 'X' }),
    ]) {
      expectAnswer(res, 502, envelope('server_error', 'upstream_unavailable', detail))
      expect(res.headers.get('content-type')).toBe('application/json')
    }
  })

  it('answers 504 when PostHog does not answer in time', async () => {
    const echo = await startEcho({ '/api/slow': () => {} })
    const proxy = await startProxy(echo.url, { timeoutMs: 200 })
    const res = await raw(`${proxy}/api/slow`)
    expect(res.status).toBe(504)
    expect(JSON.parse(res.text)).toEqual(
      envelope(
        'server_error',
        'upstream_timeout',
        `PostHog at ${echo.url} did not answer within 0.2 seconds. Try again in a moment.`,
      ),
    )
  })
})

describe('personal API key', () => {
  it('is added only to requests with no session and no Authorization', async () => {
    const echo = await startEcho()
    const proxy = await startProxy(echo.url, { personalApiKey: 'phx_proxykey' })
    const seenAuth = async (headers: Record<string, string>) =>
      JSON.parse((await raw(`${proxy}/api/users/@me/`, { headers })).text).headers.authorization
    expect(await seenAuth({})).toBe('Bearer phx_proxykey')
    expect(await seenAuth({ Cookie: 'posthog_csrftoken=t' })).toBe('Bearer phx_proxykey')
    expect(await seenAuth({ Cookie: 'posthog_csrftoken=t; sessionid=s' })).toBeUndefined()
    expect(await seenAuth({ Authorization: 'Bearer phx_mine' })).toBe('Bearer phx_mine')
  })

  it('reads the profile without signing in, passes PostHog refusals through, and steps aside for a session', async () => {
    const posthog = await startPostHog()
    const proxy = await startProxy(posthog.url, { personalApiKey: API_KEY })
    const anonymous = new Client(proxy)
    expect((await anonymous.get('/api/users/@me/')).body).toMatchObject({
      email: 'ada@example.com',
    })
    expect(
      (await anonymous.patch('/api/users/@me/', { first_name: 'Keyed' })).body.first_name,
    ).toBe('Keyed')
    const twoFactor = await anonymous.get('/api/users/@me/two_factor_status/')
    expectAnswer(twoFactor, 403, NO_KEY_ACCESS)

    const grace = new Client(proxy)
    expect(
      (await grace.post('/api/login', { email: 'grace@example.com', password: PASSWORD })).status,
    ).toBe(200)
    expect((await grace.get('/api/users/@me/')).body.email).toBe('grace@example.com')
    expect((await grace.get('/api/users/@me/two_factor_status/')).status).toBe(200)
  })
})

describe('the app side of proxy mode', () => {
  it('serves the app shell with a Django-shaped CSRF cookie, /_health, and no /_dev', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-static-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>')
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)')
    const echo = await startEcho()
    const proxy = await startProxy(echo.url, { staticDir: dir })

    const shell = await raw(`${proxy}/settings/profile`)
    expect(shell.status).toBe(200)
    expect(shell.text).toContain('<title>app</title>')
    expect(shell.headers['set-cookie']).toEqual([
      expect.stringMatching(
        /^posthog_csrftoken=[a-zA-Z0-9]{32}; Max-Age=1209600; Path=\/; SameSite=Lax$/,
      ),
    ])
    expect(
      (await raw(`${proxy}/settings`, { headers: { Cookie: 'posthog_csrftoken=kept' } })).headers[
        'set-cookie'
      ],
    ).toBeUndefined()
    expect((await raw(`${proxy}/assets/app-1.js`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )

    expect(JSON.parse((await raw(`${proxy}/_health`)).text)).toEqual({
      status: 'ok',
      mode: 'proxy',
      upstream: echo.url,
    })
    for (const path of ['/_dev/mail', '/_dev/mail.json', '/_dev']) {
      const res = await raw(proxy + path)
      expect(res.status).toBe(404)
      expect(JSON.parse(res.text)).toEqual(envelope('invalid_request', 'not_found', 'Not found.'))
      expect(res.headers['x-content-type-options']).toBe('nosniff')
    }
    expect((await raw(`${proxy}/_dev/users`, { method: 'POST', body: '{}' })).status).toBe(404)
    expect(echo.seen).toEqual([])
  })

  it('`POSTHOG_URL=… server/main.ts` creates nothing under DATA_DIR', async () => {
    const posthog = await startPostHog()
    const dataDir = join(mkdtempSync(join(tmpdir(), 'proxy-main-')), 'data')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'main.ts')],
      {
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: '0',
          DATA_DIR: dataDir,
          POSTHOG_URL: posthog.url,
          STATIC_DIR: join(dataDir, 'none'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    cleanups.push(
      () =>
        new Promise<void>((resolve) =>
          child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill()),
        ),
    )
    let out = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (data: Buffer) => {
        out += data.toString()
        const match =
          /Proxy mode: app on (http:\/\/\S+), forwarding \/api\/\* and \/logout to PostHog at (\S+)/.exec(
            out,
          )
        if (match) resolve(match[1]!)
      })
      child.on('exit', () => reject(new Error(`exited:\n${out}`)))
    })
    expect(out).toContain(`PostHog at ${posthog.url}`)
    expect(JSON.parse((await raw(`${url}/_health`)).text)).toMatchObject({
      status: 'ok',
      mode: 'proxy',
    })
    const client = new Client(url)
    expect(
      (await client.post('/api/login', { email: 'ada@example.com', password: PASSWORD })).status,
    ).toBe(200)
    expect((await client.get('/api/users/@me/')).body.email).toBe('ada@example.com')
    expect((await raw(`${url}/_dev/mail.json`)).status).toBe(404)
    expect(existsSync(dataDir)).toBe(false)
  })
})
