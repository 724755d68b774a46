import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { UserUpdate } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { recordMePatches } from '../../../testing/requests'
import { renderWithApp } from '../../../testing/render'
import { PrivacySection } from './privacy-section'
import { ToolsSection } from './tools-section'
import { announcer } from '../../../testing/announcer'

const jane = makeUser({
  anonymize_data: false,
  allow_impersonation: null,
  toolbar_mode: 'toolbar',
  allow_sidebar_suggestions: null,
  hide_mcp_hints: false,
  shortcut_position: 'above',
})

/** The server: PATCH merges the body (after `delay` ms), GET answers the user as it now is. */
function recordPatches(delay = 0) {
  const api = recordMePatches(jane, { delay })
  server.use(http.get(apiPaths.me, () => HttpResponse.json(api.current)))
  return api.bodies
}

// The user is refetched once a save has settled; unless a test says otherwise, nothing changed.
beforeEach(() => {
  server.use(http.get(apiPaths.me, () => HttpResponse.json(jane)))
})

const toggle = (name: string) => screen.getByRole('switch', { name })
/** The switch's row: its label, status and error. */
const rowOf = (name: string) =>
  // eslint-disable-next-line testing-library/no-node-access -- "beside the switch" is the row
  screen.getByText(name, { selector: '.switch-label' }).closest<HTMLElement>('.switch-row')!
describe('privacy and tool switches', () => {
  it('reads null and inverted keys the way PostHog means them', () => {
    renderWithApp(
      <>
        <PrivacySection />
        <ToolsSection />
      </>,
      { user: jane },
    )
    expect(toggle('Anonymize my data')).not.toBeChecked()
    expect(toggle('Allow support to sign in as me')).toBeChecked()
    expect(toggle('Show the PostHog toolbar')).toBeChecked()
    expect(toggle('Suggest new tools')).not.toBeChecked()
    expect(toggle('Show MCP hints after I take actions')).toBeChecked()
    expect(screen.getByLabelText('Where your shortcuts appear')).toHaveDisplayValue('Above')
  })

  it('saves each switch at once with just its key, "Saving…" then "Saved" beside it', async () => {
    const bodies = recordPatches(30)
    const { user } = renderWithApp(<PrivacySection />, { user: jane })
    await user.click(toggle('Anonymize my data'))
    // The switch moves at once; its row says it is saving, visibly, until the server answers.
    const row = rowOf('Anonymize my data')
    expect(toggle('Anonymize my data')).toBeChecked()
    expect(within(row).getByText('Saving…')).toBeVisible()
    expect(await within(row).findByText('Saved')).toBeVisible()
    expect(toggle('Anonymize my data')).toBeChecked()
    await waitFor(() => expect(announcer()).toHaveTextContent('Anonymize my data: on. Saved.'))
    await user.click(toggle('Allow support to sign in as me'))
    expect(await within(rowOf('Allow support to sign in as me')).findByText('Saved')).toBeVisible()
    expect(toggle('Allow support to sign in as me')).not.toBeChecked()
    expect(bodies).toEqual([{ anonymize_data: true }, { allow_impersonation: false }])
  })

  it('sends the tool keys with their polarity', async () => {
    const bodies = recordPatches()
    const { user } = renderWithApp(<ToolsSection />, { user: jane })
    await user.click(toggle('Show the PostHog toolbar'))
    await waitFor(() => expect(toggle('Show the PostHog toolbar')).not.toBeChecked())
    await user.click(toggle('Show MCP hints after I take actions'))
    await waitFor(() => expect(toggle('Show MCP hints after I take actions')).not.toBeChecked())
    await user.click(toggle('Suggest new tools'))
    await waitFor(() => expect(toggle('Suggest new tools')).toBeChecked())
    await user.selectOptions(screen.getByLabelText('Where your shortcuts appear'), 'Hidden')
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Where your shortcuts appear: Hidden. Saved.'),
    )
    expect(bodies).toEqual([
      { toolbar_mode: 'disabled' },
      { hide_mcp_hints: true },
      { allow_sidebar_suggestions: true },
      { shortcut_position: 'hidden' },
    ])
  })

  it('puts a switch back and says why beside it when the save fails', async () => {
    server.use(
      http.patch(apiPaths.me, async () => {
        await new Promise((resolve) => setTimeout(resolve, 30))
        return apiError(500, 'error', 'A server error occurred.')
      }),
    )
    const { user } = renderWithApp(<ToolsSection />, { user: jane })
    await user.click(toggle('Show the PostHog toolbar'))
    const row = rowOf('Show the PostHog toolbar')
    expect(toggle('Show the PostHog toolbar')).not.toBeChecked()
    expect(within(row).getByText('Saving…')).toBeVisible()
    expect(await within(row).findByText('Not saved')).toBeVisible()
    expect(within(row).getByText(/Something went wrong on our side/)).toBeVisible()
    expect(toggle('Show the PostHog toolbar')).toBeChecked()
    expect(toggle('Show the PostHog toolbar')).toHaveAccessibleDescription(
      /Something went wrong on our side/,
    )
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        'Show the PostHog toolbar was not changed. Something went wrong on our side.',
      ),
    )
  })

  it('puts the shortcut select back when its save fails offline', async () => {
    server.use(http.patch(apiPaths.me, () => HttpResponse.error()))
    const { user } = renderWithApp(<ToolsSection />, { user: jane })
    const select = screen.getByLabelText('Where your shortcuts appear')
    await user.selectOptions(select, 'Below')
    await waitFor(() => expect(select).toHaveAccessibleDescription(/couldn't reach the server/))
    expect(select).toHaveDisplayValue('Above')
    expect(screen.getByText('Not saved')).toBeVisible()
  })

  it('sends the last shortcut choice made while a save was running, one request at a time', async () => {
    const bodies: UserUpdate[] = []
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.patch(apiPaths.me, async ({ request }) => {
        const body = (await request.json()) as UserUpdate
        bodies.push(body)
        if (bodies.length === 1) await held
        return HttpResponse.json(makeUser({ ...jane, ...(body as object) }))
      }),
      http.get(apiPaths.me, () =>
        HttpResponse.json(makeUser({ ...jane, ...(bodies.at(-1) as object) })),
      ),
    )
    const { user } = renderWithApp(<ToolsSection />, { user: jane })
    const select = screen.getByLabelText('Where your shortcuts appear')
    await user.selectOptions(select, 'Below')
    await user.selectOptions(select, 'Hidden')
    await user.selectOptions(select, 'Below')
    expect(select).toHaveDisplayValue('Below')
    expect(screen.getByText('Saving…')).toBeVisible()
    release()
    expect(await screen.findByText('Saved')).toBeVisible()
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Where your shortcuts appear: Below. Saved.'),
    )
    // The last choice is what the first request saved: nothing more to send (a different last
    // choice is sent after it: src/lib/use-instant-setting.test.tsx).
    expect(bodies).toEqual([{ shortcut_position: 'below' }])
    expect(select).toHaveDisplayValue('Below')
  })

  it('ends a double click where it started: on, then off again', async () => {
    const bodies = recordPatches(50)
    const { user } = renderWithApp(<PrivacySection />, { user: jane })
    await user.dblClick(toggle('Anonymize my data'))
    expect(toggle('Anonymize my data')).not.toBeChecked()
    expect(await screen.findByText('Saved')).toBeVisible()
    expect(toggle('Anonymize my data')).not.toBeChecked()
    // The first request was on its way; the second click's choice is sent after it.
    expect(bodies).toEqual([{ anonymize_data: true }, { anonymize_data: false }])
  })
})
