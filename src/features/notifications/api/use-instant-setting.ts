import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { currentUserQuery, patchCurrentUser } from '../../../lib/current-user'
import { readSetting, settingBody, withSetting, type SettingRef } from '../settings'
import { notificationWriteKey, settleNotificationWrites } from './notification-writes'

/** How a run of saves ended: the value the server now has, or why it refused. */
export type SaveOutcome = { ok: true; value: boolean } | { ok: false; error: unknown }

/**
 * One notification switch that saves as soon as it is flipped (docs/architecture.md, Save model).
 *
 * Optimistic: the cache, and so the switch, takes the new value at once. One request per setting
 * is on its way at a time; flips made meanwhile only move the switch, and when the request ends
 * the last choice is sent if it differs from what the server now has. So rapid flips end where the
 * user left the switch, whatever order the server would have handled parallel requests in.
 * A failure puts back the value the server last confirmed; the caller says why.
 *
 * Each answer is the whole user, but only this setting is taken from it: other switches may hold
 * choices still on their way. The user is refetched once every write of the page has settled.
 */
export function useInstantSetting(ref: SettingRef) {
  const queryClient = useQueryClient()
  const { mutateAsync } = useMutation({
    mutationKey: notificationWriteKey,
    mutationFn: (value: boolean) =>
      patchCurrentUser({ notification_settings: settingBody(ref, value) }),
  })
  const choice = useRef(false)
  const confirmed = useRef(false)
  const running = useRef(false)
  const [saving, setSaving] = useState(false)
  const queryKey = currentUserQuery.queryKey

  const show = (value: boolean) =>
    queryClient.setQueryData(queryKey, (user) => user && withSetting(user, ref, value))

  // A refetch cancelled mid-flight restores the data it started from, which would undo an
  // optimistic value written before the cancel: cancel first, then write.
  const reveal = async () => {
    await queryClient.cancelQueries({ queryKey })
    show(choice.current)
  }

  const run = async (): Promise<SaveOutcome> => {
    setSaving(true)
    try {
      await reveal()
      while (choice.current !== confirmed.current) {
        const sent = choice.current
        const user = await mutateAsync(sent)
        confirmed.current = readSetting(user, ref)
        // The server kept another value (an organization lock, say): that is the answer.
        if (confirmed.current !== sent) choice.current = confirmed.current
      }
      return { ok: true, value: confirmed.current }
    } catch (error) {
      choice.current = confirmed.current
      return { ok: false, error }
    } finally {
      show(confirmed.current)
      running.current = false
      setSaving(false)
      void settleNotificationWrites(queryClient)
    }
  }

  /** Resolves when the save it started ends; null when it joined a save already running. */
  const change = async (value: boolean): Promise<SaveOutcome | null> => {
    if (!running.current) {
      const user = queryClient.getQueryData(queryKey)
      confirmed.current = user ? readSetting(user, ref) : !value
    }
    choice.current = value
    if (running.current) {
      await reveal()
      return null
    }
    running.current = true
    return run()
  }

  return { change, saving }
}
