import { isoPython, isoZ } from './clock'
import type { Auth, Deps } from './context'
import { sensitiveReference } from './auth'
import { hasTotpDevice, passkeysForSecondFactor } from './second-factor'
import { NOTIFICATION_TYPES } from '../../contract/enums'
import { withNotificationDefaults } from './notification-settings'
import { listScenes } from '../store/scene-personalisation'
import { findTeam, organizationsOf, teamsOf, type TeamRow } from '../store/organizations'
import type { UserRow } from '../store/users'
import type { UserInput } from '../../contract/user'

function teamBasic(team: TeamRow) {
  return {
    id: team.id,
    uuid: team.uuid,
    organization: team.organization_id,
    api_token: team.api_token,
    name: team.name,
    completed_snippet_onboarding: true,
    ingested_event: true,
    is_demo: false,
    timezone: team.timezone,
    access_control: false,
  }
}

/** JSON columns go out as they were stored: PostHog does not validate them either. */
type StoredJson =
  'hedgehog_config' | 'ui_configuration' | 'has_seen_product_intro_for' | 'events_column_config'
type SerializedUser = Omit<UserInput, StoredJson> & Record<StoredJson, unknown>

/** The User object of GET /api/users/@me/ (UserSerializer in posthog/api/user.py). */
export function serializeUser(deps: Deps, user: UserRow, auth: Auth | null) {
  const { db, config } = deps
  const organizations = organizationsOf(db, user.id)
  const current = organizations.find((o) => o.id === user.current_organization_id) ?? null
  const team = user.current_team_id !== null ? findTeam(db, user.current_team_id) : null
  // Only the session the request came with has a sensitive window; keys and other users' views have none.
  const session = auth?.kind === 'session' && auth.user.id === user.id ? auth.session : null
  const scenes = listScenes(db, user.id, user.current_team_id)
  const has2fa = hasTotpDevice(deps, user.id) || passkeysForSecondFactor(deps, user)
  return {
    date_joined: isoZ(user.date_joined),
    uuid: user.uuid,
    distinct_id: user.distinct_id,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    pending_email: user.pending_email,
    is_email_verified: user.is_email_verified,
    notification_settings: withNotificationDefaults(user.notification_settings),
    notification_locks: [],
    anonymize_data: user.anonymize_data,
    allow_impersonation: user.allow_impersonation,
    toolbar_mode: user.toolbar_mode,
    has_password: user.password_hash !== null,
    id: user.id,
    is_staff: user.is_staff,
    is_impersonated: false,
    is_impersonated_until: null,
    is_impersonated_read_only: null,
    is_impersonated_reason: null,
    sensitive_session_expires_at: session
      ? isoPython(sensitiveReference(session) + config.sensitiveWindowSec * 1000)
      : null,
    fresh_reauth_expires_at: session?.last_reauth_at
      ? isoPython(session.last_reauth_at + config.freshReauthSec * 1000)
      : null,
    team: team ? teamBasic(team) : null,
    organization: current
      ? {
          id: current.id,
          name: current.name,
          slug: current.slug,
          created_at: isoZ(current.created_at),
          membership_level: current.membership_level,
          enforce_2fa: current.enforce_2fa,
          members_can_use_personal_api_keys: current.members_can_use_personal_api_keys,
          available_product_features: [],
          teams: teamsOf(db, current.id).map(teamBasic),
        }
      : null,
    organizations: organizations.map((o) => ({
      id: o.id,
      name: o.name,
      slug: o.slug,
      logo_media_id: null,
      membership_level: o.membership_level,
      members_can_use_personal_api_keys: o.members_can_use_personal_api_keys,
      is_active: true,
      is_not_active_reason: null,
      is_pending_deletion: false,
    })),
    events_column_config: user.events_column_config ?? { active: 'DEFAULT' },
    is_2fa_enabled: has2fa,
    has_social_auth: false,
    has_sso_enforcement: false,
    has_seen_product_intro_for: user.has_seen_product_intro_for,
    scene_personalisation: scenes.map((s) => ({ scene: s.scene, dashboard: s.dashboard_id })),
    theme_mode: user.theme_mode,
    hedgehog_config: user.hedgehog_config,
    allow_sidebar_suggestions: user.allow_sidebar_suggestions,
    // A stored null is returned as "above" (UserSerializer.to_representation).
    shortcut_position: user.shortcut_position ?? 'above',
    role_at_organization: user.role_at_organization,
    passkeys_enabled_for_2fa: user.passkeys_enabled_for_2fa,
    hide_mcp_hints: user.hide_mcp_hints,
    ui_configuration: user.ui_configuration,
    onboarding_skipped_at: null,
    onboarding_skipped_reason: null,
    onboarding_skipped_organization_id: null,
    onboarding_delegated_to_invite: null,
    onboarding_delegated_to_organization_id: null,
    onboarding_delegation_accepted_at: null,
    is_organization_first_user: current ? current.membership_level >= 15 : null,
    active_realtime_notification_types: [...NOTIFICATION_TYPES],
    pending_invites: [],
    requires_credential_review: false,
  } satisfies SerializedUser
}
