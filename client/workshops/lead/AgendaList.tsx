import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { Activity } from '../../../shared/workshop/types';
import { duplicateCommand } from '../../../shared/workshop/templates/duplicate';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { useSendAction, type Send } from '../useSendAction';

/**
 * The agenda in order, each activity's state, "Start" (with its timer) while running, and
 * "Duplicate" until the workshop has ended: a fresh pending copy right after the activity, which
 * then takes focus so the keyboard is where the new row is.
 */
export function AgendaList({ view, send }: { view: WorkshopView; send: Send }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { run, busy, error } = useSendAction(send);
  const [duplicating, setDuplicating] = useState(false);
  const [duplicateError, setDuplicateError] = useState<string | null>(null);
  // The copy's id from the ack; focused once its row has arrived with the document update.
  const [focusId, setFocusId] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const running = view.meta.status === 'running';
  const ended = view.meta.status === 'ended';

  useEffect(() => {
    if (focusId === null) return;
    const row = rows.current.get(focusId);
    if (!row) return;
    row.focus();
    setFocusId(null);
  }, [focusId, view.agenda]);

  const duplicate = async (activity: Activity) => {
    if (duplicating) return;
    setDuplicating(true);
    setDuplicateError(null);
    const copy = duplicateCommand(view.agenda, activity, t('workshopTemplates.copySuffix'));
    const result = await send(copy);
    setDuplicating(false);
    if (!result.ok || result.outcome.type !== 'created') {
      setDuplicateError(result.error);
      return;
    }
    setFocusId(result.outcome.id);
    announce(t('workshopTemplates.duplicated', { prompt: activity.prompt }));
  };

  return (
    <div>
      <ol className="flex flex-col gap-2" data-testid="agenda">
        {view.agenda.map((activity) => (
          <li
            key={activity.id}
            ref={(element) => {
              if (element) rows.current.set(activity.id, element);
              else rows.current.delete(activity.id);
            }}
            tabIndex={-1}
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
            <span className="flex flex-wrap gap-2">
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
              {!ended && (
                // The name says which activity; the visible word stays short, so the prompt is
                // not repeated in every row (and a search for the prompt finds the row's text).
                <SmallButton
                  variant="tertiary"
                  aria-label={t('workshopTemplates.duplicate', { prompt: activity.prompt })}
                  aria-disabled={duplicating || undefined}
                  onClick={() => void duplicate(activity)}
                >
                  {t('workshopTemplates.duplicateShort')}
                </SmallButton>
              )}
            </span>
          </li>
        ))}
      </ol>
      <FormMessage message={error ?? duplicateError} />
    </div>
  );
}
