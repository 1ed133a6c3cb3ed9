import type { ActivityCommon } from '../activityCommon';

/** When participants may see a poll's breakdown. */
export const POLL_RESULTS_SHOWN = ['afterAnswering', 'afterReveal'] as const;
export type PollResultsShown = (typeof POLL_RESULTS_SHOWN)[number];

export interface PollActivity extends ActivityCommon {
  kind: 'poll';
  options: string[];
  multiple: boolean;
  /**
   * 'afterAnswering': a participant sees the breakdown once they have answered (through their
   * private view). 'afterReveal': nobody but the facilitators sees it until `revealPoll`.
   */
  resultsShown: PollResultsShown;
  /** Set by `revealPoll` (and by the workshop's end): the breakdown is public from then on. */
  resultsRevealed: boolean;
}

export interface PollTally {
  kind: 'poll';
  /**
   * Per-option counts, only once everyone may see them (revealed, and in an anonymous workshop
   * at least `POLL_ANONYMITY_THRESHOLD` answers); null before. The public doc is readable by
   * everyone in the workshop, so a breakdown before that is sent privately or not at all.
   */
  counts: number[] | null;
  /** How many have answered: always public. */
  respondents: number;
}
