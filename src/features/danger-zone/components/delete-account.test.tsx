import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AppConfig } from '../../../../contract/app-config'
import { apiPaths, deletedAccountLoginPath, loginState } from '../../../config/paths'
import type { User } from '../../../../contract/user'
import { currentUserQuery } from '../../../lib/current-user'
import {
  apiError,
  http,
  HttpResponse,
  makeUser,
  reauthRequired,
  server,
} from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { renderWithApp } from '../../../testing/render'
import { DeleteAccountCard } from './delete-account-card'

const organization = (id: string, name: string) => ({
  id,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  membership_level: 1,
})
const member = makeUser({
  email: 'ada@example.com',
  organizations: [organization('org-1', 'Demo Organization'), organization('org-2', 'Acme')],
})
const loner = makeUser({ email: 'alan@example.com', organizations: [] })

const localConfig: AppConfig = { mode: 'local', organization_settings_url: '/_dev/organizations' }
/** What our server answers on /_app/config (server/routes/app-config.ts). */
const answerConfig = (answer: AppConfig) =>
  server.use(http.get('/_app/config', () => HttpResponse.json(answer)))

const signIn = { path: '/login', element: <p>sign-in page</p> }

/** Answers every DELETE with `answer` (default 204) and counts them. */
function recordDeletes(answer?: () => Response | Promise<Response>) {
  const calls = { count: 0 }
  server.use(
    http.delete(apiPaths.me, async () => {
      calls.count++
      return answer ? answer() : new HttpResponse(null, { status: 204 })
    }),
  )
  return calls
}

function renderCard(user = loner) {
  return renderWithApp(<DeleteAccountCard />, {
    user,
    path: '/settings/danger-zone',
    routes: [signIn],
  })
}
type App = ReturnType<typeof renderCard>

async function openAndConfirm(app: App, phrase = 'delete my account') {
  await app.user.click(screen.getByRole('button', { name: 'Delete account…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' })
  await app.user.type(within(dialog).getByLabelText(/To confirm, type/), phrase)
  return dialog
}

const confirmButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Delete account' })

/** Renders the card for `user`, types the phrase and presses “Delete account” once. */
async function submitDeletion(user = loner) {
  const app = renderCard(user)
  const dialog = await openAndConfirm(app)
  await app.user.click(confirmButton(dialog))
  return { app, dialog }
}

/** PostHog's 409 for an account that still belongs to organizations (`user`'s, refetched). */
function refuseForMemberships(user: User) {
  recordDeletes(() =>
    apiError(409, 'conflict', 'Cannot delete user with organization memberships.'),
  )
  server.use(http.get(apiPaths.me, () => HttpResponse.json(user)))
}

describe('DeleteAccountCard', () => {
  beforeEach(() => answerConfig(localConfig))

  it('offers deletion, and mentions no organizations, when there are none', () => {
    renderCard(loner)
    expect(screen.queryByText(/still a member/)).not.toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete account…' })).toBeEnabled()
  })

  it('enables “Delete account” only once the phrase is typed (any case, spaces trimmed)', async () => {
    const app = renderCard()
    const dialog = await openAndConfirm(app, 'delete my')
    expect(
      within(dialog).getByText(/permanently deletes the account alan@example.com/),
    ).toBeInTheDocument()
    expect(confirmButton(dialog)).toBeDisabled()
    const input = within(dialog).getByLabelText(/To confirm, type/)
    await app.user.type(input, ' acount')
    expect(confirmButton(dialog)).toBeDisabled()
    await app.user.clear(input)
    await app.user.type(input, '  Delete My ACCOUNT ')
    expect(confirmButton(dialog)).toBeEnabled()
  })

  it('cancels without sending anything, and starts empty next time', async () => {
    const calls = recordDeletes()
    const app = renderCard()
    const dialog = await openAndConfirm(app)
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete account…' })).toHaveFocus()
    await app.user.click(screen.getByRole('button', { name: 'Delete account…' }))
    expect(await screen.findByLabelText(/To confirm, type/)).toHaveValue('')
    expect(calls.count).toBe(0)
  })

  it('deletes the account, forgets it, and goes to /login?account=deleted', async () => {
    const calls = recordDeletes()
    const { app } = await submitDeletion()
    expect(await screen.findByText('sign-in page')).toBeInTheDocument()
    expect(calls.count).toBe(1)
    expect(app.queryClient.getQueryData(currentUserQuery.queryKey)).toBeUndefined()
    // The sign-in page says why: the query survives a full page load; the state is kept too.
    const { pathname, search, state } = app.router.state.location
    expect(pathname + search).toBe('/login?account=deleted')
    expect(pathname + search).toBe(deletedAccountLoginPath)
    expect(state).toEqual(loginState('account-deleted'))
    // Replaced, not pushed: Back does not return to the page of a deleted account.
    expect(app.router.state.historyAction).toBe('REPLACE')
  })

  it('says when to retry after a 429 and keeps the typed phrase', async () => {
    recordDeletes(() =>
      apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '120' }),
    )
    const { dialog } = await submitDeletion()
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 2 minutes.',
    )
    expect(within(dialog).getByLabelText(/To confirm, type/)).toHaveValue('delete my account')
    expect(confirmButton(dialog)).toBeEnabled()
  })

  it('explains PostHog’s 409 for a membership the page did not know of, then lists it', async () => {
    refuseForMemberships(member)
    const { app, dialog } = await submitDeletion(loner)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'PostHog didn’t delete your account: it still belongs to an organization, now listed on this page. Leave or delete it first, then come back to delete your account.',
    )
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/To confirm, type/)).toHaveValue('delete my account')
    // The refetched user replaces the button by the list; closing lands on it, not on <body>.
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    const notice = screen.getByText(/You can’t delete your account yet/)
    await waitFor(() => expect(notice).toHaveFocus())
    expect(screen.queryByRole('button', { name: 'Delete account…' })).not.toBeInTheDocument()
    expect(await screen.findAllByRole('link')).toHaveLength(2)
  })

  it('deletes after re-authentication, and explains a dismissed one', async () => {
    let calls = 0
    recordDeletes(() =>
      ++calls === 1 ? reauthRequired() : new HttpResponse(null, { status: 204 }),
    )
    await submitDeletion()
    await answerReauth(true)
    expect(await screen.findByText('sign-in page')).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('keeps the dialog open with a message when re-authentication is dismissed', async () => {
    const calls = recordDeletes(() => reauthRequired())
    const { dialog } = await submitDeletion()
    await answerReauth(false)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "Your account wasn't deleted because you didn't confirm it's you.",
    )
    expect(calls.count).toBe(1)
    expect(confirmButton(dialog)).toBeEnabled()
  })

  it('keeps the dialog open when the server fails or the network is down', async () => {
    recordDeletes(() => apiError(500, 'error', 'A server error occurred.'))
    const { app, dialog } = await submitDeletion()
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side.',
    )
    server.use(http.delete(apiPaths.me, () => HttpResponse.error()))
    await app.user.click(confirmButton(dialog))
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/To confirm, type/)).toHaveValue('delete my account')
    expect(app.queryClient.getQueryData(currentUserQuery.queryKey)).toBeDefined()
  })

  it('sends one request for a double click', async () => {
    const calls = recordDeletes(async () => {
      await new Promise((r) => setTimeout(r, 50))
      return apiError(500, 'error', 'A server error occurred.')
    })
    const app = renderCard()
    const dialog = await openAndConfirm(app)
    await app.user.dblClick(confirmButton(dialog))
    await within(dialog).findByRole('alert')
    expect(calls.count).toBe(1)
  })
})
