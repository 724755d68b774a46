import { screen } from '@testing-library/react'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { emailQueries } from '../api/email-queries'
import { freshDelivery } from '../code-delivery'
import { EmailSettings } from './email-settings'

export const jane = makeUser({ email: 'jane@example.com', pending_email: null })
/** Her own address is unconfirmed and nothing is pending (a signup never verified). */
export const unverifiedJane = makeUser({ ...jane, is_email_verified: false })
export const pendingJane = makeUser({ ...jane, pending_email: 'jane.new@example.com' })
export const verifiedJane = makeUser({
  ...jane,
  email: 'jane.new@example.com',
  pending_email: null,
  is_email_verified: true,
})

export function renderEmailPage(user: User = jane) {
  return renderWithApp(<EmailSettings />, { user, path: '/settings/email' })
}

/** The pending card as right after sending: the send time is known to this tab. */
export async function renderPending(user: User = pendingJane) {
  const app = renderEmailPage(user)
  app.queryClient.setQueryData(
    emailQueries.delivery(user.uuid, user.pending_email!).queryKey,
    freshDelivery(Date.now()),
  )
  // The card re-renders with the known send time (the cache notifies on the next tick).
  await screen.findByText(/The code expires 10 minutes after it was sent, at /)
  return app
}

/** The server after verification: GET @me answers `after`; records the verify bodies. */
export function verifyAnswers(
  answer: Record<string, unknown> = { success: true },
  after = verifiedJane,
) {
  const bodies: unknown[] = []
  server.use(
    http.post(apiPaths.verifyEmail, async ({ request }) => {
      bodies.push(await request.json())
      return HttpResponse.json(answer)
    }),
    http.get(apiPaths.me, () => HttpResponse.json(after)),
  )
  return bodies
}
