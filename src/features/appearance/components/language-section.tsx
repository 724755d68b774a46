import { useEffect, useRef, useState } from 'react'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Select } from '../../../components/select'
import { useAnnounce } from '../../../components/live-region'
import { SaveStatus } from '../../../components/save-status'
import { currentLocale, switchLocale, useLocale } from '../../../lib/i18n'
import { LOCALE_NAMES, LOCALES, PSEUDO_LOCALE, isLocale, type Locale } from '../../../lib/locales'
import { appearanceStrings } from '../strings'

const s = appearanceStrings.language

/** A language's name in itself ("Deutsch"); the pseudo-locale by its tag. */
const nameOf = (locale: Locale) => (locale === PSEUDO_LOCALE ? PSEUDO_LOCALE : LOCALE_NAMES[locale])

/**
 * Set just before a switch: the settings layout mounts the page again in the new language
 * (`<Outlet key={locale}>`, src/app/layout.tsx), so the picker the user chose in is gone by
 * the time the switch lands. Whichever picker is mounted then takes focus and announces it.
 */
let focusAfterSwitch = false

let queue: Promise<unknown> = Promise.resolve()

/** One switch at a time, so a quick second choice is the one that stays. */
function switchAndRefocus(locale: Locale) {
  const run = queue.then(async () => {
    focusAfterSwitch = true
    try {
      await switchLocale(locale)
    } catch (error) {
      focusAfterSwitch = false
      throw error
    }
  })
  queue = run.catch(() => {})
  return run
}

/** True once after a switch: the caller takes focus and announces the new language. */
function takeFocusRequest() {
  const requested = focusAfterSwitch
  focusAfterSwitch = false
  return requested
}

/**
 * The app's language (issue 14): each language named in itself and marked with its `lang`, so a
 * screen reader pronounces it. Chosen at once; switchLocale fetches the catalogues, sets
 * `<html lang dir>` and remembers the choice in a cookie. A catalogue that fails to load keeps
 * the old language and says so here.
 */
export function LanguageSection() {
  const locale = useLocale()
  const announce = useAnnounce()
  const select = useRef<HTMLSelectElement>(null)
  const [loading, setLoading] = useState<Locale | null>(null)
  const [failed, setFailed] = useState<Locale | null>(null)
  // "Saved" beside the picker once the page is back in the chosen language: this picker was
  // mounted by the switch (read, not taken: the effect below takes it), or the switch it made
  // landed without a re-mount.
  const [switched, setSwitched] = useState(() => focusAfterSwitch)
  const current = currentLocale()

  // On mount after a switch (the usual case), or on the locale change where nothing re-mounts.
  useEffect(() => {
    if (!takeFocusRequest()) return
    select.current?.focus()
    announce(s.changed(nameOf(currentLocale())))
  }, [locale, announce])

  const choose = async (value: string) => {
    if (!isLocale(value) || value === current) return
    setFailed(null)
    setSwitched(false)
    setLoading(value)
    try {
      await switchAndRefocus(value)
      setSwitched(true)
    } catch {
      setFailed(value)
      announce(s.failed(nameOf(value), nameOf(current)))
    } finally {
      setLoading(null)
    }
  }

  const locales: readonly Locale[] = current === PSEUDO_LOCALE ? [...LOCALES, current] : LOCALES
  return (
    <Card title={s.title} intro={s.intro}>
      <Field
        label={s.label}
        error={failed ? s.failed(nameOf(failed), nameOf(current)) : undefined}
        after={
          <SaveStatus
            state={loading ? 'saving' : failed ? 'failed' : switched ? 'saved' : 'idle'}
          />
        }
      >
        <Select
          ref={select}
          value={loading ?? current}
          aria-busy={loading ? true : undefined}
          autoComplete="off"
          onChange={(event) => void choose(event.target.value)}
          options={locales.map((locale) => ({
            value: locale,
            label: nameOf(locale),
            lang: locale,
          }))}
        />
      </Field>
    </Card>
  )
}
