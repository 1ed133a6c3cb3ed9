import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProcess, type ProcessStepEntry } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { formatDay } from '../versions/formatDay';

/** The step the plan is in: the last one whose planned date has come, else the first. */
export function currentStep(steps: readonly ProcessStepEntry[], today: string): string | null {
  let current = steps[0]?.step ?? null;
  for (const entry of steps) if (entry.date !== null && entry.date <= today) current = entry.step;
  return current;
}

/**
 * The political process at a glance above the draft; dates are set on the versions page.
 * Memoised: the open plan re-rendering (presence, access) does not change it.
 */
export const PlanTimeline = memo(function PlanTimeline({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const { resource } = useResource(`process:${planId}`, (signal) => fetchProcess(planId, signal));
  if (resource.state !== 'ready') return null;
  const steps = resource.data;
  const language = i18n.resolvedLanguage ?? 'nb';
  const current = currentStep(steps, new Date().toISOString().slice(0, 10));
  return (
    <section aria-labelledby="plan-timeline-heading" className="mb-6 text-sm">
      <h2 id="plan-timeline-heading" className="sr-only">
        {t('versions.processHeading')}
      </h2>
      <ol className="flex flex-wrap gap-x-4 gap-y-1">
        {steps.map(({ step, date }, index) => (
          <li
            key={step}
            aria-current={step === current ? 'step' : undefined}
            className={step === current ? 'font-semibold' : 'text-gray-700'}
          >
            {index + 1}. {t(`versions.steps.${step}`)}
            {date ? ` – ${formatDay(date, language)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
});
