// Voting and polls moved to their kinds (kinds/vote, kinds/poll); kept for older imports.
export { vote, unvote, revealVotes } from '../kinds/vote/apply';
export { answerPoll, revealPoll } from '../kinds/poll/apply';
