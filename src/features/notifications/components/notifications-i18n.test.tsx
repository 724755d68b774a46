import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import type { Locale } from '../../../lib/locales'
import { makeUser } from '../../../testing/msw'
import { parsePercent, toPercent } from '../settings'
import { announcer, fakeApi, jane, renderPage, toggle } from './notifications-test-utils'

async function inLocale(locale: Locale) {
  await loadScopes(['notifications'])
  await switchLocale(locale)
}

const withThreshold = (share: number) =>
  makeUser({
    ...jane,
    notification_settings: { ...jane.notification_settings, data_pipeline_error_threshold: share },
  })

afterEach(async () => {
  await switchLocale('en')
})

describe('the notifications page in other languages', () => {
  it('shows its sections, switches and hints in German', async () => {
    await inLocale('de')
    fakeApi()
    renderPage()
    expect(screen.getByRole('heading', { name: 'Wochenübersichten' })).toBeVisible()
    expect(toggle('Wochenübersicht')).toBeChecked()
    expect(toggle('Wochenübersicht für Staging')).toHaveAccessibleDescription(
      'Wenn aktiviert, enthält Ihre Wochenübersicht Staging.',
    )
    const inApp = within(screen.getByRole('region', { name: 'Benachrichtigungen in der App' }))
    expect(inApp.getByRole('switch', { name: 'Ein Alarm wird ausgelöst' })).toBeChecked()
    expect(screen.getByRole('button', { name: 'Fehlerquote speichern' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  it('announces a saved switch in German', async () => {
    await inLocale('de')
    fakeApi()
    const app = renderPage()
    await app.user.click(toggle('Aufgabenkommentare in Slack'))
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Aufgabenkommentare in Slack: ein. Gespeichert.'),
    )
  })

  it('shows the threshold with a German decimal comma and says why a value is refused', async () => {
    await inLocale('de')
    fakeApi(withThreshold(0.015))
    const app = renderPage(withThreshold(0.015))
    const input = screen.getByRole('textbox', {
      name: 'Fehlerquote, ab der Sie benachrichtigt werden',
    })
    expect(input).toHaveValue('1,5')
    await app.user.clear(input)
    await app.user.type(input, 'abc')
    await app.user.click(screen.getByRole('button', { name: 'Fehlerquote speichern' }))
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        expect.stringContaining('Geben Sie eine Zahl ein, z.\u00a0B. 5 oder 0,5.'),
      ),
    )
    await app.user.clear(input)
    await app.user.type(input, '2,5')
    await app.user.click(screen.getByRole('button', { name: 'Fehlerquote speichern' }))
    await waitFor(() =>
      // Intl writes a no-break space before "%" in German.
      expect(announcer()).toHaveTextContent(/gespeichert: 2,5\s%\.$/),
    )
    expect(input).toHaveValue('2,5')
  })

  it('reads the threshold in Arabic, typed with Arabic-Indic digits', async () => {
    await inLocale('ar')
    fakeApi(withThreshold(0.015))
    const app = renderPage(withThreshold(0.015))
    const input = screen.getByRole('textbox', { name: 'معدل الأخطاء الذي يُطلق تنبيهًا' })
    await app.user.clear(input)
    await app.user.type(input, '٢٫٥ ٪')
    await app.user.click(screen.getByRole('button', { name: 'حفظ معدل الأخطاء' }))
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(/^تم حفظ معدل الأخطاء للتنبيهات: .*2\.5.*%.*\.$/),
    )
    // Isolated, so a left-to-right project name keeps its place in the Arabic sentence.
    expect(toggle('ملخص \u2068Staging\u2069')).toBeInTheDocument()
  })

  it('shows the page in Japanese, the threshold with a decimal point', async () => {
    await inLocale('ja')
    fakeApi(withThreshold(0.015))
    renderPage(withThreshold(0.015))
    expect(toPercent(0.015)).toBe('1.5')
    expect(screen.getByRole('textbox', { name: 'アラートを送信するエラー率' })).toHaveValue('1.5')
    expect(
      screen.getByText('これらは現在のプロジェクト（Default project）の設定です。'),
    ).toBeVisible()
  })
})

describe('the threshold as typed in any language', () => {
  it.each([
    ['5', 5],
    ['0,5', 0.5],
    ['1,5 %', 1.5],
    ['٢٫٥', 2.5],
    ['۱۰ ٪', 10],
    ['1.5\u200e%\u200e', 1.5],
    ['abc', null],
    ['', null],
  ])('reads %j as %j', (typed, expected) => {
    expect(parsePercent(typed)).toBe(expected)
  })
})
