import type { ScenePersonalisationEntry } from '../../../../contract/scene-personalisation'
import { userSchema, type User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'
import type { ErrorMessages } from '../../../lib/error-message'
import { useInstantSetting } from '../../../lib/use-instant-setting'

const sceneWriteKey = [...currentUserQuery.queryKey, 'scene_personalisation'] as const

/** The dashboard a scene opens in the current project, or null for the project's default. */
export const sceneDashboard = (user: User, scene: string): number | null =>
  user.scene_personalisation?.find((entry) => entry.scene === scene)?.dashboard ?? null

function withSceneDashboard(user: User, scene: string, dashboard: number | null): User {
  const others = (user.scene_personalisation ?? []).filter((entry) => entry.scene !== scene)
  const mine: ScenePersonalisationEntry[] = dashboard === null ? [] : [{ scene, dashboard }]
  return { ...user, scene_personalisation: [...others, ...mine] }
}

/**
 * A scene's dashboard, saved as soon as it is chosen (useInstantSetting: optimistic, one request
 * at a time, the latest choice wins). POST scene_personalisation {scene, dashboard} upserts for
 * the current project and answers the whole user; only this scene's entry is taken from it, as
 * the theme and the other scenes may hold choices still on their way. `dashboard: null` removes
 * the choice: the local server accepts it (ADR 0004); PostHog answers it with an error, which the
 * select explains.
 */
export function useSceneChoice(scene: string, errors: ErrorMessages) {
  return useInstantSetting<number | null>({
    mutationKey: sceneWriteKey,
    read: (user) => sceneDashboard(user, scene),
    show: (user, dashboard) => withSceneDashboard(user, scene, dashboard),
    request: (dashboard) =>
      apiRequest<User>(apiPaths.scenePersonalisation, {
        method: 'POST',
        body: { scene, dashboard },
        schema: userSchema,
      }),
    errors,
  })
}
