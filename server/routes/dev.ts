import type { Hono, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../lib/context'
import { isSafeMethod, requestSite } from '../lib/csrf'
import { permissionDenied } from '../lib/errors'
import { readOutbox } from '../store/outbox'

/**
 * The dev tools create accounts (staff ones too) and show every mailed code, so a page on another
 * site must not reach them: same-origin requests only, told by Origin or, without it, by
 * Sec-Fetch-Site (which a command-line client sets to `none` as a typed-in address does), and
 * writes only as JSON (a cross-site form cannot send it). Off unless DEV_TOOLS allows them.
 */
export const guardDevTools: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (requestSite(c) !== 'same-origin')
    throw permissionDenied('The dev tools answer same-origin requests only.')
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!isSafeMethod(c.req.method) && type !== 'application/json')
    throw permissionDenied('The dev tools take JSON bodies only.')
  await next()
}

export function registerHealthRoute(app: Hono<AppEnv>) {
  app.get('/_health', (c) => c.json({ status: 'ok' }))
}

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  )

/** A served file, not an inline <style>, so the page obeys the same strict CSP as the app. */
const MAIL_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
article{border:1px solid #8887;border-radius:8px;padding:0 1rem;margin:1rem 0}.meta{opacity:.8}pre{white-space:pre-wrap}
`

/** The dev mailbox: the outbox, newest first, as JSON and as a page. */
export function registerDevRoutes(app: Hono<AppEnv>) {
  app.get('/_dev/mail.json', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(
      readOutbox(c.get('deps').db).map(({ to, subject, text, created_at }) => ({
        to,
        subject,
        text,
        created_at,
      })),
    )
  })

  app.get('/_dev/mail.css', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.body(MAIL_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' })
  })

  app.get('/_dev/mail', (c) => {
    const messages = readOutbox(c.get('deps').db)
    const items = messages
      .map(
        (m) =>
          `<article><h2>${escape(m.subject)}</h2><p class="meta">To ${escape(m.to)} · <time datetime="${m.created_at}">${m.created_at}</time></p><pre>${escape(m.text)}</pre></article>`,
      )
      .join('\n')
    c.header('Cache-Control', 'no-store')
    return c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Dev mailbox</title>
<link rel="stylesheet" href="/_dev/mail.css">
</head><body><main><h1>Dev mailbox</h1><p>Mail the local API would have sent, newest first. <a href="/_dev/mail.json">JSON</a></p>
${items || '<p>No mail yet.</p>'}</main></body></html>`)
  })
}
