import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { appConfigSchema } from '../contract/app-config'
import { createProxyApp } from './proxy'
import { startTestServer, type TestServer } from './testing/harness'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function local(devTools: boolean): Promise<TestServer> {
  const s = await startTestServer({ devTools })
  cleanups.push(() => s.close())
  return s
}

describe('GET /_app/config: what the app cannot learn from PostHog', () => {
  it('locally, points organizations at the dev tools page, which explains and links back', async () => {
    const s = await local(true)
    const res = await s.client().get('/_app/config')
    expect(res.status).toBe(200)
    expect(appConfigSchema.parse(res.body)).toEqual({
      mode: 'local',
      organization_settings_url: '/_dev/organizations',
      passkeys_url: null,
    })
    const page = await s.devClient().get('/_dev/organizations')
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(String(page.body)).toContain('cannot be left or deleted here')
    expect(String(page.body)).toContain('href="/settings/danger-zone"')
  })

  it('locally without dev tools, has nowhere to point (and the page is a 404)', async () => {
    const s = await local(false)
    expect((await s.client().get('/_app/config')).body).toEqual({
      mode: 'local',
      organization_settings_url: null,
      passkeys_url: null,
    })
    expect((await s.client().get('/_dev/organizations')).status).toBe(404)
  })

  it('in proxy mode, points at PostHog’s organization settings on POSTHOG_URL, without asking it', async () => {
    let upstreamHits = 0
    const upstream = http.createServer((_, res) => {
      upstreamHits++
      res.end()
    })
    const listen = async (server: http.Server) => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      cleanups.push(() => {
        server.closeAllConnections()
        return new Promise<void>((resolve) => server.close(() => resolve()))
      })
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    }
    const posthog = await listen(upstream)
    const proxy = await listen(
      http.createServer(createProxyApp({ upstream: posthog, staticDir: null })),
    )
    const res = await fetch(`${proxy}/_app/config`)
    expect(res.status).toBe(200)
    expect(appConfigSchema.parse(await res.json())).toEqual({
      mode: 'proxy',
      organization_settings_url: `${posthog}/settings/organization`,
      passkeys_url: `${posthog}/settings/user`,
    })
    expect(upstreamHits).toBe(0)
  })
})
