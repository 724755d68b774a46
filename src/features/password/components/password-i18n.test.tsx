import { screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import type { Locale } from '../../../lib/locales'
import { apiError, http, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { loadStrengthChecker } from '../strength/strength-checker'
import { PasswordCard } from './password-card'

const STRONG = 'correct-horse-battery-staple-42'
const ada = makeUser({ email: 'ada@example.com', has_password: true })

beforeAll(async () => {
  await loadStrengthChecker()
}, 30_000)

async function inLocale(locale: Locale) {
  await loadScopes(['password'])
  await switchLocale(locale)
}

afterEach(async () => {
  await switchLocale('en')
})

function answerPatch(answer: () => Response) {
  server.use(http.patch(apiPaths.me, () => answer()))
}

async function submit(labels: { current: string; next: string; confirm: string; save: string }) {
  const app = renderWithApp(<PasswordCard />, { user: ada, path: '/settings/password' })
  await app.user.type(screen.getByLabelText(labels.current), 'old-password')
  await app.user.type(screen.getByLabelText(labels.next), STRONG)
  await app.user.type(screen.getByLabelText(labels.confirm), STRONG)
  await app.user.click(screen.getByRole('button', { name: labels.save }))
  return app
}

const german = {
  current: 'Aktuelles Passwort',
  next: 'Neues Passwort',
  confirm: 'Neues Passwort bestätigen',
  save: 'Passwort ändern',
}

describe('the password page in other languages', () => {
  it("rates the password in German, zxcvbn's advice included", async () => {
    await inLocale('de')
    const app = renderWithApp(<PasswordCard />, { user: ada, path: '/settings/password' })
    expect(screen.getByRole('heading', { name: 'Passwort ändern' })).toBeInTheDocument()
    await app.user.type(screen.getByLabelText('Neues Passwort'), 'password123')
    expect(await screen.findByText('Stärke: Sehr schwach.')).toBeVisible()
    expect(screen.getByText('Noch nicht stark genug.')).toBeVisible()
    expect(
      screen.getByText(
        'Dieses Passwort ist weit verbreitet. Fügen Sie weitere, weniger gebräuchliche Wörter hinzu.',
      ),
    ).toBeVisible()
    expect(screen.getByRole('meter')).toHaveAccessibleName(
      'Stärke: Sehr schwach. Noch nicht stark genug.',
    )
  })

  it("words the server's English suggestions in German", async () => {
    await inLocale('de')
    answerPatch(() =>
      apiError(400, 'password_too_weak', 'Add more words that are less common.', 'password'),
    )
    await submit(german)
    expect(
      await screen.findByText(/^Dieses Passwort ist zu leicht zu erraten\./),
    ).toHaveTextContent(
      'Dieses Passwort ist zu leicht zu erraten. Fügen Sie weitere, weniger gebräuchliche Wörter hinzu.',
    )
  })

  it('gives its own German advice when the server says something else in English', async () => {
    await inLocale('de')
    answerPatch(() => apiError(400, 'password_too_weak', 'Pick a better one.', 'password'))
    await submit(german)
    expect(
      await screen.findByText(/^Dieses Passwort ist zu leicht zu erraten\./),
    ).toHaveTextContent(
      'Dieses Passwort ist zu leicht zu erraten. Fügen Sie ein oder zwei weitere Wörter hinzu; ungewöhnliche Wörter sind besser.',
    )
  })

  it('says how long to wait in Arabic, with its dual', async () => {
    await inLocale('ar')
    answerPatch(() =>
      apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '2' }),
    )
    await submit({
      current: 'كلمة المرور الحالية',
      next: 'كلمة المرور الجديدة',
      confirm: 'تأكيد كلمة المرور الجديدة',
      save: 'تغيير كلمة المرور',
    })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'محاولات كثيرة جدًا لإدخال كلمة المرور. يمكنك المحاولة مرة أخرى بعد ثانيتين.',
    )
  })
})
