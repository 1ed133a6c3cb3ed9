import { useTranslation } from 'react-i18next';
import type { Activity, Note, PollActivity, VoteActivity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { rankVotes } from '../voteTargets';
import { percentOf, presentBoard, type PresentBoard } from './presentStage';
import { RoomMark } from '../kinds/brainstorm/RoomMark';

/*
 * The current activity on the wall, per kind, in one file so it can move into the kind modules
 * (client/workshops/kinds/<kind>/) later. Everything comes from the public doc: notes only once
 * revealed, never a hidden note's text, never an author, tallies only as the doc holds them.
 */

const big = 'text-[clamp(1.75rem,3.5vw,4.25rem)]';
const medium = 'text-[clamp(1.25rem,2.2vw,2.75rem)]';

export function PresentActivity({ view, activity }: { view: WorkshopView; activity: Activity }) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="present-activity-prompt"
      className="flex flex-1 flex-col gap-[3vh]"
      data-testid="present-activity"
    >
      <div className="flex flex-col gap-1">
        <p className={`${medium} font-semibold uppercase`}>
          {t(`workshop.kinds.${activity.kind}`)}
        </p>
        <h2
          id="present-activity-prompt"
          className="text-[clamp(2rem,4.5vw,5.5rem)] leading-tight font-bold break-words"
        >
          {activity.prompt}
        </h2>
      </div>
      <KindContent view={view} activity={activity} />
    </section>
  );
}

function KindContent({ view, activity }: { view: WorkshopView; activity: Activity }) {
  const { t } = useTranslation();
  const tally = view.tallies[activity.id];
  switch (activity.kind) {
    case 'brainstorm': {
      const board = presentBoard(view, activity);
      if (board) return <BoardOnWall board={board} />;
      const written = tally?.kind === 'brainstorm' ? tally.notes : 0;
      return (
        <div className="flex flex-col gap-[2vh]">
          <p className={`${big} font-bold`}>{t('present.notesWritten', { count: written })}</p>
          <p className={medium}>{t('present.notesComeLater')}</p>
        </div>
      );
    }
    case 'cluster': {
      const board = presentBoard(view, activity);
      return board ? (
        <BoardOnWall board={board} />
      ) : (
        <p className={medium}>{t('present.noNotes')}</p>
      );
    }
    case 'vote':
      return <VoteOnWall view={view} activity={activity} />;
    case 'poll':
      return <PollOnWall view={view} activity={activity} />;
    case 'discussion':
      return null;
  }
}

function NoteCards({ notes, testId }: { notes: Note[]; testId?: string }) {
  return (
    <ul
      className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,22rem),1fr))] gap-[1.5vw]"
      data-testid={testId}
    >
      {notes.map((note) => (
        <li
          key={note.id}
          className="rounded-lg border-2 border-black bg-[#fff8c5] p-[1vw] text-[clamp(1.375rem,2.2vw,2.75rem)] font-medium whitespace-pre-wrap break-words"
        >
          {note.text}
          {/* Black on the note's yellow, like its text: the projector is read from afar. */}
          {note.forRoom && <RoomMark className="mt-[0.5vw] block text-[0.6em] font-normal" />}
        </li>
      ))}
    </ul>
  );
}

/** Themes first, each with its notes, then the notes not in a theme yet. */
function BoardOnWall({ board }: { board: PresentBoard }) {
  const { t } = useTranslation();
  const empty =
    board.unsorted.length === 0 && board.themes.every((theme) => theme.notes.length === 0);
  if (empty && board.themes.length === 0) return <p className={medium}>{t('present.noNotes')}</p>;
  return (
    <div className="flex flex-col gap-[3vh]" data-testid="present-board">
      {board.themes.length > 0 && (
        <section aria-labelledby="present-themes" className="flex flex-col gap-[2vh]">
          <h3 id="present-themes" className="sr-only">
            {t('present.themesHeading')}
          </h3>
          {board.themes.map(({ cluster, notes }) => (
            <section
              key={cluster.id}
              aria-labelledby={`present-theme-${cluster.id}`}
              className="flex flex-col gap-[1vh] rounded-lg border-4 border-black p-[1.5vw]"
            >
              <h4 id={`present-theme-${cluster.id}`} className={`${medium} font-bold break-words`}>
                {cluster.title}
              </h4>
              <NoteCards notes={notes} />
            </section>
          ))}
        </section>
      )}
      {board.unsorted.length > 0 && (
        <section aria-labelledby="present-unsorted" className="flex flex-col gap-[1vh]">
          <h3 id="present-unsorted" className={`${medium} font-semibold`}>
            {board.themes.length > 0 ? t('present.unsorted') : t('present.notesHeading')}
          </h3>
          <NoteCards notes={board.unsorted} testId="present-notes" />
        </section>
      )}
    </div>
  );
}

/** Before the reveal only how many voted; after it the ranking, most votes first. */
function VoteOnWall({ view, activity }: { view: WorkshopView; activity: VoteActivity }) {
  const { t } = useTranslation();
  const ranking = rankVotes(view, activity);
  const tally = view.tallies[activity.id];
  if (!ranking) {
    const cast = tally?.kind === 'vote' ? tally.cast : 0;
    return (
      <div className="flex flex-col gap-[2vh]">
        <p className={`${big} font-bold`}>{t('present.votesCast', { count: cast })}</p>
        <p className={medium}>{t('present.votesComeLater')}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="present-vote-results" className="flex flex-col gap-[2vh]">
      <h3 id="present-vote-results" className={`${medium} font-semibold`}>
        {t('present.voteResultsHeading')}
      </h3>
      <ol className="flex flex-col gap-[1vh]" data-testid="present-vote-results">
        {ranking.map((target) => (
          <li
            key={target.id}
            className={`${medium} flex items-baseline justify-between gap-[2vw] rounded-lg border-2 border-black px-[1.5vw] py-[1vh]`}
          >
            <span className="min-w-0 break-words">
              <span className="font-bold tabular-nums">{target.rank}.</span> {target.label}
            </span>
            <span className="shrink-0 font-bold tabular-nums">
              {t('present.votes', { count: target.votes })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Bars with the count and share in text (not by length alone). Only what the public doc holds:
 * when the poll's answers are not for everyone yet, just how many have answered.
 */
function PollOnWall({ view, activity }: { view: WorkshopView; activity: PollActivity }) {
  const { t } = useTranslation();
  const tally = view.tallies[activity.id];
  const respondents = tally?.kind === 'poll' ? tally.respondents : 0;
  const counts: readonly number[] | null = tally?.kind === 'poll' ? tally.counts : null;
  const answered = (
    <p className={`${big} font-bold`}>{t('present.answered', { count: respondents })}</p>
  );
  if (!counts) return answered;
  const max = Math.max(1, ...counts);
  return (
    <section aria-labelledby="present-poll" className="flex flex-col gap-[2vh]">
      <h3 id="present-poll" className={`${medium} font-semibold`}>
        {t('present.pollHeading')}
      </h3>
      {answered}
      <ul className="flex flex-col gap-[2vh]" data-testid="present-poll-results">
        {activity.options.map((option, index) => {
          const count = counts[index] ?? 0;
          return (
            <li key={index} className={medium}>
              <div className="flex items-baseline justify-between gap-[2vw]">
                <span className="min-w-0 break-words">{option}</span>
                <span className="shrink-0 font-bold tabular-nums">
                  {t('present.pollCount', { count, percent: percentOf(count, counts) })}
                </span>
              </div>
              <div className="mt-[0.5vh] h-[2vh] min-h-3 rounded bg-[#e6e6e6]" aria-hidden="true">
                <div
                  className="h-full rounded bg-black"
                  style={{ width: `${(count / max) * 100}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
