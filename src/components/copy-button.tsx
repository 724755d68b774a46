import { useEffect, useState } from 'react'
import { Button } from './button'
import { useAnnounce } from './live-region'
import { commonStrings as s } from '../lib/strings'
import './copy-button.css'

interface Props {
  label: string
  text: string
  /** Told once the text is on the clipboard (a secret shown once knows it was taken). */
  onCopied?: () => void
}

/** Copies `text`, then says so: a visible "Copied" beside the button and the same words announced. */
export function CopyButton({ label, text, onCopied }: Props) {
  const announce = useAnnounce()
  const [result, setResult] = useState<'copied' | 'failed' | null>(null)
  useEffect(() => {
    if (result !== 'copied') return
    const timer = window.setTimeout(() => setResult(null), 4000)
    return () => window.clearTimeout(timer)
  }, [result])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setResult('copied')
      announce(s.copied)
      onCopied?.()
    } catch {
      // No clipboard (insecure page, permission refused): the text stays on screen to select.
      setResult('failed')
      announce(s.copyFailed)
    }
  }
  return (
    <span className="copy-action">
      <Button onClick={() => void copy()}>{label}</Button>
      {/* The live region already reads it; this is for the eyes. */}
      {result ? (
        <span
          className={result === 'copied' ? 'copy-status' : 'copy-status copy-failed'}
          aria-hidden="true"
        >
          {result === 'copied' ? s.copied : s.copyFailed}
        </span>
      ) : null}
    </span>
  )
}
