import { framedPage } from '../page-frame'

// A scaffold: the sessions feature fills it in (issue 16).
export const Component = framedPage('sessions', () => null, [])
