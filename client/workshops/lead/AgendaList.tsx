import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { useSendAction, type Send } from '../useSendAction';

/** The agenda in order, each activity's state, and "Start" (with its timer) while running. */
export function AgendaList({ view, send }: { view: WorkshopView; send: Send }) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const running = view.meta.status === 'running';
  return (
    <div>
      <ol className="flex flex-col gap-2" data-testid="agenda">
        {view.agenda.map((activity) => (
          <li
            key={activity.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-neutral-border-subtle p-3"
            aria-current={activity.id === view.meta.currentActivityId ? 'step' : undefined}
          >
            <span className="break-words">
              <span className="font-semibold">{t(`workshop.kinds.${activity.kind}`)}:</span>{' '}
              {activity.prompt}{' '}
              <span className="text-neutral-text-subtle">
                ({t(`workshop.lead.state.${activity.state}`)})
              </span>
            </span>
            {running && activity.state !== 'active' && (
              <SmallButton
                variant="secondary"
                aria-disabled={busy || undefined}
                onClick={() => {
                  if (busy) return;
                  void run(
                    {
                      type: 'startActivity',
                      activityId: activity.id,
                      startTimer: activity.timeboxMinutes !== null,
                    },
                    t('workshop.lead.activityStarted', { prompt: activity.prompt }),
                  );
                }}
              >
                {t('workshop.lead.startActivity', { prompt: activity.prompt })}
              </SmallButton>
            )}
          </li>
        ))}
      </ol>
      <FormMessage message={error} />
    </div>
  );
}
