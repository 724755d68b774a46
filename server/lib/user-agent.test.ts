import { describe, expect, it } from 'vitest'
import { shortUserAgent } from './user-agent'

describe("the device of a session (PostHog's get_short_user_agent)", () => {
  it.each([
    [
      'Chrome on macOS',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36',
      'Chrome 135.0.0 on Mac OS X 10.15',
    ],
    [
      'Firefox on Ubuntu (no OS version: the trailing space stays)',
      'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      'Firefox 128.0 on Ubuntu ',
    ],
    [
      'Safari on an iPhone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Mobile Safari 17.5 on iOS 17.5',
    ],
    [
      'Edge on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      'Edge 131.0.2903 on Windows 10',
    ],
    ['curl', 'curl/8.5.0', 'curl 8.5.0 on Other '],
    ['an agent nobody knows', 'x', 'Other  on Other '],
  ])('%s', (_, header, device) => {
    expect(shortUserAgent(header)).toBe(device)
  })

  it('is null without a User-Agent', () => {
    expect(shortUserAgent(undefined)).toBeNull()
    expect(shortUserAgent('')).toBeNull()
  })
})
