/**
 * Pages that ask for the signed-in user get its request started with the HTML, as a Link
 * header, so it runs in parallel with the JS (docs/decisions/0006-early-user-fetch.md). The
 * sign-in page does not: for a signed-out visitor it would only produce a 401.
 */
export const USER_PRELOAD_LINK =
  '</api/users/@me/>; rel=preload; as=fetch; crossorigin=use-credentials'

export function wantsUserPreload(path: string): boolean {
  return path === '/' || path === '/settings' || path.startsWith('/settings/')
}
