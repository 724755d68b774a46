import { LoginPage } from '../../features/auth/components/login-page'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return <LoginPage pageTitle={pageTitle} productName={appStrings.product} />
}
