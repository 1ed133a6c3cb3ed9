import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopLimits } from '../../../shared/workshop/limits';

/** "New theme": a name and a button; the field is cleared once the theme exists. */
export function NewClusterForm({
  label,
  busy,
  onCreate,
}: {
  label: string;
  busy: boolean;
  onCreate: (title: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (await onCreate(title.trim())) setTitle('');
  };
  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="ds-field min-w-0 flex-1 basis-40">
        <label className="ds-label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          className="ds-input"
          maxLength={WorkshopLimits.clusterTitle}
          value={title}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {missing && (
          <p className="ds-validation-message" data-color="danger" id={`${id}-error`}>
            {t('workshopBoard.board.clusterRequired')}
          </p>
        )}
      </div>
      <button type="submit" className="ds-button" data-variant="secondary" disabled={busy}>
        {t('workshopBoard.board.createCluster')}
      </button>
    </form>
  );
}
