import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** «Select all shown»: checked when all are, mixed when some are. */
export function SelectAll({
  shown,
  selected,
  onChange,
}: {
  shown: number;
  selected: number;
  onChange: (all: boolean) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  const all = shown > 0 && selected === shown;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selected > 0 && !all;
  }, [selected, all]);
  return (
    <div className="ds-field mb-3">
      <input
        ref={ref}
        id="inbox-select-all"
        type="checkbox"
        className="ds-input"
        checked={all}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="ds-label" data-weight="regular" htmlFor="inbox-select-all">
        {t('inbox.list.selectAll', { count: shown })}
      </label>
    </div>
  );
}
