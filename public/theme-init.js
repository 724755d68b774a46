/* global document, window, localStorage */
// Runs before the first paint: a blocking classic script in <head>, external so that a strict
// Content-Security-Policy (script-src 'self') allows it without a hash. It sets data-theme from
// the last theme this browser saw for the user (src/lib/theme.ts keeps it in sync) so a reload
// never flashes the other theme. Storage key and values must match src/lib/theme.ts.
;(function () {
  var root = document.documentElement
  var query = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null
  function stored() {
    try {
      return localStorage.getItem('account-settings.theme')
    } catch {
      return null
    }
  }
  function apply() {
    var mode = stored()
    root.dataset.theme =
      mode === 'light' || mode === 'dark' ? mode : query && query.matches ? 'dark' : 'light'
  }
  apply()
  // Pages without a signed-in user (sign-in) still follow the device while the choice is "system".
  if (query && query.addEventListener) query.addEventListener('change', apply)
})()
