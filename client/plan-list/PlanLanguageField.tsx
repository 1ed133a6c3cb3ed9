import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_LANGUAGES, type PlanLanguage } from '../../shared/plan/contentLanguage';

/**
 * "Planens språk": bokmål or nynorsk, as radio buttons (two choices, both visible), on the new
 * plan form and in the owner's settings.
 */
export function PlanLanguageField({
  value,
  onChange,
  name,
}: {
  value: PlanLanguage;
  onChange: (language: PlanLanguage) => void;
  /** The radio group's name, unique on the page. */
  name: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="ds-fieldset" aria-describedby={`${id}-help`}>
      <legend className="ds-label">{t('planList.languageLegend')}</legend>
      <div data-field="description" id={`${id}-help`}>
        {t('planList.languageHelp')}
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {PLAN_LANGUAGES.map((language) => (
          <div className="ds-field" key={language}>
            <input
              id={`${id}-${language}`}
              className="ds-input"
              type="radio"
              name={name}
              value={language}
              checked={value === language}
              onChange={() => onChange(language)}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`${id}-${language}`}>
              {language === 'nb' ? t('planList.languageNb') : t('planList.languageNn')}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
