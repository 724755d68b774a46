import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import * as reauth from '../../../lib/reauth'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { ReauthSteps } from './reauth-steps'

const password = () => screen.getByLabelText('Password')

async function confirmWith(answer: () => Response, how: 'click' | 'enter' = 'click') {
  server.use(http.post(apiPaths.login, answer))
  const app = renderWithApp(<ReauthSteps email="ada@example.com" />)
  await app.user.type(password(), 'not-her-password')
  if (how === 'click') await app.user.click(screen.getByRole('button', { name: 'Confirm' }))
  else await app.user.keyboard('{Enter}')
  return app
}

const wrongPassword = () => apiError(400, 'invalid_credentials', 'Invalid email or password.')

describe('ReauthSteps', () => {
  it('says a wrong password once, at the field, which gets focus', async () => {
    await confirmWith(wrongPassword)
    expect(await screen.findByText('That password is incorrect.')).toBeInTheDocument()
    expect(screen.getAllByText('That password is incorrect.')).toHaveLength(1)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await waitFor(() => expect(password()).toHaveFocus())
    expect(password()).toHaveAccessibleDescription('That password is incorrect.')
    expect(password()).toHaveAttribute('aria-invalid', 'true')
  })

  it('keeps focus on the field when Enter sent the wrong password', async () => {
    await confirmWith(wrongPassword, 'enter')
    expect(await screen.findByText('That password is incorrect.')).toBeInTheDocument()
    expect(password()).toHaveFocus()
  })

  it('puts any other refusal on the form, once, with focus on it', async () => {
    await confirmWith(() => HttpResponse.error())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("We couldn't reach the server.")
    expect(screen.getAllByText(/We couldn't reach the server/)).toHaveLength(1)
    await waitFor(() => expect(alert).toHaveFocus())
  })

  it('offers the forgot-password page with the address in router state, dropping the change', async () => {
    const finish = vi.spyOn(reauth, 'finishReauthentication')
    const app = renderWithApp(<ReauthSteps email="ada@example.com" />, {
      routes: [{ path: '/reset', element: <p>forgot page</p> }],
    })
    await app.user.click(screen.getByRole('link', { name: 'Forgot password?' }))
    expect(await screen.findByText('forgot page')).toBeInTheDocument()
    expect(app.router.state.location.state).toEqual({ email: 'ada@example.com' })
    expect(app.router.state.location.search).toBe('')
    expect(finish).toHaveBeenCalledWith(false)
  })
})
