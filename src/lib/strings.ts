/** Messages shared by every feature (one place, ready for translation). */
export const commonStrings = {
  offline: "We couldn't reach the server. Check your connection and try again.",
  serverError: 'Something went wrong on our side. Your changes were not saved; try again.',
  serverErrorOnRead: 'Something went wrong on our side. Try again in a moment.',
  loadFailed: "This section couldn't load.",
  // Proxy mode (POSTHOG_URL): the app's own server answers when PostHog is down or too slow.
  upstreamUnavailable:
    "We couldn't reach PostHog, so nothing was changed. Check that PostHog is running and try again.",
  upstreamUnavailableOnRead:
    "We couldn't reach PostHog. Check that PostHog is running and try again.",
  upstreamTimeout:
    'PostHog took too long to answer. Reload the page to see whether your change went through.',
  upstreamTimeoutOnRead: 'PostHog took too long to answer. Try again in a moment.',
  unexpected:
    'The server sent an answer this app does not understand. Try again, or reload the page.',
  retry: 'Try again',
  throttled: (seconds: number | null) =>
    seconds
      ? `Too many attempts. Try again in ${formatWait(seconds)}.`
      : 'Too many attempts. Wait a few minutes and try again.',
  saved: 'Saved',
  saving: 'Saving…',
  unsavedLeave: 'You have unsaved changes. Leave this page and lose them?',
  stay: 'Stay',
  leave: 'Leave',
  copied: 'Copied',
  copyFailed: 'Couldn’t copy. Select the text and copy it yourself.',
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
