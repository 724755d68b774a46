import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { Config } from '../config'
import { startTestServer, type Client, type TestServer } from './harness'

/** An object that always speaks to what `now()` gives: the server (or client) of the running test. */
function live<T extends object, E extends object = object>(now: () => T, own?: E): T & E {
  return new Proxy({} as T & E, {
    get(_, key) {
      if (own && key in own) return Reflect.get(own, key)
      const target = now()
      const value: unknown = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
    set: (_, key, value) => Reflect.set(now(), key, value),
  })
}

export interface LiveTestServer extends TestServer {
  /** A client signed in as `email` before each test (after the server starts). */
  signedInPerTest(email: string): Client
}

/**
 * A fresh `startTestServer(overrides)` before each test (before the file's tests with
 * `{ once: true }`), closed after: a file declares it once, `const s = testServerPerTest()`,
 * instead of its own let/beforeEach/afterEach.
 */
export function testServerPerTest(
  overrides: Partial<Config> = {},
  { once = false }: { once?: boolean } = {},
): LiveTestServer {
  const [before, after] = once ? [beforeAll, afterAll] : [beforeEach, afterEach]
  let server: TestServer | null = null
  const now = () => server ?? fail('the test server runs only inside a test')
  before(async () => {
    server = await startTestServer(overrides)
  })
  after(async () => {
    await server?.close()
    server = null
  })
  const signedInPerTest = (email: string) => {
    let client: Client | null = null
    before(async () => {
      client = await now().signedIn(email)
    })
    return live(() => client ?? fail(`${email} signs in only inside a test`))
  }
  return live(now, { signedInPerTest })
}

function fail(message: string): never {
  throw new Error(message)
}
