import * as z from 'zod/mini'

/**
 * GET /_app/config: what the app cannot learn from PostHog's API, answered by our own server in
 * both modes (server/routes/app-config.ts). Not a PostHog endpoint: a deployment that serves the
 * built app without our server (nginx next to PostHog) has none, and the app then goes without.
 */
export const appConfigSchema = z.object({
  /** local: the stand-in API; proxy: POSTHOG_URL in front of a real PostHog. */
  mode: z.enum(['local', 'proxy']),
  /**
   * Where an organization is left or deleted: PostHog's organization settings in proxy mode, the
   * dev tools' explanation locally (there is no PostHog UI), null when neither exists.
   */
  organization_settings_url: z.nullable(z.string()),
  /**
   * Where the account's passkeys are managed when not here: PostHog's own user settings in proxy
   * mode (a passkey belongs to the host it was made on, PostHog's, which this origin cannot use);
   * null locally, where this app manages them. Optional: servers before issue 17 had no such key.
   */
  passkeys_url: z.optional(z.nullable(z.string())),
})
export type AppConfig = z.infer<typeof appConfigSchema>
