import { useParams } from 'react-router'
import { ProductMark } from '../../features/auth/components/product-mark'
import { StrengthMeter } from '../../features/password/components/strength-meter'
import { passwordStrings } from '../../features/password/strings'
import { ResetPasswordPage } from '../../features/password-reset/components/reset-password-page'
import '../../features/password/password.css'
import { appStrings, pageTitle } from '../strings'

/**
 * /reset/:uuid/:token, the reset mail's link. The password page's strength meter is lent here
 * (features never import each other; the app composes them), with its catalogue
 * (`resetPasswordPage` in pages.ts). docs/decisions/0014-reset-page-borrows-strength-meter.md
 */
const strength = {
  Meter: StrengthMeter,
  tooWeak: (detail: string) => passwordStrings.errors.tooWeak(detail),
}

export function Component() {
  const { uuid = '', token = '' } = useParams()
  return (
    <ResetPasswordPage
      uuid={uuid}
      token={token}
      strength={strength}
      pageTitle={pageTitle}
      header={<ProductMark name={appStrings.product} />}
    />
  )
}
