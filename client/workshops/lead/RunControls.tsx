import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { WorkshopCommandInput } from '../../../shared/workshop/commands';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { KindLeadControls } from '../kinds/KindLeadControls';
import { useSendAction, type Send } from '../useSendAction';

/**
 * The facilitator's buttons for the running workshop and its current activity: the timer,
 * input, "follow me" and the reveal. A switch is one button whose label changes (pause ↔
 * resume), so focus stays on it. Starting, "Next" and ending are the stage's (StagePanel).
 */
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
  // aria-disabled, not disabled: a disabled button loses focus while its command is on its way.
  const button = (
    label: string,
    command: WorkshopCommandInput,
    variant: 'primary' | 'secondary' = 'secondary',
  ) => (
    <SmallButton
      variant={variant}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) void run(command, t('workshop.lead.done'));
      }}
    >
      {label}
    </SmallButton>
  );

  if (meta.status !== 'running') return null;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {timer.type !== 'idle' &&
          (timer.type === 'paused'
            ? button(t('workshop.lead.resume'), { type: 'timerResume' })
            : button(t('workshop.lead.pause'), { type: 'timerPause' }))}
        {timer.type !== 'idle' &&
          button(t('workshop.lead.addMinute'), { type: 'timerAddMinutes', minutes: 1 })}
        {meta.inputLocked
          ? button(t('workshop.lead.unlock'), { type: 'unlockInput' })
          : button(t('workshop.lead.lock'), { type: 'lockInput' })}
        {meta.followMe
          ? button(t('workshop.lead.followOff'), { type: 'setFollowMe', on: false })
          : button(t('workshop.lead.followOn'), { type: 'setFollowMe', on: true })}
        {current && <KindLeadControls activity={current} button={button} />}
      </div>
      {meta.followMe && <p>{t('workshop.lead.followActive')}</p>}
      <FormMessage message={error} />
    </div>
  );
}
