import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'

// hashSecret can be held open, so a request can be paused between reading the user and writing.
const hold = vi.hoisted(() => ({
  next: null as null | { entered(): void; release: Promise<void> },
}))
vi.mock('./lib/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('./lib/passwords')>()
  return {
    ...real,
    hashSecret: async (secret: string, n?: number) => {
      const held = hold.next
      hold.next = null
      if (held) {
        held.entered()
        await held.release
      }
      return real.hashSecret(secret, n)
    },
  }
})

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const HELD_HEADER = 'x-test-held'

/**
 * A request over a raw socket whose body is sent in two parts: the server starts handling it
 * on the first part (the handler runs up to its first await) and finishes on `finish()`.
 */
async function heldRequest(client: Client, method: string, path: string, body: unknown) {
  const { port } = new URL(s.url)
  const json = JSON.stringify(body)
  const cut = Math.floor(json.length / 2)
  const id = String(Math.random())
  const started = new Promise<void>((resolve) => {
    const onStart = (message: unknown) => {
      const request = (message as { request: IncomingMessage }).request
      if (request.headers[HELD_HEADER] !== id) return
      unsubscribe('http.server.request.start', onStart)
      // The handler runs synchronously after this event, up to its first await.
      setImmediate(resolve)
    }
    subscribe('http.server.request.start', onStart)
  })
  const socket = connect(Number(port), '127.0.0.1')
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve) => socket.on('end', resolve))
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const head = [
    `${method} ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Cookie: ${cookie}`,
    `X-CSRFToken: ${client.cookies.get('posthog_csrftoken')}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(json)}`,
    'Connection: close',
    `${HELD_HEADER}: ${id}`,
  ]
  socket.write(`${head.join('\r\n')}\r\n\r\n${json.slice(0, cut)}`)
  await started
  return {
    async finish() {
      socket.write(json.slice(cut))
      await ended
      const text = Buffer.concat(chunks).toString('utf8')
      const [headers, ...rest] = text.split('\r\n\r\n')
      let payload = rest.join('\r\n\r\n')
      if (/^transfer-encoding: chunked$/im.test(headers!)) payload = dechunk(payload)
      return { status: Number(headers!.split(' ')[1]), body: JSON.parse(payload) as unknown }
    },
  }
}

function dechunk(text: string): string {
  let out = ''
  let rest = text
  for (;;) {
    const eol = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, eol), 16)
    if (!size) return out
    out += rest.slice(eol + 2, eol + 2 + size)
    rest = rest.slice(eol + 2 + size + 2)
  }
}

const me = async () => (await ada.get('/api/users/@me/')).body

describe('no lost updates of JSON fields', () => {
  it('two product_intro_seen writes at once keep both keys', async () => {
    const INTRO = '/api/users/@me/product_intro_seen/'
    const first = await heldRequest(ada, 'PATCH', INTRO, { product_key: 'surveys' })
    const second = await ada.patch(INTRO, { product_key: 'experiments' })
    expect(second.status).toBe(200)
    const done = await first.finish()
    expectAnswer(done, 200, { experiments: true, surveys: true })
    expect((await me()).has_seen_product_intro_for).toEqual({ experiments: true, surveys: true })
  })

  // PATCH @me reads its body before the user row, so only a wait after that (next test) could
  // lose a merge today; this keeps it so if the handler ever authenticates before the body.
  it('two notification_settings merges at once keep both', async () => {
    const first = await heldRequest(ada, 'PATCH', '/api/users/@me/', {
      notification_settings: { project_weekly_digest_disabled: { '1': true } },
    })
    const second = await ada.patch('/api/users/@me/', {
      notification_settings: {
        project_weekly_digest_disabled: { '2': true },
        plugin_disabled: false,
      },
    })
    expect(second.status).toBe(200)
    expect((await first.finish()).status).toBe(200)
    expect((await me()).notification_settings).toMatchObject({
      plugin_disabled: false,
      project_weekly_digest_disabled: { '1': true, '2': true },
    })
  })

  it('a merge that waits on a password hash builds on what was saved meanwhile', async () => {
    let entered!: () => void
    let release!: () => void
    const inHash = new Promise<void>((resolve) => (entered = resolve))
    hold.next = { entered, release: new Promise<void>((resolve) => (release = resolve)) }
    const slow = ada.patch('/api/users/@me/', {
      current_password: PASSWORD,
      password: 'a-much-longer-winter-for-hedgehogs-42',
      notification_settings: { project_weekly_digest_disabled: { '1': true } },
    })
    await inHash
    const quick = await ada.patch('/api/users/@me/', {
      notification_settings: { all_weekly_digest_disabled: true },
    })
    expect(quick.status).toBe(200)
    release()
    expect((await slow).status).toBe(200)
    expect((await me()).notification_settings).toMatchObject({
      all_weekly_digest_disabled: true,
      project_weekly_digest_disabled: { '1': true },
    })
  })

  it('a scene choice goes to the project current once the body is in', async () => {
    const staging = s.deps.db.prepare("SELECT id FROM teams WHERE name = 'Staging'").get() as {
      id: number
    }
    const dashboard = s.deps.db
      .prepare('SELECT id FROM dashboards WHERE team_id = ? ORDER BY id LIMIT 1')
      .get(staging.id) as { id: number }
    const first = await heldRequest(ada, 'POST', '/api/users/@me/scene_personalisation/', {
      scene: 'ProjectHomepage',
      dashboard: dashboard.id,
    })
    expect((await ada.patch('/api/users/@me/', { set_current_team: staging.id })).status).toBe(200)
    expect((await first.finish()).status).toBe(200)
    expect((await me()).scene_personalisation).toEqual([
      { scene: 'ProjectHomepage', dashboard: dashboard.id },
    ])
  })
})
