import type { Hono } from 'hono'
import type {
  TwoFactorBackupCodesResponse,
  TwoFactorDisableResponse,
  TwoFactorStartSetupResponse,
  TwoFactorStatus,
  TwoFactorValidateResponse,
} from '../../contract/two-factor'
import { twoFactorValidateRequestSchema } from '../../contract/two-factor'
import { requireUser } from '../lib/auth'
import { countBackupCodes, deleteBackupCodes, regenerateBackupCodes } from '../lib/backup-codes'
import { parseBody, readBody } from '../lib/body'
import type { AppEnv, Ctx } from '../lib/context'
import { refuseOtherMethods } from '../lib/methods'
import { permissionDenied, validationError } from '../lib/errors'
import { hasTotpDevice, passkeysForSecondFactor, sendSecurityMail } from '../lib/second-factor'
import { hasVerifiedCredential } from '../store/webauthn-credentials'
import { deleteTotpDevice, enrolTotpDevice, matchTotp, newTotpSecret } from '../lib/totp'
import { deleteOtherSessions, updateSession } from '../store/sessions'
import { targetUser } from '../lib/user-lookup'

const action = (name: string) => `/api/users/:uuid/${name}`

const setupExpired = () =>
  validationError('setup_expired', '2FA setup session expired. Please start setup again.')

/**
 * Every 2FA action is a custom action with no token scope, so personal API keys are refused
 * ("This action does not support Personal API Key access"); writes need a recent sign-in.
 */
function sessionCaller(c: Ctx, sensitive = false) {
  const auth = requireUser(c, { scope: null, sensitive })
  if (auth.kind !== 'session')
    throw permissionDenied('This action does not support Personal API Key access')
  return auth
}

export function registerTwoFactorRoutes(app: Hono<AppEnv>) {
  // two_factor_start_setup never calls get_object(): it acts on the caller whatever the uuid.
  const startSetup = (c: Ctx) => {
    const { session } = sessionCaller(c)
    const { db, clock } = c.get('deps')
    const secret = newTotpSecret()
    // Starting again replaces the pending secret; an existing device is left alone, as in PostHog.
    updateSession(db, session.key_hash, { totp_setup_secret: secret, totp_setup_at: clock.now() })
    return c.json({ success: true, secret } satisfies TwoFactorStartSetupResponse)
  }

  // two_factor_validate also ignores the uuid. PostHog has no throttle here; we allow 6 per 10 min.
  const validate = async (c: Ctx) => {
    const { user, session } = sessionCaller(c, true)
    const deps = c.get('deps')
    deps.throttles.check('twoFactorValidate', user.id)
    const { token } = parseBody(twoFactorValidateRequestSchema, await readBody(c))
    const now = deps.clock.now()
    const secret = session.totp_setup_secret
    const startedAt = session.totp_setup_at
    if (!secret || startedAt === null || now - startedAt > deps.config.totpSetupSec * 1000)
      throw setupExpired()
    const match = matchTotp(secret, token, now)
    if (!match) throw validationError('token_invalid', 'Token is not valid')
    // Another request of this session enrolled with the same secret first: nothing pending now.
    if (
      !enrolTotpDevice(deps.db, {
        userId: user.id,
        sessionKeyHash: session.key_hash,
        secret,
        match,
        nowMs: now,
      })
    ) {
      throw setupExpired()
    }
    deleteOtherSessions(deps.db, user.id, session.key_hash)
    await sendSecurityMail(deps, {
      to: user.email,
      subject: "You've enabled 2FA protection",
      text: 'Two-factor authentication is now on for your PostHog account. Other sessions were signed out.',
    })
    return c.json({ success: true } satisfies TwoFactorValidateResponse)
  }

  // The remaining actions call get_object(), so "@me" or, for staff, any user's uuid.
  const status = (c: Ctx) => {
    const auth = requireUser(c, { scope: null })
    const user = targetUser(c, auth, c.req.param('uuid')!)
    const deps = c.get('deps')
    const hasTotp = hasTotpDevice(deps, user.id)
    const passkeys = passkeysForSecondFactor(deps, user)
    return c.json({
      is_enabled: hasTotp || passkeys,
      backup_codes_remaining: hasTotp ? countBackupCodes(deps.db, user.id) : 0,
      method: hasTotp ? 'TOTP' : passkeys ? 'passkey' : null,
      has_passkeys: hasVerifiedCredential(deps.db, user.id),
      has_totp: hasTotp,
      passkeys_enabled_for_2fa: passkeys,
    } satisfies TwoFactorStatus)
  }

  const backupCodes = async (c: Ctx) => {
    const auth = requireUser(c, { scope: null, sensitive: true })
    const user = targetUser(c, auth, c.req.param('uuid')!)
    const deps = c.get('deps')
    if (!hasTotpDevice(deps, user.id))
      throw validationError('2fa_not_enabled', '2FA must be enabled first')
    const answer: TwoFactorBackupCodesResponse = {
      backup_codes: await regenerateBackupCodes(deps.db, user.id, deps.clock.now()),
    }
    return c.json(answer)
  }

  const disable = async (c: Ctx) => {
    const auth = requireUser(c, { scope: null, sensitive: true })
    const user = targetUser(c, auth, c.req.param('uuid')!)
    const deps = c.get('deps')
    deps.db.transaction(() => {
      deleteTotpDevice(deps.db, user.id)
      deleteBackupCodes(deps.db, user.id)
    })()
    await sendSecurityMail(deps, {
      to: user.email,
      subject: "You've disabled 2FA protection",
      text: 'Two-factor authentication is now off for your PostHog account, and its backup codes no longer work.',
    })
    return c.json({ success: true } satisfies TwoFactorDisableResponse)
  }

  const routes: [string, 'GET' | 'POST', (c: Ctx) => Response | Promise<Response>][] = [
    ['two_factor_start_setup', 'GET', startSetup],
    ['start_2fa_setup', 'GET', startSetup], // deprecated alias kept by PostHog
    ['two_factor_validate', 'POST', validate],
    ['validate_2fa', 'POST', validate], // deprecated alias kept by PostHog
    ['two_factor_status', 'GET', status],
    ['two_factor_backup_codes', 'POST', backupCodes],
    ['two_factor_disable', 'POST', disable],
  ]
  for (const [name, method, handler] of routes) {
    app.on(method, action(name), handler)
    refuseOtherMethods(app, action(name), [method], { auth: { scope: null } })
  }
}
