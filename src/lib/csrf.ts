export const CSRF_COOKIE = 'posthog_csrftoken'

/** Read fresh for every write: sign-in rotates the token. */
export function readCsrfToken(cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='))
  }
  return null
}
