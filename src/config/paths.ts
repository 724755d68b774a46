import { safeNextPath } from '../../contract/redirects'

/** Every URL the app requests or shows, in one place (docs/architecture.md, Conventions). */
const id = (value: string | number) => encodeURIComponent(String(value))

export const apiPaths = {
  login: '/api/login',
  loginToken: '/api/login/token',
  logout: '/logout',
  users: '/api/users/',
  user: (uuid: string) => `/api/users/${id(uuid)}/`,
  me: '/api/users/@me/',
  hedgehogConfig: '/api/users/@me/hedgehog_config/',
  scenePersonalisation: '/api/users/@me/scene_personalisation/',
  twoFactorStartSetup: '/api/users/@me/two_factor_start_setup/',
  twoFactorValidate: '/api/users/@me/two_factor_validate/',
  twoFactorStatus: '/api/users/@me/two_factor_status/',
  twoFactorBackupCodes: '/api/users/@me/two_factor_backup_codes/',
  twoFactorDisable: '/api/users/@me/two_factor_disable/',
  verifyEmail: '/api/users/verify_email/',
  requestEmailVerification: '/api/users/request_email_verification/',
  cancelEmailChange: '/api/users/cancel_email_change_request/',
  pushTokens: '/api/users/@me/push_tokens/',
  pushTokensUnregister: '/api/users/@me/push_tokens/unregister/',
  dashboards: (projectId: number | string) => `/api/projects/${id(projectId)}/dashboards/`,
  personalApiKeys: '/api/personal_api_keys/',
  personalApiKey: (keyId: string) => `/api/personal_api_keys/${id(keyId)}/`,
  personalApiKeyRoll: (keyId: string) => `/api/personal_api_keys/${id(keyId)}/roll/`,
  loginSessions: '/api/users/@me/login_sessions/',
  loginSession: (sessionId: string) => `/api/users/@me/login_sessions/${id(sessionId)}/`,
  revokeOtherSessions: '/api/users/@me/login_sessions/revoke_others/',
  passwordReset: '/api/reset/',
  passwordResetToken: (uuid: string) => `/api/reset/${id(uuid)}/`,
} as const

export const routes = {
  home: '/',
  login: '/login',
  settings: '/settings',
  profile: '/settings/profile',
  email: '/settings/email',
  password: '/settings/password',
  twoFactor: '/settings/two-factor',
  sessions: '/settings/sessions',
  personalApiKeys: '/settings/personal-api-keys',
  notifications: '/settings/notifications',
  appearance: '/settings/appearance',
  dangerZone: '/settings/danger-zone',
  users: '/settings/users',
  user: (uuid: string) => `/settings/users/${id(uuid)}`,
  /** PostHog's paths: ask for a reset link, and the link the mail carries. */
  forgotPassword: '/reset',
  resetPassword: '/reset/:uuid/:token',
} as const

/** The sign-in page, remembering where to come back to. */
export function loginPath(next?: string): string {
  return next && next !== routes.login
    ? `${routes.login}?next=${encodeURIComponent(next)}`
    : routes.login
}

/** Only same-origin paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return safeNextPath(next, routes.profile)
}

/**
 * Why the app sent the user to sign-in: in router state (history.state), or also as a query
 * parameter (deletedAccountLoginPath, passwordChangedLoginPath), which survives the full page load
 * that follows a deletion, or a reload. The sign-in page drops either from history once shown.
 * Such a link from elsewhere can only make the page say so; it signs nobody out.
 */
export type LoginNotice = 'account-deleted' | 'password-changed'

/** Router state for the sign-in page: the notice, and an address to fill in (never in the URL). */
export const loginState = (notice: LoginNotice, email?: string) =>
  email ? { loginNotice: notice, email } : { loginNotice: notice }

export const deletedAccountLoginPath = `${routes.login}?account=deleted`
export const passwordChangedLoginPath = `${routes.login}?password=changed`

export function readLoginNotice(state: unknown, search?: URLSearchParams): LoginNotice | null {
  if (search?.get('account') === 'deleted') return 'account-deleted'
  if (search?.get('password') === 'changed') return 'password-changed'
  const notice = (state as { loginNotice?: unknown } | null)?.loginNotice
  return notice === 'account-deleted' || notice === 'password-changed' ? notice : null
}

/** The address router state carries to a sign-in or forgot-password page, if any. */
export function readStateEmail(state: unknown): string {
  const email = (state as { email?: unknown } | null)?.email
  return typeof email === 'string' ? email : ''
}
