import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { appConfigQuery, passkeysHere } from '../../../lib/app-config'
import { currentUserQuery } from '../../../lib/current-user'
import { passkeyCredentialsQuery } from '../../../lib/passkey-credentials'
import { browserHasPasskeys } from '../../../lib/passkey-ceremony'
import { usePasskeyReauth } from '../api/use-passkey-sign-in'
import { reauthProblem } from '../problems'
import { passkeySignInStrings as s } from '../strings'
import '../passkey-sign-in.css'
import { OrDivider } from './or-divider'

interface Props {
  onDone: () => void
}

/**
 * Under the re-auth dialog's password: "Use a passkey", for someone with a verified passkey where
 * passkeys work (not behind the proxy, a browser with WebAuthn). A passkey needs no code after
 * it, as at sign-in. Until the passkeys are read, or when that fails, the password alone.
 */
export function PasskeyReauth(props: Props) {
  const config = useQuery(appConfigQuery)
  if (!passkeysHere(config.data) || !browserHasPasskeys()) return null
  return <PasskeyReauthHere {...props} />
}

function PasskeyReauthHere({ onDone }: Props) {
  const user = useQuery(currentUserQuery).data
  const passkeys = useQuery({ ...passkeyCredentialsQuery, retry: false }).data
  const reauth = usePasskeyReauth()
  const [problem, setProblem] = useState<string | null>(null)
  if (!user || !passkeys?.some((passkey) => passkey.verified)) return null
  const start = () => {
    setProblem(null)
    reauth.mutate(user, {
      onSuccess: onDone,
      onError: (error) => setProblem(reauthProblem(error)),
    })
  }
  return (
    <div className="passkey-sign-in">
      <OrDivider />
      <FormError message={problem} />
      <Button onClick={start} busy={reauth.isPending} focusable className="passkey-button">
        {reauth.isPending ? s.signingIn : s.usePasskey}
      </Button>
    </div>
  )
}
