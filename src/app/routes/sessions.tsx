import '../../features/sessions/sessions.css'
import { SessionsSection } from '../../features/sessions/components/sessions-section'
import { sessionsStrings } from '../../features/sessions/strings'
import { framedPage } from '../page-frame'

export const Component = framedPage('sessions', () => sessionsStrings.pageIntro, [SessionsSection])
