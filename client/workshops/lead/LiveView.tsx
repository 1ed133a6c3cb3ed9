import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { PollChart } from '../PollChart';
import type { BoardViewer } from '../board/boardAccess';
import { LeadBoard } from '../board/LeadBoard';
import { VoteResults } from '../VoteResults';
import { useCountAnnouncement, useRevealedNotesAnnouncement } from '../useCountAnnouncement';
import type { Send } from '../useSendAction';
import { rankVotes } from '../voteTargets';

/**
 * What is happening now: who is here, notes written and shown (the clustering board, with
 * moderation), votes and answers.
 */
export function LiveView({
  view,
  current,
  send,
  viewer,
}: {
  view: WorkshopView;
  current: Activity | undefined;
  send: Send;
  viewer: BoardViewer;
}) {
  const { t } = useTranslation();
  const present = view.participants.filter((p) => !p.removed && !p.facilitator).length;
  const tally = current ? view.tallies[current.id] : undefined;
  const ranking = current?.kind === 'vote' ? rankVotes(view, current) : null;
  const revealed =
    current?.kind === 'brainstorm' && current.notesRevealed
      ? view.notes.filter((note) => note.activityId === current.id)
      : [];
  useCountAnnouncement(ranking ? 1 : 0, () => t('workshop.vote.resultsShown'));
  useRevealedNotesAnnouncement(revealed.filter((note) => !note.hidden).length);
  return (
    <div className="flex flex-col gap-2">
      <p>{t('workshop.lead.participants', { count: present })}</p>
      {tally?.kind === 'brainstorm' && (
        <p>{t('workshop.lead.notesWritten', { count: tally.notes })}</p>
      )}
      {tally?.kind === 'vote' && <p>{t('workshop.vote.cast', { count: tally.cast })}</p>}
      {current && <LeadBoard view={view} activity={current} send={send} viewer={viewer} />}
      {ranking && <VoteResults ranking={ranking} />}
      {current?.kind === 'poll' && tally?.kind === 'poll' && (
        <PollChart
          options={current.options}
          counts={tally.counts}
          respondents={tally.respondents}
        />
      )}
    </div>
  );
}
