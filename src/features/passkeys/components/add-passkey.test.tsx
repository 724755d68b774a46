import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { passkeyApiPaths } from '../../../config/passkey-paths'
import { createPasskey, getPasskey, PasskeyPromptError } from '../../../lib/passkey-ceremony'
import { expectAnnounced } from '../../../testing/announcer'
import { apiError, countCalls, http, json, server } from '../../../testing/msw'
import {
  assertion,
  attestation,
  creationOptions,
  NEW_ID,
  passkeyRow,
  passkeysServer,
  renderPasskeys,
  yubikey,
} from '../testing'

vi.mock('../../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: () => true,
  createPasskey: vi.fn(),
  getPasskey: vi.fn(),
}))

const create = vi.mocked(createPasskey)
const get = vi.mocked(getPasskey)

beforeEach(() => {
  create.mockReset().mockResolvedValue(attestation as never)
  get.mockReset().mockResolvedValue(assertion as never)
})

const names = () =>
  within(screen.getByRole('list', { name: 'Your passkeys' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

async function typeName(name: string) {
  const app = renderPasskeys()
  const field = await screen.findByRole('textbox', { name: 'Name' })
  if (name) await app.user.type(field, name)
  return { ...app, field, add: screen.getByRole('button', { name: 'Add passkey' }) }
}

describe('Add a passkey', () => {
  it('opens the prompt to make it, then verifies it at once; the list shows it verified', async () => {
    const state = passkeysServer()
    const { user, field, add } = await typeName('  Phone  ')
    await user.click(add)
    await expectAnnounced('Passkey Phone added and verified. You can now sign in with it.')
    expect(state.calls).toEqual([
      `POST ${passkeyApiPaths.registerBegin}`,
      `POST ${passkeyApiPaths.registerComplete}`,
      `POST ${passkeyApiPaths.verify(NEW_ID)}`,
      `POST ${passkeyApiPaths.verifyComplete(NEW_ID)}`,
    ])
    expect(create).toHaveBeenCalledTimes(1)
    expect(create.mock.calls[0]?.[0]).toMatchObject({ rp: { id: 'localhost' } })
    expect(get.mock.calls[0]?.[0]).toMatchObject({ allowCredentials: [{ id: NEW_ID }] })
    // The browser's JSON and the trimmed name; then the assertion as it came.
    expect(state.bodies[1]).toEqual({ ...attestation, label: 'Phone' })
    expect(state.bodies[3]).toEqual(assertion)
    await waitFor(() => expect(names()).toEqual(['Phone', 'Work laptop', 'YubiKey']))
    const item = passkeyRow('Phone')
    expect(within(item).getByText('Verified')).toBeInTheDocument()
    expect(field).toHaveValue('')
  })

  const firstWarning =
    'Once your first passkey is verified, every other browser signed in to your account is signed out.'

  it('without a verified passkey: says the first one signs out the other browsers', async () => {
    passkeysServer({ passkeys: [yubikey] })
    renderPasskeys()
    expect(await screen.findByText(firstWarning)).toBeInTheDocument()
  })

  it('with a verified passkey: no such warning', async () => {
    passkeysServer()
    renderPasskeys()
    await screen.findByRole('list', { name: 'Your passkeys' })
    expect(screen.queryByText(firstWarning)).toBeNull()
  })

  it('an empty name becomes "My passkey"', async () => {
    const state = passkeysServer()
    const { user, add } = await typeName('')
    await user.click(add)
    await expectAnnounced(/Passkey My passkey added/)
    expect(state.bodies[1]).toMatchObject({ label: 'My passkey' })
  })

  it('a name over 200 characters is refused before any prompt', async () => {
    const state = passkeysServer()
    const { user, field, add } = await typeName('x'.repeat(201))
    await user.click(add)
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Use at most 200 characters.'),
    )
    expect(field).toHaveFocus()
    expect(state.calls).toEqual([])
    expect(create).not.toHaveBeenCalled()
  })

  it('a closed first prompt changes nothing and keeps the typed name', async () => {
    const state = passkeysServer()
    create.mockRejectedValue(new PasskeyPromptError('cancelled'))
    const { user, field, add } = await typeName('Phone')
    await user.click(add)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The passkey prompt was closed or timed out, so nothing changed.',
    )
    expect(field).toHaveValue('Phone')
    expect(state.calls).toEqual([`POST ${passkeyApiPaths.registerBegin}`])
    expect(names()).toEqual(['Work laptop', 'YubiKey'])
  })

  it('a passkey this device already holds says so', async () => {
    passkeysServer()
    create.mockRejectedValue(new PasskeyPromptError('known'))
    const { user, add } = await typeName('Phone')
    await user.click(add)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This device already holds a passkey for your account.',
    )
  })

  it('a prompt that failed, and a server that refused the passkey, say so in plain words', async () => {
    passkeysServer()
    create.mockRejectedValueOnce(new PasskeyPromptError('failed'))
    const { user, field, add } = await typeName('Phone')
    await user.click(add)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your device couldn’t complete the passkey. Nothing changed',
    )
    server.use(
      http.post(passkeyApiPaths.registerComplete, () =>
        json({ error: 'Registration failed: could not complete registration' }, 400),
      ),
    )
    await user.click(add)
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The server couldn’t accept the new passkey, so it wasn’t added.',
      ),
    )
    expect(field).toHaveValue('Phone')
  })

  it('SSO, a 5xx and no connection: clear messages, the name kept', async () => {
    passkeysServer()
    server.use(
      http.post(passkeyApiPaths.registerBegin, () =>
        apiError(
          400,
          'sso_enforced',
          "Passkeys can't be added because your organization requires SSO.",
        ),
      ),
    )
    const { user, field, add } = await typeName('Phone')
    await user.click(add)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'your organization requires single sign-on (SSO)',
    )
    server.use(http.post(passkeyApiPaths.registerBegin, () => json({ detail: 'boom' }, 500)))
    await user.click(add)
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side.'),
    )
    server.use(http.post(passkeyApiPaths.registerBegin, () => Response.error()))
    await user.click(add)
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(field).toHaveValue('Phone')
    expect(create).not.toHaveBeenCalled()
  })

  it('a closed verify prompt leaves it "Not verified" with Verify, and says what to do', async () => {
    const state = passkeysServer()
    get.mockRejectedValueOnce(new PasskeyPromptError('cancelled'))
    const { user, add } = await typeName('Phone')
    await user.click(add)
    const message =
      'Passkey Phone was saved but not verified, so it can’t sign you in yet. Choose Verify next to it to finish. The passkey prompt was closed or timed out, so the passkey is still not verified.'
    await expectAnnounced(message)
    expect(screen.getByText(message, { selector: '.notice' })).toBeInTheDocument()
    await waitFor(() => expect(names()).toEqual(['Phone', 'Work laptop', 'YubiKey']))
    const item = passkeyRow('Phone')
    expect(within(item).getByText('Not verified')).toBeInTheDocument()
    expect(state.calls).not.toContain(`POST ${passkeyApiPaths.verifyComplete(NEW_ID)}`)

    await user.click(within(item).getByRole('button', { name: 'Verify Phone' }))
    await expectAnnounced('Phone is verified and can now sign you in.')
    await waitFor(() => expect(within(item).getByText('Verified')).toBeInTheDocument())
    expect(within(item).queryByRole('button', { name: 'Verify Phone' })).toBeNull()
    // The button went away: focus is on the passkey's Rename, not lost; the notice is gone.
    expect(within(item).getByRole('button', { name: 'Rename Phone' })).toHaveFocus()
    expect(screen.queryByText(message, { selector: '.notice' })).toBeNull()
  })

  it('Verify from the list: a closed prompt and a refused check say it is still not verified', async () => {
    passkeysServer()
    get.mockRejectedValueOnce(new PasskeyPromptError('cancelled'))
    const { user } = await typeName('')
    const verify = screen.getByRole('button', { name: 'Verify YubiKey' })
    await user.click(verify)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The passkey prompt was closed or timed out, so the passkey is still not verified.',
    )
    server.use(
      http.post(`${passkeyApiPaths.credentials}:id/verify_complete`, () =>
        json({ error: 'Verification failed: could not complete verification' }, 400),
      ),
    )
    await user.click(verify)
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The server couldn’t confirm the passkey, so it is still not verified.',
      ),
    )
    expect(passkeyRow('YubiKey')).toHaveTextContent('Not verified')
  })

  it('sends one registration for a double click', async () => {
    passkeysServer()
    const begins = countCalls('post', passkeyApiPaths.registerBegin, () => json(creationOptions))
    const { user, add } = await typeName('Phone')
    await user.dblClick(add)
    await expectAnnounced(/Passkey Phone added/)
    expect(begins.count).toBe(1)
    expect(create).toHaveBeenCalledTimes(1)
  })
})
