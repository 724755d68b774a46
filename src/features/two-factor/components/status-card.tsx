import type { Ref } from 'react'
import type { NormalisedTwoFactorStatus } from '../../../../contract/two-factor'
import { Alert } from '../../../components/alert'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormError } from '../../../components/form-error'
import type { SetupStage } from '../setup-mark'
import { twoFactorStrings as s } from '../strings'

/** At or below this many backup codes left, the card asks for new ones. */
export const LOW_CODES = 2

interface Props {
  status: NormalisedTwoFactorStatus
  headingRef: Ref<HTMLHeadingElement>
  /** While enrolling, the steps below carry the actions. */
  enrolling: boolean
  /** An earlier setup in this tab was dropped (a reload, or leaving the page) at this step. */
  interrupted: SetupStage | null
  starting: boolean
  startError: string | null
  onSetUp: () => void
  onRegenerate: () => void
  onDisable: () => void
}

export function StatusCard({
  status,
  headingRef,
  enrolling,
  interrupted,
  starting,
  startError,
  onSetUp,
  onRegenerate,
  onDisable,
}: Props) {
  const method = status.method ? s.methods[status.method] : s.methods.none
  const low = status.hasTotp && status.backupCodesRemaining <= LOW_CODES && !enrolling
  return (
    <Card title={s.statusTitle} headingRef={headingRef}>
      <dl className="facts">
        <div>
          <dt>{s.statusLabel}</dt>
          <dd>
            <span className={status.isEnabled ? 'tag tag-on' : 'tag'}>
              {status.isEnabled ? s.enabled : s.disabled}
            </span>
          </dd>
        </div>
        <div>
          <dt>{s.methodLabel}</dt>
          <dd>{method}</dd>
        </div>
        {status.hasTotp ? (
          <div>
            <dt>{s.backupCodesLabel}</dt>
            <dd>{s.backupCodesCount(status.backupCodesRemaining)}</dd>
          </div>
        ) : null}
      </dl>
      {/* Under the facts, not above them: it says what to do about them. */}
      {interrupted === 'scan' && !enrolling ? (
        <Alert>
          {s.interruptedScan(status.isEnabled)} {s.interruptedOldEntry}
        </Alert>
      ) : interrupted === 'codes' ? (
        <Alert>{s.interruptedCodes}</Alert>
      ) : status.hasTotp || enrolling ? null : (
        <p className="card-intro">{status.isEnabled ? s.passkeyIntro : s.offIntro}</p>
      )}
      {low ? (
        <div className="notice nudge">
          <p>{s.nudge(status.backupCodesRemaining)}</p>
          <Button variant="primary" onClick={onRegenerate}>
            {s.regenerate}
          </Button>
        </div>
      ) : null}
      {enrolling ? null : (
        <div className="form-actions">
          {status.hasTotp ? (
            <>
              {low ? null : (
                <Button
                  variant={interrupted === 'codes' ? 'primary' : 'secondary'}
                  onClick={onRegenerate}
                >
                  {s.regenerate}
                </Button>
              )}
              {/* A way out, not the point of the page: quiet until hovered, red when it matters. */}
              <Button className="btn-danger-quiet" onClick={onDisable}>
                {s.disable}
              </Button>
            </>
          ) : (
            <Button variant="primary" busy={starting} onClick={onSetUp}>
              {starting
                ? s.starting
                : interrupted === 'scan'
                  ? s.startAgain
                  : status.isEnabled
                    ? s.addAuthenticator
                    : s.setUp}
            </Button>
          )}
        </div>
      )}
      <FormError message={startError ?? undefined} />
    </Card>
  )
}
