import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { switchLocale } from '../../../lib/i18n'
import { backupCodesStrings as b } from '../backup-codes-strings'
import { twoFactorStrings as s } from '../strings'
import { renderTwoFactorPage, speak, twoFactorServer } from '../testing'

afterEach(async () => {
  await switchLocale('en')
})

const statusCard = () => screen.getByRole('region', { name: 'Status' })
// A <dd> has no accessible name tying it to its <dt>, so no Testing Library query finds it.
const fact = (term: string) =>
  // eslint-disable-next-line testing-library/no-node-access
  within(statusCard()).getByText(term, { selector: 'dt' }).nextElementSibling

describe('the two-factor page in other languages', () => {
  it('shows the status, the count and the nudge in German', async () => {
    await speak('de')
    twoFactorServer({ enabled: true, remaining: 2 })
    renderTwoFactorPage()
    await screen.findByRole('heading', { name: 'Status' })
    expect(fact('Zwei-Faktor-Authentifizierung')).toHaveTextContent('Ein')
    expect(fact('Methode')).toHaveTextContent('Authenticator-App')
    expect(fact('Verbleibende Backup-Codes')).toHaveTextContent('2 von 10')
    expect(screen.getByText(/^Nur noch 2 Backup-Codes übrig\./)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Neue Backup-Codes erstellen' })).toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Zwei-Faktor-Authentifizierung deaktivieren' }),
    ).toBeVisible()
  })

  it('starts setup in German: the QR code named after the account, the code checked', async () => {
    await speak('de')
    twoFactorServer()
    const { user } = renderTwoFactorPage()
    await user.click(
      await screen.findByRole('button', { name: 'Zwei-Faktor-Authentifizierung einrichten' }),
    )
    expect(
      await screen.findByRole('heading', {
        name: 'Fügen Sie Ihr Konto Ihrer Authenticator-App hinzu',
      }),
    ).toBeVisible()
    expect(
      screen.getByRole('img', {
        name: 'QR-Code, um jane@example.com zu Ihrer Authenticator-App hinzuzufügen',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Einrichtung abbrechen' })).toBeVisible()
    // The field's own check speaks German too (its message is read when it fails).
    await user.type(screen.getByLabelText('6-stelliger Code aus Ihrer App'), '123{Enter}')
    expect(
      await screen.findByText(
        'Geben Sie die 6 Ziffern ein, die Ihre App anzeigt, zum Beispiel 123456.',
      ),
    ).toBeVisible()
  })
})

describe('plurals and numbers', () => {
  it('counts backup codes in German', async () => {
    await speak('de')
    expect(s.nudge(1)).toMatch(/^Nur noch 1 Backup-Code übrig\./)
    expect(s.disableConsequences(1)[1]).toBe(
      'Die Codes Ihrer Authenticator-App und Ihr verbleibender Backup-Code funktionieren sofort nicht mehr.',
    )
    expect(b.regenerateBody(3)).toMatch(/^Ihre 3 aktuellen Backup-Codes funktionieren/)
    expect(b.regenerateBody(0)).toMatch(/^Sie haben keine Backup-Codes mehr\./)
  })

  it('counts backup codes in Arabic: one, two, few and many', async () => {
    await speak('ar')
    expect(s.nudge(1)).toMatch(/^لم يتبقَّ لديك سوى رمز احتياطي واحد\./)
    expect(s.nudge(2)).toMatch(/^لم يتبقَّ لديك سوى رمزين احتياطيين\./)
    expect(s.disableConsequences(10)[1]).toMatch(/وعددها (10|١٠) رموز،/)
    expect(b.regenerateBody(11)).toMatch(/وعددها (11|١١) رمزًا،/)
    expect(s.backupCodesCount(7)).toMatch(/^(7|٧) من (10|١٠)$/)
  })

  it('counts backup codes in Japanese, with one form for every number', async () => {
    await speak('ja')
    expect(s.nudge(1)).toMatch(/^バックアップコードは残り1個です。/)
    expect(s.nudge(2)).toMatch(/^バックアップコードは残り2個です。/)
    expect(s.backupCodesCount(7)).toBe('10個中7個')
  })
})
