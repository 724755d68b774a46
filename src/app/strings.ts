export const appStrings = {
  product: 'Account settings',
  skipToContent: 'Skip to content',
  navLabel: 'Settings',
  signedInAs: (name: string) => `Signed in as ${name}`,
  /** Side-navigation labels shorter than the page's title. */
  nav: {
    twoFactor: 'Two-factor',
  } as Partial<Record<string, string>>,
  notFoundTitle: 'Page not found',
  notFoundBody: "There's no page at this address. It may have moved, or the link may be mistyped.",
  notFoundLink: 'Go to your profile',
  pageFailedTitle: "This page couldn't load",
  reload: 'Reload the page',
  titles: {
    profile: 'Profile',
    password: 'Password',
    dangerZone: 'Danger zone',
    users: 'Users',
    user: 'User',
    email: 'Email',
    twoFactor: 'Two-factor authentication',
    notifications: 'Notifications',
    appearance: 'Appearance',
  },
  loading: 'Loading',
}

export const pageTitle = (page: string) => `${page} · ${appStrings.product}`
