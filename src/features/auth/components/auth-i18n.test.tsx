import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import type { Locale } from '../../../lib/locales'
import { apiError, http, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { LoginPage } from './login-page'

async function inLocale(locale: Locale) {
  await loadScopes(['auth'])
  await switchLocale(locale)
}

afterEach(async () => {
  await switchLocale('en')
})

describe('the sign-in page in other languages', () => {
  it('is in German, its checks too (read when they fail, not when the module loaded)', async () => {
    await inLocale('de')
    const { user } = renderWithApp(<LoginPage pageTitle={(page) => `${page} · Test`} />, {
      path: '/login',
    })
    expect(screen.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument()
    expect(document.title).toBe('Anmelden · Test')
    await user.click(screen.getByRole('button', { name: 'Anmelden' }))
    expect(await screen.findByText('Geben Sie Ihre E-Mail-Adresse ein.')).toBeInTheDocument()
    expect(screen.getByText('Geben Sie Ihr Passwort ein.')).toBeInTheDocument()
    expect(screen.getByLabelText('E-Mail')).toHaveAttribute('aria-invalid', 'true')
  })

  it.each([
    ['de', ['E-Mail', 'Passwort', 'Anmelden'], 'Sie können es in 2 Minuten erneut versuchen.'],
    ['ar', ['البريد الإلكتروني', 'كلمة المرور', 'تسجيل الدخول'], 'المحاولة مرة أخرى بعد دقيقتين.'],
  ] as const)(
    'says when to retry after a 429 in %s, the wait in its plural',
    async (locale, labels, text) => {
      await inLocale(locale)
      server.use(
        http.post(apiPaths.login, () =>
          apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '120' }),
        ),
      )
      const [email, password, signIn] = labels
      const { user } = renderWithApp(<LoginPage />, { path: '/login' })
      await user.type(screen.getByLabelText(email), 'ada@example.com')
      await user.type(screen.getByLabelText(password), 'secret-password')
      await user.click(screen.getByRole('button', { name: signIn }))
      expect(await screen.findByRole('alert')).toHaveTextContent(text)
    },
  )

  it('asks for the code in Japanese after the password', async () => {
    await inLocale('ja')
    server.use(http.post(apiPaths.login, () => apiError(401, '2fa_required', '2FA is required.')))
    const { user } = renderWithApp(<LoginPage />, { path: '/login' })
    await user.type(screen.getByLabelText('メールアドレス'), 'ada@example.com')
    await user.type(screen.getByLabelText('パスワード'), 'secret-password')
    await user.click(screen.getByRole('button', { name: 'サインイン' }))
    expect(await screen.findByRole('heading', { name: '二要素認証' })).toBeInTheDocument()
    expect(screen.getByLabelText('認証コードまたはバックアップコード')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '確認' })).toBeInTheDocument()
  })
})
