import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE, type VersionSummary } from '../http/versionsApi';

interface Props {
  versions: readonly VersionSummary[];
  from: string;
  to: string;
  onCompare: (from: string, to: string) => void;
}

/**
 * Two sides to compare, each a version or the live draft; nothing changes until submitted.
 * Long version names shrink the selects to the screen (reflow at 320 px) instead of widening it.
 */
export function CompareForm({ versions, from, to, onCompare }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState({ from, to });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onCompare(choice.from, choice.to);
  };
  const options = (
    <>
      <option value={LIVE}>{t('compare.live')}</option>
      {versions.map((version) => (
        <option key={version.id} value={version.id}>
          {version.name} ({t(`versions.steps.${version.step}`)})
        </option>
      ))}
    </>
  );
  return (
    <form onSubmit={submit} className="mb-10 flex flex-wrap items-end gap-4">
      <div className="ds-field min-w-0 max-w-full">
        <label className="ds-label" htmlFor={`${id}-from`}>
          {t('compare.fromLabel')}
        </label>
        <select
          id={`${id}-from`}
          className="ds-input w-auto max-w-full"
          value={choice.from}
          onChange={(event) => setChoice({ ...choice, from: event.target.value })}
        >
          {options}
        </select>
      </div>
      <div className="ds-field min-w-0 max-w-full">
        <label className="ds-label" htmlFor={`${id}-to`}>
          {t('compare.toLabel')}
        </label>
        <select
          id={`${id}-to`}
          className="ds-input w-auto max-w-full"
          value={choice.to}
          onChange={(event) => setChoice({ ...choice, to: event.target.value })}
        >
          {options}
        </select>
      </div>
      <button type="submit" className="ds-button" data-variant="primary">
        {t('compare.show')}
      </button>
    </form>
  );
}
