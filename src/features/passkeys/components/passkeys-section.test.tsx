import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { passkeyApiPaths } from '../../../config/passkey-paths'
import { browserHasPasskeys } from '../../../lib/passkey-ceremony'
import { expectBoundaryErrors } from '../../../testing/boundary'
import { http, HttpResponse, json, server } from '../../../testing/msw'
import { recordRequests } from '../../../testing/requests'
import { passkeysServer, renderPasskeys, speak } from '../testing'

vi.mock('../../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: vi.fn(() => true),
}))

afterEach(() => vi.mocked(browserHasPasskeys).mockReturnValue(true))

describe('Where passkeys cannot be made here', () => {
  it('proxy mode: no controls, only where to manage them, with PostHog’s link', async () => {
    passkeysServer({ mode: 'proxy', passkeysUrl: 'https://us.posthog.com/settings/user#passkeys' })
    const requests = recordRequests()
    renderPasskeys()
    expect(
      await screen.findByText(/Passkeys for this account are managed in PostHog itself/),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Manage your passkeys in PostHog' })).toHaveAttribute(
      'href',
      'https://us.posthog.com/settings/user#passkeys',
    )
    const card = screen.getByRole('region', { name: 'Passkeys' })
    expect(within(card).queryByRole('button')).toBeNull()
    expect(within(card).queryByRole('switch')).toBeNull()
    expect(requests).not.toContain(`GET ${passkeyApiPaths.credentials}`)
    server.events.removeAllListeners()
  })

  it('no config at all (the app served without our server): the message, no link', async () => {
    passkeysServer({ mode: null })
    renderPasskeys()
    expect(await screen.findByText(/managed in PostHog itself/)).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('a browser without WebAuthn: the list with rename and delete, no Add or Verify', async () => {
    vi.mocked(browserHasPasskeys).mockReturnValue(false)
    passkeysServer()
    renderPasskeys()
    expect(
      await screen.findByText(/This browser can’t make or check passkeys\./),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Rename YubiKey' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete YubiKey' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Verify YubiKey' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add passkey' })).toBeNull()
  })
})

describe('Loading', () => {
  it('a failure says why, and Try again loads the list', async () => {
    expectBoundaryErrors()
    passkeysServer()
    let calls = 0
    server.use(
      http.get(passkeyApiPaths.credentials, () =>
        ++calls === 1 ? json({ detail: 'boom' }, 500) : json([]),
      ),
    )
    const { user } = renderPasskeys()
    expect(await screen.findByText(/This section couldn't load/)).toHaveTextContent(
      'Something went wrong on our side. Try again in a moment.',
    )
    // The heading stays, so the failure says which part of the page it is.
    expect(screen.getByRole('heading', { name: 'Passkeys' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('You have no passkeys yet.')).toBeInTheDocument()
  })

  it('offline: says the server can’t be reached', async () => {
    expectBoundaryErrors()
    passkeysServer()
    server.use(http.get(passkeyApiPaths.credentials, () => HttpResponse.error()))
    renderPasskeys()
    expect(await screen.findByText(/We couldn't reach the server/)).toBeInTheDocument()
  })
})

describe('In another language', () => {
  afterEach(() => speak('en'))

  it('German: the section and a passkey’s kind', async () => {
    await speak('de')
    passkeysServer()
    renderPasskeys()
    expect(await screen.findByRole('heading', { name: 'Passkeys' })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Passkey hinzufügen' })).toBeInTheDocument()
    expect(screen.getByText('Sicherheitsschlüssel')).toBeInTheDocument()
  })
})
