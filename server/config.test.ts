import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configFromEnv, defaultConfig } from './config'

const PROXY = { POSTHOG_URL: 'https://us.posthog.com' }

describe('configFromEnv', () => {
  it('reads local mode, with the defaults when nothing is set', () => {
    const config = configFromEnv({})
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8000,
      staticDir: resolve('dist'),
      dataDir: resolve('./data'),
      demoPassword: null,
      demoPersonalApiKey: null,
      proxy: null,
    })
    expect(config.app).toEqual(defaultConfig)
  })

  it('reads proxy mode from the same variables', () => {
    const config = configFromEnv({
      ...PROXY,
      HOST: '0.0.0.0',
      PORT: '9000',
      STATIC_DIR: '/srv/app',
      POSTHOG_PERSONAL_API_KEY: 'phx_key',
      POSTHOG_TIMEOUT: '2.5',
      SECURE_COOKIES: 'true',
      ALLOWED_HOSTS: 'settings.example.com',
    })
    expect(config).toMatchObject({ host: '0.0.0.0', port: 9000, staticDir: '/srv/app' })
    expect(config.proxy).toMatchObject({
      upstream: 'https://us.posthog.com/',
      personalApiKey: 'phx_key',
      staticDir: '/srv/app',
      timeoutMs: 2500,
      secureCookies: true,
    })
    expect(config.proxy!.allowedHosts).toContain('settings.example.com')
    expect(configFromEnv(PROXY).proxy).toMatchObject({ timeoutMs: 30_000, secureCookies: false })
  })

  it('reads every number and flag it is given', () => {
    const { app } = configFromEnv({
      SESSION_SENSITIVE_ACTIONS_AGE: '60',
      SESSION_FRESH_REAUTH_AGE: '5',
      SESSION_COOKIE_AGE: '600',
      TWO_FACTOR_LOGIN_TIMEOUT: '30',
      AXES_FAILURE_LIMIT: '3',
      SECURE_COOKIES: 'false',
      SMTP_URL: 'smtp://mail.example.com:587',
      DEV_TOOLS: 'false',
      WEBAUTHN_RP_ID: 'Settings.Example.com',
      WEBAUTHN_ORIGIN: 'https://settings.example.com',
    })
    expect(app).toMatchObject({
      webauthnRpId: 'settings.example.com',
      webauthnOrigin: 'https://settings.example.com',
      sensitiveWindowSec: 60,
      freshReauthSec: 5,
      sessionAgeSec: 600,
      twoFactorLoginTimeoutSec: 30,
      loginFailureLimit: 3,
      secureCookies: false,
      smtpUrl: 'smtp://mail.example.com:587',
      devTools: false,
    })
  })

  const BAD: [Record<string, string>, RegExp][] = [
    [{ PORT: 'abc' }, /^PORT must be a port number from 0 to 65535, got "abc"$/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ PORT: '-1' }, /^PORT must be/],
    [{ SECURE_COOKIES: 'yes' }, /^SECURE_COOKIES must be true or false, got "yes"$/],
    [{ DEV_TOOLS: 'maybe' }, /^DEV_TOOLS must be true or false/],
    [{ SESSION_COOKIE_AGE: 'two weeks' }, /^SESSION_COOKIE_AGE must be a number of seconds/],
    [{ AXES_FAILURE_LIMIT: '2.5' }, /^AXES_FAILURE_LIMIT must be a whole number above 0/],
    [{ POSTHOG_TIMEOUT: '0' }, /^POSTHOG_TIMEOUT must be a number of seconds above 0, got "0"$/],
    [{ POSTHOG_TIMEOUT: 'soon' }, /^POSTHOG_TIMEOUT must be/],
    [{ SMTP_URL: 'mail.example.com' }, /^SMTP_URL must be a URL like smtp:\/\//],
    [{ PUBLIC_URL: 'settings' }, /^PUBLIC_URL must be an absolute URL/],
    [{ WEBAUTHN_RP_ID: 'https://example.com' }, /^WEBAUTHN_RP_ID must be a host name/],
    [{ WEBAUTHN_ORIGIN: 'example.com' }, /^WEBAUTHN_ORIGIN must be an origin/],
    [{ WEBAUTHN_ORIGIN: 'https://example.com/path' }, /^WEBAUTHN_ORIGIN must be an origin/],
    [{ ALLOWED_HOSTS: 'a b' }, /^ALLOWED_HOSTS has an entry/],
    [{ POSTHOG_URL: 'us.posthog.com' }, /^POSTHOG_URL must be/],
    [{ POSTHOG_URL: 'https://us.posthog.com/api' }, /^POSTHOG_URL must be PostHog's origin/],
  ]
  it.each(BAD)('refuses %j in local mode and in proxy mode', (bad, message) => {
    expect(() => configFromEnv(bad)).toThrow(message)
    expect(() => configFromEnv({ ...PROXY, ...bad })).toThrow(message)
  })
})

/** Runs server/main.ts until it exits; it must not get as far as listening. */
function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', DATA_DIR: '/nonexistent/data', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('exit', (code) => done({ code, stdout, stderr })),
  )
}

describe('server/main.ts with a bad variable', () => {
  it.each([{}, PROXY])('exits 1 with one clear line (%j)', async (mode) => {
    const result = await runMain({ ...mode, PORT: 'abc' })
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'PORT must be a port number from 0 to 65535, got "abc"\n',
    })
  })
})
