import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { expectAnnounced } from '../../../testing/announcer'
import { apiError, http, reauthRequired, server } from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { keysServer, makeKey, renderLoaded, ROLLED_VALUE } from '../testing'

const ci = () =>
  makeKey({ id: 'ci', label: 'CI deploy', scopes: ['insight:read'], scoped_teams: [1] })

describe('editing a key', () => {
  it('renames it and changes its scopes and projects with the same picker', async () => {
    const state = keysServer([ci()])
    const { user } = await renderLoaded()
    const opener = screen.getByRole('button', { name: 'Edit CI deploy' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Edit CI deploy' })
    const name = within(dialog).getByLabelText(/^Name/)
    expect(name).toHaveValue('CI deploy')
    expect(within(dialog).getByLabelText('insight')).toHaveValue('read')
    expect(within(dialog).getByRole('checkbox', { name: 'Default project' })).toBeChecked()
    await user.clear(name)
    await user.type(name, 'CI release')
    await user.selectOptions(within(dialog).getByLabelText('insight'), 'write')
    await user.click(within(dialog).getByRole('radio', { name: 'All projects and organizations' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await expectAnnounced('CI release was saved.')
    expect(state.writes).toEqual([
      [
        'PATCH ci',
        {
          label: 'CI release',
          scopes: ['insight:write'],
          scoped_teams: [],
          scoped_organizations: [],
        },
      ],
    ])
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await screen.findByRole('listitem', { name: 'CI release' })).toHaveTextContent(
      '1 scope, 1 with write access',
    )
  })

  it('a refusal stays in the dialog with the input; Cancel sends nothing', async () => {
    const state = keysServer([ci()])
    const { user } = await renderLoaded()
    await user.click(screen.getByRole('button', { name: 'Edit CI deploy' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit CI deploy' })
    server.use(
      http.patch(`${apiPaths.personalApiKeys}:id/`, () =>
        apiError(400, 'max_length', 'Ensure this field has no more than 40 characters.', 'label'),
      ),
    )
    await user.type(within(dialog).getByLabelText(/^Name/), ' v2')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Name/)).toHaveAccessibleDescription(
        expect.stringContaining('Use at most 40 characters.'),
      ),
    )
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('CI deploy v2')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(state.writes).toEqual([])
  })
})

describe('rolling a key', () => {
  it('says the old value stops at once and what breaks, then shows the new value once', async () => {
    const state = keysServer([ci()])
    const { user } = await renderLoaded()
    await user.click(screen.getByRole('button', { name: 'Roll CI deploy' }))
    const dialog = screen.getByRole('dialog', { name: 'Roll CI deploy?' })
    expect(dialog).toHaveAccessibleDescription(
      expect.stringMatching(/current value stops working immediately: every script, CI job/),
    )
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Roll key' }))
    const shown = await screen.findByRole('dialog', { name: 'Copy your new key' })
    expect(within(shown).getByText(ROLLED_VALUE)).toBeInTheDocument()
    await expectAnnounced('CI deploy was rolled. Copy its new value now.')
    expect(state.writes).toEqual([['ROLL ci', null]])
    await user.click(within(shown).getByRole('button', { name: 'Done' }))
    await user.click(within(shown).getByRole('button', { name: 'Close without copying' }))
    expect(screen.queryByText(ROLLED_VALUE)).toBeNull()
    const item = screen.getByRole('listitem', { name: 'CI deploy' })
    expect(item).toHaveTextContent('phx_...c7d9')
    expect(item).not.toHaveTextContent(/Last rolled\s*Never/)
  })

  it('Cancel sends nothing; a dismissed re-auth is explained in the dialog', async () => {
    const state = keysServer([ci()])
    const { user } = await renderLoaded()
    const opener = screen.getByRole('button', { name: 'Roll CI deploy' })
    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    expect(state.writes).toEqual([])

    server.use(http.post(`${apiPaths.personalApiKeys}:id/roll/`, () => reauthRequired()))
    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Roll key' }))
    await answerReauth(false)
    expect(
      await within(screen.getByRole('dialog', { name: 'Roll CI deploy?' })).findByRole('alert'),
    ).toHaveTextContent('Nothing was changed: we need to confirm it’s you first.')
  })
})

describe('deleting a key', () => {
  it('says what stops working; Cancel sends nothing', async () => {
    const state = keysServer([ci()])
    const { user } = await renderLoaded()
    await user.click(screen.getByRole('button', { name: 'Delete CI deploy' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete CI deploy?' })
    expect(dialog).toHaveAccessibleDescription(
      expect.stringMatching(/stops working immediately and can’t be restored/),
    )
    expect(within(dialog).getByRole('button', { name: 'Delete key' })).toHaveClass('btn-danger')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(state.writes).toEqual([])
    expect(screen.getByRole('listitem', { name: 'CI deploy' })).toBeInTheDocument()
  })

  it('a double click deletes once, announces it, and focus goes to Create', async () => {
    const state = keysServer([ci(), makeKey({ label: 'Other' })], { delay: 50 })
    const { user } = await renderLoaded()
    await user.click(screen.getByRole('button', { name: 'Delete CI deploy' }))
    await user.dblClick(screen.getByRole('button', { name: 'Delete key' }))
    await expectAnnounced('CI deploy was deleted.')
    expect(state.writes).toEqual([['DELETE ci', null]])
    expect(screen.queryByRole('listitem', { name: 'CI deploy' })).toBeNull()
    expect(screen.getByRole('listitem', { name: 'Other' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create a key' })).toHaveFocus())
  })

  it('a key already gone or a server error: said in the dialog', async () => {
    keysServer([ci()])
    const { user } = await renderLoaded()
    server.use(
      http.delete(`${apiPaths.personalApiKeys}:id/`, () =>
        apiError(404, 'not_found', 'Not found.'),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Delete CI deploy' }))
    await user.click(screen.getByRole('button', { name: 'Delete key' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete CI deploy?' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This key no longer exists. It may have been deleted in another tab.',
    )
    server.use(
      http.delete(`${apiPaths.personalApiKeys}:id/`, () => apiError(503, 'error', 'Unavailable')),
    )
    await user.click(screen.getByRole('button', { name: 'Delete key' }))
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side.',
      ),
    )
  })
})
