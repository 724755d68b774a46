import { resolve } from 'node:path'
import { allowedHostsFromEnv } from './lib/hosts'
import { parseUpstream, type ProxyConfig } from './proxy/config'

/** Server settings. Every time window is in seconds and can be shortened by tests. */
export interface Config {
  /** SESSION_SENSITIVE_ACTIONS_AGE: writes need a sign-in at most this old (PostHog: 2 h). */
  sensitiveWindowSec: number
  /** SESSION_FRESH_REAUTH_AGE: email changes need a re-auth at most this old (PostHog: 5 min). */
  freshReauthSec: number
  /** SESSION_COOKIE_AGE: absolute session lifetime (PostHog: 14 days). */
  sessionAgeSec: number
  /** TWO_FACTOR_LOGIN_TIMEOUT: time allowed between password and second factor. */
  twoFactorLoginTimeoutSec: number
  /** How long a TOTP setup secret stays pending. */
  totpSetupSec: number
  /** How long an email verification code lives. */
  emailCodeTtlSec: number
  /** django-axes AXES_FAILURE_LIMIT and cool-off. */
  loginFailureLimit: number
  loginLockoutSec: number
  /** Mark cookies Secure (off on plain-http loopback). */
  secureCookies: boolean
  /** When set, mail goes through this SMTP URL instead of the dev outbox. */
  smtpUrl: string | null
  /** DEV_TOOLS: /_dev/* (test accounts, the dev mailbox); off by default off loopback. */
  devTools: boolean
  /** Host names a request may name (ALLOWED_HOSTS, HOST, PUBLIC_URL and loopback). */
  allowedHosts: string[]
  /** WEBAUTHN_RP_ID / WEBAUTHN_ORIGIN: the passkey relying party; null takes the request's host. */
  webauthnRpId: string | null
  webauthnOrigin: string | null
  /** How long a passkey challenge may be answered (PostHog has no limit; ADR 0004). */
  webauthnChallengeSec: number
}

export const defaultConfig: Config = {
  sensitiveWindowSec: 7200,
  freshReauthSec: 300,
  sessionAgeSec: 1_209_600,
  twoFactorLoginTimeoutSec: 600,
  totpSetupSec: 600,
  emailCodeTtlSec: 600,
  loginFailureLimit: 30,
  loginLockoutSec: 600,
  secureCookies: false,
  smtpUrl: null,
  devTools: true,
  allowedHosts: allowedHostsFromEnv({}),
  webauthnRpId: null,
  webauthnOrigin: null,
  webauthnChallengeSec: 300,
}

/**
 * What `server/main.ts` reads from the environment, in both modes. `app` is local mode's
 * settings; `proxy` is set when POSTHOG_URL is (proxy mode), else null.
 */
export interface ServerConfig {
  host: string
  port: number
  /** STATIC_DIR, resolved: the built SPA. */
  staticDir: string
  app: Config
  /** Local mode only: DATA_DIR resolved, and the first seed's DEMO_PASSWORD and DEMO_PERSONAL_API_KEY. */
  dataDir: string
  demoPassword: string | null
  demoPersonalApiKey: string | null
  proxy: (Required<Omit<ProxyConfig, 'log'>> & { upstreamUrl: URL }) | null
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.')

type Env = NodeJS.ProcessEnv
/** An unset or empty variable takes its default; anything else must parse, or start-up fails. */
const raw = (env: Env, name: string) =>
  env[name] === undefined || env[name] === '' ? null : env[name]

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = raw(env, name)
  if (value === null) return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new Error(`${name} must be true or false, got "${value}"`)
}

function seconds(env: Env, name: string, fallback: number, min = 0): number {
  const value = raw(env, name)
  if (value === null) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n < min)
    throw new Error(
      `${name} must be a number of seconds${min > 0 ? ' above 0' : ''}, got "${value}"`,
    )
  return n
}

function count(env: Env, name: string, fallback: number): number {
  const value = raw(env, name)
  if (value === null) return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number above 0, got "${value}"`)
  return n
}

function port(env: Env): number {
  const value = raw(env, 'PORT')
  if (value === null) return 8000
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > 65535)
    throw new Error(`PORT must be a port number from 0 to 65535, got "${value}"`)
  return n
}

function smtpUrl(env: Env): string | null {
  const value = raw(env, 'SMTP_URL')
  if (value === null) return null
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    // reported below
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol))
    throw new Error('SMTP_URL must be a URL like smtp://user:password@mail.example.com:587')
  return value
}

function webauthnRpId(env: Env): string | null {
  const value = raw(env, 'WEBAUTHN_RP_ID')
  if (value === null) return null
  if (!/^[a-z0-9.-]+$/i.test(value))
    throw new Error(`WEBAUTHN_RP_ID must be a host name without scheme or port, got "${value}"`)
  return value.toLowerCase()
}

function webauthnOrigin(env: Env): string | null {
  const value = raw(env, 'WEBAUTHN_ORIGIN')
  if (value === null) return null
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    // reported below
  }
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.origin !== value.replace(/\/$/, '')
  )
    throw new Error(
      `WEBAUTHN_ORIGIN must be an origin like https://settings.example.com, got "${value}"`,
    )
  return url.origin
}

/** Local mode's settings (`Config`) from the environment. */
function appConfigFromEnv(env: Env): Config {
  return {
    sensitiveWindowSec: seconds(
      env,
      'SESSION_SENSITIVE_ACTIONS_AGE',
      defaultConfig.sensitiveWindowSec,
    ),
    freshReauthSec: seconds(env, 'SESSION_FRESH_REAUTH_AGE', defaultConfig.freshReauthSec),
    sessionAgeSec: seconds(env, 'SESSION_COOKIE_AGE', defaultConfig.sessionAgeSec),
    twoFactorLoginTimeoutSec: seconds(
      env,
      'TWO_FACTOR_LOGIN_TIMEOUT',
      defaultConfig.twoFactorLoginTimeoutSec,
    ),
    totpSetupSec: defaultConfig.totpSetupSec,
    emailCodeTtlSec: defaultConfig.emailCodeTtlSec,
    loginFailureLimit: count(env, 'AXES_FAILURE_LIMIT', defaultConfig.loginFailureLimit),
    loginLockoutSec: defaultConfig.loginLockoutSec,
    secureCookies: flag(env, 'SECURE_COOKIES', false),
    smtpUrl: smtpUrl(env),
    devTools: flag(env, 'DEV_TOOLS', isLoopback(env.HOST || '127.0.0.1')),
    allowedHosts: allowedHostsFromEnv(env),
    webauthnRpId: webauthnRpId(env),
    webauthnOrigin: webauthnOrigin(env),
    webauthnChallengeSec: defaultConfig.webauthnChallengeSec,
  }
}

/**
 * The one reading of the environment, for both modes. Every variable is checked whichever mode
 * runs, so a bad value (PORT=abc, SECURE_COOKIES=yes, a POSTHOG_URL with a path) fails start-up
 * with a message naming it, instead of being ignored or defaulted.
 */
export function configFromEnv(env: Env = process.env): ServerConfig {
  const app = appConfigFromEnv(env)
  const staticDir = resolve(env.STATIC_DIR || 'dist')
  const timeoutSec = seconds(env, 'POSTHOG_TIMEOUT', 30, Number.MIN_VALUE)
  const posthogUrl = raw(env, 'POSTHOG_URL')
  const upstreamUrl = posthogUrl === null ? null : parseUpstream(posthogUrl)
  return {
    host: env.HOST || '127.0.0.1',
    port: port(env),
    staticDir,
    app,
    dataDir: resolve(env.DATA_DIR || './data'),
    demoPassword: raw(env, 'DEMO_PASSWORD') ?? null,
    demoPersonalApiKey: raw(env, 'DEMO_PERSONAL_API_KEY') ?? null,
    proxy: upstreamUrl && {
      upstream: upstreamUrl.href,
      upstreamUrl,
      personalApiKey: raw(env, 'POSTHOG_PERSONAL_API_KEY') ?? null,
      staticDir,
      timeoutMs: timeoutSec * 1000,
      secureCookies: app.secureCookies,
      allowedHosts: app.allowedHosts,
    },
  }
}
