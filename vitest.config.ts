import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { linguiPlugins } from './lingui.vite.ts'

export default defineConfig({
  test: {
    passWithNoTests: true,
    // Server tests start real HTTP servers on fresh databases: give them room on a 2-core box.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [...linguiPlugins(), react()],
        test: {
          name: 'web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
})
