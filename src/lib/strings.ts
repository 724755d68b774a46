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
  get notSaved() {
    return t({ message: 'Not saved', comment: 'Beside a setting whose save failed' })
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
  /** Read out once an instant setting saved: "Anonymize my data: on. Saved." */
  switchSaved: (label: string, on: boolean) =>
    on
      ? t({ message: `${label}: on. Saved.`, comment: 'A switch was turned on and saved' })
      : t({ message: `${label}: off. Saved.`, comment: 'A switch was turned off and saved' }),
  settingNotChanged: (label: string, message: string) => t`${label} was not changed. ${message}`,
  /** A setting's save refused until the user confirms it's them (the re-auth dialog was dismissed). */
  get notSavedReauth() {
    return t`Not saved: we need to confirm it's you before this change. Try again and enter your password when asked.`
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
