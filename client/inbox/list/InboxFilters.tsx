import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INPUT_STATUSES,
  SUBMITTER_KINDS,
  type InputItem,
  type InputQuery,
} from '../../../shared/api/inputs';
import type { Consultation } from '../../../shared/api/publicPage';
import { organisationsOf, sectionsOf } from '../inboxFacts';
import type { FilterKey } from '../inboxQuery';
import { SearchBox } from './SearchBox';

interface Props {
  query: InputQuery;
  /** Every input (the choices come from them, not from what the filters leave). */
  inputs: readonly InputItem[];
  tags: readonly string[];
  consultations: readonly Consultation[];
  onChange: (key: FilterKey | 'q', value: string) => void;
  onClear: () => void;
}

interface Choice {
  value: string;
  label: string;
}

function FilterSelect({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string | undefined;
  choices: readonly Choice[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="ds-field min-w-0">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="ds-input w-full"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('inbox.filters.all')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {/* A linked filter for something no longer in the inbox still shows what it is. */}
        {value && !choices.some((choice) => choice.value === value) && (
          <option value={value}>{value}</option>
        )}
      </select>
    </div>
  );
}

/** Search and filters of the inbox; every change is kept in the page's URL. */
export function InboxFilters({ query, inputs, tags, consultations, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nb';
  const filtered = Object.values(query).some(Boolean);
  const searchRef = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="inbox-filters-heading" className="mb-8">
      <h2 id="inbox-filters-heading" className="ds-heading mb-4" data-size="xs">
        {t('inbox.filters.heading')}
      </h2>
      <div role="search" aria-labelledby="inbox-filters-heading" className="flex flex-col gap-4">
        <SearchBox value={query.q ?? ''} onSearch={(q) => onChange('q', q)} inputRef={searchRef} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <FilterSelect
            label={t('inbox.filters.section')}
            value={query.section}
            choices={sectionsOf(inputs, language).map(({ key, label }) => ({ value: key, label }))}
            onChange={(value) => onChange('section', value)}
          />
          <FilterSelect
            label={t('inbox.filters.kind')}
            value={query.submitterKind}
            choices={SUBMITTER_KINDS.map((kind) => ({
              value: kind,
              label: t(`inbox.kind.${kind}`),
            }))}
            onChange={(value) => onChange('submitterKind', value)}
          />
          <FilterSelect
            label={t('inbox.filters.organisation')}
            value={query.organisation}
            choices={organisationsOf(inputs, language).map((name) => ({
              value: name,
              label: name,
            }))}
            onChange={(value) => onChange('organisation', value)}
          />
          <FilterSelect
            label={t('inbox.filters.status')}
            value={query.status}
            choices={INPUT_STATUSES.map((status) => ({
              value: status,
              label: t(`inbox.status.${status}`),
            }))}
            onChange={(value) => onChange('status', value)}
          />
          <FilterSelect
            label={t('inbox.filters.tag')}
            value={query.tag}
            choices={tags.map((tag) => ({ value: tag, label: tag }))}
            onChange={(value) => onChange('tag', value)}
          />
          <FilterSelect
            label={t('inbox.filters.consultation')}
            value={query.consultationId}
            choices={consultations.map((c) => ({ value: c.id, label: c.title }))}
            onChange={(value) => onChange('consultationId', value)}
          />
        </div>
        {filtered && (
          <div>
            <button
              type="button"
              className="ds-button"
              data-variant="tertiary"
              data-size="sm"
              onClick={() => {
                // The button goes with the filters: focus moves to the start of the form.
                onClear();
                searchRef.current?.focus();
              }}
            >
              {t('inbox.filters.clear')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
