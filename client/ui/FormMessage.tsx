/**
 * A message about the whole form (the server refused, the network failed). The live region is
 * always there, so the message is read politely when it appears.
 */
export function FormMessage({
  message,
  tone = 'danger',
}: {
  message: string | null;
  tone?: 'danger' | 'info' | 'success';
}) {
  return (
    <div aria-live="polite">
      {message && (
        <div className="ds-alert" data-color={tone}>
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}
