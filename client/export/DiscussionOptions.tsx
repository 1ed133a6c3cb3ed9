import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscussionChoice } from './exportFormats';

const OPTIONS = ['comments', 'trackChanges'] as const;

/**
 * Whether the files carry the plan's open comments and suggested changes; both off (the
 * default) is a clean copy. Each option says which formats carry it, since they differ.
 */
export function DiscussionOptions({
  choice,
  onChange,
}: {
  choice: DiscussionChoice;
  onChange: (choice: DiscussionChoice) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="ds-fieldset mb-8" aria-describedby={`${id}-intro`}>
      <legend className="ds-label">{t('exportPage.discussion.heading')}</legend>
      <div data-field="description" id={`${id}-intro`}>
        {t('exportPage.discussion.intro')}
      </div>
      {OPTIONS.map((option) => (
        <div className="ds-field" key={option}>
          <input
            id={`${id}-${option}`}
            type="checkbox"
            className="ds-input"
            checked={choice[option]}
            aria-describedby={`${id}-${option}-help`}
            onChange={(event) => onChange({ ...choice, [option]: event.target.checked })}
          />
          <label className="ds-label" data-weight="regular" htmlFor={`${id}-${option}`}>
            {t(`exportPage.discussion.${option}`)}
          </label>
          <div data-field="description" id={`${id}-${option}-help`}>
            {t(`exportPage.discussion.${option}Help`)}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
