import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { WorkshopCommandInput } from '../../../shared/workshop/commands';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { useSendAction, type Send } from '../useSendAction';

/** The facilitator's buttons for the running workshop and its current activity. */
export function RunControls({
  view,
  current,
  send,
}: {
  view: WorkshopView;
  current: Activity | undefined;
  send: Send;
}) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const { meta, timer } = view;
  const button = (
    label: string,
    command: WorkshopCommandInput,
    variant: 'primary' | 'secondary' = 'secondary',
  ) => (
    <SmallButton
      variant={variant}
      disabled={busy}
      onClick={() => void run(command, t('workshop.lead.done'))}
    >
      {label}
    </SmallButton>
  );

  if (meta.status === 'draft')
    return (
      <div className="flex flex-col items-start gap-3">
        {view.agenda.length === 0 ? (
          <p className="ds-paragraph">{t('workshop.lead.noActivities')}</p>
        ) : (
          button(t('workshop.lead.start'), { type: 'start' }, 'primary')
        )}
        <FormMessage message={error} />
      </div>
    );
  if (meta.status === 'ended') return null;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {timer.type === 'running' && button(t('workshop.lead.pause'), { type: 'timerPause' })}
        {timer.type === 'paused' && button(t('workshop.lead.resume'), { type: 'timerResume' })}
        {timer.type !== 'idle' &&
          button(t('workshop.lead.addMinute'), { type: 'timerAddMinutes', minutes: 1 })}
        {meta.inputLocked
          ? button(t('workshop.lead.unlock'), { type: 'unlockInput' })
          : button(t('workshop.lead.lock'), { type: 'lockInput' })}
        {meta.followMe
          ? button(t('workshop.lead.followOff'), { type: 'setFollowMe', on: false })
          : button(t('workshop.lead.followOn'), { type: 'setFollowMe', on: true })}
        {current?.kind === 'brainstorm' &&
          !current.notesRevealed &&
          button(
            t('workshop.lead.revealNotes'),
            { type: 'revealNotes', activityId: current.id },
            'primary',
          )}
        {current?.kind === 'vote' &&
          !current.votesRevealed &&
          button(
            t('workshop.lead.revealVotes'),
            { type: 'revealVotes', activityId: current.id },
            'primary',
          )}
      </div>
      {meta.followMe && <p>{t('workshop.lead.followActive')}</p>}
      <div>
        <SmallButton
          variant="secondary"
          color="danger"
          disabled={busy}
          onClick={() => void run({ type: 'end' }, t('workshop.lead.endConfirm'))}
        >
          {t('workshop.lead.end')}
        </SmallButton>
      </div>
      <FormMessage message={error} />
    </div>
  );
}
