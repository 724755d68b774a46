import { lingui } from '@lingui/vite-plugin'
import babel, { defineRolldownBabelPreset } from '@rolldown/plugin-babel'
import type { PluginOption } from 'vite'

/**
 * Lingui's macro (`t`, `plural` from `@lingui/core/macro`) through Babel, only on the files that
 * import it, and its .po catalogues compiled on import. Placed before `react()` (plugin-react 6
 * has no Babel option; its changelog and Lingui discussion #2657). docs/decisions/0010.
 */
export function linguiPlugins(): PluginOption[] {
  return [
    babel({
      presets: [
        defineRolldownBabelPreset({
          preset: () => ({ plugins: ['@lingui/babel-plugin-lingui-macro'] }),
          rolldown: { filter: { code: /@lingui\/(core|react)\/macro/ } },
        }),
      ],
    }),
    lingui({ failOnCompileError: true }),
  ]
}
