import { framedPage } from '../page-frame'

// A scaffold: the personal-api-keys feature fills it in (issue 18).
export const Component = framedPage('personalApiKeys', () => null, [])
