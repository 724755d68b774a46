import { afterEach, describe, expect, it } from 'vitest'
import { PASSWORD } from './testing/harness'
import { spawnServer, type SpawnedServer } from './testing/spawn-server'

const KEY = 'phx_durabilityTestKey000000000000000000000000001'
let servers: SpawnedServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')))
  servers = []
})

async function start(dataDir?: string) {
  const s = await spawnServer({ DEMO_PERSONAL_API_KEY: KEY }, dataDir)
  servers.push(s)
  return s
}

describe('a killed server loses no acknowledged write', () => {
  it('keeps every acknowledged sign-in and the last acknowledged update after SIGKILL mid-burst', async () => {
    const first = await start()
    const acknowledgedSessions: string[] = []
    let lastAcknowledgedName = -1
    let running = true

    const signIns = Array.from({ length: 4 }, async () => {
      while (running) {
        try {
          const res = await fetch(first.url + '/api/login', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email: 'grace@example.com', password: PASSWORD }),
          })
          const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sessionid='))
          if (res.status === 200 && cookie) acknowledgedSessions.push(cookie.split(';')[0]!)
        } catch {
          return
        }
      }
    })
    const updates = (async () => {
      for (let i = 0; running; i++) {
        try {
          const res = await fetch(first.url + '/api/users/@me/', {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
            body: JSON.stringify({ last_name: `write-${i}` }),
          })
          if (res.status === 200) lastAcknowledgedName = i
        } catch {
          return
        }
      }
    })()

    // Let the burst run until enough writes were acknowledged, then kill without warning.
    while (acknowledgedSessions.length < 8 || lastAcknowledgedName < 20)
      await new Promise((r) => setTimeout(r, 20))
    await first.stop('SIGKILL')
    running = false
    await Promise.all([...signIns, updates])

    const second = await start(first.dataDir)
    const me = await fetch(second.url + '/api/users/@me/', {
      headers: { Authorization: `Bearer ${KEY}` },
    })
    const stored = Number(
      ((await me.json()) as { last_name: string }).last_name.replace('write-', ''),
    )
    // The in-flight write may or may not have landed; nothing acknowledged may be missing.
    expect(stored).toBeGreaterThanOrEqual(lastAcknowledgedName)
    for (const cookie of acknowledgedSessions) {
      const res = await fetch(second.url + '/api/users/@me/', { headers: { Cookie: cookie } })
      expect(res.status).toBe(200)
    }
  }, 60_000)

  it('seeds once: a restart keeps the data and prints the URL and accounts', async () => {
    const first = await start()
    expect(first.output()).toContain('ada@example.com')
    expect(first.output()).toContain('grace@example.com')
    expect(first.output()).toContain('alan@example.com')
    await first.stop()
    const second = await start(first.dataDir)
    expect(second.output()).toContain('Using existing data.')
    const health = await fetch(second.url + '/_health')
    expect(health.status).toBe(200)
  }, 60_000)
})
