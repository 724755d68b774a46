import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { loadCatalogue } from '../app/catalogues'
import { setCatalogueLoader, startI18n } from '../lib/i18n'
import { server } from './msw'

// Components read their strings in the active language: English, as a first visit would.
setCatalogueLoader(loadCatalogue)
await startI18n('en')

// jsdom has no <dialog> methods; give it the minimum the Dialog component uses.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
}

// A component that logs an error has a bug the test should see.
const consoleError = console.error
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  // Node's fetch has no page URL to resolve "/api/..." against; the browser does.
  const mswFetch = globalThis.fetch
  globalThis.fetch = (input, init) =>
    mswFetch(
      typeof input === 'string' && input.startsWith('/')
        ? new URL(input, window.location.origin).href
        : input,
      init,
    )
  console.error = (...args: unknown[]) => {
    consoleError(...args)
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  }
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
  document.cookie = 'posthog_csrftoken=; max-age=0'
  vi.restoreAllMocks()
})
afterAll(() => {
  server.close()
  console.error = consoleError
})
