import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import type { Locale } from '../../../lib/locales'
import { announcer } from '../../../testing/announcer'
import { http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { recordMePatches } from '../../../testing/requests'
import { renderWithApp } from '../../../testing/render'
import { DetailsSection } from './details-section'
import { PrivacySection } from './privacy-section'
import { ToolsSection } from './tools-section'

const jane = makeUser({
  first_name: 'Jane',
  last_name: '',
  role_at_organization: null,
  pending_email: 'jane@new.example',
  anonymize_data: false,
  shortcut_position: 'above',
})

async function inLocale(locale: Locale) {
  await loadScopes(['profile'])
  await switchLocale(locale)
}

beforeEach(() => {
  server.use(http.get(apiPaths.me, () => HttpResponse.json(jane)))
})
afterEach(async () => {
  await switchLocale('en')
})

describe('the profile in other languages', () => {
  it('shows the details in German: roles, hints and the checks of the form', async () => {
    await inLocale('de')
    const app = renderWithApp(<DetailsSection />, { user: jane, path: '/settings/profile' })
    expect(screen.getByRole('heading', { name: 'Ihre Angaben' })).toBeInTheDocument()
    const role = screen.getByLabelText('Ihre Rolle in der Organisation')
    expect(role).toHaveDisplayValue('Rolle auswählen')
    expect(screen.getByRole('option', { name: 'Produktmanagement' })).toBeInTheDocument()
    expect(screen.getByText('jane@new.example wartet noch auf Ihre Bestätigung.')).toBeVisible()
    await app.user.clear(screen.getByLabelText('Vorname'))
    await app.user.click(screen.getByRole('button', { name: 'Angaben speichern' }))
    expect(await screen.findByText('Geben Sie Ihren Vornamen ein.')).toBeInTheDocument()
  })

  it('says a switch saved in German, and names the shortcut positions', async () => {
    await inLocale('de')
    recordMePatches(jane)
    const { user } = renderWithApp(
      <>
        <PrivacySection />
        <ToolsSection />
      </>,
      { user: jane },
    )
    expect(screen.getByLabelText('Position Ihrer Verknüpfungen')).toHaveDisplayValue('Oben')
    await user.click(screen.getByRole('switch', { name: 'Meine Daten anonymisieren' }))
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Meine Daten anonymisieren: ein. Gespeichert.'),
    )
  })

  it('isolates the pending address inside an Arabic sentence', async () => {
    await inLocale('ar')
    renderWithApp(<DetailsSection />, { user: jane, path: '/settings/profile' })
    expect(
      screen.getByText('بانتظار تأكيدك للعنوان \u2068jane@new.example\u2069.'),
    ).toBeInTheDocument()
  })
})
