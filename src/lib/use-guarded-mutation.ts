import {
  useMutation,
  type DefaultError,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useRef } from 'react'

/**
 * useMutation whose `mutate` ignores a call while one is running: the app's one double-submit
 * guard (docs/architecture.md, Mutations). A double click fires two submits before React
 * re-renders the button as busy, so the guard is a ref, not `isPending`. The mutation's own
 * onSettled releases it, so it is released even when the calling component has gone.
 *
 * Feature hooks build on it and own their cache work (returned from onSuccess, so the mutation
 * stays pending until the cache shows the change); components call
 * `mutate(vars, { onSuccess, onError })`.
 */
export function useGuardedMutation<
  TData = unknown,
  TError = DefaultError,
  TVariables = void,
  TContext = unknown,
>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const running = useRef(false)
  const result = useMutation({
    ...options,
    onSettled: (...args) => {
      running.current = false
      return options.onSettled?.(...args)
    },
  })
  const { mutate: run } = result
  const mutate = useCallback<typeof run>(
    (...args) => {
      if (running.current) return
      running.current = true
      run(...args)
    },
    [run],
  )
  return { ...result, mutate }
}
