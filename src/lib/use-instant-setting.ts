import { useMutation, useQueryClient, type MutationKey } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { User, UserUpdate } from '../../contract/user'
import { useAnnounce } from '../components/live-region'
import { currentUserQuery, patchCurrentUser } from './current-user'
import { errorMessage, type ErrorMessages } from './error-message'

/** How a run of saves ended: the value the server now has, or why it refused. */
export type SaveOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

/** What an instant control shows beside it (SaveStatus): nothing yet, Saving…, Saved, or why not. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

interface LatestChoiceOptions<T> {
  /** From a key factory: writes that share it settle together. */
  mutationKey?: MutationKey
  /** Sends one choice; resolves with the value the server now has. */
  send: (value: T) => Promise<T>
  equal?: (a: T, b: T) => boolean
}

/**
 * The core of every save where the latest choice wins (docs/architecture.md, Save model): one
 * request at a time; choices made meanwhile only replace the latest, and when the request ends
 * the latest is sent if it differs from what the server confirmed. So a run of changes ends where
 * the user left it, whatever order the server would have handled parallel requests in. The
 * server's value wins: when it kept another value (an organization lock, say), that is the answer.
 * A failure leaves the latest choice unsent; the caller rolls back or offers to retry.
 */
export function useLatestChoice<T>({
  mutationKey,
  send,
  equal = Object.is,
}: LatestChoiceOptions<T>) {
  const { mutateAsync } = useMutation({ mutationKey, mutationFn: send })
  const values = useRef<{ choice: T; confirmed: T } | null>(null)
  const running = useRef(false)
  const [saving, setSaving] = useState(false)

  /** Makes `value` the latest; `confirmed` (what the server has) is taken only while no save runs. */
  const choose = useCallback((value: T, confirmed: T) => {
    if (running.current && values.current) values.current.choice = value
    else values.current = { choice: value, confirmed }
  }, [])

  /** Sends until the server has the latest choice; null when a save already runs (it sends it). */
  const run = useCallback(
    async (prepare?: () => Promise<void>): Promise<SaveOutcome<T> | null> => {
      const state = values.current
      if (running.current || !state) return null
      running.current = true
      setSaving(true)
      try {
        await prepare?.()
        while (!equal(state.choice, state.confirmed)) {
          const sent = state.choice
          state.confirmed = await mutateAsync(sent)
          if (!equal(state.confirmed, sent)) state.choice = state.confirmed
        }
        return { ok: true, value: state.confirmed }
      } catch (error) {
        return { ok: false, error }
      } finally {
        running.current = false
        setSaving(false)
      }
    },
    [equal, mutateAsync],
  )

  /** The latest choice and what the server confirmed; null before the first choice. */
  const current = useCallback(() => (values.current ? { ...values.current } : null), [])
  const isRunning = useCallback(() => running.current, [])
  /** Gives up the latest choice for what the server confirmed, which it returns. */
  const rollback = useCallback(() => {
    const state = values.current
    if (state) state.choice = state.confirmed
    return state ? { value: state.confirmed } : null
  }, [])

  return { choose, run, current, isRunning, rollback, saving }
}

export interface InstantSettingOptions<T> {
  /** From a key factory; the user is refetched once no write with this key is running. */
  mutationKey: MutationKey
  /** The setting's value in a user (the cached one or the server's answer). */
  read: (user: User) => T
  /** The user showing `value` for this setting (only this setting changes). */
  show: (user: User, value: T) => User
  /** The PATCH body for `value`: only this setting's key. */
  body?: (value: T) => UserUpdate
  /** A write other than PATCH /@me (scene_personalisation), answered with the whole user. */
  request?: (value: T) => Promise<User>
  /**
   * true (default): the cache, and so the control, takes the choice at once and rolls back on a
   * failure. false: the cache takes only what the server confirmed; `pending` holds the choice.
   */
  optimistic?: boolean
  equal?: (a: T, b: T) => boolean
  /**
   * Takes more of each answer into the cache than this setting (an organization switch brings
   * its projects); by default only `show(cached, read(answer))` is.
   */
  adopt?: (cached: User, answer: User) => User
  /** Messages per error code for `error`, when the caller announces the outcome itself. */
  errors?: ErrorMessages
  /**
   * What to say when a run ends, read out in the live region. Without it, the caller announces the
   * outcome `change` gives. Either way `state` and `error` (the failure's sentence) are kept for
   * the control to show.
   */
  announce?: {
    saved: (value: T) => string
    failed: (message: string) => string
    errors?: ErrorMessages
  }
}

/**
 * A setting of the current user saved as soon as it changes, the latest choice winning
 * (useLatestChoice). Each answer is the whole user, but only this setting is taken from it: other
 * settings may hold choices still on their way. `change` resolves with the outcome (announced
 * when `announce` is given), or null when the choice joined a save already running (that save
 * announces).
 */
export function useInstantSetting<T>({
  mutationKey,
  read,
  show,
  body,
  request = (value) => patchCurrentUser(body?.(value) ?? {}),
  optimistic = true,
  equal = Object.is,
  adopt,
  errors,
  announce: messages,
}: InstantSettingOptions<T>) {
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  const [error, setError] = useState<string | null>(null)
  const [state, setState] = useState<SaveState>('idle')
  const queryKey = currentUserQuery.queryKey
  const latest = useLatestChoice<T>({
    mutationKey,
    send: async (value) => {
      const answer = await request(value)
      if (adopt) queryClient.setQueryData(queryKey, (user) => user && adopt(user, answer))
      return read(answer)
    },
    equal,
  })
  const [pending, setPending] = useState<{ value: T } | null>(null)

  const display = (value: T) =>
    queryClient.setQueryData(queryKey, (user) => user && show(user, value))

  // A refetch cancelled mid-flight restores the data it started from, which would undo an
  // optimistic value written before the cancel: cancel first, then write.
  const reveal = async () => {
    const state = latest.current()
    if (!state) return
    setPending({ value: state.choice })
    if (!optimistic) return
    await queryClient.cancelQueries({ queryKey, exact: true })
    display(state.choice)
  }

  const change = async (value: T): Promise<SaveOutcome<T> | null> => {
    const cached = queryClient.getQueryData(queryKey)
    // Signing out empties the cache and takes the control away with it: nothing to save.
    if (!cached) return null
    setError(null)
    setState('saving')
    latest.choose(value, read(cached))
    if (latest.isRunning()) {
      await reveal()
      return null
    }
    const outcome = await latest.run(reveal)
    // Success: the server has the latest choice. Failure: back to what it confirmed.
    const confirmed = latest.rollback()
    if (confirmed) display(confirmed.value)
    setPending(null)
    if (queryClient.isMutating({ mutationKey }) === 0) {
      void queryClient.invalidateQueries({ queryKey, exact: true })
    }
    if (outcome?.ok) {
      setState('saved')
      if (messages) announce(messages.saved(outcome.value))
    }
    if (outcome && !outcome.ok) {
      const message = errorMessage(outcome.error, messages?.errors ?? errors)
      setState('failed')
      setError(message)
      if (messages) announce(messages.failed(message))
    }
    return outcome
  }

  /** `state` and `error` are what SaveStatus shows beside the control. */
  return { change, saving: latest.saving, pending, error, state }
}
