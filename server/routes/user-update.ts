import {
  REAUTH_EXEMPT_USER_FIELDS,
  userUpdateLaterFields,
  userUpdateRequestSchema,
} from '../../contract/user'
import { requireUser } from '../lib/auth'
import { has, parseBody, parseField, readBody, type Body } from '../lib/body'
import type { Ctx } from '../lib/context'
import { permissionDenied, reauthRequired, validationError } from '../lib/errors'
import { emailChangeRequested, stageEmailChange } from '../lib/email-change'
import { mergeNotificationSettings } from '../lib/notification-settings'
import { hashSecret, validateNewPassword, verifySecret } from '../lib/passwords'
import { findTeam, firstTeamIdOf, organizationsOf } from '../store/organizations'
import { deleteOtherSessions, endPendingSignIns } from '../store/sessions'
import { findUserById, updateUser, updateUserJson, type UserRow } from '../store/users'
import { hasVerifiedCredential } from '../store/webauthn-credentials'
import { targetUser } from '../lib/user-lookup'

/** A PATCH whose keys are all in this list skips the fresh-session rule (UserViewSet.time_sensitive_allow_if_only_fields). */
const EXEMPT_FIELDS = new Set<string>(REAUTH_EXEMPT_USER_FIELDS)

const identityChangeOnTokenMessage =
  'You can only change your email or password from the PostHog app, not with an API key or token.'

/** PATCH (and PUT) /api/users/:uuid: PostHog's UserSerializer.update, first error wins. */
export async function updateUserFromBody(c: Ctx, lookup: string, isPut: boolean): Promise<UserRow> {
  const deps = c.get('deps')
  const body = await readBody(c)
  const exempt =
    Object.keys(body).length > 0 && Object.keys(body).every((k) => EXEMPT_FIELDS.has(k))
  const auth = requireUser(c, { scope: 'user:write', sensitive: !exempt })
  const user = targetUser(c, auth, lookup)

  // guard_identity_change runs before validation.
  const emailChange = emailChangeRequested(user, body)
  if ((emailChange || has(body, 'password')) && auth.kind === 'key')
    throw permissionDenied(identityChangeOnTokenMessage)
  if (emailChange && auth.kind === 'session') {
    const reauthAt = auth.session.last_reauth_at ?? 0
    if (deps.clock.now() - reauthAt > deps.config.freshReauthSec * 1000) {
      throw reauthRequired("Confirm it's you before changing your email.")
    }
  }
  if (has(body, 'current_password')) deps.throttles.check('userAuthentication', user.id)
  if (isPut) {
    for (const key of ['email', 'password'])
      if (!has(body, key)) throw validationError('required', 'This field is required.', key)
  }

  const changes: Partial<Record<keyof UserRow, unknown>> = {}
  const set = <K extends keyof UserRow>(key: K, value: unknown) => {
    if (value !== undefined) changes[key] = value
  }
  const { passkeys_enabled_for_2fa: passkeys, ...fields } = parseBody(userUpdateRequestSchema, body)
  for (const [key, value] of Object.entries(fields)) set(key as keyof typeof fields, value)

  // Turning passkey-2FA on needs a verified passkey; off is never checked (account-security §1.12).
  if (passkeys === true && !hasVerifiedCredential(deps.db, user.id)) {
    throw validationError(
      'no_passkeys',
      'You must have at least one passkey set up before enabling passkeys for 2FA.',
      'passkeys_enabled_for_2fa',
    )
  }
  if (passkeys !== undefined) changes.passkeys_enabled_for_2fa = passkeys
  // Only off→on is a credential change: it signs out the user's other sessions.
  const passkeysTurnedOn = passkeys === true && !user.passkeys_enabled_for_2fa

  if (has(body, 'is_staff')) {
    if (!auth.user.is_staff)
      throw permissionDenied('You are not a staff user, contact your instance admin.')
    set('is_staff', parseField(userUpdateLaterFields.is_staff, body, 'is_staff'))
  }

  // Checked here so its error comes in PostHog's order; merged again in the write transaction
  // below, into the row as it is then (a password hash or code awaits in between).
  const notifications = has(body, 'notification_settings') ? body.notification_settings : undefined
  if (notifications !== undefined)
    mergeNotificationSettings(user.notification_settings, notifications)

  applyOrganizationSwitch(c, user, body, changes)

  let newPasswordHash: string | null = null
  if (has(body, 'password')) {
    const password = parseField(userUpdateLaterFields.password, body, 'password')!
    if (user.password_hash !== null) {
      const current = has(body, 'current_password') ? body.current_password : undefined
      if (typeof current !== 'string' || current === '') {
        throw validationError(
          'required',
          'This field is required when updating your password.',
          'current_password',
        )
      }
      if (!(await verifySecret(current, user.password_hash))) {
        throw validationError(
          'incorrect_password',
          'Your current password is incorrect.',
          'current_password',
        )
      }
    }
    validateNewPassword(password)
    newPasswordHash = await hashSecret(password)
  }

  const email = emailChange ? parseField(userUpdateLaterFields.email, body, 'email')! : null
  // Email validation throws before anything is written; staging writes afterwards.
  const stage = email ? await stageEmailChange(c, user, email) : null

  deps.db
    .transaction(() => {
      updateUser(deps.db, user.id, changes)
      if (notifications !== undefined) {
        updateUserJson(deps.db, user.id, 'notification_settings', (current) =>
          mergeNotificationSettings(current, notifications),
        )
      }
      if (newPasswordHash) {
        updateUser(deps.db, user.id, { password_hash: newPasswordHash })
        // update_session_auth_hash keeps this session; every other one is revoked.
        deleteOtherSessions(
          deps.db,
          user.id,
          auth.kind === 'session' ? auth.session.key_hash : null,
        )
        endPendingSignIns(deps.db, user.id)
      }
      if (passkeysTurnedOn)
        deleteOtherSessions(
          deps.db,
          user.id,
          auth.kind === 'session' ? auth.session.key_hash : null,
        )
      stage?.commit()
    })
    .immediate()
  if (newPasswordHash) {
    await deps.mailer.send({
      to: user.email,
      subject: 'Your PostHog password has been changed',
      text: `Hi ${user.first_name || 'there'},\n\nThe password for your PostHog account (${user.email}) was just changed. If you did not do this, reset your password and contact support.\n`,
    })
  }
  await stage?.notify()
  return findUserById(deps.db, user.id)!
}

function applyOrganizationSwitch(
  c: Ctx,
  user: UserRow,
  body: Body,
  changes: Partial<Record<keyof UserRow, unknown>>,
) {
  const { db } = c.get('deps')
  const memberOf = organizationsOf(db, user.id)
  let orgId: string | undefined
  if (has(body, 'set_current_organization')) {
    const value = String(body.set_current_organization ?? '')
    const org = memberOf.find((o) => o.id === value)
    if (!org)
      throw validationError(
        'does_not_exist',
        `Object with id=${value} does not exist.`,
        'set_current_organization',
      )
    orgId = org.id
    changes.current_organization_id = org.id
    changes.current_team_id = firstTeamIdOf(db, org.id)
  }
  if (has(body, 'set_current_team')) {
    const raw = body.set_current_team
    const id =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^\d+$/.test(raw)
          ? Number(raw)
          : NaN
    const team = Number.isSafeInteger(id) ? findTeam(db, id) : null
    if (!team || !memberOf.some((o) => o.id === team.organization_id)) {
      throw validationError(
        'does_not_exist',
        `Object with id=${String(raw)} does not exist.`,
        'set_current_team',
      )
    }
    if (orgId !== undefined && team.organization_id !== orgId) {
      throw validationError(
        'invalid_input',
        'Team must belong to the same organization in set_current_organization.',
        'set_current_team',
      )
    }
    changes.current_team_id = team.id
    changes.current_organization_id = team.organization_id
  }
}
