import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { expectAnnounced } from '../../../testing/announcer'
import { apiError, http, server } from '../../../testing/msw'
import { keysServer, makeKey, NEW_VALUE, ORG_ID, renderKeysPage, renderLoaded } from '../testing'

type App = Awaited<ReturnType<typeof renderLoaded>>

async function openCreate({ user }: App) {
  await user.click(screen.getByRole('button', { name: 'Create a key' }))
  return screen.getByRole('dialog', { name: 'Create a personal API key' })
}

/** Name, the "read insight" scope, and the one project "Mobile app". */
async function fillReadOnlyForOneProject(app: App, dialog: HTMLElement) {
  const { user } = app
  await user.type(within(dialog).getByLabelText(/^Name/), 'CI deploy')
  await user.selectOptions(within(dialog).getByLabelText('insight'), 'read')
  await user.selectOptions(within(dialog).getByLabelText('dashboard'), 'read')
  await user.click(within(dialog).getByRole('radio', { name: 'Only chosen projects' }))
  await user.click(within(dialog).getByRole('checkbox', { name: 'Mobile app' }))
}

const submit = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Create key' })

describe('creating a personal API key', () => {
  it('sends the name, scopes and project, then shows the value once, with Copy', async () => {
    const state = keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await fillReadOnlyForOneProject(app, dialog)
    expect(within(dialog).getByText('2 scopes chosen')).toBeInTheDocument()
    await app.user.click(submit(dialog))

    const shown = await screen.findByRole('dialog', { name: 'Copy your new key' })
    expect(state.writes).toEqual([
      [
        'POST',
        {
          label: 'CI deploy',
          scopes: ['dashboard:read', 'insight:read'],
          scoped_teams: [2],
          scoped_organizations: [],
        },
      ],
    ])
    expect(shown).toHaveAccessibleDescription(/Copy it now; you won’t see it again/)
    expect(within(shown).getByText(NEW_VALUE)).toBeInTheDocument()
    await expectAnnounced('CI deploy was created. Copy its value now.')
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await app.user.click(within(shown).getByRole('button', { name: 'Copy key' }))
    expect(writeText).toHaveBeenCalledWith(NEW_VALUE)
    await app.user.click(within(shown).getByRole('button', { name: 'Done' }))

    // Gone for good: not in the dialog, not on the page, not after the page is loaded again.
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByText(NEW_VALUE)).toBeNull()
    expect(await screen.findByRole('listitem', { name: 'CI deploy' })).toHaveTextContent(
      'Read-only: 2 scopes',
    )
    expect(screen.getByRole('button', { name: 'Create a key' })).toHaveFocus()
    app.unmount()
    renderKeysPage()
    expect(await screen.findByRole('listitem', { name: 'CI deploy' })).toBeInTheDocument()
    expect(screen.queryByText(NEW_VALUE)).toBeNull()
  })

  it('Done before copying warns once; the second press closes', async () => {
    keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await app.user.type(within(dialog).getByLabelText(/^Name/), 'Flags')
    await app.user.selectOptions(within(dialog).getByLabelText('Start from'), 'local_evaluation')
    await app.user.click(submit(dialog))
    const shown = await screen.findByRole('dialog', { name: 'Copy your new key' })
    await app.user.click(within(shown).getByRole('button', { name: 'Done' }))
    expect(within(shown).getByRole('alert')).toHaveTextContent(
      'You haven’t copied the key yet. Once you close this, it can’t be shown again.',
    )
    await app.user.click(within(shown).getByRole('button', { name: 'Close without copying' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await screen.findByRole('listitem', { name: 'Flags' })).toHaveTextContent(
      'Local feature flag evaluation',
    )
  })

  it('a preset fills the scopes; All access hides the picker; MCP forces all projects', async () => {
    keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    const preset = within(dialog).getByLabelText('Start from')
    await app.user.selectOptions(preset, 'source_map_upload')
    expect(within(dialog).getByLabelText('organization')).toHaveValue('read')
    expect(within(dialog).getByLabelText('error_tracking')).toHaveValue('write')
    // Changing one scope makes it custom.
    await app.user.selectOptions(within(dialog).getByLabelText('insight'), 'read')
    expect(preset).toHaveValue('custom')
    await app.user.selectOptions(preset, 'all_access')
    expect(within(dialog).queryByLabelText('insight')).toBeNull()
    expect(within(dialog).getByText(/can read and write everything you can/)).toBeInTheDocument()
    await app.user.click(within(dialog).getByRole('radio', { name: 'Only chosen projects' }))
    await app.user.selectOptions(preset, 'mcp_server')
    expect(
      within(dialog).getByRole('radio', { name: 'All projects and organizations' }),
    ).toBeChecked()
  })

  it('the search narrows the list, and the bulk buttons set what it shows', async () => {
    keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await app.user.type(within(dialog).getByLabelText('Find a scope'), 'experiment')
    const rows = () =>
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    expect(rows()).toEqual([
      expect.stringMatching(/^experimentNo access/),
      expect.stringMatching(/^experiment_holdout/),
      expect.stringMatching(/^experiment_saved_metric/),
    ])
    await app.user.click(within(dialog).getByRole('button', { name: 'Read' }))
    expect(within(dialog).getByText('3 scopes chosen')).toBeInTheDocument()
    await app.user.clear(within(dialog).getByLabelText('Find a scope'))
    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Show only chosen scopes' }))
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^experiment/),
      expect.stringMatching(/^experiment_holdout/),
      expect.stringMatching(/^experiment_saved_metric/),
    ])
    // Write is not offered where PostHog's picker has none.
    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Show only chosen scopes' }))
    await app.user.type(within(dialog).getByLabelText('Find a scope'), 'query')
    expect(
      within(within(dialog).getByLabelText('query')).queryByRole('option', {
        name: 'Read and write',
      }),
    ).toBeNull()
  })

  it('an empty name, no scope or no project: said under the field, nothing sent', async () => {
    const state = keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await app.user.click(within(dialog).getByRole('radio', { name: 'Only chosen projects' }))
    await app.user.click(submit(dialog))
    const name = within(dialog).getByLabelText(/^Name/)
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Give the key a name.'))
    expect(name).toHaveFocus()
    expect(within(dialog).getByText('Choose at least one scope, or a preset.')).toBeInTheDocument()
    expect(within(dialog).getByText('Choose at least one project.')).toBeInTheDocument()
    await app.user.type(name, '   ')
    await app.user.click(submit(dialog))
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Give the key a name.'))
    await app.user.clear(name)
    await app.user.type(name, 'x'.repeat(41))
    await app.user.click(submit(dialog))
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Use at most 40 characters.'))
    expect(state.writes).toEqual([])
  })

  it('PostHog’s refusal goes under its field and the input stays', async () => {
    keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await fillReadOnlyForOneProject(app, dialog)
    server.use(
      http.post(apiPaths.personalApiKeys, () =>
        apiError(
          400,
          'invalid_input',
          'You must be a member of all teams that you are scoping the key to.',
          'scoped_teams',
        ),
      ),
    )
    await app.user.click(submit(dialog))
    expect(
      await within(dialog).findByText(
        'You must be a member of every project you limit the key to.',
      ),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('checkbox', { name: 'Mobile app' })).toBeChecked()
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('CI deploy')

    server.use(
      http.post(apiPaths.personalApiKeys, () =>
        apiError(400, 'invalid_input', 'Invalid scope: insight:read', 'scopes'),
      ),
    )
    await app.user.click(submit(dialog))
    expect(
      await within(dialog).findByText(
        'PostHog doesn’t accept one of these scopes. Remove it or pick a preset.',
      ),
    ).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Start from')).toHaveFocus()

    server.use(
      http.post(apiPaths.personalApiKeys, () =>
        apiError(400, 'blank', 'This field may not be blank.', 'label'),
      ),
    )
    await app.user.click(submit(dialog))
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Name/)).toHaveAccessibleDescription(
        expect.stringContaining('Give the key a name.'),
      ),
    )
  })

  it('the limit reached meanwhile, or a server error: said on the form, input kept', async () => {
    keysServer([makeKey()])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await fillReadOnlyForOneProject(app, dialog)
    server.use(
      http.post(apiPaths.personalApiKeys, () =>
        apiError(
          400,
          'invalid_input',
          'You can only have 10 personal API keys. Remove an existing key before creating a new one.',
        ),
      ),
    )
    await app.user.click(submit(dialog))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You already have the most keys PostHog allows.',
    )
    server.use(http.post(apiPaths.personalApiKeys, () => apiError(500, 'error', 'Server error')))
    await app.user.click(submit(dialog))
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Your changes were not saved; try again.',
      ),
    )
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('CI deploy')
  })

  it('a double click creates one key', async () => {
    const state = keysServer([], { delay: 50 })
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await fillReadOnlyForOneProject(app, dialog)
    await app.user.dblClick(submit(dialog))
    await screen.findByRole('dialog', { name: 'Copy your new key' })
    expect(state.writes).toHaveLength(1)
  })

  it('chosen organizations are sent as scoped_organizations', async () => {
    const state = keysServer([])
    const app = await renderLoaded()
    const dialog = await openCreate(app)
    await app.user.type(within(dialog).getByLabelText(/^Name/), 'Org')
    await app.user.selectOptions(within(dialog).getByLabelText('Start from'), 'analytics')
    await app.user.click(within(dialog).getByRole('radio', { name: 'Only chosen organizations' }))
    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Acme' }))
    await app.user.click(submit(dialog))
    await screen.findByRole('dialog', { name: 'Copy your new key' })
    expect(state.writes[0]![1]).toMatchObject({
      scopes: ['query:read'],
      scoped_teams: [],
      scoped_organizations: [ORG_ID],
    })
  })
})
