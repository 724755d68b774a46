import { screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import { LOCALE_COOKIE, type Locale } from '../../../lib/locales'
import { expectAnnounced } from '../../../testing/announcer'
import { http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { HedgehogSection } from './hedgehog-section'
import { SceneSection } from './scene-section'
import { ThemeSection } from './theme-section'

beforeAll(async () => {
  await loadScopes(['appearance'])
})
afterEach(async () => {
  await switchLocale('en')
  document.cookie = `${LOCALE_COOKIE}=; Path=/; Max-Age=0`
})

const dressed = makeUser({
  hedgehog_config: {
    color: 'blue',
    accessories: ['cowboy', 'sunglasses', 'parrot'],
    party_mode_enabled: true,
  },
})

async function previewIn(locale: Locale, user = dressed) {
  await switchLocale(locale)
  renderWithApp(<HedgehogSection />, { user, path: '/settings/appearance' })
  return screen.getByRole('img')
}

describe('appearance in other languages', () => {
  it('reads the theme choices in German', async () => {
    await switchLocale('de')
    renderWithApp(<ThemeSection />, { user: makeUser({ theme_mode: 'dark' }) })
    expect(screen.getByRole('heading', { name: 'Design' })).toBeInTheDocument()
    const themes = screen.getByRole('group', { name: 'Design' })
    expect(within(themes).getByRole('radio', { name: 'Dunkel' })).toBeChecked()
    expect(within(themes).getByRole('radio', { name: 'Hell' })).toHaveAccessibleDescription(
      'Dunkler Text auf hellem Hintergrund.',
    )
  })

  it('describes the hedgehog in German, nouns keeping their capitals, the list in German', async () => {
    expect(await previewIn('de')).toHaveAccessibleName(
      'Vorschau Ihres Igels: Blau, mit Cowboyhut, Sonnenbrille und Papagei, feiert, Igelmodus aus',
    )
    expect(screen.getByRole('switch', { name: 'Partymodus' })).toBeChecked()
    expect(screen.getByRole('group', { name: 'Kopfbedeckung' })).toBeInTheDocument()
  })

  it('describes the hedgehog in Arabic, with Arabic list joining', async () => {
    const robohog = makeUser({
      hedgehog_config: { skin: 'robohog', accessories: ['tophat', 'glasses'], enabled: true },
    })
    expect(await previewIn('ar', robohog)).toHaveAccessibleName(
      'معاينة القنفذ: الزي Robohog، يرتدي قبعة عالية ونظارة',
    )
  })

  it('joins three accessories the Arabic way', async () => {
    expect(await previewIn('ar')).toHaveAccessibleName(
      'معاينة القنفذ: أزرق، يرتدي قبعة رعاة البقر ونظارة شمسية وببغاء، يحتفل، وضع القنفذ متوقف',
    )
  })

  it('describes the hedgehog in Japanese', async () => {
    expect(await previewIn('ja')).toHaveAccessibleName(
      'ハリネズミのプレビュー: 青。カウボーイハット、サングラス、オウムを着用。パーティー中。ハリネズミモードはオフ',
    )
  })

  it('describes the hedgehog in French, names in lower case mid-sentence', async () => {
    expect(await previewIn('fr')).toHaveAccessibleName(
      'Aperçu de votre hérisson : bleu, accessoires : chapeau de cowboy, lunettes de soleil et perroquet, en fête, mode hérisson désactivé',
    )
  })

  it('saves a dashboard in German, the name isolated in Arabic', async () => {
    const user = makeUser({ team: { ...makeUser().team!, name: 'Acme' } })
    server.use(
      http.get(apiPaths.dashboards(user.team!.id), () =>
        HttpResponse.json({
          count: 1,
          next: null,
          previous: null,
          results: [{ id: 8, name: 'Web analytics', description: '', pinned: false }],
        }),
      ),
      http.post(apiPaths.scenePersonalisation, () =>
        HttpResponse.json({
          ...user,
          scene_personalisation: [{ scene: 'ProjectHomepage', dashboard: 8 }],
        }),
      ),
      http.get(apiPaths.me, () =>
        HttpResponse.json({
          ...user,
          scene_personalisation: [{ scene: 'ProjectHomepage', dashboard: 8 }],
        }),
      ),
    )
    await switchLocale('de')
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    const select = await screen.findByRole('combobox', {
      name: 'Dashboard für „Projektstartseite“',
    })
    expect(screen.getByText('Aktuelles Projekt: Acme.')).toBeInTheDocument()
    await app.user.selectOptions(select, 'Web analytics')
    expect(await screen.findByText('Gespeichert')).toBeVisible()
    await expectAnnounced('„Projektstartseite“ öffnet jetzt „Web analytics“. Gespeichert.')

    app.unmount()
    await switchLocale('ar')
    renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    expect(await screen.findByText('المشروع الحالي: \u2068Acme\u2069.')).toBeInTheDocument()
  })
})
