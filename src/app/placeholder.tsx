export function Placeholder() {
  return (
    <main className="placeholder">
      <h1>Account settings</h1>
      <p>
        This app is being built. Meanwhile, mail sent by the local API is in the{' '}
        <a href="/_dev/mail">dev mailbox</a>.
      </p>
    </main>
  )
}
