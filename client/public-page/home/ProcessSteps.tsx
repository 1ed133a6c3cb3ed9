import type { ProcessStep, ProcessStepEntry } from '../../../shared/api/versions';
import { usePage } from '../context';
import { formatDate } from '../format';
import { HomeSection } from './HomeSection';

/** The political steps in order with their dates; the current one is marked in words, not only colour. */
export function ProcessSteps({
  steps,
  current,
}: {
  steps: readonly ProcessStepEntry[];
  current: ProcessStep | null;
}) {
  const { t, language } = usePage();
  return (
    <HomeSection id="process" title={t('processHeading')}>
      <ol className="flex flex-col gap-2 border-l-4 border-neutral-border-subtle pl-4">
        {steps.map(({ step, date }) => (
          <li
            key={step}
            aria-current={step === current ? 'step' : undefined}
            className={step === current ? 'font-semibold' : undefined}
          >
            {t(`step.${step}`)}
            {' – '}
            {date ? (
              <time dateTime={date}>{formatDate(Date.parse(`${date}T12:00:00Z`), language)}</time>
            ) : (
              t('noDate')
            )}
            {step === current && (
              <span className="ds-tag ml-2" data-color="accent">
                {t('currentStep')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </HomeSection>
  );
}
