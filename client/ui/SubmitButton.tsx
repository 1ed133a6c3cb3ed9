/**
 * A form's primary button. While the form is busy it stays focusable (aria-disabled, not
 * disabled), so keyboard and screen-reader users keep their place, and says what is happening.
 */
export function SubmitButton({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean;
  label: string;
  /** What the button says while busy; the label stays when omitted. */
  busyLabel?: string;
}) {
  return (
    <div>
      <button
        type="submit"
        className="ds-button"
        data-variant="primary"
        aria-disabled={busy || undefined}
      >
        {busy ? (busyLabel ?? label) : label}
      </button>
    </div>
  );
}
