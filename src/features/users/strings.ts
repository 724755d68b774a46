import { plural, t } from '@lingui/core/macro'
import type { RoleAtOrganization } from '../../../contract/enums'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

export const usersStrings = {
  get listIntro() {
    return t`Every account on this instance. Only staff can see this page.`
  },
  get filtersTitle() {
    return t`Find users`
  },
  get email() {
    // Its own context: catalogues share ids, and "Email" is worded differently across the app.
    return t({
      message: 'Email',
      context: 'users field',
      comment: 'Label of the email search field and detail row',
    })
  },
  get searchLabel() {
    return t({ message: 'Name or email', comment: 'Label of the field that finds users' })
  },
  get emailHint() {
    return t`Typing filters this page by name or email. Search looks through all users for a whole address, like alan@example.com: PostHog’s email filter matches the exact address only, not part of it.`
  },
  get search() {
    return t({ message: 'Search', comment: 'Button that runs the email search' })
  },
  get clear() {
    return t({ message: 'Clear', comment: 'Button that empties the email search' })
  },
  get staff() {
    return t({
      message: 'Staff',
      comment: 'Instance staff (administrators): filter label, column, tag and detail row',
    })
  },
  get staffAll() {
    return t({ message: 'All', comment: 'Staff filter option: staff and non-staff users' })
  },
  get staffOnly() {
    return t({ message: 'Staff only', comment: 'Staff filter option' })
  },
  get staffNone() {
    return t({ message: 'Non-staff', comment: 'Staff filter option: users who are not staff' })
  },
  get resultsTitle() {
    return t({ message: 'Results', comment: 'Heading of the list of users found' })
  },
  get tableCaption() {
    return t({ message: 'Users', comment: 'Accessible name of the users table' })
  },
  get loadingList() {
    return t`Loading users`
  },
  get columns() {
    return {
      user: t({ message: 'User', comment: 'Column header: name and email' }),
      staff: usersStrings.staff,
      twoFactor: t({
        message: '2FA',
        comment: 'Column header, short for two-factor authentication',
      }),
      joined: usersStrings.joinedOn,
    }
  },
  /** A label: the column header, and on narrow screens the word before the date itself. */
  get joinedOn() {
    return t({
      message: 'Joined',
      comment:
        'When the account was created: a column header, and on narrow screens a label before the date ("Joined 5 Mar 2024")',
    })
  },
  get yes() {
    return t({ message: 'Yes', comment: 'A yes/no value in the table and the user details' })
  },
  get no() {
    return t({ message: 'No', comment: 'A yes/no value in the table and the user details' })
  },
  get staffTag() {
    return usersStrings.staff
  },
  get twoFactorOn() {
    return t({ message: 'On', comment: 'Two-factor authentication state in the table' })
  },
  get twoFactorOff() {
    return t({ message: 'Off', comment: 'Two-factor authentication state in the table' })
  },
  get noName() {
    return t`No name`
  },
  showing: (from: number, to: number, count: number) => {
    const first = i18n.number(from)
    const last = i18n.number(to)
    return plural(count, {
      one: `Showing ${first}–${last} of # user`,
      other: `Showing ${first}–${last} of # users`,
    })
  },
  get pagination() {
    return t({ message: 'Pages', comment: 'Accessible name of the Previous/Next navigation' })
  },
  get previous() {
    return t({ message: 'Previous', comment: 'Button: the previous page of users' })
  },
  get next() {
    return t({ message: 'Next', comment: 'Button: the next page of users' })
  },
  get emptyTitle() {
    return t`No users found`
  },
  emptyForEmail: (address: string) => {
    const email = isolate(address)
    return t`No user has the email ${email}. Check the spelling and use the full address.`
  },
  pageMatches: (count: number, text: string) => {
    const query = isolate(text)
    return plural(count, {
      one: `# user on this page matches “${query}”. Search looks through all users for a whole address.`,
      other: `# users on this page match “${query}”. Search looks through all users for a whole address.`,
    })
  },
  noneOnPage: (text: string) => {
    const query = isolate(text)
    return t`No user on this page has “${query}” in their name or email. To look through all users, type the whole address, like ada@example.com, and press Search.`
  },
  get emptyFiltered() {
    return t`No users match these filters.`
  },
  get emptyAll() {
    return t`There are no users yet.`
  },
  get clearFilters() {
    return t`Clear filters`
  },
  get pastTheEnd() {
    return t`This page is past the end of the list.`
  },
  get firstPage() {
    return t`Go to the first page`
  },
  // Detail
  get backToUsers() {
    return t`Back to users`
  },
  get detailIntro() {
    return t`This account's details, read-only.`
  },
  get loadingUser() {
    return t`Loading user`
  },
  get notFoundTitle() {
    return t`No user with this ID`
  },
  get notFoundBody() {
    return t`There is no active user with this ID. The account may have been deleted, or the link may be mistyped.`
  },
  get fields() {
    return {
      name: t({ message: 'Name', comment: 'User detail row' }),
      email: usersStrings.email,
      pendingEmail: t`Pending email change`,
      verified: t`Email verified`,
      staff: usersStrings.staff,
      twoFactor: t`Two-factor authentication`,
      organizations: t`Organizations`,
      joined: t`Date joined`,
      role: t({
        message: 'Role',
        comment: "User detail row: the user's role in their organization",
      }),
      uuid: t({ message: 'ID', comment: "User detail row: the account's unique ID" }),
    }
  },
  /** The role choices as PostHog names them (contract/enums.ts), in the reader's language. */
  get roles(): Record<RoleAtOrganization, string> {
    return {
      engineering: t({ message: 'Engineering', comment: 'Role in an organization' }),
      data: t({ message: 'Data', comment: 'Role in an organization' }),
      product: t({ message: 'Product Management', comment: 'Role in an organization' }),
      founder: t({ message: 'Founder', comment: 'Role in an organization' }),
      leadership: t({ message: 'Leadership', comment: 'Role in an organization' }),
      marketing: t({ message: 'Marketing', comment: 'Role in an organization' }),
      sales: t({ message: 'Sales / Success', comment: 'Role in an organization' }),
      other: t({ message: 'Other', comment: 'Role in an organization' }),
    }
  },
  get none() {
    // A context of its own: "None" elsewhere (an accessory, a second factor) is worded differently.
    return t({
      message: 'None',
      context: 'user detail value',
      comment: 'No pending email change, or no organizations',
    })
  },
  get notSet() {
    return t({ message: 'Not set', comment: 'The user has not chosen a role' })
  },
  get verifiedLegacy() {
    return t`Yes (account predates verification)`
  },
  get twoFactorEnabled() {
    return t({ message: 'Enabled', comment: 'Two-factor authentication state in the user details' })
  },
  get twoFactorDisabled() {
    return t({
      message: 'Not enabled',
      comment: 'Two-factor authentication state in the user details',
    })
  },
}
