import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_KEY, startTestServer, type Client, type TestServer } from './testing/harness'

/**
 * The bad-input sweep: malformed requests across every endpoint each get a 4xx PostHog envelope
 * naming the problem (its field in `attr`), never a 5xx, and change nothing stored.
 */

type Who = 'ada' | 'grace' | 'key' | 'anon'
/** A body sent as is: `type` null sends no Content-Type at all. */
interface Raw {
  raw: string
  type: string | null
}
interface Expected {
  status: number
  /** PostHog's envelope, or a WebAuthn view's bare {"error"}. */
  body: { type: string; code: string; detail: unknown; attr: string | null } | { error: string }
}
type Case = [
  what: string,
  who: Who,
  method: string,
  path: string,
  body: unknown,
  expected: Expected,
]

const raw = (text: string, type: string | null = 'application/json'): Raw => ({ raw: text, type })
const isRaw = (body: unknown): body is Raw =>
  typeof body === 'object' && body !== null && 'raw' in body

const fail = (
  status: number,
  type: string,
  code: string,
  detail: unknown,
  attr: string | null = null,
): Expected => ({
  status,
  body: { type, code, detail, attr },
})
const invalid = (attr: string | null, code: string, detail: string) =>
  fail(400, 'validation_error', code, detail, attr)
const notString = (attr: string) => invalid(attr, 'invalid_input', 'Not a valid string.')
const notBoolean = (attr: string) => invalid(attr, 'invalid_input', 'Must be a valid boolean.')
const required = (attr: string) => invalid(attr, 'required', 'This field is required.')
const tooLong = (attr: string, max: number) =>
  invalid(attr, 'max_length', `Ensure this field has no more than ${max} characters.`)
const choice = (attr: string, value: string) =>
  invalid(attr, 'invalid_choice', `"${value}" is not a valid choice.`)
const notJson = fail(
  400,
  'invalid_request',
  'parse_error',
  expect.stringMatching(/^JSON parse error - /),
)
const tooDeep = fail(
  400,
  'invalid_request',
  'parse_error',
  'JSON parse error - nested deeper than 100 levels',
)
const notDict = (got: string) =>
  invalid(null, 'invalid_input', `Invalid data. Expected a dictionary, but got ${got}.`)
const unsupported = (type: string) =>
  fail(
    415,
    'invalid_request',
    'unsupported_media_type',
    `Unsupported media type "${type}" in request.`,
  )
const tooLarge = fail(
  413,
  'invalid_request',
  'request_too_large',
  'Request body is larger than 1 MB.',
)
const badInteger = (attr: string) => invalid(attr, 'invalid_input', 'A valid integer is required.')
const notFound = fail(404, 'invalid_request', 'not_found', 'Not found.')
const invalidResetToken = invalid(
  'token',
  'invalid_token',
  'This reset token is invalid or has expired.',
)
const onlyMe = fail(
  403,
  'authentication_error',
  'permission_denied',
  "As a non-staff user you're only allowed to access the `@me` user instance.",
)
const settings = (detail: string) => invalid('notification_settings', 'invalid_input', detail)

const ME = '/api/users/@me/'
const MB = 1024 * 1024
const deep = (levels: number) => `{"x": ${'['.repeat(levels)}${']'.repeat(levels)}}`

// prettier-ignore
const PROFILE: Case[] = [
  ['first_name: true', 'ada', 'PATCH', ME, { first_name: true }, notString('first_name')],
  ['first_name: a list', 'ada', 'PATCH', ME, { first_name: ['Ada'] }, notString('first_name')],
  ['first_name: an object', 'ada', 'PATCH', ME, { first_name: {} }, notString('first_name')],
  ['first_name: null', 'ada', 'PATCH', ME, { first_name: null }, invalid('first_name', 'null', 'This field may not be null.')],
  ['first_name: spaces', 'ada', 'PATCH', ME, { first_name: '   ' }, invalid('first_name', 'blank', 'This field may not be blank.')],
  ['first_name: 151 characters', 'ada', 'PATCH', ME, { first_name: 'x'.repeat(151) }, tooLong('first_name', 150)],
  ['first_name: 500 kB', 'ada', 'PATCH', ME, { first_name: 'x'.repeat(500_000) }, tooLong('first_name', 150)],
  ['first_name: a NUL', 'ada', 'PATCH', ME, { first_name: 'A\u0000da' }, invalid('first_name', 'null_characters_not_allowed', 'Null characters are not allowed.')],
  ['first_name: a lone surrogate', 'ada', 'PATCH', ME, raw('{"first_name": "\\ud800"}'), notString('first_name')],
  ['last_name: false', 'ada', 'PATCH', ME, { last_name: false }, notString('last_name')],
  ['last_name: 151 characters', 'ada', 'PATCH', ME, { last_name: 'y'.repeat(151) }, tooLong('last_name', 150)],
  ['a valid field with an invalid one', 'ada', 'PATCH', ME, { first_name: 'Changed', theme_mode: 'blue' }, choice('theme_mode', 'blue')],
  ['anonymize_data: "yes"', 'ada', 'PATCH', ME, { anonymize_data: 'yes' }, notBoolean('anonymize_data')],
  ['allow_impersonation: 2', 'ada', 'PATCH', ME, { allow_impersonation: 2 }, notBoolean('allow_impersonation')],
  ['theme_mode: 1', 'ada', 'PATCH', ME, { theme_mode: 1 }, choice('theme_mode', '1')],
  ['role_at_organization: unknown', 'ada', 'PATCH', ME, { role_at_organization: 'ceo' }, choice('role_at_organization', 'ceo')],
  ['role_at_organization: null', 'ada', 'PATCH', ME, { role_at_organization: null }, invalid('role_at_organization', 'null', 'This field may not be null.')],
  ['toolbar_mode: a list', 'ada', 'PATCH', ME, { toolbar_mode: ['toolbar'] }, choice('toolbar_mode', '["toolbar"]')],
  ['shortcut_position: unknown', 'ada', 'PATCH', ME, { shortcut_position: 'left' }, choice('shortcut_position', 'left')],
  ['hide_mcp_hints: null', 'ada', 'PATCH', ME, { hide_mcp_hints: null }, invalid('hide_mcp_hints', 'null', 'This field may not be null.')],
  ['passkeys_enabled_for_2fa: "maybe"', 'ada', 'PATCH', ME, { passkeys_enabled_for_2fa: 'maybe' }, notBoolean('passkeys_enabled_for_2fa')],
  ['has_seen_product_intro_for: a list', 'ada', 'PATCH', ME, { has_seen_product_intro_for: [] }, invalid('has_seen_product_intro_for', 'invalid_input', 'Value must be valid JSON.')],
  ['ui_configuration: a string', 'ada', 'PATCH', ME, { ui_configuration: 'dark' }, invalid('ui_configuration', 'invalid_input', 'Value must be valid JSON.')],
  ['hedgehog_config nested 5000 deep', 'ada', 'PATCH', ME, raw(`{"hedgehog_config": ${deep(5000)}}`), tooDeep],
  ['set_current_organization: not a uuid', 'ada', 'PATCH', ME, { set_current_organization: 'not-a-uuid' }, invalid('set_current_organization', 'does_not_exist', 'Object with id=not-a-uuid does not exist.')],
  ['set_current_team: letters', 'ada', 'PATCH', ME, { set_current_team: 'abc' }, invalid('set_current_team', 'does_not_exist', 'Object with id=abc does not exist.')],
  ['set_current_team: 1e300', 'ada', 'PATCH', ME, { set_current_team: 1e300 }, invalid('set_current_team', 'does_not_exist', 'Object with id=1e+300 does not exist.')],
  ['is_staff from a member', 'ada', 'PATCH', ME, { is_staff: true }, fail(403, 'authentication_error', 'permission_denied', 'You are not a staff user, contact your instance admin.')],
  ['email: not an address', 'ada', 'PATCH', ME, { email: 'not-an-email' }, invalid('email', 'invalid_input', 'Enter a valid email address.')],
  ['email: an object', 'ada', 'PATCH', ME, { email: {} }, notString('email')],
  ['password without current_password', 'ada', 'PATCH', ME, { password: 'velvet-otters-juggle-lanterns' }, invalid('current_password', 'required', 'This field is required when updating your password.')],
  ['password: an object', 'ada', 'PATCH', ME, { password: {} }, notString('password')],
  ['password: 129 characters', 'ada', 'PATCH', ME, { password: 'p'.repeat(129) }, tooLong('password', 128)],
  ['PUT without email', 'ada', 'PUT', ME, { first_name: 'Ada' }, required('email')],
]

// prettier-ignore
const NOTIFICATIONS: Case[] = [
  ['a list', 'ada', 'PATCH', ME, { notification_settings: [] }, invalid('notification_settings', 'not_a_dict', 'Expected a dictionary of items but got type "list".')],
  ['a string', 'ada', 'PATCH', ME, { notification_settings: 'all' }, invalid('notification_settings', 'not_a_dict', 'Expected a dictionary of items but got type "str".')],
  ['null', 'ada', 'PATCH', ME, { notification_settings: null }, invalid('notification_settings', 'null', 'This field may not be null.')],
  ['an unknown key', 'ada', 'PATCH', ME, { notification_settings: { sms: true } }, settings('Key sms is not valid as a key for notification settings')],
  ['a string flag', 'ada', 'PATCH', ME, { notification_settings: { plugin_disabled: 'yes' } }, settings("yes is not a valid type for notification settings, should be <class 'bool'>")],
  ['a map of strings', 'ada', 'PATCH', ME, { notification_settings: { project_weekly_digest_disabled: { '1': 'no' } } }, settings("Notification setting values must be boolean, got <class 'str'> instead")],
  ['a list for a map', 'ada', 'PATCH', ME, { notification_settings: { project_weekly_digest_disabled: [true] } }, settings('project_weekly_digest_disabled must be a dictionary mapping IDs to boolean values')],
  ['realtime: a list', 'ada', 'PATCH', ME, { notification_settings: { realtime_notifications_disabled: [] } }, settings('realtime_notifications_disabled must be a dict')],
  ['realtime: an unknown type', 'ada', 'PATCH', ME, { notification_settings: { realtime_notifications_disabled: { fax: {} } } }, settings('Unknown notification type fax')],
  ['realtime: nested objects', 'ada', 'PATCH', ME, { notification_settings: { realtime_notifications_disabled: { comment_mention: { '1': { x: [1] } } } } }, settings("Disabled flag for comment_mention must be boolean, got <class 'dict'>")],
  ['threshold: 2', 'ada', 'PATCH', ME, { notification_settings: { data_pipeline_error_threshold: 2 } }, settings('data_pipeline_error_threshold must be between 0.0 and 1.0, got 2')],
  ['threshold: a string', 'ada', 'PATCH', ME, { notification_settings: { data_pipeline_error_threshold: '0.5' } }, settings("data_pipeline_error_threshold must be a number, got <class 'str'> instead")],
  ['a bad pipeline id', 'ada', 'PATCH', ME, { notification_settings: { pipeline_notifications_disabled: { 'bad id': true } } }, settings("Invalid pipeline id: 'bad id'")],
]

// prettier-ignore
const BODIES: Case[] = [
  ['truncated JSON', 'ada', 'PATCH', ME, raw('{"first_name": '), notJson],
  ['a form body labelled JSON', 'ada', 'PATCH', ME, raw('first_name=Ada'), notJson],
  ['a JSON list', 'ada', 'PATCH', ME, raw('[{"first_name": "Ada"}]'), notDict('list')],
  ['a JSON string', 'ada', 'PATCH', ME, raw('"Ada"'), notDict('string')],
  ['JSON null', 'ada', 'PATCH', ME, raw('null'), notDict('null')],
  ['JSON as text/plain', 'ada', 'PATCH', ME, raw('{"first_name": "Ada"}', 'text/plain'), unsupported('text/plain')],
  ['XML', 'ada', 'PATCH', ME, raw('<user><first_name>Ada</first_name></user>', 'application/xml'), unsupported('application/xml')],
  ['no Content-Type', 'ada', 'PATCH', ME, raw('{"first_name": "Ada"}', null), unsupported('')],
  ['multipart without a boundary', 'ada', 'PATCH', ME, raw('first_name=Ada', 'multipart/form-data'), fail(400, 'invalid_request', 'parse_error', 'Multipart form parse error - Failed to parse body as FormData.')],
  ['a form with a blank name', 'ada', 'PATCH', ME, raw('first_name=', 'application/x-www-form-urlencoded'), invalid('first_name', 'blank', 'This field may not be blank.')],
  ['a form with an unknown theme', 'ada', 'PATCH', ME, raw('theme_mode=blue', 'application/x-www-form-urlencoded'), choice('theme_mode', 'blue')],
  ['a 1 MB name', 'ada', 'PATCH', ME, { first_name: 'x'.repeat(MB) }, tooLarge],
  ['a 2 MB body as API key', 'key', 'PATCH', ME, raw(`{"last_name": "${'y'.repeat(2 * MB)}"}`), tooLarge],
  ['truncated JSON as API key', 'key', 'PATCH', ME, raw('{'), notJson],
  ['a list name as API key', 'key', 'PATCH', ME, { last_name: ['Lovelace'] }, notString('last_name')],
]

const HH = '/api/users/@me/hedgehog_config/'
const SCENE = '/api/users/@me/scene_personalisation/'
const INTRO = '/api/users/@me/product_intro_seen/'
const PUSH = '/api/users/@me/push_tokens/'
// prettier-ignore
const PREFERENCES: Case[] = [
  ['hedgehog_config: a list', 'ada', 'PATCH', HH, [1, 2], notDict('list')],
  ['hedgehog_config: truncated JSON', 'ada', 'PATCH', HH, raw('{"enabled": tru'), notJson],
  ['hedgehog_config: nested 5000 deep', 'ada', 'PATCH', HH, raw(deep(5000)), tooDeep],
  ['hedgehog_config: text/plain', 'ada', 'PATCH', HH, raw('{}', 'text/plain;charset=UTF-8'), unsupported('text/plain;charset=UTF-8')],
  ['hedgehog_config: 1.5 MB', 'ada', 'PATCH', HH, { accessories: Array(300_000).fill('beret') }, tooLarge],
  ['product_intro_seen: empty', 'ada', 'PATCH', INTRO, {}, required('product_key')],
  ['product_intro_seen: object key', 'ada', 'PATCH', INTRO, { product_key: {} }, notString('product_key')],
  ['product_intro_seen: seen "maybe"', 'ada', 'PATCH', INTRO, { product_key: 'surveys', seen: 'maybe' }, notBoolean('seen')],
  ['product_intro_seen: 129 characters', 'ada', 'PATCH', INTRO, { product_key: 'k'.repeat(129) }, tooLong('product_key', 128)],
  ['scene: nothing', 'ada', 'POST', SCENE, {}, invalid('dashboard', 'invalid_input', 'Dashboard must be provided.')],
  ['scene: dashboard "abc"', 'ada', 'POST', SCENE, { scene: 'Home', dashboard: 'abc' }, invalid('dashboard', 'incorrect_type', 'Incorrect type. Expected pk value, received str.')],
  ['scene: dashboard a list', 'ada', 'POST', SCENE, { scene: 'Home', dashboard: [1] }, invalid('dashboard', 'incorrect_type', 'Incorrect type. Expected pk value, received list.')],
  ['scene: unknown dashboard', 'ada', 'POST', SCENE, { scene: 'Home', dashboard: 999999 }, invalid('dashboard', 'does_not_exist', 'Invalid pk "999999" - object does not exist.')],
  ['scene: no scene', 'ada', 'POST', SCENE, { dashboard: 1 }, invalid('scene', 'invalid_input', 'Scene must be provided.')],
  ['scene: 201 characters', 'ada', 'POST', SCENE, { scene: 's'.repeat(201), dashboard: 1 }, tooLong('scene', 200)],
  ['push token: nothing', 'ada', 'POST', PUSH, {}, required('token')],
  ['push token: no platform', 'ada', 'POST', PUSH, { token: 'abc' }, required('platform')],
  ['push token: unknown platform', 'ada', 'POST', PUSH, { token: 'abc', platform: 'symbian' }, choice('platform', 'symbian')],
  ['push token: 513 characters', 'ada', 'POST', PUSH, { token: 't'.repeat(513), platform: 'ios' }, tooLong('token', 512)],
  ['push token: a list', 'ada', 'POST', PUSH, { token: ['abc'], platform: 'ios' }, notString('token')],
  ['push token unregister: nothing', 'ada', 'POST', `${PUSH}unregister/`, {}, required('token')],
]

const VALIDATE = '/api/users/@me/two_factor_validate/'
// prettier-ignore
const SIGN_IN: Case[] = [
  ['2FA validate: no token', 'ada', 'POST', VALIDATE, {}, required('token')],
  ['2FA validate: an object token', 'ada', 'POST', VALIDATE, { token: {} }, required('token')],
  ['2FA validate: letters', 'ada', 'POST', VALIDATE, { token: 'abcdef' }, invalid(null, 'token_invalid', 'Token is not valid')],
  ['2FA validate: truncated JSON', 'ada', 'POST', VALIDATE, raw('{"token": '), notJson],
  ['login: nothing', 'anon', 'POST', '/api/login', {}, required('email')],
  ['login: no password', 'anon', 'POST', '/api/login', { email: 'ada@example.com' }, required('password')],
  ['login: a numeric email', 'anon', 'POST', '/api/login', { email: 42, password: 'x' }, invalid('email', 'invalid_input', 'Enter a valid email address.')],
  ['login: a 1000-character email', 'anon', 'POST', '/api/login', { email: `${'a'.repeat(1000)}@example.com`, password: 'x' }, invalid('email', 'invalid_input', 'Enter a valid email address.')],
  ['login: a list password', 'anon', 'POST', '/api/login', { email: 'ada@example.com', password: ['x'] }, notString('password')],
  ['login: truncated JSON', 'anon', 'POST', '/api/login', raw('{"email":'), notJson],
  ['login: text/plain', 'anon', 'POST', '/api/login', raw('{}', 'text/plain'), unsupported('text/plain')],
  ['login: 1.5 MB', 'anon', 'POST', '/api/login', { email: 'ada@example.com', password: 'p'.repeat(1.5 * MB) }, tooLarge],
  ['login token: no pending sign-in', 'anon', 'POST', '/api/login/token', { token: [] }, invalid(null, 'invalid_2fa_session', 'Invalid 2FA session. Please log in again.')],
  ['verify email: nothing', 'anon', 'POST', '/api/users/verify_email/', {}, required('uuid')],
  ['verify email: a list uuid', 'anon', 'POST', '/api/users/verify_email/', { uuid: [] }, notString('uuid')],
  ['verify email: no code', 'anon', 'POST', '/api/users/verify_email/', { uuid: 'not-a-uuid' }, required('code')],
  ['verify email: letters', 'anon', 'POST', '/api/users/verify_email/', { uuid: 'not-a-uuid', code: 'abc' }, invalid('code', 'invalid_input', 'Enter the 6-digit code from your email.')],
  ['verify email: a 500 kB uuid', 'anon', 'POST', '/api/users/verify_email/', { uuid: 'u'.repeat(500_000), code: '123456' }, invalid('code', 'invalid_code', 'This code is invalid or has expired.')],
  ['request verification: nothing', 'anon', 'POST', '/api/users/request_email_verification/', {}, required('uuid')],
  ['request verification: an object uuid', 'anon', 'POST', '/api/users/request_email_verification/', { uuid: {} }, notString('uuid')],
  ['password reset: nothing', 'anon', 'POST', '/api/reset/', {}, required('email')],
  ['password reset: a list email', 'anon', 'POST', '/api/reset/', { email: ['ada@example.com'] }, notString('email')],
  ['password reset: a 1000-character email', 'anon', 'POST', '/api/reset/', { email: `${'a'.repeat(1000)}@example.com` }, invalid('email', 'invalid_input', 'Enter a valid email address.')],
  ['password reset: truncated JSON', 'anon', 'POST', '/api/reset/', raw('{"email":'), notJson],
  ['password reset: text/plain', 'anon', 'POST', '/api/reset/', raw('{}', 'text/plain'), unsupported('text/plain')],
  ['reset link check: no token', 'anon', 'GET', '/api/reset/not-a-uuid/', undefined, required('token')],
  ['reset link check: a NUL uuid', 'anon', 'GET', '/api/reset/%00/?token=x', undefined, invalidResetToken],
  ['reset link check: a 10 kB token', 'anon', 'GET', `/api/reset/not-a-uuid/?token=${'t'.repeat(10_000)}`, undefined, invalidResetToken],
  ['reset: nothing', 'anon', 'POST', '/api/reset/not-a-uuid/', {}, required('token')],
  ['reset: an object token', 'anon', 'POST', '/api/reset/not-a-uuid/', { token: {}, password: 'x' }, notString('token')],
  ['reset: a list password', 'anon', 'POST', '/api/reset/not-a-uuid/', { token: 'x', password: ['x'] }, notString('password')],
  ['reset: an unknown uuid', 'anon', 'POST', '/api/reset/00000000-0000-0000-0000-000000000000/', { token: 'x', password: 'x' }, invalidResetToken],
]

// prettier-ignore
const LOOKUPS: Case[] = [
  ['a member reading a bad uuid', 'ada', 'GET', '/api/users/not-a-uuid/', undefined, onlyMe],
  ['a member patching a bad uuid', 'ada', 'PATCH', '/api/users/not-a-uuid/', { first_name: 'X' }, onlyMe],
  ['a member on another path for push tokens', 'ada', 'POST', '/api/users/@you/push_tokens/', { token: 'a', platform: 'ios' }, fail(403, 'authentication_error', 'permission_denied', 'Push tokens can only be managed via the `@me` path.')],
  ['staff reading a bad uuid', 'grace', 'GET', '/api/users/not-a-uuid/', undefined, notFound],
  ['staff patching an unknown uuid', 'grace', 'PATCH', '/api/users/00000000-0000-0000-0000-000000000000/', { first_name: 'X' }, notFound],
  ['staff reading a NUL uuid', 'grace', 'GET', '/api/users/%00/hedgehog_config/', undefined, notFound],
  ['staff reading a 10 kB uuid', 'grace', 'GET', `/api/users/${'a'.repeat(10_000)}/`, undefined, notFound],
  ['list: limit=abc', 'grace', 'GET', '/api/users/?limit=abc', undefined, badInteger('limit')],
  ['list: limit=-1', 'grace', 'GET', '/api/users/?limit=-1', undefined, badInteger('limit')],
  ['list: offset=1.5', 'grace', 'GET', '/api/users/?offset=1.5', undefined, badInteger('offset')],
  ['list: is_staff=maybe', 'ada', 'GET', '/api/users/?is_staff=maybe', undefined, invalid('is_staff', 'invalid_choice', 'Select a valid choice. That choice is not one of the available choices.')],
  ['dashboards: limit=ten', 'ada', 'GET', '/api/projects/@current/dashboards/?limit=ten', undefined, badInteger('limit')],
  ['dashboards: offset=-3', 'ada', 'GET', '/api/projects/@current/dashboards/?offset=-3', undefined, badInteger('offset')],
  ['dashboards: project abc', 'ada', 'GET', '/api/projects/abc/dashboards/', undefined, notFound],
  ['dashboards: project 10^20', 'ada', 'GET', '/api/projects/100000000000000000000/dashboards/', undefined, notFound],
  ['login session: an id that is no uuid', 'ada', 'DELETE', `${ME}login_sessions/abc/`, undefined, fail(404, 'invalid_request', 'not_found', 'Login session not found.')],
  ['login session: an unknown uuid', 'ada', 'DELETE', `${ME}login_sessions/00000000-0000-5000-8000-000000000000/`, undefined, fail(404, 'invalid_request', 'not_found', 'Login session not found.')],
  ['login session: upper-case hex', 'ada', 'DELETE', `${ME}login_sessions/ABCDEF/`, undefined, fail(404, 'invalid_request', 'not_found', 'Endpoint not found.')],
  ['login session: a NUL', 'ada', 'DELETE', `${ME}login_sessions/%00/`, undefined, fail(404, 'invalid_request', 'not_found', 'Endpoint not found.')],
  ['login sessions: a key', 'key', 'GET', `${ME}login_sessions/`, undefined, fail(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.')],
  ['dev users: nothing', 'anon', 'POST', '/_dev/users', {}, required('email')],
  ['dev users: a bad email', 'anon', 'POST', '/_dev/users', { email: 'nope', password: 'x' }, invalid('email', 'invalid_input', 'Enter a valid email address.')],
  ['dev users: no password', 'anon', 'POST', '/_dev/users', { email: 'new@example.com' }, required('password')],
  ['dev users: organization "maybe"', 'anon', 'POST', '/_dev/users', { email: 'new@example.com', password: 'x', organization: 'maybe' }, notBoolean('organization')],
]

const K = '/api/personal_api_keys/'
const KEY_BODY = { label: 'CI', scopes: ['user:read'], scoped_teams: [], scoped_organizations: [] }
// prettier-ignore
const PERSONAL_API_KEYS: Case[] = [
  ['keys: nothing', 'ada', 'POST', K, {}, required('label')],
  ['keys: an object label', 'ada', 'POST', K, { ...KEY_BODY, label: {} }, notString('label')],
  ['keys: a NUL in the label', 'ada', 'POST', K, { ...KEY_BODY, label: 'a\u0000b' }, invalid('label', 'null_characters_not_allowed', 'Null characters are not allowed.')],
  ['keys: a 10 kB label', 'ada', 'POST', K, { ...KEY_BODY, label: 'x'.repeat(10_000) }, tooLong('label', 40)],
  ['keys: scopes null', 'ada', 'POST', K, { ...KEY_BODY, scopes: null }, invalid('scopes', 'null', 'This field may not be null.')],
  ['keys: scopes an object', 'ada', 'POST', K, { ...KEY_BODY, scopes: { '*': true } }, invalid('scopes', 'not_a_list', 'Expected a list of items but got type "dict".')],
  ['keys: a number scope', 'ada', 'POST', K, { ...KEY_BODY, scopes: [7] }, invalid('scopes', 'invalid_input', 'Invalid scope: 7')],
  ['keys: a nested list scope', 'ada', 'POST', K, { ...KEY_BODY, scopes: [['*']] }, invalid('scopes__0', 'invalid_input', 'Not a valid string.')],
  ['keys: a 10 kB scope', 'ada', 'POST', K, { ...KEY_BODY, scopes: ['x'.repeat(10_000)] }, invalid('scopes', 'invalid_input', `Invalid scope: ${'x'.repeat(10_000)}`)],
  ['keys: a boolean project', 'ada', 'POST', K, { ...KEY_BODY, scoped_teams: [true] }, invalid('scoped_teams__0', 'invalid_input', 'A valid integer is required.')],
  ['keys: project 10^20', 'ada', 'POST', K, { ...KEY_BODY, scoped_teams: [1e20] }, invalid('scoped_teams', 'invalid_input', 'You must be a member of all teams that you are scoping the key to.')],
  ['keys: organizations a string', 'ada', 'POST', K, { ...KEY_BODY, scoped_organizations: 'all' }, invalid('scoped_organizations', 'not_a_list', 'Expected a list of items but got type "str".')],
  ['keys: a list body', 'ada', 'POST', K, raw('[]'), invalid(null, 'invalid_input', 'Invalid data. Expected a dictionary, but got list.')],
  ['keys: patch an unknown id', 'ada', 'PATCH', `${K}nope/`, { label: 'x' }, notFound],
  ['keys: roll a 10 kB id', 'ada', 'POST', `${K}${'a'.repeat(10_000)}/roll/`, undefined, notFound],
  ['keys: a key creating a key', 'key', 'POST', K, KEY_BODY, fail(403, 'authentication_error', 'permission_denied', 'This action does not support personal API key access')],
]

const WA = '/api/webauthn'
const bare = (status: number, error: string): Expected => ({ status, body: { error } })
// prettier-ignore
const PASSKEYS: Case[] = [
  ['passkey register: complete without begin', 'ada', 'POST', `${WA}/register/complete`, { id: 'x', label: 'L' }, bare(400, 'No registration challenge found. Please start registration again.')],
  ['passkey register: truncated JSON', 'ada', 'POST', `${WA}/register/complete`, raw('{"id":'), notJson],
  ['passkey register: text/plain', 'ada', 'POST', `${WA}/register/complete`, raw('{}', 'text/plain'), unsupported('text/plain')],
  ['passkey rename: unknown id', 'ada', 'PATCH', `${WA}/credentials/nope/`, { label: 'x' }, bare(404, 'Credential not found.')],
  ['passkey rename: a 10 kB id', 'ada', 'PATCH', `${WA}/credentials/${'x'.repeat(10_000)}/`, { label: 'x' }, bare(404, 'Credential not found.')],
  ['passkey delete: unknown id', 'ada', 'DELETE', `${WA}/credentials/nope/`, undefined, bare(404, 'Credential not found.')],
  ['passkey verify: unknown id', 'ada', 'POST', `${WA}/credentials/nope/verify`, undefined, bare(404, 'Credential not found.')],
  ['passkey verify_complete: nothing pending', 'ada', 'POST', `${WA}/credentials/nope/verify_complete`, { response: [] }, bare(400, 'No pending verification. Please start verification again.')],
  ['passkey list: with a key', 'key', 'GET', `${WA}/credentials/`, undefined, fail(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.')],
  ['passkey sign-in: complete without begin', 'anon', 'POST', `${WA}/login/complete/`, { id: 'x', response: 'x' }, bare(400, 'No login challenge found. Please start login again.')],
  ['passkey sign-in: truncated JSON', 'anon', 'POST', `${WA}/login/complete/`, raw('{"id":'), notJson],
  ['passkey 2FA methods: no pending sign-in', 'anon', 'GET', '/api/login/2fa/passkey/methods/', undefined, bare(400, 'No pending 2FA session. Please log in first.')],
  ['passkey 2FA begin: no pending sign-in', 'anon', 'POST', '/api/login/2fa/passkey/begin/', undefined, bare(400, 'No pending 2FA session. Please log in first.')],
  ['login token: a passkey without a pending sign-in', 'anon', 'POST', '/api/login/token', { credential_id: 7, response: [] }, invalid(null, 'invalid_2fa_session', 'Invalid 2FA session. Please log in again.')],
]

const TABLES = [
  'webauthn_credentials',
  'users',
  'memberships',
  'organizations',
  'teams',
  'dashboards',
  'scene_personalisation',
  'totp_devices',
  'backup_codes',
  'personal_api_keys',
  'email_codes',
  'push_tokens',
  'outbox',
]

let s: TestServer
let clients: Record<Who, Client>
beforeEach(async () => {
  s = await startTestServer()
  const key = s.client()
  key.headers = { Authorization: `Bearer ${API_KEY}` }
  clients = {
    ada: await s.signedIn('ada@example.com'),
    grace: await s.signedIn('grace@example.com'),
    key,
    anon: s.devClient(),
  }
  // Set up what the cases need first, so that it is part of the "before".
  await clients.key.get(ME)
  expect((await clients.ada.get('/api/users/@me/two_factor_start_setup/')).status).toBe(200)
})
afterEach(() => s.close())

/** What a user can see of their account (@me, 2FA status) plus every stored row outside the sessions. */
async function stored() {
  const dump = (table: string) =>
    (
      s.deps.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[]
    ).map(({ _metadata, ...row }) => row)
  return {
    me: (await clients.ada.get(ME)).body,
    grace: (await clients.grace.get('/api/users/@me/')).body,
    twoFactor: (await clients.ada.get('/api/users/@me/two_factor_status/')).body,
    outbox: s.outbox(),
    tables: Object.fromEntries(TABLES.map((t) => [t, dump(t)])),
  }
}

async function send(who: Who, method: string, path: string, body: unknown) {
  const client = clients[who]
  if (!isRaw(body)) return client.request(method, path, body)
  if (body.type !== null)
    return client.request(method, path, body.raw, { 'Content-Type': body.type })
  // fetch labels a string body text/plain; bytes go out with no Content-Type at all.
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const res = await fetch(s.url + path, {
    method,
    body: new TextEncoder().encode(body.raw),
    headers: { Cookie: cookie, 'X-CSRFToken': client.cookies.get('posthog_csrftoken') ?? '' },
  })
  return { status: res.status, body: (await res.json()) as unknown }
}

async function sweep(cases: Case[]) {
  const before = await stored()
  const answers = []
  for (const [what, who, method, path, body] of cases) {
    const res = await send(who, method, path, body)
    answers.push({ what, status: res.status, body: res.body as unknown })
  }
  expect(answers).toEqual(cases.map(([what, , , , , expected]) => ({ what, ...expected })))
  expect(await stored()).toEqual(before)
}

describe('the bad-input sweep', () => {
  it('covers at least 60 malformed requests', () => {
    expect(
      [PROFILE, NOTIFICATIONS, BODIES, PREFERENCES, SIGN_IN, LOOKUPS, PERSONAL_API_KEYS].flat()
        .length,
    ).toBeGreaterThanOrEqual(60)
  })
  it('profile fields of PATCH /api/users/@me/', () => sweep(PROFILE))
  it('notification_settings', () => sweep(NOTIFICATIONS))
  it('bodies that are not a JSON object, and wrong or missing content types', () => sweep(BODIES))
  it('hedgehog_config, product intros, scene personalisation and push tokens', () =>
    sweep(PREFERENCES))
  it('2FA validation, sign-in, email verification and password reset', () => sweep(SIGN_IN))
  it('uuids, list and dashboard query parameters, and /_dev/users', () => sweep(LOOKUPS))
  it('personal API keys: create, update and roll', () => sweep(PERSONAL_API_KEYS))
  it('passkeys: registration, management, sign-in and the second factor', () => sweep(PASSKEYS))

  it('huge but well-formed page numbers are an empty page, not a 500', async () => {
    const users = await clients.grace.get(
      '/api/users/?offset=99999999999999999999999&limit=99999999999999999999999',
    )
    expect(users.status).toBe(200)
    expect(users.body.results).toEqual([])
    const dashboards = await clients.ada.get(
      '/api/projects/@current/dashboards/?offset=99999999999999999999999',
    )
    expect(dashboards.status).toBe(200)
    expect(dashboards.body.results).toEqual([])
  })
})
