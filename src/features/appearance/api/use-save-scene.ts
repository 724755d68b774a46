import { useQueryClient } from '@tanstack/react-query'
import type { ScenePersonalisationBody } from '../../../../contract/scene-personalisation'
import { userSchema, type User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'

/**
 * `dashboard: null` removes the scene's choice. The local server accepts it (ADR 0004); PostHog
 * has no way to clear one and answers a null with an error, which the form explains.
 */
export type SceneChoiceBody = Omit<ScenePersonalisationBody, 'dashboard'> & {
  dashboard: number | null
}

/**
 * POST scene_personalisation {scene, dashboard}: upserts for the current project and answers the
 * whole user. Only scene_personalisation is taken from it, as the theme on the same page may hold
 * a choice still on its way. One at a time.
 */
export function useSaveScene() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (body: SceneChoiceBody) =>
      apiRequest<User>(apiPaths.scenePersonalisation, { method: 'POST', body, schema: userSchema }),
    onSuccess: (user) =>
      queryClient.setQueryData(currentUserQuery.queryKey, (cached) =>
        cached ? { ...cached, scene_personalisation: user.scene_personalisation } : user,
      ),
  })
}
