import { SmallButton } from './SmallButton';

/**
 * Save and Cancel under a small in-place edit form: the form submits through Save, which is
 * disabled while the save is under way; Cancel leaves editing. The caller lays them out.
 */
export function SaveCancelButtons({
  saveLabel,
  cancelLabel,
  busy,
  onCancel,
  cancelVariant = 'secondary',
}: {
  saveLabel: string;
  cancelLabel: string;
  busy: boolean;
  onCancel: () => void;
  cancelVariant?: 'secondary' | 'tertiary';
}) {
  return (
    <>
      <SmallButton type="submit" variant="primary" disabled={busy}>
        {saveLabel}
      </SmallButton>
      <SmallButton variant={cancelVariant} onClick={onCancel}>
        {cancelLabel}
      </SmallButton>
    </>
  );
}
