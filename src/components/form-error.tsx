/** A form's own error (not tied to a field), announced as soon as it appears. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  )
}
