import type { Hono } from 'hono'
import type { AppEnv } from '../lib/context'

export const DEV_ORGANIZATIONS_PATH = '/_dev/organizations'

/**
 * Where the danger zone's organization links lead locally. The stand-in answers PostHog's users
 * API only: it has no organization settings, so this page says so rather than pretend. English
 * only, like the dev mailbox; it uses the mailbox's stylesheet (a file, for the strict CSP).
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Organizations on the local server</title>
<link rel="stylesheet" href="/_dev/mail.css">
</head><body><main>
<h1>Organizations on the local server</h1>
<p>This server stands in for PostHog's users API only. It has no organization settings, so an
organization cannot be left or deleted here, and the demo organization stays as the seed made it.</p>
<p>On PostHog, an organization is left under <strong>Settings → Organization → Members</strong>
(“Leave organization”) and deleted under <strong>Settings → Organization → Danger zone</strong>.
Run this app with <code>POSTHOG_URL</code> set and the danger zone links there instead.</p>
<h2>Trying account deletion locally</h2>
<p>Sign in as Alan (<code>alan@example.com</code>), who belongs to no organization, or create an
account without one: <code>POST /_dev/users</code> with
<code>{"email": "…", "password": "…", "organization": false}</code>.</p>
<p><a href="/settings/danger-zone">Back to the danger zone</a></p>
</main></body></html>`

export function registerDevOrganizationRoutes(app: Hono<AppEnv>) {
  app.get(DEV_ORGANIZATIONS_PATH, (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(PAGE)
  })
}
