import { allowedHostsFromEnv } from './lib/hosts'

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
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.')

function devToolsFromEnv(env: NodeJS.ProcessEnv): boolean {
  const raw = env.DEV_TOOLS
  if (raw === undefined || raw === '') return isLoopback(env.HOST || '127.0.0.1')
  if (raw === 'true' || raw === 'false') return raw === 'true'
  throw new Error(`DEV_TOOLS must be true or false, got "${raw}"`)
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number of seconds, got "${raw}"`)
  return value
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
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
    loginFailureLimit: seconds(env, 'AXES_FAILURE_LIMIT', defaultConfig.loginFailureLimit),
    loginLockoutSec: defaultConfig.loginLockoutSec,
    secureCookies: env.SECURE_COOKIES === 'true',
    smtpUrl: env.SMTP_URL || null,
    devTools: devToolsFromEnv(env),
    allowedHosts: allowedHostsFromEnv(env),
  }
}
