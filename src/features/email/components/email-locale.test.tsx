import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, switchLocale } from '../../../lib/i18n'
import { emailQueries } from '../api/email-queries'
import { freshDelivery } from '../code-delivery'
import { emailStrings } from '../strings'
import { pendingJane, renderEmailPage } from './email-test-utils'
import { speakerFor } from '../../../testing/locale'

/** The feature's catalogue in a language, as its route loads it. */
const speak = speakerFor('email')

/** The pending card right after sending, in whatever language is active, with its expiry time. */
async function renderPendingNow() {
  const sentAt = Date.now()
  const app = renderEmailPage(pendingJane)
  app.queryClient.setQueryData(
    emailQueries.delivery(pendingJane.uuid, pendingJane.pending_email!).queryKey,
    freshDelivery(sentAt),
  )
  const time = i18n.date(sentAt + 10 * 60_000, { hour: 'numeric', minute: '2-digit' })
  // The card re-renders with the known send time (the cache notifies on the next tick).
  await screen.findByText(new RegExp(time), { exact: false })
  return { app, time }
}

describe('the email page in other languages', () => {
  afterEach(async () => {
    await switchLocale('en')
  })

  it('speaks German: headings, tags, fields and buttons', async () => {
    await speak('de')
    renderEmailPage()
    expect(screen.getByRole('heading', { name: 'Ihre E-Mail-Adresse' })).toBeVisible()
    expect(screen.getByText('Bestätigt')).toBeVisible()
    expect(screen.getByLabelText('Neue E-Mail-Adresse')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Code senden' })).toBeInTheDocument()
  })

  it('gives the expiry time and the resend countdown in German', async () => {
    await speak('de')
    const { time } = await renderPendingNow()
    const field = screen.getByLabelText('6-stelliger Code')
    expect(field).toHaveAccessibleDescription(
      `Sie können ihn mit oder ohne Leerzeichen einfügen. Der Code ist nach dem Senden 10 Minuten lang gültig, bis ${time} Uhr.`,
    )
    // 24-hour German time, not the browser's or English "PM".
    expect(time).toMatch(/^\d{1,2}:\d{2}$/)
    expect(
      screen.getByText(/^Sie können in (30|29) Sekunden einen neuen Code anfordern\.$/),
    ).toBeVisible()
    expect(
      within(screen.getByRole('region', { name: 'Neue Adresse bestätigen' })).getByText(
        /an jane\.new@example\.com gesendet/,
      ),
    ).toBeVisible()
  })

  it("says the client's own code check in German, not the contract's English", async () => {
    await speak('de')
    const { app } = await renderPendingNow()
    await app.user.type(screen.getByLabelText('6-stelliger Code'), '12a4{Enter}')
    expect(
      await screen.findByText('Geben Sie den 6-stelligen Code aus der E-Mail ein.'),
    ).toBeVisible()
    expect(screen.queryByText('Enter the 6-digit code from your email.')).toBeNull()
  })

  it('checks a new address in the language of the moment', async () => {
    await speak('fr')
    const app = renderEmailPage()
    await app.user.type(screen.getByLabelText('Nouvelle adresse e-mail'), 'jane@example.com')
    await app.user.click(screen.getByRole('button', { name: 'Envoyer le code' }))
    expect(
      await screen.findByText('C’est déjà votre adresse e-mail. Saisissez-en une autre.'),
    ).toBeVisible()
  })

  it('counts down in Arabic plural forms and in Japanese, the time with Arabic day periods', async () => {
    await speak('ar')
    const s = emailStrings.pending
    expect(s.resendIn(1)).toBe('يمكنك طلب رمز جديد بعد ثانية واحدة.')
    expect(s.resendIn(2)).toBe('يمكنك طلب رمز جديد بعد ثانيتين.')
    expect(s.resendIn(5)).toBe('يمكنك طلب رمز جديد بعد 5 ثوانٍ.')
    expect(s.resendIn(30)).toBe('يمكنك طلب رمز جديد بعد 30 ثانيةً.')
    const { time } = await renderPendingNow()
    // Arabic day periods (ص / م), not English AM / PM.
    expect(time).toMatch(/^\d{1,2}:\d{2}\s[صم]$/)
    expect(screen.getByText(`في الساعة ${time}.`, { exact: false })).toBeInTheDocument()
    // The address keeps its own direction inside the Arabic sentence.
    expect(emailStrings.change.sent('jane@example.com')).toBe(
      'أرسلنا رمزًا مكوّنًا من 6 أرقام إلى \u2068jane@example.com\u2069.',
    )

    await switchLocale('ja')
    expect(s.resendIn(1)).toBe('1 秒後に新しいコードをリクエストできます。')
    expect(s.resendIn(45)).toBe('45 秒後に新しいコードをリクエストできます。')
  })
})
