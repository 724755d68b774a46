import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import {
  apiError,
  http,
  HttpResponse,
  makeUser,
  reauthRequired,
  server,
} from '../../../testing/msw'
import { recordMePatches } from '../../../testing/requests'
import { answerReauth } from '../../../testing/reauth'
import { renderWithApp } from '../../../testing/render'
import { DetailsSection } from './details-section'
import { announcer } from '../../../testing/announcer'

const jane = makeUser({ first_name: 'Jane', last_name: '', role_at_organization: 'engineering' })

/** Answers every PATCH like the server (merging the body) and records what was sent. */
const recordPatches = (user = jane) => recordMePatches(user).bodies

function renderDetails(user = jane) {
  return renderWithApp(<DetailsSection />, { user, path: '/settings/profile' })
}

async function rename(app: ReturnType<typeof renderDetails>, name: string) {
  const input = screen.getByLabelText('First name')
  await app.user.clear(input)
  if (name) await app.user.type(input, name)
}

const save = () => screen.getByRole('button', { name: 'Save details' })

describe('DetailsForm', () => {
  it('saves only what changed, shows "Saved" and disables Save again', async () => {
    const bodies = recordPatches()
    const app = renderDetails()
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    await rename(app, 'Ada')
    expect(save()).not.toHaveAttribute('aria-disabled')
    await app.user.click(save())
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(bodies).toEqual([{ first_name: 'Ada' }])
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByLabelText('First name')).toHaveValue('Ada')
    await waitFor(() => expect(announcer()).toHaveTextContent('Your details were saved.'))
  })

  it('saves on Enter in a field, keeping focus in that field (not on <body>)', async () => {
    const bodies = recordPatches()
    const app = renderDetails()
    const input = screen.getByLabelText('First name')
    // Enter before anything changed sends nothing.
    await app.user.type(input, '{Enter}')
    await rename(app, 'Ada')
    await app.user.keyboard('{Enter}')
    expect(await screen.findByText('Saved')).toBeVisible()
    expect(bodies).toEqual([{ first_name: 'Ada' }])
    expect(input).toHaveFocus()
  })

  it('keeps focus on Save through a save and its failure, the message read as an alert', async () => {
    server.use(http.patch(apiPaths.me, () => apiError(500, 'error', 'A server error occurred.')))
    const app = renderDetails()
    await rename(app, 'Ada')
    await app.user.click(save())
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side')
    expect(save()).toHaveFocus()
  })

  it('offers "Choose a role" for a user without one, and sends only the role', async () => {
    const bodies = recordPatches()
    const app = renderDetails(makeUser({ ...jane, role_at_organization: null }))
    const role = screen.getByLabelText('Role at your organization')
    expect(role).toHaveDisplayValue('Choose a role')
    expect(screen.getByRole('option', { name: 'Choose a role' })).toBeDisabled()
    expect(screen.getAllByRole('option')).toHaveLength(9)
    await app.user.selectOptions(role, 'Sales / Success')
    await app.user.click(save())
    await screen.findByText('Saved')
    expect(bodies).toEqual([{ role_at_organization: 'sales' }])
    expect(screen.queryByRole('option', { name: 'Choose a role' })).not.toBeInTheDocument()
  })

  it('shows the email read-only with a link to change it', () => {
    renderDetails()
    expect(screen.getByText(jane.email)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Change email' })).toHaveAttribute(
      'href',
      '/settings/email',
    )
  })

  it('requires a first name and refuses more than 150 characters, sending nothing', async () => {
    const bodies = recordPatches()
    const app = renderDetails()
    await rename(app, '')
    await app.user.click(save())
    const input = screen.getByLabelText('First name')
    expect(await screen.findByText('Enter your first name.')).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveFocus()

    await app.user.click(input)
    await app.user.paste('a'.repeat(151))
    await app.user.click(save())
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('Use 150 characters or fewer for your first name.'),
    )
    await app.user.click(screen.getByLabelText('Last name'))
    await app.user.paste('b'.repeat(151))
    await app.user.click(save())
    expect(
      await screen.findByText('Use 150 characters or fewer for your last name.'),
    ).toBeInTheDocument()
    expect(bodies).toEqual([])
  })

  it("puts PostHog's field error under First name and keeps the input", async () => {
    server.use(
      http.patch(apiPaths.me, () =>
        apiError(
          400,
          'invalid_input',
          'This name contains characters that are not allowed.',
          'first_name',
        ),
      ),
    )
    const app = renderDetails()
    await rename(app, 'Ada <script>')
    await app.user.click(save())
    const input = screen.getByLabelText('First name')
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        'This name contains characters that are not allowed.',
      ),
    )
    expect(input).toHaveValue('Ada <script>')
    expect(input).toHaveFocus()
  })

  it('keeps the input and explains when the re-auth dialog is dismissed', async () => {
    server.use(http.patch(apiPaths.me, () => reauthRequired()))
    const app = renderDetails()
    await rename(app, 'Ada')
    await app.user.click(save())
    await answerReauth(false)
    expect(await screen.findByRole('alert')).toHaveTextContent("we need to confirm it's you")
    expect(screen.getByLabelText('First name')).toHaveValue('Ada')
    expect(save()).not.toHaveAttribute('aria-disabled')
  })

  it('sends the held save again once the user confirmed it is them', async () => {
    let calls = 0
    server.use(
      http.patch(apiPaths.me, async ({ request }) => {
        calls++
        if (calls === 1) return reauthRequired()
        return HttpResponse.json(makeUser({ ...jane, ...((await request.json()) as object) }))
      }),
    )
    const app = renderDetails()
    await rename(app, 'Ada')
    await app.user.click(save())
    await answerReauth(true)
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('keeps the input after a 500 and after a network failure', async () => {
    server.use(http.patch(apiPaths.me, () => apiError(500, 'error', 'A server error occurred.')))
    const app = renderDetails()
    await rename(app, 'Ada')
    await app.user.click(save())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. Your changes were not saved',
    )
    expect(screen.getByLabelText('First name')).toHaveValue('Ada')

    server.use(http.patch(apiPaths.me, () => HttpResponse.error()))
    await app.user.click(save())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(screen.getByLabelText('First name')).toHaveValue('Ada')
  })

  it('sends one request for a double click', async () => {
    let calls = 0
    server.use(
      http.patch(apiPaths.me, async ({ request }) => {
        calls++
        await new Promise((resolve) => setTimeout(resolve, 50))
        return HttpResponse.json(makeUser({ ...jane, ...((await request.json()) as object) }))
      }),
    )
    const app = renderDetails()
    await rename(app, 'Ada')
    await app.user.dblClick(save())
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(calls).toBe(1)
  })
})
