import '../../features/personal-api-keys/personal-api-keys.css'
import { KeysSection } from '../../features/personal-api-keys/components/keys-section'
import { keysStrings } from '../../features/personal-api-keys/strings'
import { framedPage } from '../page-frame'

export const Component = framedPage('personalApiKeys', () => keysStrings.pageIntro, [KeysSection])
