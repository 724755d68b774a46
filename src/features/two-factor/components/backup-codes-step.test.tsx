import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, json, server } from '../../../testing/msw'
import { recordRequests } from '../../../testing/requests'
import { expectAnnounced } from '../../../testing/announcer'
import { CODES, startSetup, twoFactorServer } from '../testing'

/** Enrols with the mock server and waits for the codes step. */
async function reachCodes() {
  const app = await startSetup()
  await app.user.type(await screen.findByLabelText('6-digit code from your app'), '123456')
  await screen.findByRole('heading', { name: 'Save your backup codes' })
  return app
}

const finish = () => screen.getByRole('button', { name: 'Finish' })
const typeBack = () => screen.getByLabelText('Type one of the codes')
const saved = () => screen.getByRole('checkbox', { name: 'I have saved these codes' })

// jsdom has no Blob URLs; the download test brings its own and they leave with it.
const blobUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
afterEach(() => {
  Object.assign(URL, blobUrls)
})

describe('BackupCodesStep', () => {
  it('generates the codes at once and lists them numbered', async () => {
    twoFactorServer()
    const requests = recordRequests()
    await reachCodes()
    const list = await screen.findByRole('list', { name: 'Backup codes' })
    expect(list.tagName).toBe('OL')
    expect(within(list).getAllByRole('listitem')).toHaveLength(10)
    expect(requests.filter((r) => r === `POST ${apiPaths.twoFactorBackupCodes}`)).toHaveLength(1)
    server.events.removeAllListeners()
  })

  it('holds Finish until the box is ticked and one code is typed back, in any case', async () => {
    twoFactorServer()
    const { user } = await reachCodes()
    await screen.findByRole('list', { name: 'Backup codes' })
    expect(finish()).toBeDisabled()
    expect(finish()).toHaveAccessibleDescription(
      'To finish, tick the box and type one of the codes.',
    )

    await user.click(saved())
    expect(finish()).toBeDisabled()
    await user.type(typeBack(), 'zzzzzzzz')
    expect(finish()).toBeDisabled()
    expect(typeBack()).toHaveAccessibleDescription(
      expect.stringContaining('That isn’t one of the codes above.'),
    )
    await user.clear(typeBack())
    await user.type(typeBack(), CODES[0]!.toUpperCase())
    expect(finish()).toBeEnabled()

    await user.click(saved())
    expect(finish()).toBeDisabled()
    await user.click(saved())
    await user.click(finish())
    expect(
      await screen.findByRole('heading', { name: 'Two-factor authentication is on' }),
    ).toBeVisible()
  })

  it('downloads a .txt with a header naming the product, account and date, then one code a line', async () => {
    twoFactorServer()
    const { user } = await reachCodes()
    await screen.findByRole('list', { name: 'Backup codes' })
    let blob: Blob | null = null
    const createObjectURL = vi.fn((value: Blob) => {
      blob = value
      return 'blob:backup-codes'
    })
    const revokeObjectURL = vi.fn()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
    let downloaded: { href: string; download: string } | null = null
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = { href: this.getAttribute('href')!, download: this.download }
    })

    await user.click(screen.getByRole('button', { name: 'Download .txt' }))
    expect(downloaded).toEqual({ href: 'blob:backup-codes', download: 'posthog-backup-codes.txt' })
    expect(blob!.type).toBe('text/plain;charset=utf-8')
    const text = await blob!.text()
    const lines = text.split('\n')
    expect(lines[0]).toBe('PostHog backup codes')
    expect(lines[1]).toBe('Account: jane@example.com')
    // The day written out in the page's language, then as 2025-03-14 (backup-codes-file.test.ts).
    expect(lines[2]).toMatch(/^Created: \w+ \d{1,2}, \d{4} \(\d{4}-\d{2}-\d{2}\)$/)
    expect(lines.slice(-11, -1)).toEqual(CODES)
    expect(text.endsWith(`${CODES.at(-1)}\n`)).toBe(true)
    await expectAnnounced('Downloaded posthog-backup-codes.txt')
  })

  it('copies the codes one per line and says Copied', async () => {
    twoFactorServer()
    const { user } = await reachCodes()
    await screen.findByRole('list', { name: 'Backup codes' })
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenCalledWith(CODES.join('\n'))
    await expectAnnounced('Copied')
  })

  it('prints', async () => {
    twoFactorServer()
    const { user } = await reachCodes()
    await screen.findByRole('list', { name: 'Backup codes' })
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('explains a failed generation and tries again', async () => {
    twoFactorServer()
    let calls = 0
    server.use(
      http.post(apiPaths.twoFactorBackupCodes, () =>
        ++calls === 1 ? HttpResponse.error() : json({ backup_codes: CODES }),
      ),
    )
    const { user } = await reachCodes()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Two-factor authentication is on, but we couldn’t create')
    expect(alert).toHaveTextContent("We couldn't reach the server.")
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('list', { name: 'Backup codes' })).toBeInTheDocument()
  })

  it('explains a 500 while generating', async () => {
    twoFactorServer()
    server.use(
      http.post(apiPaths.twoFactorBackupCodes, () =>
        apiError(500, 'error', 'A server error occurred.'),
      ),
    )
    await reachCodes()
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side'),
    )
  })

  it('asks before leaving, saying the codes will not be shown again; Stay keeps them', async () => {
    twoFactorServer()
    const app = await reachCodes()
    await screen.findByRole('list', { name: 'Backup codes' })
    await act(() => app.router.navigate('/settings/profile'))
    const dialog = await screen.findByRole('dialog', {
      name: 'These backup codes won’t be shown again. Leave this page without saving them?',
    })
    expect(dialog).not.toHaveTextContent(/unsaved changes/i)
    expect(within(dialog).getByRole('button', { name: 'Stay' })).toHaveFocus()
    await app.user.click(within(dialog).getByRole('button', { name: 'Stay' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(
      within(screen.getByRole('list', { name: 'Backup codes' })).getAllByRole('listitem'),
    ).toHaveLength(10)
  })
})
