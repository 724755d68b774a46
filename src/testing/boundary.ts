import { vi } from 'vitest'

/** React logs every error an error boundary catches; only that expected log is let through. */
export function expectBoundaryErrors() {
  const fail = console.error
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args.some((arg) => String(arg).includes('using the error boundary you provided'))) return
    fail(...args)
  })
}
