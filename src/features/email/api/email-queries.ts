import { queryOptions } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { unknownDelivery, type CodeDelivery } from '../code-delivery'

export const emailQueries = {
  /**
   * The page reads the user from the shared query, and refetches it whenever the tab regains
   * focus (not only when stale): a change verified or cancelled in another tab shows at once.
   */
  currentUser: () => queryOptions({ ...currentUserQuery, refetchOnWindowFocus: 'always' }),

  /**
   * Client-only facts about the code sent to one address, pending or the account's own (when,
   * how many resends). Kept in the query cache so they survive leaving the page and coming
   * back; never fetched.
   */
  delivery: (uuid: string, address: string) =>
    queryOptions({
      queryKey: ['email-code', uuid, address, 'delivery'] as const,
      queryFn: (): CodeDelivery => unknownDelivery,
      initialData: unknownDelivery,
      staleTime: 'static',
      gcTime: Infinity,
    }),
}
