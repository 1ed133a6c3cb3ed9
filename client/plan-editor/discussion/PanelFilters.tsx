import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THREAD_FILTERS, type ThreadFilter } from './filters';

interface Props {
  value: ThreadFilter;
  counts: Record<ThreadFilter, number>;
  onChange: (filter: ThreadFilter) => void;
}

/** Which threads and suggestions the panel lists: a radio group (arrow keys move between them). */
export function PanelFilters({ value, counts, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="ds-fieldset mb-4">
      <legend className="ds-label">{t('discussion.filters.legend')}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {THREAD_FILTERS.map((filter) => (
          <div className="ds-field" key={filter}>
            <input
              id={`${id}-${filter}`}
              type="radio"
              className="ds-input"
              name={`${id}-filter`}
              value={filter}
              checked={value === filter}
              onChange={() => onChange(filter)}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`${id}-${filter}`}>
              {t(`discussion.filters.${filter}`, { count: counts[filter] })}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
