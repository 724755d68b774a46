import type { ComponentProps } from 'react'
import { PasswordField } from '../../../components/password-input'
import { authStrings } from '../strings'

type Props = Omit<ComponentProps<typeof PasswordField>, 'label' | 'showLabel' | 'hideLabel'>

/** The account's current password, as the sign-in page and the re-auth dialog ask for it. */
export function SignInPasswordField(props: Props) {
  return (
    <PasswordField
      label={authStrings.password}
      autoComplete="current-password"
      showLabel={authStrings.showPassword}
      hideLabel={authStrings.hidePassword}
      {...props}
    />
  )
}
