import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import type { Locale } from '../../../lib/locales'
import { http, json, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { BackToUsers, UserDetail } from './user-detail'
import { UsersList } from './users-list'

const ada = makeUser({
  uuid: 'u-ada',
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  date_joined: '2024-03-05T10:00:00Z',
  role_at_organization: 'engineering',
  is_staff: true,
})
const grace = makeUser({ uuid: 'u-grace', email: 'grace@example.com', is_staff: false })

async function inLocale(locale: Locale) {
  await loadScopes(['users'])
  await switchLocale(locale)
}

function listOf(results: User[]) {
  server.use(
    http.get(apiPaths.users, () =>
      json({ count: results.length, next: null, previous: null, results }),
    ),
  )
  return renderWithApp(<UsersList />, { path: '/settings/users' })
}

/** The <dd> after a <dt> with this text (no Testing Library query ties the two). */
const detail = (term: string) =>
  // eslint-disable-next-line testing-library/no-node-access
  screen.getByText(term, { selector: 'dt' }).nextElementSibling

afterEach(async () => {
  await switchLocale('en')
})

describe('the users pages in other languages', () => {
  it('shows the list in German, with the count and dates in German', async () => {
    await inLocale('de')
    listOf([ada])
    expect(await screen.findByText('1–1 von 1 Benutzer')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Benutzer suchen' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Suchen' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'Nur Mitarbeiter' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Benutzer' })
    expect(within(table).getByRole('columnheader', { name: 'Mitglied seit' })).toBeInTheDocument()
    expect(within(table).getAllByText('05.03.2024')).toHaveLength(2)
  })

  it('uses the Arabic dual for two users', async () => {
    await inLocale('ar')
    listOf([ada, grace])
    expect(await screen.findByText('عرض 1–2 من أصل مستخدمَين')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'بحث' })).toBeInTheDocument()
  })

  it("shows a user's details in German, the role included", async () => {
    await inLocale('de')
    server.use(http.get(apiPaths.user('u-ada'), () => json(ada)))
    renderWithApp(
      <>
        <BackToUsers />
        <UserDetail uuid="u-ada" />
      </>,
      { path: '/settings/users/u-ada' },
    )
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument()
    expect(detail('Rolle')).toHaveTextContent('Entwicklung')
    expect(detail('Mitarbeiter')).toHaveTextContent('Ja')
    expect(screen.getByRole('link', { name: 'Zurück zu den Benutzern' })).toBeInTheDocument()
  })
})
