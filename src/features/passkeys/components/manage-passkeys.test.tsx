import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { passkeyApiPaths } from '../../../config/passkey-paths'
import { expectAnnounced } from '../../../testing/announcer'
import { http, json, server } from '../../../testing/msw'
import { jane, laptop, passkeyRow, passkeysServer, renderPasskeys, yubikey } from '../testing'

vi.mock('../../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: () => true,
}))

async function openRename(name = 'Work laptop') {
  const app = renderPasskeys()
  await app.user.click(await screen.findByRole('button', { name: `Rename ${name}` }))
  const field = within(passkeyRow(name)).getByRole('textbox', { name: 'Name' })
  return {
    ...app,
    field,
    save: within(passkeyRow(name)).getByRole('button', { name: 'Save name' }),
  }
}

describe('The list', () => {
  it('shows each passkey with its kind, date and state, newest first', async () => {
    passkeysServer()
    renderPasskeys()
    const list = await screen.findByRole('list', { name: 'Your passkeys' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows.map((row) => within(row).getByRole('heading').textContent)).toEqual([
      'Work laptop',
      'YubiKey',
    ])
    expect(rows[0]).toHaveTextContent('Built into a device')
    expect(rows[0]).toHaveTextContent('Jun 1, 2025')
    expect(rows[0]).toHaveTextContent('Verified')
    expect(rows[1]).toHaveTextContent('Security key')
    expect(rows[1]).toHaveTextContent('Not verified')
    expect(within(rows[0]!).queryByRole('button', { name: /^Verify/ })).toBeNull()
    expect(within(rows[1]!).getByRole('button', { name: 'Verify YubiKey' })).toBeInTheDocument()
  })

  it('with no passkeys: says so, and the switch is off with the reason', async () => {
    passkeysServer({ passkeys: [] })
    renderPasskeys()
    expect(await screen.findByText('You have no passkeys yet.')).toBeInTheDocument()
    const toggle = screen.getByRole('switch', { name: 'Use passkeys as a second factor' })
    expect(toggle).toBeDisabled()
    expect(toggle).toHaveAccessibleDescription(
      'Add and verify a passkey first: only a verified passkey can be a second factor.',
    )
  })
})

describe('Rename', () => {
  it('saves the trimmed name, announces it and gives focus back to Rename', async () => {
    const state = passkeysServer()
    const { user, field, save } = await openRename()
    expect(field).toHaveFocus()
    await user.clear(field)
    await user.type(field, '  Home laptop ')
    await user.click(save)
    await expectAnnounced('Passkey renamed to Home laptop.')
    expect(state.bodies).toEqual([{ label: 'Home laptop' }])
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename Home laptop' })).toHaveFocus(),
    )
  })

  it('refuses an empty and a too long name, keeping the input', async () => {
    const state = passkeysServer()
    const { user, field, save } = await openRename()
    await user.clear(field)
    await user.type(field, '   ')
    await user.click(save)
    expect(field).toHaveAccessibleDescription('Enter a name for the passkey.')
    expect(field).toHaveFocus()
    await user.clear(field)
    await user.type(field, 'y'.repeat(201))
    await user.click(save)
    await waitFor(() => expect(field).toHaveAccessibleDescription('Use at most 200 characters.'))
    expect(field).toHaveValue('y'.repeat(201))
    expect(state.calls).toEqual([])
  })

  it('a passkey deleted elsewhere (404) and a refused name say so; Escape cancels', async () => {
    passkeysServer()
    server.use(
      http.patch(`${passkeyApiPaths.credentials}:id/`, () =>
        json({ error: 'Credential not found.' }, 404),
      ),
    )
    const { user, field, save } = await openRename()
    await user.type(field, ' 2')
    await user.click(save)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This passkey no longer exists; it may have been deleted in another tab.',
    )
    server.use(
      http.patch(`${passkeyApiPaths.credentials}:id/`, () =>
        json({ error: 'Label is required and must be 200 characters or less.' }, 400),
      ),
    )
    await user.click(save)
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'PostHog refused the name. Use 1 to 200 characters.',
      ),
    )
    expect(field).toHaveValue('Work laptop 2')
    await user.keyboard('{Escape}')
    expect(within(passkeyRow('Work laptop')).queryByRole('textbox')).toBeNull()
    expect(screen.getByRole('button', { name: 'Rename Work laptop' })).toHaveFocus()
  })
})

describe('Delete', () => {
  it('asks first; Cancel keeps it, Delete removes it and announces it', async () => {
    const state = passkeysServer()
    const { user } = renderPasskeys()
    await user.click(await screen.findByRole('button', { name: 'Delete YubiKey' }))
    let dialog = screen.getByRole('dialog', { name: 'Delete YubiKey?' })
    expect(dialog).toHaveAccessibleDescription(/This passkey can no longer sign you in\./)
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(state.calls).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Delete YubiKey' }))
    dialog = screen.getByRole('dialog', { name: 'Delete YubiKey?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete passkey' }))
    await expectAnnounced('YubiKey was deleted.')
    expect(state.calls).toEqual([`DELETE ${passkeyApiPaths.credential(yubikey.id as string)}`])
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'YubiKey' })).toBeNull())
    expect(screen.getByRole('heading', { name: 'Passkeys' })).toHaveFocus()
  })

  it('the last verified passkey with passkeys as second factor: says that ends', async () => {
    passkeysServer({ user: { ...jane, passkeys_enabled_for_2fa: true } })
    const { user } = renderPasskeys({ ...jane, passkeys_enabled_for_2fa: true })
    await user.click(await screen.findByRole('button', { name: 'Delete Work laptop' }))
    expect(screen.getByRole('dialog', { name: 'Delete Work laptop?' })).toHaveAccessibleDescription(
      /last verified passkey, so signing in will no longer ask for a passkey as the second factor/,
    )
  })

  it('the last one: the empty list, the announcement and focus on the heading', async () => {
    passkeysServer({ passkeys: [laptop] })
    const { user } = renderPasskeys()
    await user.click(await screen.findByRole('button', { name: 'Delete Work laptop' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete Work laptop?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete passkey' }))
    await expectAnnounced('Work laptop was deleted.')
    expect(screen.getByText('You have no passkeys yet.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Passkeys' })).toHaveFocus())
  })

  it('a failed delete stays in the dialog and says why', async () => {
    passkeysServer()
    server.use(
      http.delete(`${passkeyApiPaths.credentials}:id/`, () => json({ detail: 'boom' }, 500)),
    )
    const { user } = renderPasskeys()
    await user.click(await screen.findByRole('button', { name: 'Delete YubiKey' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete YubiKey?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete passkey' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side.',
    )
    expect(screen.getByRole('heading', { name: 'YubiKey' })).toBeInTheDocument()
  })
})
