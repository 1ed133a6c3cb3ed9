// Voting and polls moved to their kinds (kinds/vote, kinds/poll); kept for older imports.
export { validateVote, validateUnvote, voteTargetGroup } from '../kinds/vote/validate';
export { validateAnswerPoll, validateRevealPoll } from '../kinds/poll/validate';
