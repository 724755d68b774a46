/** The list's filters and page, as kept in the address bar (so reload and Back restore them). */
export type StaffFilter = 'all' | 'true' | 'false'

export interface ListParams {
  /** Exact email; '' for no filter. */
  email: string
  staff: StaffFilter
  /** 1-based. */
  page: number
}

export const PAGE_SIZE = 20

export function readListParams(search: URLSearchParams): ListParams {
  const staff = search.get('staff')
  const page = Number(search.get('page'))
  return {
    email: search.get('email')?.trim() ?? '',
    staff: staff === 'true' || staff === 'false' ? staff : 'all',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** Only what differs from the defaults, so the plain list has a clean URL. */
export function writeListParams({ email, staff, page }: ListParams): URLSearchParams {
  const search = new URLSearchParams()
  if (email) search.set('email', email)
  if (staff !== 'all') search.set('staff', staff)
  if (page > 1) search.set('page', String(page))
  return search
}

/** GET /api/users/ query: PostHog's django-filter fields plus LimitOffsetPagination. */
export interface UserListQuery {
  email?: string
  is_staff?: boolean
  limit: number
  offset: number
}

export function toListQuery({ email, staff, page }: ListParams): UserListQuery {
  return {
    ...(email ? { email } : {}),
    ...(staff === 'all' ? {} : { is_staff: staff === 'true' }),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  }
}
