import { i18n } from '../../../lib/i18n'
import { codeExpiry, type CodeDelivery } from '../code-delivery'
import { useNow } from '../focus-request'
import { emailStrings } from '../strings'

const s = emailStrings.pending

/**
 * PostHog's code lives 10 minutes (CODE_TTL_SECONDS in posthog/api/email_verification.py).
 * The time is computed here from when this tab sent it; after a reload that is unknown, so
 * the page can only give the latest it could be ("about").
 */
export function CodeExpiry({ delivery, since }: { delivery: CodeDelivery; since: number }) {
  const now = useNow()
  const { at, exact } = codeExpiry(delivery, since)
  if (now >= at) return <>{s.expired}</>
  // In the active language at render (Lingui caches the formatter per locale).
  const time = i18n.date(at, { hour: 'numeric', minute: '2-digit' })
  return <>{exact ? s.expiresAt(time) : s.expiresAbout(time)}</>
}
