/** A refusal next to the control that caused it; an alert, so it is heard as it appears. */
export function ErrorText({ error, id }: { error: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p role="alert" id={id} className="ds-validation-message mt-1" data-color="danger">
      {error}
    </p>
  );
}
