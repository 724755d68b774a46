import type { Env, Hono } from 'hono'
import type { AppConfig } from '../../contract/app-config'
import { DEV_ORGANIZATIONS_PATH } from './dev-organizations'

export const APP_CONFIG_PATH = '/_app/config'

/**
 * PostHog's organization settings (frontend/src/scenes/urls.ts, `urls.settings('organization')`):
 * the details, the members (where one leaves) and the danger zone (where one deletes), always of
 * the user's current organization.
 */
const POSTHOG_ORGANIZATION_SETTINGS = '/settings/organization'
/** PostHog's user settings, where its passkeys section is (`urls.settings('user')`). */
const POSTHOG_USER_SETTINGS = '/settings/user'

/** Local mode: no PostHog UI, so the dev tools' page says how organizations work here. */
export const localAppConfig = (devTools: boolean): AppConfig => ({
  mode: 'local',
  organization_settings_url: devTools ? DEV_ORGANIZATIONS_PATH : null,
  passkeys_url: null,
})

export const proxyAppConfig = (upstream: URL): AppConfig => ({
  mode: 'proxy',
  organization_settings_url: new URL(POSTHOG_ORGANIZATION_SETTINGS, upstream).href,
  passkeys_url: new URL(POSTHOG_USER_SETTINGS, upstream).href,
})

/** Answered by the local server and the proxy alike; the app asks once per visit. */
export function registerAppConfigRoute<E extends Env>(app: Hono<E>, config: AppConfig) {
  app.get(APP_CONFIG_PATH, (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.json(config)
  })
}
