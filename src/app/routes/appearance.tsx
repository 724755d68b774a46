import { PageHeading } from '../../components/page-heading'
import { HedgehogSection } from '../../features/appearance/components/hedgehog-section'
import { SceneSection } from '../../features/appearance/components/scene-section'
import { ThemeSection } from '../../features/appearance/components/theme-section'
import { appearanceStrings } from '../../features/appearance/strings'
import '../../features/appearance/appearance.css'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.appearance)}</title>
      <PageHeading>{appStrings.titles.appearance}</PageHeading>
      <p className="page-intro">{appearanceStrings.intro}</p>
      <ThemeSection />
      <HedgehogSection />
      <SceneSection />
    </>
  )
}
