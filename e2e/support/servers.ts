/** Where the second e2e server listens: sessions there need re-authentication after 3 seconds. */
export const staleServerURL = `http://127.0.0.1:${Number(process.env.E2E_STALE_PORT ?? Number(process.env.E2E_PORT ?? 8123) + 1)}`
