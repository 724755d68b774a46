import type {
  RoleAtOrganization,
  ShortcutPosition,
  ThemeMode,
  ToolbarMode,
} from '../../contract/enums'
import type { Db } from './db'

/** A users row with JSON columns parsed and booleans as booleans. */
export interface UserRow {
  id: number
  uuid: string
  distinct_id: string
  email: string
  pending_email: string | null
  first_name: string
  last_name: string
  password_hash: string | null
  is_staff: boolean
  is_active: boolean
  is_email_verified: boolean | null
  date_joined: number
  current_organization_id: string | null
  current_team_id: number | null
  anonymize_data: boolean | null
  allow_impersonation: boolean | null
  toolbar_mode: ToolbarMode
  theme_mode: ThemeMode
  hedgehog_config: unknown
  allow_sidebar_suggestions: boolean | null
  shortcut_position: ShortcutPosition
  role_at_organization: RoleAtOrganization | null
  passkeys_enabled_for_2fa: boolean
  hide_mcp_hints: boolean
  ui_configuration: unknown
  has_seen_product_intro_for: unknown
  events_column_config: unknown
  notification_settings: Record<string, unknown>
}

type Raw = Record<string, unknown>

const bool = (v: unknown) => (v === null || v === undefined ? null : v === 1 || v === true)
const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : null)

function toUser(r: Raw): UserRow {
  return {
    id: r.id as number,
    uuid: r.uuid as string,
    distinct_id: r.distinct_id as string,
    email: r.email as string,
    pending_email: (r.pending_email as string | null) ?? null,
    first_name: r.first_name as string,
    last_name: r.last_name as string,
    password_hash: (r.password_hash as string | null) ?? null,
    is_staff: r.is_staff === 1,
    is_active: r.is_active === 1,
    is_email_verified: bool(r.is_email_verified),
    date_joined: r.date_joined as number,
    current_organization_id: (r.current_organization_id as string | null) ?? null,
    current_team_id: (r.current_team_id as number | null) ?? null,
    anonymize_data: bool(r.anonymize_data),
    allow_impersonation: bool(r.allow_impersonation),
    toolbar_mode: (r.toolbar_mode as ToolbarMode) ?? null,
    theme_mode: (r.theme_mode as ThemeMode) ?? null,
    hedgehog_config: json(r.hedgehog_config),
    allow_sidebar_suggestions: bool(r.allow_sidebar_suggestions),
    shortcut_position: (r.shortcut_position as ShortcutPosition) ?? null,
    role_at_organization: (r.role_at_organization as RoleAtOrganization | null) ?? null,
    passkeys_enabled_for_2fa: r.passkeys_enabled_for_2fa === 1,
    hide_mcp_hints: r.hide_mcp_hints === 1,
    ui_configuration: json(r.ui_configuration),
    has_seen_product_intro_for: json(r.has_seen_product_intro_for),
    events_column_config: json(r.events_column_config),
    notification_settings: (json(r.notification_settings) ?? {}) as Record<string, unknown>,
  }
}

export function findUserById(db: Db, id: number): UserRow | null {
  const r = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Raw | undefined
  return r ? toUser(r) : null
}

export function findUserByUuid(db: Db, uuid: string): UserRow | null {
  const r = db.prepare('SELECT * FROM users WHERE uuid = ?').get(uuid) as Raw | undefined
  return r ? toUser(r) : null
}

export function findUserByEmail(db: Db, email: string): UserRow | null {
  const r = db.prepare('SELECT * FROM users WHERE email = ? COLLATE NOCASE').get(email.trim()) as
    Raw | undefined
  return r ? toUser(r) : null
}

export interface UserFilter {
  email?: string
  is_staff?: boolean
  limit: number
  offset: number
}

export function listUsers(db: Db, f: UserFilter): { count: number; rows: UserRow[] } {
  const where: string[] = ['is_active = 1']
  const args: unknown[] = []
  if (f.email !== undefined) {
    where.push('email = ? COLLATE NOCASE')
    args.push(f.email)
  }
  if (f.is_staff !== undefined) {
    where.push('is_staff = ?')
    args.push(f.is_staff ? 1 : 0)
  }
  const clause = where.join(' AND ')
  const { n } = db.prepare(`SELECT count(*) AS n FROM users WHERE ${clause}`).get(...args) as {
    n: number
  }
  const rows = db
    .prepare(`SELECT * FROM users WHERE ${clause} ORDER BY id LIMIT ? OFFSET ?`)
    .all(...args, f.limit, f.offset) as Raw[]
  return { count: n, rows: rows.map(toUser) }
}

const COLUMNS = new Set([
  'email',
  'pending_email',
  'first_name',
  'last_name',
  'password_hash',
  'is_staff',
  'is_active',
  'is_email_verified',
  'current_organization_id',
  'current_team_id',
  'anonymize_data',
  'allow_impersonation',
  'toolbar_mode',
  'theme_mode',
  'hedgehog_config',
  'allow_sidebar_suggestions',
  'shortcut_position',
  'role_at_organization',
  'passkeys_enabled_for_2fa',
  'hide_mcp_hints',
  'ui_configuration',
  'has_seen_product_intro_for',
  'events_column_config',
  'notification_settings',
])
const JSON_COLUMNS = new Set([
  'hedgehog_config',
  'ui_configuration',
  'has_seen_product_intro_for',
  'events_column_config',
  'notification_settings',
])

/** Writes the given columns; JSON columns are serialised, booleans stored as 0/1. */
export function updateUser(db: Db, id: number, changes: Partial<Record<keyof UserRow, unknown>>) {
  const keys = Object.keys(changes).filter((k) => COLUMNS.has(k))
  if (keys.length === 0) return
  const values = keys.map((k) => {
    const v = changes[k as keyof UserRow]
    if (JSON_COLUMNS.has(k)) return v === null || v === undefined ? null : JSON.stringify(v)
    if (typeof v === 'boolean') return v ? 1 : 0
    return v
  })
  db.prepare(`UPDATE users SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`).run(
    ...values,
    id,
  )
}

export function deleteUser(db: Db, id: number) {
  db.prepare('DELETE FROM users WHERE id = ?').run(id)
}

type JsonField =
  | 'hedgehog_config'
  | 'ui_configuration'
  | 'has_seen_product_intro_for'
  | 'events_column_config'
  | 'notification_settings'

/**
 * Read-modify-write of one JSON column with no lost update: the row is re-read inside the
 * transaction (the caller's, else an IMMEDIATE one that takes the write lock before reading),
 * so a write that landed while this request awaited its body or a password hash is built on,
 * not overwritten. `next` must be synchronous; when it throws, nothing is written. Answers the
 * value written, or undefined when the user no longer exists.
 */
export function updateUserJson<K extends JsonField>(
  db: Db,
  id: number,
  field: K,
  next: (current: UserRow[K]) => UserRow[K],
): UserRow[K] | undefined {
  const apply = () => {
    const user = findUserById(db, id)
    if (!user) return undefined
    const value = next(user[field])
    updateUser(db, id, { [field]: value })
    return value
  }
  // libsql's transactions do not nest: inside the caller's, its BEGIN already covers this.
  return db.inTransaction ? apply() : db.transaction(apply).immediate()
}

/** Another account already has this address (case-insensitively, as PostHog compares them). */
export function emailTakenByOther(db: Db, email: string, userId: number): boolean {
  return Boolean(
    db
      .prepare('SELECT 1 AS x FROM users WHERE email = ? COLLATE NOCASE AND id != ?')
      .get(email, userId),
  )
}

export interface NewTestUser {
  uuid: string
  distinctId: string
  email: string
  firstName: string
  passwordHash: string
  isStaff: boolean
  dateJoined: number
  organizationId: string | null
  teamId: number | null
}

/** A verified engineering user for /_dev/users; answers the new row's id. */
export function insertTestUser(db: Db, u: NewTestUser): number {
  return Number(
    db
      .prepare(
        `INSERT INTO users (uuid, distinct_id, email, first_name, password_hash, is_staff, is_email_verified,
          date_joined, current_organization_id, current_team_id, role_at_organization) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 'engineering')`,
      )
      .run(
        u.uuid,
        u.distinctId,
        u.email,
        u.firstName,
        u.passwordHash,
        u.isStaff ? 1 : 0,
        u.dateJoined,
        u.organizationId,
        u.teamId,
      ).lastInsertRowid,
  )
}
