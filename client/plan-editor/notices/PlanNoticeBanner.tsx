import { useTranslation } from 'react-i18next';

/** A notice about the plan from someone else (e.g. a restore), until the person closes it. */
export function PlanNoticeBanner({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="ds-alert mb-6 flex flex-wrap items-start gap-3"
      data-color="info"
      data-testid="plan-notice"
    >
      <p className="min-w-0 flex-1">{text}</p>
      <button
        type="button"
        className="ds-button"
        data-variant="tertiary"
        data-size="sm"
        onClick={onDismiss}
      >
        {t('planNotice.dismiss')}
      </button>
    </div>
  );
}
