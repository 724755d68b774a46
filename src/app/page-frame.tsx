import type { ComponentType, ReactNode } from 'react'
import { PageHeading } from '../components/page-heading'
import type { PageKey } from './pages'
import { appStrings, pageTitle } from './strings'

/**
 * What every settings page starts with: its `<title>` and its one `<h1>` (which takes focus after
 * a client-side navigation), both the title named by the page's key in `pages.ts`, and its
 * introduction; then the page's sections. `above` goes before the heading (the way back to a list).
 */
export function PageFrame({
  page,
  intro,
  above,
  children,
}: {
  page: PageKey
  intro: ReactNode
  above?: ReactNode
  children?: ReactNode
}) {
  return (
    <>
      <title>{pageTitle(appStrings.titles[page])}</title>
      {above}
      <PageHeading>{appStrings.titles[page]}</PageHeading>
      <p className="page-intro">{intro}</p>
      {children}
    </>
  )
}

/**
 * The `Component` of a route module that is only its page's frame around the feature's
 * sections, in order: `framedPage('profile', () => profileStrings.pageIntro, [DetailsSection])`.
 * The intro is read at render, in the active language.
 */
export function framedPage(page: PageKey, intro: () => ReactNode, sections: ComponentType[]) {
  return function Component() {
    return (
      <PageFrame page={page} intro={intro()}>
        {sections.map((Section, index) => (
          // The list is fixed for the module's life, so its order is its identity.
          <Section key={index} />
        ))}
      </PageFrame>
    )
  }
}
