import { I18nProvider } from '@lingui/react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { AnnouncerProvider } from '../components/live-region'
import { i18n } from '../lib/i18n'

export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </QueryClientProvider>
    </I18nProvider>
  )
}
