/**
 * Schema migrations, applied in order; PRAGMA user_version records how many ran.
 * Never edit a shipped migration: add a new one.
 */
export const migrations: string[] = [
  `
  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    enforce_2fa INTEGER NOT NULL DEFAULT 0,
    members_can_use_personal_api_keys INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE teams (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL,
    api_token TEXT NOT NULL,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    created_at INTEGER NOT NULL
  );
  CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    distinct_id TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    pending_email TEXT,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    is_staff INTEGER NOT NULL DEFAULT 0,
    is_active INTEGER NOT NULL DEFAULT 1,
    is_email_verified INTEGER,
    date_joined INTEGER NOT NULL,
    current_organization_id TEXT REFERENCES organizations(id),
    current_team_id INTEGER REFERENCES teams(id),
    anonymize_data INTEGER DEFAULT 0,
    allow_impersonation INTEGER,
    toolbar_mode TEXT DEFAULT 'toolbar',
    theme_mode TEXT,
    hedgehog_config TEXT,
    allow_sidebar_suggestions INTEGER,
    shortcut_position TEXT,
    role_at_organization TEXT,
    passkeys_enabled_for_2fa INTEGER NOT NULL DEFAULT 0,
    hide_mcp_hints INTEGER NOT NULL DEFAULT 0,
    ui_configuration TEXT,
    has_seen_product_intro_for TEXT,
    events_column_config TEXT NOT NULL DEFAULT '{"active":"DEFAULT"}',
    notification_settings TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE memberships (
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    level INTEGER NOT NULL DEFAULT 1,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (organization_id, user_id)
  );
  CREATE TABLE dashboards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    pinned INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE scene_personalisation (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    scene TEXT NOT NULL,
    dashboard_id INTEGER REFERENCES dashboards(id),
    PRIMARY KEY (user_id, team_id, scene)
  );
  CREATE TABLE sessions (
    key_hash TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_reauth_at INTEGER,
    two_factor_verified INTEGER NOT NULL DEFAULT 0,
    pending_2fa_user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    pending_2fa_at INTEGER,
    totp_setup_secret TEXT,
    totp_setup_at INTEGER
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE totp_devices (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    last_step INTEGER NOT NULL DEFAULT -1,
    drift INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    failure_count INTEGER NOT NULL DEFAULT 0,
    failure_at INTEGER
  );
  CREATE TABLE backup_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX backup_codes_user ON backup_codes(user_id);
  CREATE TABLE personal_api_keys (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    secure_value TEXT NOT NULL UNIQUE,
    mask_value TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
  );
  CREATE TABLE email_codes (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    target_email TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE push_tokens (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token TEXT NOT NULL,
    platform TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    UNIQUE (user_id, token)
  );
  `,
  // The key that signs the known-device and remember-device cookies (Django's SECRET_KEY).
  `
  CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // Web sessions' metadata (issue 16; contract account-security §2.1): null on older rows.
  `
  ALTER TABLE sessions ADD COLUMN last_activity INTEGER;
  ALTER TABLE sessions ADD COLUMN short_user_agent TEXT;
  ALTER TABLE sessions ADD COLUMN location TEXT;
  ALTER TABLE sessions ADD COLUMN login_method TEXT;
  `,
  // PostHog's User.requested_password_reset_at (ms): reset tokens hash it, so a newer request
  // kills older links (issue 16; contract auth §1.9).
  `
  ALTER TABLE users ADD COLUMN requested_password_reset_at INTEGER;
  `,
  // Personal API keys as PostHog's model (issue 18; contract account-security §5.2): JSON lists,
  // null when never set; rowid orders the list newest first.
  `
  ALTER TABLE personal_api_keys ADD COLUMN description TEXT;
  ALTER TABLE personal_api_keys ADD COLUMN scoped_teams TEXT;
  ALTER TABLE personal_api_keys ADD COLUMN scoped_organizations TEXT;
  ALTER TABLE personal_api_keys ADD COLUMN last_rolled_at INTEGER;
  CREATE INDEX personal_api_keys_user ON personal_api_keys(user_id);
  `,
  // Passkeys (issue 17; contract account-security §1.4–1.5): PostHog's WebauthnCredential, and the
  // challenges its Django session keeps, one per session and purpose, single use.
  `
  CREATE TABLE webauthn_credentials (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL,
    public_key BLOB NOT NULL,
    algorithm INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    transports TEXT NOT NULL,
    label TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    aaguid TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, credential_id)
  );
  CREATE INDEX webauthn_credentials_credential ON webauthn_credentials(credential_id);
  CREATE TABLE webauthn_challenges (
    session_key_hash TEXT NOT NULL,
    purpose TEXT NOT NULL,
    challenge TEXT NOT NULL,
    credential_id TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (session_key_hash, purpose)
  );
  `,
]
