import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteActivity } from '../../../../shared/workshop/types';
import type { WorkshopView } from '../../../../shared/workshop/views/workshopView';
import { remainingVotes, type MyPrivateView } from '../../../../shared/workshop/views/privateView';
import { FormMessage } from '../../../ui/FormMessage';
import { SmallButton } from '../../../ui/SmallButton';
import { groupLabel } from '../../groups/groupLabel';
import { useCountAnnouncement } from '../../useCountAnnouncement';
import { useSendAction, type Send } from '../../useSendAction';
import { rankVotes, voteTargets } from '../../voteTargets';
import { VoteResults } from './VoteResults';

interface Props {
  activity: VoteActivity;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
  locked: boolean;
}

/** A participant's vote: a "Stem" toggle per note or cluster, the votes left, then the result. */
export function VotePanel({ activity, view, mine, send, locked }: Props) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  // A refusal is shown by the button that was pressed, where the person is looking.
  const [pressedTarget, setPressedTarget] = useState<string | null>(null);
  const ranking = rankVotes(view, activity);
  useCountAnnouncement(ranking ? 1 : 0, () => t('workshop.vote.resultsShown'));
  if (ranking) return <VoteResults ranking={ranking} />;

  const targets = voteTargets(view, activity);
  const voted = new Set(
    (mine?.votes ?? []).filter((v) => v.activityId === activity.id).map((v) => v.targetId),
  );
  const left = mine
    ? remainingVotes(mine, activity.id, activity.votesPerPerson)
    : activity.votesPerPerson;
  const open = activity.state === 'active' && !locked;
  // After breakouts, clusters and notes from several groups are voted on together.
  const groups = new Map(view.groups.map((group) => [group.id, group]));
  const groupOf = (groupId: string | null) => {
    const group = groupId ? groups.get(groupId) : undefined;
    return group ? groupLabel(group, t) : null;
  };

  return (
    <div>
      <p className="mb-3 text-lg font-semibold" aria-live="polite" data-testid="votes-left">
        {t('workshop.vote.remaining', { count: left })}
      </p>
      {targets.length === 0 ? (
        <p className="ds-paragraph">{t('workshop.vote.noTargets')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {targets.map((target) => {
            const pressed = voted.has(target.id);
            const group = groupOf(target.groupId);
            const label = group ? `${target.label} (${group})` : target.label;
            return (
              <li
                key={target.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-neutral-border-subtle p-3"
              >
                <span className="break-words">
                  {target.label}
                  {group && <span className="text-neutral-text-subtle"> ({group})</span>}
                </span>
                {/* Not disabled while busy: a focused button that turns disabled drops focus to the page. */}
                <SmallButton
                  variant={pressed ? 'primary' : 'secondary'}
                  aria-pressed={pressed}
                  aria-label={t('workshop.vote.voteFor', { label })}
                  aria-disabled={busy || undefined}
                  disabled={!open || (!pressed && left === 0)}
                  onClick={() => {
                    if (busy) return;
                    setPressedTarget(target.id);
                    void run({
                      type: pressed ? 'unvote' : 'vote',
                      activityId: activity.id,
                      targetId: target.id,
                    });
                  }}
                >
                  {pressed ? `✓ ${t('workshop.vote.vote')}` : t('workshop.vote.vote')}
                </SmallButton>
                <div className="basis-full" data-testid={`vote-message-${target.id}`}>
                  <FormMessage message={pressedTarget === target.id ? error : null} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
