import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { json, server } from '../testing/msw'
import { appConfigQuery, passkeysHere } from './app-config'

const fetchConfig = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(appConfigQuery)

describe('the app config', () => {
  it('is what our server answers', async () => {
    server.use(
      http.get('/_app/config', () =>
        json({ mode: 'local', organization_settings_url: null, passkeys_url: null }),
      ),
    )
    const config = await fetchConfig()
    expect(config?.mode).toBe('local')
    expect(passkeysHere(config)).toBe(true)
  })

  it('is null where nobody answers it (the app served next to PostHog): no passkeys here', async () => {
    server.use(http.get('/_app/config', () => new HttpResponse('<!doctype html>', { status: 404 })))
    const config = await fetchConfig()
    expect(config).toBeNull()
    expect(passkeysHere(config)).toBe(false)
  })

  it('without a connection, fails (to be tried again) instead of reading as "no config"', async () => {
    server.use(http.get('/_app/config', () => HttpResponse.error()))
    await expect(fetchConfig()).rejects.toThrow()
  })

  it('behind the proxy, offers no passkeys on this origin', () => {
    expect(
      passkeysHere({
        mode: 'proxy',
        organization_settings_url: 'https://posthog.example/settings/organization',
        passkeys_url: 'https://posthog.example/settings/user',
      }),
    ).toBe(false)
  })
})
