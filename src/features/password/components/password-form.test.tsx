import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import type { UserUpdate } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { currentUserQuery } from '../../../lib/current-user'
import {
  apiError,
  http,
  HttpResponse,
  makeUser,
  pause,
  reauthRequired,
  server,
} from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { renderWithApp } from '../../../testing/render'
import { loadStrengthChecker } from '../strength/strength-checker'
import { PasswordCard } from './password-card'
import { announcer } from '../../../testing/announcer'

const STRONG = 'correct-horse-battery-staple-42'
const ada = makeUser({ email: 'ada@example.com', has_password: true })

// zxcvbn's dictionaries take a moment to parse; load them once so each test sees them at once.
beforeAll(async () => {
  await loadStrengthChecker()
}, 30_000)

/** Answers every PATCH with `answer` (default: success) and records the bodies sent. */
function recordPatches(answer?: () => Response | Promise<Response>) {
  const bodies: UserUpdate[] = []
  server.use(
    http.patch(apiPaths.me, async ({ request }) => {
      bodies.push((await request.json()) as UserUpdate)
      return answer ? answer() : HttpResponse.json(makeUser({ ...ada, has_password: true }))
    }),
  )
  return bodies
}

function renderPage(user = ada) {
  return renderWithApp(<PasswordCard />, { user, path: '/settings/password' })
}

type App = ReturnType<typeof renderPage>

const current = () => screen.getByLabelText('Current password')
const next = () => screen.getByLabelText('New password')
const confirm = () => screen.getByLabelText('Confirm new password')
const save = () => screen.getByRole('button', { name: 'Change password' })

interface Fill {
  old?: string
  password?: string
  again?: string
}

async function fill(app: App, { old = 'old-password', password = STRONG, again }: Fill = {}) {
  if (old) await app.user.type(current(), old)
  await app.user.type(next(), password)
  await app.user.type(confirm(), again ?? password)
}

describe('PasswordForm', () => {
  it('changes the password, says so, empties the form and updates the cached user', async () => {
    const bodies = recordPatches()
    const app = renderPage()
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    expect(current()).toHaveAttribute('autocomplete', 'current-password')
    expect(next()).toHaveAttribute('autocomplete', 'new-password')
    expect(confirm()).toHaveAttribute('autocomplete', 'new-password')
    expect(
      screen.getByText(
        'Saving signs you out on your other devices and browsers; you stay signed in here.',
      ),
    ).toBeInTheDocument()
    await fill(app)
    expect(await screen.findByText('Strong enough.')).toBeInTheDocument()
    await app.user.click(save())
    const status = await screen.findByText('Password changed.')
    expect(bodies).toEqual([{ current_password: 'old-password', password: STRONG }])
    await waitFor(() => expect(status).toHaveFocus())
    await waitFor(() => expect(announcer()).toHaveTextContent('Password changed.'))
    expect(current()).toHaveValue('')
    expect(next()).toHaveValue('')
    expect(confirm()).toHaveValue('')
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    expect(app.queryClient.getQueryData(currentUserQuery.queryKey)?.email).toBe('ada@example.com')
  })

  it('asks for no current password when the account has none, and sends none', async () => {
    const bodies = recordPatches()
    const app = renderPage(makeUser({ has_password: false }))
    expect(screen.getByRole('heading', { name: 'Set a password' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument()
    await fill(app, { old: '' })
    await app.user.click(screen.getByRole('button', { name: 'Set password' }))
    expect(await screen.findByText('Password changed.')).toBeInTheDocument()
    expect(bodies).toEqual([{ password: STRONG }])
  })

  it('shows and hides each password on request', async () => {
    const app = renderPage()
    const [showCurrent] = screen.getAllByRole('button', { name: 'Show password' })
    await app.user.click(showCurrent!)
    expect(current()).toHaveAttribute('type', 'text')
    // The button's name says what it does next (no aria-pressed as well: "Hide password, pressed").
    expect(screen.getByRole('button', { name: 'Hide password' })).toBeInTheDocument()
    expect(next()).toHaveAttribute('type', 'password')
  })

  it('checks the fields before sending anything', async () => {
    const bodies = recordPatches()
    const app = renderPage()
    await app.user.type(next(), 'short')
    await app.user.type(confirm(), 'different')
    await app.user.click(save())
    expect(await screen.findByText('Enter your current password.')).toBeInTheDocument()
    expect(next()).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 8 characters.'),
    )
    expect(confirm()).toHaveAccessibleDescription(
      "The passwords don't match. Type the new password again.",
    )
    expect(current()).toHaveFocus()
    expect(bodies).toEqual([])
  })

  it('rates the new password with zxcvbn and reads the verdict out once typing pauses', async () => {
    const app = renderPage()
    await app.user.type(next(), 'password123')
    expect(await screen.findByText(/^Strength: (Very weak|Weak)\.$/)).toBeVisible()
    expect(screen.getByText('Not strong enough yet.')).toBeVisible()
    expect(screen.getByRole('meter')).toHaveAccessibleName(/Strength: (Very weak|Weak)\./)
    await waitFor(
      () =>
        expect(announcer()).toHaveTextContent(
          /Password strength: (Very weak|Weak)\. Not strong enough yet\./,
        ),
      { timeout: 3000 },
    )
    await app.user.clear(next())
    await app.user.type(next(), STRONG)
    expect(await screen.findByText('Strong enough.')).toBeInTheDocument()
    expect(screen.getByRole('meter')).toHaveAccessibleName(/Strength: (Strong|Very strong)\./)
  })

  it.each([
    {
      field: 'Current password',
      error: apiError(
        400,
        'incorrect_password',
        'Your current password is incorrect.',
        'current_password',
      ),
      message: 'Your current password is incorrect.',
    },
    {
      field: 'Current password',
      error: apiError(
        400,
        'required',
        'This field is required when updating your password.',
        'current_password',
      ),
      message: 'This field is required when updating your password.',
    },
    {
      field: 'New password',
      error: apiError(
        400,
        'invalid_input',
        'This password is too short. It must contain at least 8 characters.',
        'password',
      ),
      message: 'This password is too short. It must contain at least 8 characters.',
    },
    {
      field: 'New password',
      error: apiError(400, 'password_too_weak', 'Add more words that are less common.', 'password'),
      message: 'This password is too easy to guess. Add more words that are less common.',
    },
  ])('shows PostHog’s error under $field: $message', async ({ field, error, message }) => {
    recordPatches(() => error.clone())
    const app = renderPage()
    await fill(app)
    await app.user.click(save())
    await waitFor(() =>
      expect(screen.getByLabelText(field)).toHaveAccessibleDescription(
        expect.stringContaining(message),
      ),
    )
    expect(screen.getByLabelText(field)).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText(field)).toHaveFocus()
    expect(current()).toHaveValue('old-password')
    expect(next()).toHaveValue(STRONG)
    expect(screen.queryByText('Password changed.')).not.toBeInTheDocument()
  })

  it('says when to try again after too many attempts', async () => {
    recordPatches(() =>
      apiError(429, 'throttled', 'Request was throttled. Expected available in 42 seconds.', null, {
        'Retry-After': '42',
      }),
    )
    const app = renderPage()
    await fill(app)
    await app.user.click(save())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many password attempts. You can try again in 42 seconds.',
    )
  })

  it('sends the change again after re-authentication', async () => {
    let calls = 0
    const bodies = recordPatches(() => (++calls === 1 ? reauthRequired() : HttpResponse.json(ada)))
    const app = renderPage()
    await fill(app)
    await app.user.click(save())
    await answerReauth(true)
    expect(await screen.findByText('Password changed.')).toBeInTheDocument()
    expect(bodies).toHaveLength(2)
  })

  it('keeps the input and explains when re-authentication is dismissed', async () => {
    const bodies = recordPatches(() => reauthRequired())
    const app = renderPage()
    await fill(app)
    await app.user.click(save())
    await answerReauth(false)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Your password wasn't changed because you didn't confirm it's you.",
    )
    expect(bodies).toHaveLength(1)
    expect(next()).toHaveValue(STRONG)
    expect(save()).not.toHaveAttribute('aria-disabled')
  })

  it('keeps the input when the server fails or the network is down', async () => {
    recordPatches(() => apiError(500, 'error', 'A server error occurred.'))
    const app = renderPage()
    await fill(app)
    await app.user.click(save())
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.')
    expect(next()).toHaveValue(STRONG)
    server.use(http.patch(apiPaths.me, () => HttpResponse.error()))
    await app.user.click(save())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(current()).toHaveValue('old-password')
    expect(confirm()).toHaveValue(STRONG)
  })

  it('sends one request for a double click', async () => {
    const bodies = recordPatches(async () => {
      await pause()
      return HttpResponse.json(ada)
    })
    const app = renderPage()
    await fill(app)
    await app.user.dblClick(save())
    expect(await screen.findByText('Password changed.')).toBeInTheDocument()
    expect(bodies).toHaveLength(1)
  })

  it('asks before leaving with unsaved changes', async () => {
    const app = renderPage()
    await app.user.type(next(), 'half-typed')
    await app.router.navigate('/settings/profile')
    const dialog = await screen.findByRole('dialog')
    expect(
      within(dialog).getByText('You have unsaved changes. Leave this page and lose them?'),
    ).toBeInTheDocument()
    await app.user.click(within(dialog).getByRole('button', { name: 'Stay' }))
    expect(next()).toHaveValue('half-typed')
  })
})
