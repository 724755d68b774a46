import { describe, expect, it } from 'vitest'
import { ApiError, ContractError, NetworkError } from './api-error'
import { errorMessage, isModuleLoadFailure, isUnreachable } from './error-message'

const OFFLINE = "We couldn't reach the server. Check your connection and try again."
const SERVER_ON_READ = 'Something went wrong on our side. Try again in a moment.'
const SERVER_ON_SAVE = 'Something went wrong on our side. Your changes were not saved; try again.'

// What each browser says when an import() never got its file.
const chunkFailures = [
  new TypeError(
    'Failed to fetch dynamically imported module: http://127.0.0.1/assets/notifications-a1b2.js',
  ),
  new TypeError('error loading dynamically imported module: http://127.0.0.1/assets/de-c3d4.js'),
  new TypeError('Importing a module script failed.'),
  new Error('Unable to preload CSS for /assets/notifications-e5f6.css'),
]

describe('errorMessage, per kind of failure', () => {
  it('says the server could not be reached when no answer came, on a read or a save', () => {
    expect(errorMessage(new NetworkError(), {}, 'load')).toBe(OFFLINE)
    expect(errorMessage(new NetworkError())).toBe(OFFLINE)
  })

  it.each(chunkFailures)('says the same when a page or catalogue chunk never arrived: %s', (e) => {
    expect(errorMessage(e, {}, 'load')).toBe(OFFLINE)
    expect(errorMessage(e, {}, 'load')).not.toMatch(/Something went wrong/)
  })

  it('keeps "Something went wrong on our side" for the server answering 5xx', () => {
    const error = new ApiError(500, 'server_error', 'error', 'A server error occurred.', null)
    expect(errorMessage(error, {}, 'load')).toBe(SERVER_ON_READ)
    expect(errorMessage(error)).toBe(SERVER_ON_SAVE)
  })

  it("says a bug in the app's own code went wrong on our side, not that the network is down", () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'email')")
    expect(isUnreachable(bug)).toBe(false)
    expect(errorMessage(bug, {}, 'load')).toBe(SERVER_ON_READ)
  })

  it('tells an answer it cannot read from no answer', () => {
    expect(isUnreachable(new ContractError('/api/users/@me/', 'bad'))).toBe(false)
    expect(errorMessage(new ContractError('/api/users/@me/', 'bad'))).toMatch(/does not understand/)
  })
})

describe('isModuleLoadFailure', () => {
  it('is a chunk that never arrived, not an API request that failed', () => {
    for (const error of chunkFailures) expect(isModuleLoadFailure(error)).toBe(true)
    expect(isModuleLoadFailure(new NetworkError())).toBe(false)
    expect(isModuleLoadFailure('Failed to fetch dynamically imported module')).toBe(false)
  })
})
