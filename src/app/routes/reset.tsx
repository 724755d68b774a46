import { ProductMark } from '../../features/auth/components/product-mark'
import { ForgotPasswordPage } from '../../features/password-reset/components/forgot-password-page'
import { appStrings, pageTitle } from '../strings'

/** /reset: outside the settings layout, like sign-in, whose mark it shows. */
export function Component() {
  return (
    <ForgotPasswordPage pageTitle={pageTitle} header={<ProductMark name={appStrings.product} />} />
  )
}
