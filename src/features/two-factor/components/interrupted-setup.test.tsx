import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  CODES,
  jane,
  renderTwoFactorPage,
  SECOND_SECRET,
  SECRET,
  startSetup,
  twoFactorServer,
} from '../testing'

const setUp = () => screen.findByRole('button', { name: 'Set up two-factor authentication' })
const interruptedText =
  'Your setup was interrupted, so two-factor authentication is still off. Start again to get a new code.'

/** A reload, as far as the page can tell: everything in memory is gone, sessionStorage is not. */
async function reload(app: { unmount: () => void }) {
  app.unmount()
  const next = renderTwoFactorPage()
  await screen.findByRole('heading', { name: 'Status' })
  return next
}

describe('A setup interrupted by a reload', () => {
  it('says what happened and starts again with a new code; the secret is never stored', async () => {
    twoFactorServer()
    const first = await startSetup()
    expect(JSON.stringify(sessionStorage)).not.toContain(SECRET)
    const app = await reload(first)

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(interruptedText)
    expect(alert).toHaveTextContent('If your app already shows an entry from the interrupted setup')
    const again = screen.getByRole('button', { name: 'Start again' })
    expect(again).toHaveClass('btn-primary')
    expect(screen.queryByRole('button', { name: 'Set up two-factor authentication' })).toBeNull()

    await app.user.click(again)
    await screen.findByRole('heading', { name: 'Add your account to your authenticator app' })
    expect(screen.queryByRole('alert')).toBeNull()
    await app.user.click(screen.getByText('Can’t scan? Type the key instead'))
    expect(screen.getByText(SECOND_SECRET.replace(/(.{4})(?!$)/g, '$1 '))).toBeInTheDocument()
  })

  it('is not mentioned after setup was cancelled or finished', async () => {
    twoFactorServer()
    const first = await startSetup()
    await first.user.click(screen.getByRole('button', { name: 'Cancel setup' }))
    const second = await reload(first)
    expect(await setUp()).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()

    await second.user.click(await setUp())
    await second.user.type(await screen.findByLabelText('6-digit code from your app'), '123456')
    await second.user.click(
      await screen.findByRole('checkbox', { name: 'I have saved these codes' }),
    )
    await second.user.type(screen.getByLabelText('Type one of the codes'), CODES[0]!)
    await second.user.click(screen.getByRole('button', { name: 'Finish' }))
    await screen.findByRole('heading', { name: 'Two-factor authentication is on' })
    await reload(second)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('ignores a note left by another account in this tab', async () => {
    twoFactorServer()
    sessionStorage.setItem(
      'two-factor-setup',
      JSON.stringify({ uuid: `${jane.uuid}-other`, stage: 'scan' }),
    )
    renderTwoFactorPage()
    expect(await setUp()).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(sessionStorage.getItem('two-factor-setup')).toBeNull()
  })

  it('interrupted at the backup codes: 2FA is on, so it asks for new codes', async () => {
    twoFactorServer()
    const first = await startSetup()
    await first.user.type(await screen.findByLabelText('6-digit code from your app'), '123456')
    await screen.findByRole('list', { name: 'Backup codes' })
    const app = await reload(first)

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your setup was interrupted before you saved your backup codes.',
    )
    const regenerate = screen.getByRole('button', { name: 'Generate new backup codes' })
    expect(regenerate).toHaveClass('btn-primary')
    await app.user.click(regenerate)
    const dialog = screen.getByRole('dialog', { name: 'Generate new backup codes?' })
    await app.user.click(within(dialog).getByRole('button', { name: 'Generate new codes' }))
    await screen.findByRole('heading', { name: 'Your new backup codes' })
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(sessionStorage.getItem('two-factor-setup')).toBeNull()
  })
})
