import '../../features/password/password.css'
import { PasswordCard } from '../../features/password/components/password-card'
import { passwordStrings } from '../../features/password/strings'
import { framedPage } from '../page-frame'

export const Component = framedPage('password', () => passwordStrings.pageIntro, [PasswordCard])
