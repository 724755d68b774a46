import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp } from '../app'
import { defaultConfig, type Config } from '../config'
import { manualClock } from '../lib/clock'
import type { Deps } from '../lib/context'
import { createDeps } from '../deps'
import { readOutbox } from '../store/outbox'
import { openDb } from '../store/db'
import { DEMO_PASSWORD_DEFAULT, seedDemoData } from '../store/seed'

export const PASSWORD = DEMO_PASSWORD_DEFAULT
export const API_KEY = 'phx_testkeyForAdaWithUserReadAndWrite0000000001'
/** The subject of the mail a sign-in from a new device sends (server/lib/new-device-mail.ts). */
export const NEW_DEVICE_SUBJECT = 'A new device logged into your account'
/** /_dev/* answers same-origin requests only: a tool says so as a typed-in address does. */
export const DEV_TOOLS_HEADERS = { 'Sec-Fetch-Site': 'none' }

export interface TestServer {
  url: string
  deps: Deps
  clock: ReturnType<typeof manualClock>
  /** A client with its own cookie jar. */
  client(): Client
  /** A client for the dev tools (same-origin, as they require). */
  devClient(): Client
  /** A client already signed in (password only: the user has no 2FA yet). */
  signedIn(email: string): Promise<Client>
  outbox(): ReturnType<typeof readOutbox>
  /** The outbox without the new-device mails that sign-ins in fresh cookie jars send. */
  outboxBesidesSignIns(): ReturnType<typeof readOutbox>
  close(): Promise<void>
}

/** Starts createApp() on an ephemeral loopback port with a fresh in-memory database and a manual clock. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const clock = manualClock(Date.now())
  const db = openDb(':memory:')
  await seedDemoData(db, clock, { personalApiKey: API_KEY })
  const deps = createDeps({ ...defaultConfig, ...overrides }, db, clock, {
    staticDir: null,
    log: () => {},
    smtpUrl: null,
  })
  const app = createApp(deps)
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const client = () => new Client(url)
  return {
    url,
    deps,
    clock,
    client,
    devClient() {
      const c = client()
      c.headers = { ...DEV_TOOLS_HEADERS }
      return c
    },
    async signedIn(email) {
      const c = client()
      const res = await c.post('/api/login', { email, password: PASSWORD })
      if (res.status !== 200)
        throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
      return c
    },
    outbox: () => readOutbox(db),
    outboxBesidesSignIns: () => readOutbox(db).filter((m) => m.subject !== NEW_DEVICE_SUBJECT),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close()
          resolve()
        })
      }),
  }
}

export interface Res<T = any> {
  status: number
  body: T
  headers: Headers
}

/** fetch with a cookie jar; sends X-CSRFToken from the posthog_csrftoken cookie on writes, like the SPA. */
export class Client {
  cookies = new Map<string, string>()
  csrf = true
  headers: Record<string, string> = {}

  constructor(readonly base: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    const h: Record<string, string> = { ...this.headers, ...headers }
    if (this.cookies.size) h.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const token = this.cookies.get('posthog_csrftoken')
    if (this.csrf && token && !['GET', 'HEAD'].includes(method) && !('X-CSRFToken' in h))
      h['X-CSRFToken'] = token
    let payload: string | undefined
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body)
      h['Content-Type'] ??= 'application/json'
    }
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: payload,
      redirect: 'manual',
    })
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';')
      const eq = pair!.indexOf('=')
      const name = pair!.slice(0, eq).trim()
      const value = pair!.slice(eq + 1).trim()
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim())) || value === ''
      if (expired) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = text
    }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers)
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers)
  }
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers)
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers)
  }
}
