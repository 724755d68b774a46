import { screen, waitFor, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../app/catalogues'
import {
  currentLocale,
  loadScopes,
  setCatalogueLoader,
  switchLocale,
  useLocale,
} from '../../../lib/i18n'
import { LOCALE_COOKIE, storedLocale } from '../../../lib/locales'
import { expectAnnounced } from '../../../testing/announcer'
import { makeUser } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { LanguageSection } from './language-section'

/** As the settings layout does: the page mounts again in each new language. */
function Remounting({ children }: { children: ReactNode }) {
  const locale = useLocale()
  return <div key={locale}>{children}</div>
}

function renderPicker() {
  return renderWithApp(
    <Remounting>
      <LanguageSection />
    </Remounting>,
    { user: makeUser(), path: '/settings/appearance' },
  )
}

const root = document.documentElement

beforeAll(async () => {
  // The route loads the feature's catalogues with its code; here the test asks for them.
  await loadScopes(['appearance'])
})
afterEach(async () => {
  setCatalogueLoader(loadCatalogue)
  await switchLocale('en')
  document.cookie = `${LOCALE_COOKIE}=; Path=/; Max-Age=0`
})

describe('language picker', () => {
  it('names each language in itself, marked with its lang, the current one chosen', () => {
    renderPicker()
    const picker = screen.getByRole('combobox', { name: 'Language' })
    expect(picker).toHaveValue('en')
    expect(picker).toHaveAccessibleDescription('')
    const options = within(picker).getAllByRole('option')
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Deutsch', 'de'],
      ['Français', 'fr'],
      ['日本語', 'ja'],
      ['العربية', 'ar'],
    ])
    expect(screen.getByText(/remembered on this device only/)).toBeInTheDocument()
  })

  it('switches at once, keeps focus on the picker and says so in the new language', async () => {
    const app = renderPicker()
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch')

    const picker = await screen.findByRole('combobox', { name: 'Sprache' })
    expect(picker).toHaveValue('de')
    await waitFor(() => expect(picker).toHaveFocus())
    expect(screen.getByRole('heading', { level: 2, name: 'Sprache' })).toBeInTheDocument()
    expect(screen.getByText(/nur auf diesem Gerät gespeichert/)).toBeInTheDocument()
    await expectAnnounced('Sprache auf Deutsch umgestellt.')
    expect(root).toHaveAttribute('lang', 'de')
    expect(root).toHaveAttribute('dir', 'ltr')
    expect(storedLocale()).toBe('de')
  })

  it('lays Arabic out right to left, the language names isolated in the sentence', async () => {
    const app = renderPicker()
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'العربية')
    const picker = await screen.findByRole('combobox', { name: 'اللغة' })
    await waitFor(() => expect(picker).toHaveFocus())
    expect(root).toHaveAttribute('dir', 'rtl')
    await expectAnnounced('تم تغيير اللغة إلى \u2068العربية\u2069.')
  })

  it('ends on the last language chosen when a second choice comes during a switch', async () => {
    // French arrives late, German (loaded already) at once: the switches run in the order chosen.
    setCatalogueLoader(async (scope, locale) => {
      await new Promise((resolve) => setTimeout(resolve, 150))
      return loadCatalogue(scope, locale)
    })
    const app = renderPicker()
    const picker = screen.getByRole('combobox', { name: 'Language' })
    await app.user.selectOptions(picker, 'Français')
    await app.user.selectOptions(picker, 'Deutsch')
    const german = await screen.findByRole('combobox', { name: 'Sprache' })
    await waitFor(() => expect(german).toHaveFocus())
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(currentLocale()).toBe('de')
    expect(storedLocale()).toBe('de')
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de')
  })

  it('keeps the old language and says why when the catalogue does not load', async () => {
    setCatalogueLoader(() => Promise.reject(new TypeError('Failed to fetch')))
    const app = renderPicker()
    const picker = screen.getByRole('combobox', { name: 'Language' })
    await app.user.selectOptions(picker, '日本語')

    const message =
      "日本語 couldn't be loaded, so the settings stay in English. Check your connection, then reload the page and try again."
    await waitFor(() => expect(picker).toHaveAccessibleDescription(message))
    expect(picker).toHaveValue('en')
    expect(picker).toBeInvalid()
    expect(currentLocale()).toBe('en')
    expect(root).toHaveAttribute('lang', 'en')
    expect(storedLocale()).toBeNull()
    await expectAnnounced(message)

    // Back online, the next choice works and clears the message (a browser may need a reload).
    setCatalogueLoader(loadCatalogue)
    await app.user.selectOptions(picker, 'Deutsch')
    const german = await screen.findByRole('combobox', { name: 'Sprache' })
    expect(german).toHaveAccessibleDescription('')
  })
})
