import type { Page, Request } from '@playwright/test'

/** What PostHog answers when a request hits an unhandled exception (DRF's 500). */
export const SERVER_ERROR_BODY = {
  type: 'server_error',
  code: 'error',
  detail: 'A server error occurred.',
  attr: null,
}

export const isPatch = (request: Request) => request.method() === 'PATCH'

/**
 * Makes the page's requests to `url` that `when` picks (all unless given) fail: with PostHog's
 * 500 (`SERVER_ERROR_BODY`), or as a dropped network with `{ as: 'dropped' }`; the others go on
 * as usual. Returns a count of the requests failed so far. `page.unroute(url)` ends it.
 */
export async function failRequests(
  page: Page,
  url: string,
  {
    when = () => true,
    as = '500',
  }: { when?: (request: Request) => boolean; as?: '500' | 'dropped' } = {},
) {
  let failed = 0
  await page.route(url, (route) => {
    if (!when(route.request())) return route.fallback()
    failed++
    if (as === 'dropped') return route.abort('internetdisconnected')
    return route.fulfill({ status: 500, json: SERVER_ERROR_BODY })
  })
  return () => failed
}
