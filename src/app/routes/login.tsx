import { LoginPage } from '../../features/auth/components/login-page'
import { pageTitle } from '../strings'

export function Component() {
  return <LoginPage pageTitle={pageTitle} />
}
