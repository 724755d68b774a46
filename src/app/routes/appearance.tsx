import { HedgehogSection } from '../../features/appearance/components/hedgehog-section'
import { LanguageSection } from '../../features/appearance/components/language-section'
import { SceneSection } from '../../features/appearance/components/scene-section'
import { ThemeSection } from '../../features/appearance/components/theme-section'
import { appearanceStrings } from '../../features/appearance/strings'
import '../../features/appearance/appearance.css'
import { framedPage } from '../page-frame'

export const Component = framedPage('appearance', () => appearanceStrings.intro, [
  LanguageSection,
  ThemeSection,
  HedgehogSection,
  SceneSection,
])
