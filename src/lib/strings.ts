import { plural, t } from '@lingui/core/macro'

/** Messages shared by every feature, read at render in the active language. */
export const commonStrings = {
  get offline() {
    return t`We couldn't reach the server. Check your connection and try again.`
  },
  get serverError() {
    return t`Something went wrong on our side. Your changes were not saved; try again.`
  },
  get serverErrorOnRead() {
    return t`Something went wrong on our side. Try again in a moment.`
  },
  get loadFailed() {
    return t`This section couldn't load.`
  },
  // Proxy mode (POSTHOG_URL): the app's own server answers when PostHog is down or too slow.
  get upstreamUnavailable() {
    return t`We couldn't reach PostHog, so nothing was changed. Check that PostHog is running and try again.`
  },
  get upstreamUnavailableOnRead() {
    return t`We couldn't reach PostHog. Check that PostHog is running and try again.`
  },
  get upstreamTimeout() {
    return t`PostHog took too long to answer. Reload the page to see whether your change went through.`
  },
  get upstreamTimeoutOnRead() {
    return t`PostHog took too long to answer. Try again in a moment.`
  },
  get unexpected() {
    return t`The server sent an answer this app does not understand. Try again, or reload the page.`
  },
  get retry() {
    return t`Try again`
  },
  throttled: (seconds: number | null) => {
    const wait = seconds ? formatWait(seconds) : ''
    return seconds
      ? t`Too many attempts. Try again in ${wait}.`
      : t`Too many attempts. Wait a few minutes and try again.`
  },
  get saved() {
    return t`Saved`
  },
  get saving() {
    return t`Saving…`
  },
  get unsavedLeave() {
    return t`You have unsaved changes. Leave this page and lose them?`
  },
  get stay() {
    return t`Stay`
  },
  get leave() {
    return t`Leave`
  },
  get copied() {
    return t`Copied`
  },
  get copyFailed() {
    return t`Couldn’t copy. Select the text and copy it yourself.`
  },
}

/** "45 seconds", "2 minutes": a wait, rounded up to whole minutes past one minute. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return plural(seconds, { one: '# second', other: '# seconds' })
  const minutes = Math.ceil(seconds / 60)
  return plural(minutes, { one: '# minute', other: '# minutes' })
}
