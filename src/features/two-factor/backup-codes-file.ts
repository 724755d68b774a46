import { backupCodesStrings as s } from './backup-codes-strings'

/** One code per line: what Copy puts on the clipboard. */
export const codesAsLines = (codes: readonly string[]) => codes.join('\n')

/**
 * The .txt file: a header naming the product, the account and the date (in the language the
 * user reads the page in), then one code a line.
 */
export function backupCodesFile(codes: readonly string[], email: string, date: Date): string {
  return [...s.fileHeader(email, date), '', codesAsLines(codes), ''].join('\n')
}

/** Saves the file through a Blob URL, so the codes never travel over the network again. */
export function downloadBackupCodes(codes: readonly string[], email: string, date = new Date()) {
  const blob = new Blob([backupCodesFile(codes, email, date)], {
    type: 'text/plain;charset=utf-8',
  })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = s.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has started reading the Blob by now; keep it a moment for slower ones.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Typed-back codes are compared the way the server reads them: case and separators do not count. */
export const normaliseBackupCode = (value: string) => value.replace(/[\s-]/g, '').toLowerCase()

export const isOneOfCodes = (value: string, codes: readonly string[]) => {
  const typed = normaliseBackupCode(value)
  return typed !== '' && codes.some((code) => normaliseBackupCode(code) === typed)
}
