import { useNavigate } from 'react-router'
import { Button } from '../../../components/button'
import { useAnnounce } from '../../../components/live-region'
import { routes } from '../../../config/paths'
import { useSignOut } from '../api/use-sign-out'
import { authStrings } from '../strings'

export function SignOutButton() {
  const signOut = useSignOut()
  const navigate = useNavigate()
  const announce = useAnnounce()
  return (
    <Button
      busy={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, {
          onSuccess: () => navigate(routes.login, { replace: true }),
          onError: () => announce(authStrings.signOutFailed),
        })
      }
    >
      {signOut.isPending ? authStrings.signingOut : authStrings.signOut}
    </Button>
  )
}
