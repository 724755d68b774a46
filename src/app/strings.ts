import { t } from '@lingui/core/macro'

export const appStrings = {
  get product() {
    return t`Account settings`
  },
  get skipToContent() {
    return t`Skip to content`
  },
  get navLabel() {
    return t({ message: 'Settings', comment: 'The side navigation between the settings pages' })
  },
  signedInAs: (name: string) => t`Signed in as ${name}`,
  /** Side-navigation labels shorter than the page's title. */
  get nav(): Partial<Record<string, string>> {
    return {
      twoFactor: t({ message: 'Two-factor', comment: 'Short navigation label' }),
      personalApiKeys: t({ message: 'API keys', comment: 'Short navigation label' }),
    }
  },
  get notFoundTitle() {
    return t`Page not found`
  },
  get notFoundBody() {
    return t`There's no page at this address. It may have moved, or the link may be mistyped.`
  },
  get notFoundLink() {
    return t`Go to your profile`
  },
  get notFoundSignIn() {
    return t({
      message: 'Go to sign-in',
      comment: 'The way back from a page not found, signed out',
    })
  },
  get retrying() {
    return t({ message: 'Trying again…', comment: 'A retry button while it retries' })
  },
  get pageFailedTitle() {
    return t`This page couldn't load`
  },
  get reload() {
    return t`Reload the page`
  },
  get titles() {
    return {
      profile: t`Profile`,
      password: t`Password`,
      dangerZone: t`Danger zone`,
      users: t`Users`,
      user: t`User`,
      email: t`Email`,
      twoFactor: t`Two-factor authentication`,
      sessions: t`Sessions`,
      personalApiKeys: t`Personal API keys`,
      notifications: t`Notifications`,
      appearance: t`Appearance`,
    }
  },
  get loading() {
    return t`Loading`
  },
}

export const pageTitle = (page: string) => {
  const product = appStrings.product
  return t`${page} · ${product}`
}
