/** Where the e2e server listens (E2E_PORT, else 8123); playwright.config.ts makes it the baseURL. */
export const port = Number(process.env.E2E_PORT ?? 8123)

/** The second e2e server's port (E2E_STALE_PORT, else the next one). */
export const stalePort = Number(process.env.E2E_STALE_PORT ?? port + 1)

/** Where the second e2e server listens: sessions there need re-authentication after 3 seconds. */
export const staleServerURL = `http://127.0.0.1:${stalePort}`
