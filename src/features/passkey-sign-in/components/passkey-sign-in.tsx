import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { appConfigQuery, passkeysHere } from '../../../lib/app-config'
import { currentUserQuery } from '../../../lib/current-user'
import { browserHasPasskeys, cancelPasskeyPrompt, getPasskey } from '../../../lib/passkey-ceremony'
import { beginPasskeyLogin, completePasskeyLogin } from '../api/passkey-requests'
import { usePasskeySignIn } from '../api/use-passkey-sign-in'
import { signInProblem } from '../problems'
import { passkeySignInStrings as s } from '../strings'
import '../passkey-sign-in.css'
import { OrDivider } from './or-divider'

interface Props {
  /** Signed in, and the next page is on its way: nothing more starts. */
  leaving: boolean
  onSignedIn: () => void
}

/**
 * Under the password form: "Sign in with a passkey", and the passkey autofill of the email field
 * (its autocomplete ends in "webauthn"). Nothing where passkeys cannot work here.
 */
export function PasskeySignIn(props: Props) {
  const config = useQuery(appConfigQuery)
  if (!passkeysHere(config.data) || !browserHasPasskeys()) return null
  return <PasskeySignInHere {...props} />
}

function PasskeySignInHere({ leaving, onSignedIn }: Props) {
  const queryClient = useQueryClient()
  const button = usePasskeySignIn()
  const [problem, setProblem] = useState<string | null>(null)
  // A new round of autofill after the button's prompt, or a pick the server refused.
  const [round, setRound] = useState(0)
  // The button's ceremony runs: no autofill may start (its prompt would end the button's).
  const pressed = useRef(false)
  // The page's callback is new on every render; the wait must not restart for that.
  const signedIn = useEffectEvent(onSignedIn)

  // Autofill: waits quietly for a pick in the email field's suggestions. The button's prompt ends
  // this wait (the library aborts it: `superseded`), and it starts again once the button failed.
  useEffect(() => {
    if (leaving) return
    let current = true
    void (async () => {
      // No options (offline, refused): no autofill this time; the button still works.
      const options = await beginPasskeyLogin().catch(() => null)
      // A wait that ends without a pick stays silent: no autofill in this browser, the button's
      // prompt took over, or its time ran out. Not started at all once the button has taken over.
      const assertion =
        options &&
        current &&
        !pressed.current &&
        (await getPasskey(options, { autofill: true }).catch(() => null))
      if (!assertion || !current) return
      try {
        await completePasskeyLogin(assertion)
        await queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey })
        if (current) signedIn()
      } catch (error) {
        if (!current) return
        setProblem(signInProblem(error))
        setRound((n) => n + 1)
      }
    })()
    return () => {
      current = false
      // The browser would otherwise go on waiting in a field that is gone, until its timeout.
      void cancelPasskeyPrompt()
    }
  }, [leaving, round, queryClient])

  const start = () => {
    if (leaving) return
    setProblem(null)
    pressed.current = true
    button.mutate(undefined, {
      onSuccess: onSignedIn,
      onError: (error) => {
        pressed.current = false
        setProblem(signInProblem(error))
        setRound((n) => n + 1)
      },
    })
  }

  return (
    <div className="passkey-sign-in">
      <OrDivider />
      <FormError message={problem} />
      <Button
        onClick={start}
        busy={button.isPending || leaving}
        focusable
        className="passkey-button"
      >
        {button.isPending ? s.signingIn : s.signIn}
      </Button>
    </div>
  )
}
