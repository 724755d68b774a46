import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useState, type RefObject } from 'react'
import type { PasskeyCredential } from '../../../../contract/passkeys'
import { useAnnounce } from '../../../components/live-region'
import { currentUserQuery } from '../../../lib/current-user'
import type { PasskeyId } from '../api/passkeys-queries'
import { useVerifyPasskey } from '../api/use-verify-passkey'
import { passkeyProblem } from '../problems'
import { passkeysStrings as s } from '../strings'
import { DeletePasskeyDialog } from './delete-dialog'
import { PasskeyItem, passkeyName } from './passkey-item'

interface Props {
  passkeys: PasskeyCredential[]
  canVerify: boolean
  /** The card's heading: focus goes there once a deleted passkey's row has gone. */
  heading: RefObject<HTMLHeadingElement | null>
}

/** The passkeys, newest first, with one Verify at a time and the delete confirm. */
export function PasskeyList({ passkeys, canVerify, heading }: Props) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const verify = useVerifyPasskey()
  const announce = useAnnounce()
  const [verifyFailure, setVerifyFailure] = useState<{ id: PasskeyId; message: string } | null>(
    null,
  )
  // The passkey the dialog is about: kept while it closes, so its title doesn't change under it.
  const [target, setTarget] = useState<PasskeyCredential | null>(null)
  const [open, setOpen] = useState(false)
  const [focusHeading, setFocusHeading] = useState(0)
  const [verifiedFocus, setVerifiedFocus] = useState<{ id: PasskeyId; token: number } | null>(null)
  useEffect(() => {
    if (focusHeading) heading.current?.focus()
  }, [focusHeading, heading])

  const verified = passkeys.filter((passkey) => passkey.verified)
  const endsSecondFactor = (passkey: PasskeyCredential) =>
    passkey.verified && verified.length === 1 && user.passkeys_enabled_for_2fa === true

  const startVerify = (passkey: PasskeyCredential) => {
    setVerifyFailure(null)
    verify.mutate(passkey.id, {
      onSuccess: () => {
        announce(s.verifiedAnnounce(passkeyName(passkey)))
        setVerifiedFocus((last) => ({ id: passkey.id, token: (last?.token ?? 0) + 1 }))
      },
      onError: (error) =>
        setVerifyFailure({ id: passkey.id, message: passkeyProblem(error, 'verify') }),
    })
  }

  return (
    <>
      {passkeys.length === 0 ? (
        <p className="passkeys-empty">{s.empty}</p>
      ) : (
        <ul className="passkeys-list" aria-label={s.listLabel}>
          {passkeys.map((passkey) => (
            <PasskeyItem
              key={passkey.id}
              passkey={passkey}
              canVerify={canVerify}
              verifying={verify.isPending && verify.variables === passkey.id}
              verifyError={verifyFailure?.id === passkey.id ? verifyFailure.message : null}
              focusToken={verifiedFocus?.id === passkey.id ? verifiedFocus.token : 0}
              onVerify={() => startVerify(passkey)}
              onDelete={() => {
                setTarget(passkey)
                setOpen(true)
              }}
            />
          ))}
        </ul>
      )}
      {/* Also with the list empty: the dialog that deleted the last passkey finishes its work. */}
      {target ? (
        <DeletePasskeyDialog
          key={target.id}
          open={open}
          id={target.id}
          name={passkeyName(target)}
          endsSecondFactor={endsSecondFactor(target)}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false)
            announce(s.deletedAnnounce(passkeyName(target)))
            setFocusHeading((n) => n + 1)
          }}
        />
      ) : null}
    </>
  )
}
