import { screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { apiPaths } from '../../config/paths'
import { apiError, http, server } from '../../testing/msw'
import { passkeyServer, renderSignIn } from './testing'

// The passkey chunk never arrives (offline, or a deploy replaced it).
vi.mock('../../features/passkey-sign-in', () => Promise.reject(new Error('Failed to fetch')))

it('without the passkey chunk, the sign-in keeps the password form and the code form', async () => {
  passkeyServer()
  server.use(http.post(apiPaths.login, () => apiError(401, '2fa_required', '2FA is required.')))
  const { user } = renderSignIn()
  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.type(screen.getByLabelText('Password'), 'secret-password')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  expect(await screen.findByLabelText('Authenticator or backup code')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /passkey/ })).toBeNull()
})
