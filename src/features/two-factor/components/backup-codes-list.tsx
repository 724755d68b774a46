import { Button } from '../../../components/button'
import { useAnnounce } from '../../../components/live-region'
import { codesAsLines, downloadBackupCodes } from '../backup-codes-file'
import { backupCodesStrings as s } from '../backup-codes-strings'
import { CopyButton } from '../../../components/copy-button'

interface Props {
  codes: readonly string[]
  email: string
}

/** The codes as a numbered list with Download .txt, Copy and Print; printing shows only this block. */
export function BackupCodesList({ codes, email }: Props) {
  const announce = useAnnounce()
  return (
    <div className="backup-codes">
      <div className="backup-codes-print">
        {/* Only on paper: what the sheet is and whose it is. */}
        <div className="print-only">
          {s.fileHeader(email, new Date()).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <ol className="backup-codes-list" aria-label={s.codesListLabel}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
      <div className="form-actions">
        <Button
          onClick={() => {
            downloadBackupCodes(codes, email)
            announce(s.downloaded)
          }}
        >
          {s.download}
        </Button>
        <CopyButton label={s.copy} text={codesAsLines(codes)} />
        <Button onClick={() => window.print()}>{s.print}</Button>
      </div>
    </div>
  )
}
