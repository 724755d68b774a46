import { ComingSoon } from '../route-states'
import { appStrings } from '../strings'

export function Component() {
  return <ComingSoon title={appStrings.titles.user} />
}
