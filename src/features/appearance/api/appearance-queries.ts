import { queryOptions } from '@tanstack/react-query'
import {
  dashboardListSchema,
  type DashboardBasic,
  type DashboardList,
} from '../../../../contract/dashboards'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'

/** Enough for any real project; PostHog pages dashboards by 100. */
const MAX_PAGES = 10

/** `next` is an absolute URL; only its path is followed, so requests stay on this origin. */
function samePath(next: string): string {
  const url = new URL(next, window.location.origin)
  return url.pathname + url.search
}

async function fetchDashboards(projectId: number, signal: AbortSignal): Promise<DashboardBasic[]> {
  const dashboards: DashboardBasic[] = []
  let path: string | null = apiPaths.dashboards(projectId)
  for (let page = 0; path && page < MAX_PAGES; page++) {
    const list: DashboardList = await apiRequest(path, { schema: dashboardListSchema, signal })
    dashboards.push(...list.results.filter((dashboard) => !dashboard.deleted))
    path = list.next ? samePath(list.next) : null
  }
  return dashboards
}

export const appearanceQueries = {
  /** The current project's dashboards, for the scene-personalisation picker. */
  dashboards: (projectId: number) =>
    queryOptions({
      queryKey: ['projects', projectId, 'dashboards'] as const,
      queryFn: ({ signal }) => fetchDashboards(projectId, signal),
      staleTime: 60_000,
    }),
}
