import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollActivity } from '../../../../shared/workshop/types';
import type { WorkshopView } from '../../../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../../../shared/workshop/views/privateView';
import { SubmitButton } from '../../../ui/SubmitButton';
import { FormMessage } from '../../../ui/FormMessage';
import { useSendAction, type Send } from '../../useSendAction';
import { pollBreakdown } from './pollBreakdown';
import { PollBreakdownView } from './PollBreakdownView';

interface Props {
  activity: PollActivity;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
  locked: boolean;
}

/**
 * A participant's poll: the options as radios (or checkboxes), "Svar", and the live counts once
 * they may see them (after answering, or after the reveal; see shared/workshop/kinds/poll).
 */
export function PollPanel({ activity, view, mine, send, locked }: Props) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const answered = mine?.pollAnswers.find((answer) => answer.activityId === activity.id)?.options;
  const [chosen, setChosen] = useState<number[] | null>(null);
  const [missing, setMissing] = useState(false);
  const selection = chosen ?? answered ?? [];
  const open = activity.state === 'active' && !locked;
  const breakdown = pollBreakdown(view, mine, activity);

  const toggle = (index: number, checked: boolean) => {
    if (!activity.multiple) setChosen([index]);
    else setChosen(checked ? [...selection, index].sort() : selection.filter((i) => i !== index));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMissing(selection.length === 0);
    if (selection.length === 0) return;
    await run(
      { type: 'answerPoll', activityId: activity.id, options: selection },
      t('workshop.poll.answered'),
    );
  };

  return (
    <div>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-3">
        <fieldset className="ds-fieldset" aria-describedby={missing ? 'poll-missing' : undefined}>
          <legend className="ds-label">{t('workshop.poll.yourAnswer')}</legend>
          {activity.options.map((option, index) => (
            <div className="ds-field" key={index}>
              <input
                id={`poll-${activity.id}-${index}`}
                className="ds-input"
                type={activity.multiple ? 'checkbox' : 'radio'}
                name={`poll-${activity.id}`}
                checked={selection.includes(index)}
                disabled={!open}
                onChange={(event) => toggle(index, event.target.checked)}
              />
              <label
                className="ds-label"
                data-weight="regular"
                htmlFor={`poll-${activity.id}-${index}`}
              >
                {option}
              </label>
            </div>
          ))}
          {missing && (
            <p className="ds-validation-message" data-color="danger" id="poll-missing">
              {t('workshop.poll.chooseFirst')}
            </p>
          )}
        </fieldset>
        {open && (
          <SubmitButton busy={busy} label={t('workshop.poll.answer')} />
        )}
        <FormMessage message={error} />
      </form>
      <PollBreakdownView activity={activity} breakdown={breakdown} />
    </div>
  );
}
