/**
 * /_dev/* answers same-origin requests only (#12). A browser marks a typed-in address with
 * `Sec-Fetch-Site: none`; the tests' API requests say the same, as a command-line tool would.
 */
export const DEV_TOOLS_HEADERS = { 'Sec-Fetch-Site': 'none' }
