import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { MAX_PERSONAL_API_KEYS, type PersonalApiKey } from '../../../../contract/personal-api-keys'
import { Button } from '../../../components/button'
import { useAnnounce } from '../../../components/live-region'
import { SectionCard } from '../../../components/section-card'
import { currentUserQuery } from '../../../lib/current-user'
import { keysQueries } from '../api/keys-queries'
import { formStrings as f } from '../form-strings'
import { keysStrings as s } from '../strings'
import { CreateKeyDialog, DeleteKeyDialog, EditKeyDialog, RollKeyDialog } from './key-dialogs'
import { KeyItem, type KeyAction } from './key-item'
import { NewValueDialog } from './new-value'

/** The page's one section: the keys, and creating one. */
export function KeysSection() {
  return (
    <SectionCard
      strings={{
        title: s.listTitle,
        intro: s.listIntro(MAX_PERSONAL_API_KEYS),
        loading: s.loading,
      }}
      rows={3}
      className="personal-api-keys"
    >
      <KeysBody />
    </SectionCard>
  )
}

type Acting = { action: KeyAction; key: PersonalApiKey } | null

function KeysBody() {
  const { data: keys } = useSuspenseQuery(keysQueries.list())
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const announce = useAnnounce()
  const reasonId = useId()
  const createButton = useRef<HTMLButtonElement>(null)
  const [creating, setCreating] = useState(false)
  const [acting, setActing] = useState<Acting>(null)
  // The value from the create or roll answer: in this state only, gone with Done.
  const [newValue, setNewValue] = useState<string | null>(null)
  const [deleted, setDeleted] = useState(0)
  const atLimit = keys.length >= MAX_PERSONAL_API_KEYS
  const on = (action: KeyAction) => (acting?.action === action ? acting.key : null)
  const close = () => setActing(null)

  // A deleted key's buttons are gone: focus goes to Create rather than falling to the page.
  useEffect(() => {
    if (deleted) createButton.current?.focus()
  }, [deleted])

  return (
    <>
      {keys.length === 0 ? <p className="keys-empty">{s.empty}</p> : null}
      {keys.length > 0 ? (
        <ul className="key-list">
          {keys.map((key) => (
            <KeyItem
              key={key.id}
              apiKey={key}
              user={user}
              onAction={(action, target) => setActing({ action, key: target })}
            />
          ))}
        </ul>
      ) : null}
      {atLimit ? (
        <p className="notice" id={reasonId}>
          {s.atLimit(MAX_PERSONAL_API_KEYS)}
        </p>
      ) : null}
      <div className="form-actions">
        <Button
          ref={createButton}
          variant="primary"
          focusable
          disabled={atLimit}
          aria-describedby={atLimit ? reasonId : undefined}
          onClick={() => setCreating(true)}
        >
          {s.create}
        </Button>
        <span className="hint">{s.count(keys.length)}</span>
      </div>
      <CreateKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false)
          setNewValue(key.value)
          announce(s.keyCreated(key.label))
        }}
      />
      <EditKeyDialog
        apiKey={on('edit')}
        onClose={close}
        onDone={(key) => {
          close()
          announce(f.saved(key.label))
        }}
      />
      <RollKeyDialog
        apiKey={on('roll')}
        onClose={close}
        onDone={(key) => {
          close()
          setNewValue(key.value)
          announce(s.rolled(key.label))
        }}
      />
      <DeleteKeyDialog
        apiKey={on('delete')}
        onClose={close}
        onDone={(key) => {
          close()
          setDeleted((count) => count + 1)
          announce(s.removed(key.label))
        }}
      />
      <NewValueDialog value={newValue} title={s.newValueTitle} onDone={() => setNewValue(null)} />
    </>
  )
}
