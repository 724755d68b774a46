import * as z from 'zod/mini'
import { drfChar } from './drf'
import { drfList, drfListInteger, drfListString } from './drf-list'

// /api/personal_api_keys/ (../shared/contract/posthog-account-security-api.md §5).

/** MAX_API_KEYS_PER_USER: counted on create only; the UI shows the at-limit state with it. */
export const MAX_PERSONAL_API_KEYS = 10
/** The model's `label` max_length. */
export const PERSONAL_API_KEY_LABEL_MAX = 40

export const SCOPE_ACTIONS = ['read', 'write'] as const
export type ScopeAction = (typeof SCOPE_ACTIONS)[number]

/**
 * API_SCOPE_OBJECTS minus INTERNAL_API_SCOPE_OBJECTS (posthog/scopes.py, §5.5): what a key may be
 * granted today. The list grows almost weekly, so a client must show unknown scopes of an
 * existing key as they are and must not refuse them.
 */
export const API_SCOPE_OBJECTS = [
  'action', 'access_control', 'account', 'activity_log', 'alert', 'annotation', 'approvals',
  'batch_export', 'batch_import', 'batch_import_support', 'billing', 'business_knowledge', 'canvas',
  'cohort', 'comment', 'conversation', 'customer_analytics', 'customer_task', 'customer_journey',
  'customer_profile_config', 'data_catalog', 'data_catalog_approval', 'dashboard', 'event_filter',
  'dashboard_template', 'dataset', 'early_access_feature', 'endpoint', 'engineering_analytics',
  'error_tracking', 'evaluation', 'element', 'event_definition', 'experiment', 'experiment_holdout',
  'experiment_saved_metric', 'export', 'external_data_schema', 'external_data_source',
  'feature_flag', 'file_system', 'file_system_shortcut', 'group', 'health_issue', 'heatmap',
  'hog_flow', 'hog_function', 'ingestion_warning', 'insight', 'insight_variable', 'integration',
  'legal_document', 'link', 'live_debugger', 'llm_analytics', 'ai_observability_clusters',
  'llm_gateway', 'llm_playground', 'llm_prompt', 'llm_provider_key', 'llm_skill', 'logs', 'loop',
  'marketing_analytics', 'mcp_analytics', 'metrics', 'notebook', 'organization',
  'organization_integration', 'organization_member', 'person', 'plugin', 'product_enablement',
  'product_tour', 'project', 'property_definition', 'query', 'query_performance', 'replay_scanner',
  'review_hog', 'revenue_analytics', 'session_recording', 'session_recording_playlist',
  'sharing_configuration', 'signal_scout', 'stamphog', 'streamlit_app', 'subscription', 'survey',
  'tagger', 'ticket', 'task', 'toolbar', 'tracing', 'field_note', 'uploaded_media', 'usage_metric',
  'user', 'user_interview', 'vision_action', 'vision_alert', 'visual_review', 'warehouse_objects',
  'warehouse_table', 'warehouse_view', 'web_analytics', 'webhook', 'wizard_session',
] as const // prettier-ignore
export type ApiScopeObject = (typeof API_SCOPE_OBJECTS)[number]

/** INTERNAL_API_SCOPE_OBJECTS: refused as "Invalid scope: …" like an unknown object. */
export const INTERNAL_API_SCOPE_OBJECTS = [
  'clickhouse_test_cluster_perf', 'interactive_run', 'internal_run', 'loop_context_internal',
  'mcp_builtin_agent', 'signal_scout_internal', 'signal_scout_report', 'signal_scratchpad_internal',
] as const // prettier-ignore

/** Objects whose `write` PostHog's own picker disables (frontend/src/lib/scopes.tsx). */
export const READ_ONLY_SCOPE_OBJECTS = [
  'integration',
  'llm_gateway',
  'query',
  'user',
] as const satisfies readonly ApiScopeObject[]

/** Feature-flagged on PostHog: "LLM gateway scope is not available…" when newly added. */
export const FLAGGED_SCOPE_OBJECT = 'llm_gateway' satisfies ApiScopeObject

/** Every scope string the server accepts: `*` and `<object>:read|write` for each object. */
export const ALL_ACCESS_SCOPE = '*'
export const API_SCOPES: readonly string[] = [
  ALL_ACCESS_SCOPE,
  ...API_SCOPE_OBJECTS.flatMap((object) => SCOPE_ACTIONS.map((action) => `${object}:${action}`)),
]
const knownScopes: ReadonlySet<string> = new Set(API_SCOPES)
export const isKnownScope = (scope: string) => knownScopes.has(scope)

/** `<object>:<action>` split; null for `*` or a malformed string. */
export function parseScope(scope: string): { object: string; action: ScopeAction } | null {
  const parts = scope.split(':')
  if (parts.length !== 2 || !(SCOPE_ACTIONS as readonly string[]).includes(parts[1]!)) return null
  return { object: parts[0]!, action: parts[1] as ScopeAction }
}

/**
 * API_KEY_SCOPE_PRESETS (frontend/src/lib/scopes.tsx, §5.6) as data; the labels are UI strings
 * and live in the app. `allAccessOnly`: the preset forces access type "all" (no org/project
 * restriction).
 */
export interface ScopePreset {
  value: string
  scopes: readonly string[]
  allAccessOnly?: boolean
}
const ZAPIER_SCOPES = [
  'action:read',
  'query:read',
  'project:read',
  'organization:read',
  'user:read',
  'webhook:write',
]
const MCP_WRITE_OBJECTS: readonly string[] = [
  'feature_flag',
  'insight',
  'dashboard',
  'survey',
  'experiment',
]
export const SCOPE_PRESETS: readonly ScopePreset[] = [
  { value: 'local_evaluation', scopes: ['feature_flag:read'] },
  { value: 'source_map_upload', scopes: ['organization:read', 'error_tracking:write'] },
  { value: 'zapier', scopes: ZAPIER_SCOPES },
  { value: 'n8n', scopes: ZAPIER_SCOPES },
  { value: 'analytics', scopes: ['query:read'] },
  { value: 'endpoints', scopes: ['endpoint:read'] },
  {
    value: 'project_management',
    scopes: ['project:write', 'organization:read', 'organization_member:write'],
  },
  {
    value: 'mcp_server',
    // PostHog's SPA list is a curated subset; here every grantable object but the flagged one.
    scopes: API_SCOPE_OBJECTS.filter((o) => o !== FLAGGED_SCOPE_OBJECT).map(
      (o) => `${o}:${MCP_WRITE_OBJECTS.includes(o) ? 'write' : 'read'}`,
    ),
    allAccessOnly: true,
  },
  { value: 'all_access', scopes: [ALL_ACCESS_SCOPE] },
]

// The key object (§5.2). Newest-only fields are optional so an older PostHog parses too.
export const personalApiKeySchema = z.object({
  id: z.string(),
  label: z.string(),
  description: z.optional(z.nullable(z.string())),
  /** The plaintext key: only in the create and roll answers, null everywhere else. */
  value: z.nullable(z.string()),
  /** `phx_...abcd` (first 4 + "..." + last 4), `********` for a value under 16 chars. */
  mask_value: z.string(),
  created_at: z.string(),
  last_used_at: z.nullable(z.string()),
  last_rolled_at: z.optional(z.nullable(z.string())),
  user_id: z.number(),
  is_legacy_hashing: z.optional(z.boolean()),
  /** An empty list means all access (`*`), as PostHog's UI reads it. */
  scopes: z.array(z.string()),
  /** null: never restricted; [] when sent empty. */
  scoped_teams: z.nullable(z.array(z.number())),
  /** Organization UUIDs; null: never restricted. */
  scoped_organizations: z.nullable(z.array(z.string())),
  local_dev_value: z.optional(z.nullable(z.string())),
})
export type PersonalApiKey = z.infer<typeof personalApiKeySchema>
export const personalApiKeyListSchema = z.array(personalApiKeySchema)

/** The key's effective scopes: an empty stored list is all access. */
export const effectiveScopes = (key: Pick<PersonalApiKey, 'scopes'>): readonly string[] =>
  key.scopes.length === 0 ? [ALL_ACCESS_SCOPE] : key.scopes

// What the app sends on create and update. It always sends both scoped_* fields (§5.3).
export const personalApiKeyBodySchema = z.object({
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSONAL_API_KEY_LABEL_MAX)),
  scopes: z.array(z.string()).check(z.minLength(1)),
  /** [] for all projects. */
  scoped_teams: z.array(z.number()),
  /** [] for all organizations. */
  scoped_organizations: z.array(z.string()),
})
export type PersonalApiKeyBody = z.infer<typeof personalApiKeyBodySchema>
export const personalApiKeyUpdateBodySchema = z.partial(personalApiKeyBodySchema)
export type PersonalApiKeyUpdateBody = z.infer<typeof personalApiKeyUpdateBodySchema>

// As PersonalAPIKeySerializer reads a body, in its field order (the first error wins). The view
// then checks scopes, teams and organizations (validate_*), then the key limit (create only).
export const personalApiKeyRequestSchema = z.object({
  label: drfChar({ required: true, max: PERSONAL_API_KEY_LABEL_MAX }),
  description: drfChar({ nullable: true, allowBlank: true }),
  scopes: drfList(drfListString, { required: true, allowEmpty: false }),
  scoped_teams: drfList(drfListInteger, { nullable: true }),
  scoped_organizations: drfList(drfListString, { nullable: true }),
})
/** PATCH: the same fields, each optional (DRF's partial=True skips `required`). */
export const personalApiKeyPatchRequestSchema = z.object({
  label: drfChar({ max: PERSONAL_API_KEY_LABEL_MAX }),
  description: drfChar({ nullable: true, allowBlank: true }),
  scopes: drfList(drfListString, { allowEmpty: false }),
  scoped_teams: drfList(drfListInteger, { nullable: true }),
  scoped_organizations: drfList(drfListString, { nullable: true }),
})
